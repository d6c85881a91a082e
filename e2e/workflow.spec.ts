// The newsroom's workflow and the reader's ways into the archive, on e2e/fixtures/workflow (a draft, two
// reviewers, shared tags, claimants with several claims): topic, claimant and verdict pages linked from every
// claim page, search filters, the corrections log, and the cite and republish boxes without JavaScript.
// Runs on that fixture only (`npm test -- workflow`); scripts/drafts.test.ts builds it with and without drafts.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { tagSlug } from '../src/lib/model/tag-slug.ts';
import { routes } from '../src/lib/routes.ts';

const cwd = process.cwd();
const contentDir = path.resolve(resolveContentDir({ env: process.env.CONTENT_DIR, cwd }));
test.skip(contentDir !== path.resolve('e2e/fixtures/workflow'), 'runs on e2e/fixtures/workflow only');
const { site } = checkContent({ dir: contentDir, cwd });
const r = routes('/');

test('every claim page links its topics, its claimant and its verdict, and each of those pages lists it', async ({
  page,
}) => {
  for (const claim of site?.claims ?? []) {
    await page.goto(r.claim(claim.slug));
    const targets = [
      ...claim.tags.map((tag) => r.topic(tagSlug(tag))),
      r.claimant(tagSlug(claim.claimant)),
      r.verdict(claim.verdict),
    ];
    for (const target of targets) {
      await expect(page.locator(`main a[href="${target}"]`).first(), `${claim.slug} → ${target}`).toBeVisible();
      const response = await page.request.get(target);
      expect(response.status(), target).toBe(200);
      expect(await response.text(), target).toContain(`href="${r.claim(claim.slug)}"`);
    }
  }
});

test('the topics page lists every topic with its count, and a topic page its fact-checks newest first', async ({
  page,
}) => {
  await page.goto(r.topics);
  await expect(page.locator('[data-groups="topics"] li')).toHaveText([
    'air quality 2 fact-checks',
    'budget 1 fact-check',
    'transport 4 fact-checks',
  ]);
  await page.goto(r.topic('air-quality'));
  await expect(page.locator('h1')).toHaveText('Topic: air quality');
  await expect(page.locator('.claim-card h2 a, .claim-card h3 a')).toHaveText([
    'Fine particles averaged about 12.5 µg/m³ in 2024, as the Transit Authority says',
    "Riverton's air was not down to 9 micrograms of fine particles in 2024",
  ]);
});

test('a claimant page counts the verdicts, without a score, and links the claimant’s own page', async ({ page }) => {
  await page.goto(r.claimant('mayor-ana-ruiz'));
  await expect(page.locator('h1')).toHaveText('Claims by Mayor Ana Ruiz');
  await expect(page.locator('[data-verdict-counts] li')).toHaveText([
    'Accurate: 1 fact-check',
    'Understated: 1 fact-check',
    'Exaggerated: 1 fact-check',
  ]);
  await expect(page.locator('main')).not.toContainText('%');
  await expect(page.locator('[data-claimant-url] a')).toHaveAttribute('href', 'https://example.org/riverton/mayor');
});

test('the archive offers the verdicts, topics and claimants as plain links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(r.claims);
  const browse = page.locator('[data-browse]');
  await expect(browse.locator('a')).toHaveText([
    'Accurate (3)',
    'Understated (1)',
    'Exaggerated (1)',
    'topic',
    'claimant',
  ]);
  await browse.getByRole('link', { name: 'topic' }).click();
  await expect(page).toHaveURL(r.topics);
  await context.close();
});

test('search filters by verdict and by topic', async ({ page }) => {
  await page.goto(`${r.search}?q=riverton`);
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  const filters = page.locator('.pagefind-ui__filter-name');
  // Pagefind's UI fetches each filter's chunk after the results: on a cold browser they can take seconds more.
  await expect(filters).toContainText(['Claimant', 'Topic', 'Type', 'Verdict', 'Year published'], { timeout: 15_000 });
  // The pages found, once each (a result also links the sections of its page that matched).
  const resultLinks = () =>
    page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((nodes) => [...new Set(nodes.map((node) => (node.getAttribute('href') ?? '').split('#')[0]))]);
  await page.locator('.pagefind-ui__filter-name', { hasText: 'Verdict' }).click();
  await page.getByLabel(/^Exaggerated/).check();
  await expect.poll(resultLinks).toEqual([r.claim('ruiz-230-million-trips-2024')]);
  await page.getByLabel(/^Exaggerated/).uncheck();
  await page.locator('.pagefind-ui__filter-name', { hasText: 'Topic' }).click();
  await page.getByLabel(/^air quality/).check();
  await expect
    .poll(async () => (await resultLinks()).sort())
    .toEqual([r.claim('ruiz-fine-particles-down-to-9'), r.claim('transit-authority-fine-particles-2024')]);
});

test('a claim page names its reviewer and lists its dated corrections, linked from the feed', async ({ page }) => {
  await page.goto(r.claim('ruiz-nearly-200-million-trips-2023'));
  await expect(page.locator('[data-reviewer]')).toHaveText('Dana Okafor');
  await expect(page.locator('#correction-1')).toContainText('March 14, 2025');
  const feed = await (await page.request.get(r.rss)).text();
  expect(feed).toContain('/claims/ruiz-nearly-200-million-trips-2023/#correction-1</link>');
  await page.goto(r.claim('transit-authority-212-million-trips'));
  await expect(page.locator('[data-no-corrections]')).toBeVisible();
});

test('the corrections policy names where to escalate a complaint', async ({ page }) => {
  for (const pathname of [r.methodology, r.about]) {
    await page.goto(pathname);
    await expect(page.locator('[data-complaints] a')).toHaveAttribute('href', 'https://example.org/complaints');
  }
});

test('the citation and republish boxes work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const slug = 'ruiz-nearly-200-million-trips-2023';
  await page.goto(r.claim(slug));
  await page.locator('#cite summary').click();
  const url = `https://example.org/claims/${slug}/`;
  await expect(page.locator('#cite-1')).toBeVisible();
  const citation = await page.locator('#cite-1').inputValue();
  expect(citation).toContain('“Yes, Riverton made nearly 200 million public transport trips in 2023.”');
  expect(citation).toContain('(updated March 14, 2025)');
  expect(citation).toContain(url);
  const bibtex = await page.locator('#cite-2').inputValue();
  expect(bibtex).toMatch(new RegExp(`^@online\\{claimline-${slug},`));
  expect(bibtex).toContain(`url = {${url}}`);
  await page.locator('#republish summary').click();
  const html = await page.locator('#republish-1').inputValue();
  expect(html).toContain(`<a href="${url}">`);
  expect(html).toContain('Accurate');
  await expect(page.locator('[data-embed-copy]').first()).toBeHidden();
  await context.close();
});
