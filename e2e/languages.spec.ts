// The language fixtures: a Ukrainian site (e2e/fixtures/ukrainian) read in Ukrainian from its first word to its
// last, and an en/fr/ar site (e2e/fixtures/multilingual) whose fact-check exists in three languages, each linked
// to the others, the Arabic one right to left. Each describe runs on its fixture only (`npm test -- languages`).
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { crawl } from './pages.ts';

const contentDir = path.resolve(resolveContentDir({ env: process.env.CONTENT_DIR, cwd: process.cwd() }));
const UKRAINIAN = path.resolve('e2e/fixtures/ukrainian');
const MULTILINGUAL = path.resolve('e2e/fixtures/multilingual');

/** Everything a reader sees or hears of a page: its text and the accessible names and titles of its elements. */
async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap((node) =>
      ['aria-label', 'title', 'alt', 'placeholder'].map((name) => node.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

test.describe('a Ukrainian site', () => {
  test.skip(contentDir !== UKRAINIAN, 'runs on e2e/fixtures/ukrainian only');

  test('every page is marked Ukrainian', async ({ page }) => {
    test.setTimeout(120_000);
    const languages = new Map<string, string | null>();
    const visited = await crawl(page, async (pathname) => {
      languages.set(pathname, await page.locator('html').getAttribute('lang'));
    });
    expect(visited.length).toBeGreaterThan(10);
    expect([...languages].filter(([, lang]) => lang !== 'uk')).toEqual([]);
  });

  test('its claim pages have no English word: every Latin-script word is content or a file format', async ({
    page,
  }) => {
    // The fixture's only Latin-script content: the publisher's name, the licence; and what no language translates.
    const allowed = new Set(['Verbohrad', 'Fact', 'Desk', 'CC', 'BY', 'CSV', 'JSON', 'SVG', 'PNG', 'RSS', 'HTML']);
    for (const slug of ['bread-about-25-hryvnias', 'bread-32-hryvnias']) {
      for (const pathname of [`/claims/${slug}/`, `/embed/claims/${slug}/`]) {
        await page.goto(pathname);
        const latin = (await readerText(page)).match(/\p{Script=Latin}{2,}/gu) ?? [];
        expect(
          [...new Set(latin)].filter((word) => !allowed.has(word)),
          pathname,
        ).toEqual([]);
      }
    }
  });

  test('dates read with Cyrillic month names and numbers with decimal commas', async ({ page }) => {
    await page.goto('/claims/bread-about-25-hryvnias/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('19 березня 2024 р.');
    expect(text).toMatch(/24,5/);
    expect(text).not.toMatch(/\d\.\d/);
  });

  test('the relation sentences are Ukrainian', async ({ page }) => {
    await page.goto('/claims/bread-32-hryvnias/');
    const sentences = await page.locator('tr[data-figure] td').allInnerTexts();
    const cyrillic = sentences.filter((sentence) => /\p{Script=Cyrillic}{3,}/u.test(sentence));
    expect(cyrillic.length).toBeGreaterThan(0);
    expect(sentences.join(' ')).not.toMatch(/\b(than|above|below|within|the|of)\b/);
  });
});

test.describe('an en/fr/ar site', () => {
  test.skip(contentDir !== MULTILINGUAL, 'runs on e2e/fixtures/multilingual only');
  const versions = { en: '/claims/warming-1-5/', fr: '/fr/claims/warming-1-5/', ar: '/ar/claims/warming-1-5/' };

  test('a translated fact-check has a page in each language, in its language and direction', async ({ page }) => {
    for (const [language, pathname] of Object.entries(versions)) {
      const response = await page.goto(pathname);
      expect(response?.status(), pathname).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    }
    await page.goto(versions.fr);
    await expect(page.locator('h1')).toHaveText('2023 a été environ 1,5 °C plus chaude qu’avant l’ère industrielle');
    await expect(page.locator('.site-nav')).toContainText('Indicateurs');
    await expect(page.locator('.verdict').first()).toContainText('Exact');
  });

  test('a translation’s own file name shows the same page, whose canonical link is at the original’s slug', async ({
    page,
  }) => {
    const response = await page.goto('/fr/claims/warming-1-5-fr/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveText('2023 a été environ 1,5 °C plus chaude qu’avant l’ère industrielle');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(versions.fr);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      /\/claims\/warming-1-5\/$/,
    );
  });

  test('every version names every other with hreflang, both ways, and x-default the English one', async ({ page }) => {
    for (const pages of [
      versions,
      { en: '/sources/agency-report/', fr: '/fr/sources/agency-report/', ar: '/ar/sources/agency-report/' },
      { en: '/metrics/warming/', fr: '/fr/metrics/warming/', ar: '/ar/metrics/warming/' },
    ]) {
      for (const pathname of Object.values(pages)) {
        await page.goto(pathname);
        const links = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((nodes) =>
            nodes.map((node) => [node.getAttribute('hreflang'), new URL(node.getAttribute('href') ?? '').pathname]),
          );
        expect(Object.fromEntries(links), pathname).toEqual({
          en: pages.en,
          fr: pages.fr,
          ar: pages.ar,
          'x-default': pages.en,
        });
      }
    }
  });

  test('a fact-check in one language names only itself, and the menu offers the other languages’ home pages', async ({
    page,
  }) => {
    await page.goto('/claims/two-degrees/');
    const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((nodes) => nodes.length);
    expect(hreflang).toBe(2);
    await expect(page.locator('.language-menu a[hreflang="fr"]')).toHaveAttribute('href', '/fr/');
  });

  test('the language menu leads to the same fact-check in Arabic', async ({ page }) => {
    await page.goto(versions.fr);
    await page.locator('.language-menu a[hreflang="ar"]').click();
    await expect(page).toHaveURL(versions.ar);
    await expect(page.locator('.language-menu a[aria-current="page"]')).toHaveText('العربية');
  });

  test('the translation names its original, in the reader’s language', async ({ page }) => {
    await page.goto(versions.ar);
    const notice = page.locator('.translation-notice');
    await expect(notice).toContainText('الإنجليزية');
    await expect(notice.locator('a')).toHaveAttribute('href', versions.en);
    await expect(notice).not.toHaveClass(/stale/);
    await page.goto(versions.en);
    await expect(page.locator('.translation-notice')).toHaveCount(0);
  });

  test('a translation behind its original says so, with the date, and links the original', async ({ page }) => {
    await page.goto(versions.fr);
    const notice = page.locator('.translation-notice.stale');
    await expect(notice).toContainText('L’original a été mis à jour le 23 janvier 2025, après cette traduction.');
    await expect(notice.getByRole('link', { name: 'Lisez l’original' })).toHaveAttribute('href', versions.en);
  });

  test('the Arabic chart runs right to left: the later estimate is drawn left of the earlier', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const pathname of [versions.ar, '/ar/metrics/warming/']) {
      await page.goto(pathname);
      const x = async (figure: string) => {
        const boxes = await page
          .locator(`svg [data-figure="${figure}"]`)
          .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).filter((box) => box.width > 0));
        return (boxes[0]?.left ?? NaN) + (boxes[0]?.width ?? NaN) / 2;
      };
      expect(await x('agency-2024'), pathname).toBeLessThan(await x('agency-2023'));
    }
    await page.goto('/metrics/warming/');
    const box = async (figure: string) =>
      page
        .locator(`svg [data-figure="${figure}"]`)
        .evaluateAll(
          (nodes) => nodes.map((node) => node.getBoundingClientRect()).find((rect) => rect.width > 0)?.left ?? NaN,
        );
    expect(await box('agency-2024')).toBeGreaterThan(await box('agency-2023'));
  });

  test('a field without Arabic shows the English text, marked English', async ({ page }) => {
    await page.goto('/ar/metrics/warming/');
    await expect(page.locator('p.lede')).toHaveAttribute('lang', 'en');
    await expect(page.locator('p.lede')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('h1')).not.toHaveAttribute('lang', /./);
  });

  test('search in French finds the French pages only', async ({ page }) => {
    await page.goto('/fr/search/?q=industrielle');
    const results = page.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith('/fr/'))).toEqual([]);
  });
});
