import { mkdtempSync, mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { claimSchema, metricSchema, sourceSchema } from '../schema/index.ts';
import { scaffold } from './templates.ts';

const root = mkdtempSync(path.join(tmpdir(), 'claimline-scaffold-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Field names of a zod object schema. */
const fieldsOf = (schema: { shape: object }) => Object.keys(schema.shape);

describe('scaffold', () => {
  it.each([
    ['metric', metricSchema],
    ['source', sourceSchema],
    ['claim', claimSchema],
  ] as const)('writes every field of a %s, each with a comment', (kind, schema) => {
    const { text } = scaffold(kind, { id: 'x', today: '2026-11-22' });
    for (const field of fieldsOf(schema)) {
      if (field === 'figures') continue;
      expect(text, field).toMatch(new RegExp(`^#? ?${field}: .*# `, 'm'));
    }
  });

  it('writes a metric that passes the checker once its text fields are filled in', () => {
    const dir = path.join(root, 'site');
    cpSync('e2e/fixtures/minimal', dir, { recursive: true });
    const { folder, extension, text } = scaffold('metric', { id: 'ru-wounded', today: '2026-11-22' });
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(
      path.join(dir, folder, `ru-wounded${extension}`),
      text
        .replace('label: ""', 'label: "Wounded"')
        .replace('unit: ""', 'unit: "people"')
        .replace('definition: ""', 'definition: "Wounded."'),
    );
    const { problems } = checkContent({ dir, cwd: root });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('leaves a new claim failing with named missing values until it is filled in', () => {
    const dir = path.join(root, 'site-claim');
    cpSync('e2e/fixtures/minimal', dir, { recursive: true });
    const { folder, extension, text } = scaffold('claim', { id: 'new-claim', today: '2026-11-22' });
    writeFileSync(path.join(dir, folder, `new-claim${extension}`), text);
    const { problems } = checkContent({ dir, cwd: root });
    const rules = new Set(problems.filter((problem) => problem.file.endsWith('new-claim.md')).map((p) => p.ruleId));
    expect(rules.size).toBeGreaterThan(0);
    expect(
      [...rules].every((rule) => ['invalid-value', 'invalid-edtf', 'invalid-id', 'invalid-format'].includes(rule)),
    ).toBe(true);
  });
});
