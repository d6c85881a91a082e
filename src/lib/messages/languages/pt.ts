import type { Catalog } from '../catalog.ts';
import { en } from '../en/index.ts';

/** Placeholder until translated: the English catalog. */
export const pt: Catalog = { ...en };
