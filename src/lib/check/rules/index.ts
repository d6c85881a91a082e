import type { Rule } from '../content.ts';
import { duplicateFigureId } from './duplicate-figure-id.ts';
import { invalidFileName } from './invalid-file-name.ts';
import { quoteNotInSource } from './quote-not-in-source.ts';
import { unknownFigure, unknownMetric, unknownRating, unknownSource } from './unknown-reference.ts';

/** Every cross-file rule, run after each file has passed its schema. */
export const rules: readonly Rule[] = [
  invalidFileName,
  unknownMetric,
  unknownFigure,
  unknownSource,
  unknownRating,
  duplicateFigureId,
  quoteNotInSource,
];
