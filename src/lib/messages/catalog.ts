import type { MessageId } from './en/index.ts';

/** A message id: the contract that every language's catalog and a site's `ui` overrides write to. */
export type { MessageId };

/** A language's catalog: every id of the English one, each in ICU MessageFormat (README.md, "Languages"). */
export type Catalog = Readonly<Record<MessageId, string>>;
