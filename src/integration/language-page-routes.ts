import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The routes of the site's other languages: each page of src/pages/ (but the 404 page, one per site) under
 * `/[lang]/`. Astro's i18n routing would want a folder of pages per language, known before the content is read;
 * these come from the pages themselves, so a language added in site.yaml needs no new files.
 */
export function languagePageRoutes(srcDir: URL): { pattern: string; entrypoint: string }[] {
  const pagesDir = new URL('pages/', srcDir);
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(astro|ts)$/.test(file) && !/(^|\/)404\.astro$/.test(file) && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => {
      const route = file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '');
      return {
        pattern: `/[lang]${route === '' ? '' : `/${route}`}`,
        entrypoint: fileURLToPath(new URL(file, pagesDir)),
      };
    });
}
