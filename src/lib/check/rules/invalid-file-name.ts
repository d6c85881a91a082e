import { ID_PATTERN } from '../../schema/index.ts';
import type { Rule } from '../content.ts';

export const invalidFileName: Rule = {
  id: 'invalid-file-name',
  check(content) {
    const entries = [...content.metrics, ...content.sources, ...content.claims];
    return entries
      .filter((entry) => !ID_PATTERN.test(entry.file.id))
      .map((entry) => ({
        file: entry.file.file,
        line: 1,
        column: 1,
        ruleId: 'invalid-file-name',
        severity: 'error' as const,
        message: `The file name "${entry.file.id}" cannot be an id: it becomes part of a URL`,
        hint: `Rename the file using lower-case letters, digits and single hyphens, e.g. "${suggestId(entry.file.id)}${entry.file.extension}"`,
      }));
  },
};

function suggestId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'new-id'
  );
}
