// A site's own words for catalog messages (site.yaml `ui`): checked like a translation, against the English
// message each one replaces.
import { didYouMean } from '../check/did-you-mean.ts';
import type { MessageId } from './catalog.ts';
import { en } from './en/index.ts';
import { messageShape } from './message-shape.ts';

/** Whether `id` names a message of the catalog. */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}

/**
 * What is wrong with a site's replacement for a catalog message, as a sentence for the editor, or undefined:
 * an id the catalog does not have (with the closest one), text that is not ICU MessageFormat, or a value the
 * message never gets.
 */
export function uiOverrideProblem(id: string, message: string): string | undefined {
  if (!isMessageId(id)) {
    const near = didYouMean(id, Object.keys(en));
    return `There is no message "${id}" in the catalog${near ? `; did you mean "${near}"?` : ''} Every id is in src/lib/messages/en/`;
  }
  let used: readonly string[];
  try {
    used = messageShape(message).values;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `The text for "${id}" is not ICU MessageFormat (${reason}); check its braces, and write ’ rather than ' before a brace`;
  }
  const allowed = new Set(messageShape(en[id]).values);
  const unknown = used.filter((name) => !allowed.has(name));
  if (unknown.length > 0) {
    const names = [...allowed].map((name) => `{${name}}`).join(', ');
    return `The text for "${id}" uses ${unknown.map((name) => `{${name}}`).join(', ')}, which this message never gets; it can use ${names || 'no values'}`;
  }
  return undefined;
}
