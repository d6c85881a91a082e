import type { Rule } from '../content.ts';
import type { BodyRule } from './claim-body.ts';
import { bodyTooDeep } from './body-too-deep.ts';
import { bodyTooLarge } from './body-too-large.ts';
import { compareClaimed } from './compare-claimed.ts';
import { duplicateFigureId } from './duplicate-figure-id.ts';
import { invalidCharacter } from './invalid-character.ts';
import { mdxComponent } from './mdx-component.ts';
import { mdxExpression } from './mdx-expression.ts';
import { mdxImport } from './mdx-import.ts';
import { mdxProp } from './mdx-prop.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { quoteNotInSource } from './quote-not-in-source.ts';
import { rawHtml } from './raw-html.ts';
import { sameAs } from './same-as.ts';
import { claimantCollision, tagCollision } from './tag-collision.ts';
import {
  missingTranslation,
  timelineClaimLanguage,
  translationDiffers,
  translationLink,
  translationStale,
  unknownLanguage,
} from './translations.ts';
import { unknownClaim, unknownFigure, unknownMetric, unknownRating, unknownSource } from './unknown-reference.ts';
import { unsafeUrl } from './unsafe-url.ts';
import { unverifiedQuote } from './unverified-quote.ts';
import { linksToDraft } from './workflow.ts';

/** Every cross-file rule, run after each file has passed its schema. */
export const rules: readonly Rule[] = [
  invalidCharacter,
  unknownMetric,
  unknownFigure,
  unknownSource,
  unknownRating,
  unknownClaim,
  duplicateFigureId,
  sameAs,
  compareClaimed,
  quoteNotInSource,
  tagCollision,
  claimantCollision,
  bodyTooLarge,
  unknownLanguage,
  translationLink,
  translationDiffers,
  translationStale,
  missingTranslation,
  timelineClaimLanguage,
  linksToDraft,
];

/**
 * The rules over claim bodies, which are rendered as Markdown or MDX: content is hostile until the checker has read
 * it. Each is a unified plugin; `checkClaimBodies` runs them in one processor over every claim's tree.
 */
export const bodyRules: readonly BodyRule[] = [
  bodyTooDeep,
  mdxSyntax,
  mdxImport,
  mdxExpression,
  mdxComponent,
  mdxProp,
  rawHtml,
  unsafeUrl,
  unverifiedQuote,
];
