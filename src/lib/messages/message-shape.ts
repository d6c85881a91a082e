import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** What an ICU message uses: the values it interpolates, its tags, and each plural's categories. */
export interface MessageShape {
  /** Names of the values (`{count}`, the argument of a plural or select), sorted. */
  readonly values: readonly string[];
  /** Names of its tags (`<link>…</link>`), sorted. */
  readonly tags: readonly string[];
  readonly plurals: ReadonlyArray<{ readonly value: string; readonly categories: readonly string[] }>;
}

/** The shape of a message in ICU MessageFormat; throws when it does not parse. */
export function messageShape(message: string): MessageShape {
  const values = new Set<string>();
  const tags = new Set<string>();
  const plurals: Array<{ value: string; categories: string[] }> = [];
  const pending: MessageFormatElement[] = [...parse(message)];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    if (element.type === TYPE.tag) {
      tags.add(element.value);
      pending.push(...element.children);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      values.add(element.value);
      if (element.type === TYPE.plural)
        plurals.push({ value: element.value, categories: Object.keys(element.options) });
      for (const option of Object.values(element.options)) pending.push(...option.value);
    } else if (element.type !== TYPE.literal && element.type !== TYPE.pound) {
      values.add(element.value);
    }
  }
  return { values: [...values].sort(), tags: [...tags].sort(), plurals };
}
