// Every language Claimline speaks, by its BCP 47 primary subtag: English, and one file per language in languages/,
// named by its subtag (`sw.ts`) and exporting its catalog. Adding a language is adding that file; it is found here
// (src/lib/messages/catalogs.test.ts checks ids, arguments, tags and plural forms); README.md ("Languages") says how.
import { readdirSync } from 'node:fs';
import type { Catalog } from './catalog.ts';
import { en } from './en/index.ts';

type CatalogModule = Readonly<Record<string, Catalog>>;

// Vite (the build, the dev server, Vitest) bundles the files it globs; plain Node (npm run check, the test runner)
// imports them from the folder. Only Vite defines import.meta.env.
const modules: Record<string, CatalogModule> = import.meta.env
  ? import.meta.glob<CatalogModule>('./languages/*.ts', { eager: true })
  : await importFolder(new URL('./languages/', import.meta.url));

export const CATALOGS: Readonly<Record<string, Catalog>> = Object.fromEntries([
  ['en', en],
  ...Object.entries(modules)
    .map(([file, module]) => [languageOfFile(file), catalogOf(file, module)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
]);

async function importFolder(folder: URL): Promise<Record<string, CatalogModule>> {
  const files = readdirSync(folder).filter((file) => /^[a-z]{2,3}\.ts$/.test(file));
  const entries = await Promise.all(
    files.map(
      async (file) => [`./languages/${file}`, (await import(new URL(file, folder).href)) as CatalogModule] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/** A catalog file's language: its name, `languages/sw.ts` → "sw". */
function languageOfFile(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ts$/, '');
}

/** The catalog a file exports: its one export (`export const sw: Catalog = …`). */
function catalogOf(file: string, module: CatalogModule): Catalog {
  const [catalog, ...others] = Object.values(module);
  if (!catalog || others.length > 0) throw new Error(`${file} must export one catalog, like export const sw: Catalog`);
  return catalog;
}

/** The primary language of a BCP 47 tag, lower-cased: "pt-BR" → "pt". */
export function primaryLanguage(locale: string): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
}

/** The catalog of a locale's language, or undefined when Claimline does not speak it yet. */
export function catalogFor(locale: string): Catalog | undefined {
  return CATALOGS[primaryLanguage(locale)];
}

/** Languages written right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The direction a language is written in: `rtl` for Arabic, Hebrew, Persian, Urdu and others; `ltr` otherwise. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(primaryLanguage(locale)) ? 'rtl' : 'ltr';
}
