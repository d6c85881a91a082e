import type { en } from './en/index.ts';

/** A message id: the contract that every language's catalog and a site's `ui` overrides write to. */
export type MessageId = keyof typeof en;

/** A language's catalog: every id of the English one, each in ICU MessageFormat (src/lib/messages/README.md). */
export type Catalog = Readonly<Record<MessageId, string>>;
