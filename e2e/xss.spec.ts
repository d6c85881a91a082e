// Content is hostile until proven otherwise. e2e/fixtures/xss/ is a valid content folder with an XSS or
// spreadsheet-formula payload in every text field that reaches a page; its built site must show each payload
// as text and run none, in pages, embeds, images, JSON-LD, feeds and downloads.
// Runs only against that fixture: `npm test -- XSS` builds it (CONTENT_DIR=e2e/fixtures/xss) and runs this file.
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { bundleEmbedScript } from '../src/integration/embed-script.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { routes } from '../src/lib/routes.ts';
import { crawl, distDir } from './pages.ts';

const cwd = process.cwd();
const XSS_DIR = path.resolve('e2e/fixtures/xss');
const contentDir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
test.skip(path.resolve(contentDir) !== XSS_DIR, 'runs on the XSS fixture only (CONTENT_DIR=e2e/fixtures/xss)');

const { site } = checkContent({ dir: contentDir, cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');

/** Spreadsheet formula starts (OWASP): a text cell beginning so must be neutralised. */
const FORMULA = /^[=+\-@\t\r]/;

/** Listens for dialogs (alert, confirm, prompt) on the page, dismissing each; returns what was seen. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * What a payload could have left in the page: the flag, event handlers, scripts that are not the site's own. The
 * one inline script the site writes is the embeds' (src/integration/embed-script.ts), byte for byte.
 */
async function traces(page: Page, embedScript?: string): Promise<string[]> {
  return page.evaluate((embedScript) => {
    const found: string[] = [];
    if ((window as { __xss?: unknown }).__xss !== undefined) found.push('window.__xss is set');
    for (const element of document.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        if (/^on/i.test(name)) found.push(`<${element.localName} ${name}>`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(name)) {
          const value = (element.getAttribute(name) ?? '').replace(/[\s\p{Cc}]/gu, '').toLowerCase();
          // Pagefind's own search form posts nowhere with the one harmless javascript: URL.
          const pagefindForm = element.localName === 'form' && value === 'javascript:void(0);';
          if (/^(javascript|data|vbscript):/.test(value) && !pagefindForm) {
            found.push(`<${element.localName} ${name}="${value}">`);
          }
        }
      }
    }
    for (const script of document.querySelectorAll('script')) {
      const own =
        script.src === ''
          ? embedScript !== undefined && script.text === embedScript
          : new URL(script.src).origin === location.origin;
      if (!own && script.type !== 'application/ld+json') found.push(`inline <script>${script.text.slice(0, 40)}`);
    }
    return found;
  }, embedScript);
}

/** The page's text as a reader sees it, whitespace folded. */
async function pageText(page: Page): Promise<string> {
  return fold(await page.locator('body').evaluate((body) => body.textContent ?? ''));
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every built file below `folder` of the build with the extension, as URL paths. */
function builtFiles(folder: string, extension: string): string[] {
  return readdirSync(path.join(distDir, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => `/${path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .sort();
}

test('no page runs a payload: every page leaves window.__xss unset, opens no dialog and has no foreign script', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dialogs = watchDialogs(page);
  const problems: string[] = [];
  const { code } = await bundleEmbedScript();
  const visited = await crawl(page, async (pathname) => {
    // Broken images fire onerror after load; give them a moment.
    await page.waitForTimeout(50);
    problems.push(...(await traces(page, code)).map((trace) => `${pathname}: ${trace}`));
  });
  expect(visited.length).toBeGreaterThan(15);
  expect(visited).toEqual(expect.arrayContaining([r.home, r.claim('nato-estimate-15000'), r.about, '/404.html']));
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('every standalone SVG image draws the payloads as text, and runs none when opened', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const images = builtFiles('images', '.svg');
  expect(images.length).toBeGreaterThanOrEqual(4);
  for (const image of images) {
    const response = await page.goto(image);
    expect(response?.status(), image).toBe(200);
    expect(await traces(page), image).toEqual([]);
    const parsed = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        scripts: doc.querySelectorAll('script, foreignObject').length,
        text: doc.documentElement.textContent ?? '',
      };
    }, image);
    expect(parsed, image).toMatchObject({ error: null, scripts: 0 });
    expect(parsed.text, image).toContain('window.__xss=1');
  }
  expect(dialogs).toEqual([]);
});

test('each payload shows as literal text where its field is shown', async ({ page }) => {
  const expectText = async (pathname: string, texts: ReadonlyArray<string | undefined>) => {
    await page.goto(pathname);
    const text = await pageText(page);
    for (const expected of texts) {
      if (expected !== undefined)
        expect(text, `${pathname} shows ${JSON.stringify(expected)}`).toContain(fold(expected));
    }
  };
  const config = site.config;
  await expectText(r.home, [config.title, config.description, config.publisher.name, config.license]);
  await expectText(r.about, [config.publisher.name, config.about]);
  await expectText(
    r.methodology,
    config.ratings.flatMap((rating) => [rating.label, rating.description]),
  );
  for (const claim of site.claims) {
    const rating = site.ratingById.get(claim.verdict);
    await expectText(r.claim(claim.slug), [
      claim.title,
      claim.claim,
      claim.claimant,
      claim.summary,
      claim.dateNote,
      claim.author,
      rating?.label,
      rating?.description,
      ...claim.tags,
      ...claim.corrections.map((correction) => correction.text),
    ]);
    await expect(page.locator('h1')).toHaveText(claim.title);
    await expect(page.locator('h1')).toContainText('<');
    await expectText(
      r.corrections,
      claim.corrections.map((correction) => correction.text),
    );
  }
  // The reasoning: Markdown with escaped markup and code, which the pages show as typed.
  await page.goto(r.claim('russia-reports-1351-killed'));
  await expect(page.locator('.prose')).toContainText('Escaped markup stays text: <script>window.__xss=1</script>');
  await expect(page.locator('.prose code').first()).toHaveText('<script>window.__xss=1</script>');
  await expect(page.locator('.prose a')).toHaveAttribute('title', '"><svg onload=window.__xss=1>');
  // An HTML comment passes the checker; the Markdown pipeline (src/lib/markdown/safe-markdown.ts) drops it.
  const html = await (await page.request.get(r.claim('russia-reports-1351-killed'))).text();
  expect(html).not.toContain('editor’s note');
  expect(html).not.toContain("editor's note");
  await page.goto(r.claim('nato-estimate-15000'));
  await expect(page.locator('.prose')).toContainText('<script>window.__xss=1</script> and {window.__xss=1}.');
  await expect(page.locator('.prose #timeline-metric-ru-killed')).toBeVisible();
  for (const source of site.sources) {
    const figures = source.figures.flatMap((id) => site.figureById.get(id) ?? []);
    await expectText(r.source(source.id), [
      source.title,
      source.publisher,
      source.author,
      source.dateNote,
      source.note,
      source.url,
      ...figures.flatMap((figure) => [figure.by, figure.note, figure.dateNote]),
    ]);
    await expect(page.locator('h1')).toHaveText(source.title);
    // Every character of the archived text, as written (the highlight marks may add spaces around a quote).
    const archived = await page.locator('.archived').evaluate((node) => node.textContent ?? '');
    expect(archived.replace(/\s+/g, '')).toBe(source.body.replace(/\s+/g, ''));
    for (const figure of figures) {
      await expect(page.locator(`.archived mark[id="${figure.id}"]`)).toBeAttached();
    }
  }
  for (const metric of site.metrics) {
    await expectText(r.metric(metric.id), [metric.label, metric.unit, metric.definition]);
  }
});

test('the ClaimReview JSON-LD parses and holds each payload as a string', async ({ page }) => {
  for (const claim of site.claims) {
    await page.goto(r.claim(claim.slug));
    const blocks = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    expect(blocks).toHaveLength(1);
    const review = JSON.parse(blocks[0] as string);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: claim.claim,
      itemReviewed: { author: { name: claim.claimant } },
      reviewRating: { alternateName: site.ratingById.get(claim.verdict)?.label },
      author: { name: site.config.publisher.name },
    });
  }
});

test('no CSV download has a text cell a spreadsheet would run as a formula', async ({ page }) => {
  const files = ['/data/figures.csv', ...builtFiles('data/claims', '.csv'), ...builtFiles('data/metrics', '.csv')];
  for (const file of files) {
    const response = await page.request.get(file);
    expect(response.status(), file).toBe(200);
    const rows = csvParse(await response.text());
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        const isNumber = cell !== undefined && cell !== '' && Number.isFinite(Number(cell));
        if (!isNumber) expect(FORMULA.test(cell ?? ''), `${file} ${column}: ${cell}`).toBe(false);
      }
    }
  }
  const figures = csvParse(await (await page.request.get(r.figuresCsv)).text());
  const row = figures.find((entry) => entry['figure'] === 'ru-mod-killed-2022-03-25');
  expect(row).toMatchObject({
    by: `'=HYPERLINK("https://evil.example/","Russian Ministry of Defence")`,
    note: `'@SUM(1+1) <img src=x onerror="window.__xss=1">`,
    metric_label: `'+Russian personnel killed </script><script>window.__xss=1</script>`,
    source_title: `'-1+1 Briefing <script>window.__xss=1</script>`,
  });
});

test('the RSS feed is well-formed XML with each title and summary as text', async ({ page }) => {
  await page.goto(r.home);
  const feed = await page.evaluate(async (url) => {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('channel > title')?.textContent,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        description: item.querySelector('description')?.textContent,
      })),
    };
  }, r.rss);
  expect(feed.error).toBeNull();
  expect(feed.title).toContain(site.config.title);
  expect(feed.items).toEqual(
    expect.arrayContaining(
      site.claims.map((claim) =>
        expect.objectContaining({ title: claim.title, description: expect.stringContaining(claim.summary) }),
      ),
    ),
  );
});

test('the oEmbed documents and data JSON parse, and the embed code escapes every payload', async ({ page }) => {
  await page.goto(r.home);
  const documents = [
    ...site.claims.map((claim) => ({ url: r.oembedClaim(claim.slug), title: claim.title })),
    ...site.metrics.map((metric) => ({ url: r.oembedMetric(metric.id), title: undefined })),
  ];
  for (const { url, title } of documents) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    const oembed = JSON.parse(await response.text());
    expect(oembed).toMatchObject({ type: 'rich', provider_name: site.config.title });
    if (title !== undefined) expect(oembed.title).toBe(title);
    // The code another site pastes: only the fallback quote, the iframe and the sizing script, no handlers.
    const embed = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        elements: [...doc.body.querySelectorAll('*')].map((element) => element.localName),
        handlers: [...doc.querySelectorAll('*')].flatMap((element) =>
          element.getAttributeNames().filter((name) => /^on/i.test(name)),
        ),
        scripts: [...doc.querySelectorAll('script')].map((script) => script.getAttribute('src')),
        iframeTitle: doc.querySelector('iframe')?.getAttribute('title') ?? '',
      };
    }, oembed.html as string);
    expect(new Set(embed.elements)).toEqual(new Set(['blockquote', 'p', 'a', 'iframe', 'script']));
    expect(embed.handlers).toEqual([]);
    expect(embed.scripts).toEqual([new URL(r.embedScript, site.config.url).href]);
    if (title !== undefined) expect(embed.iframeTitle).toContain(title);
  }
  const claims = JSON.parse(await (await page.request.get(r.claimsJson)).text());
  expect(JSON.stringify(claims)).toContain(JSON.stringify(site.claims[0]?.title));
});

test('search results show the payloads as text and run none', async ({ page }) => {
  const dialogs = watchDialogs(page);
  for (const word of ['script', 'onerror', 'svg']) {
    await page.goto(`${r.search}?q=${word}`);
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(200);
    expect(await traces(page), word).toEqual([]);
  }
  expect(dialogs).toEqual([]);
});
