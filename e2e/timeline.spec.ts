import { expect, test } from '@playwright/test';
import { checkContent } from '../src/lib/check/check-content.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { routes } from '../src/lib/routes.ts';
import { expectationsFor, type ClaimExpectations } from './expected/expectations.ts';
import { builtPages, distDir } from './pages.ts';

const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');
const expectations = expectationsFor(resolveContentDir({ env: process.env.CONTENT_DIR, cwd }));

for (const claim of site.claims) {
  test(`the timeline of "${claim.slug}" plots exactly the figures in its table, each with its relation`, async ({
    page,
  }) => {
    await page.goto(r.claim(claim.slug));
    const chart = page.locator('#claim-timeline');
    const expected = new Map(Object.entries(expectationsOf(claim.slug).marks));
    if (expected.size === 0) return;
    for (const variant of ['compact', 'wide']) {
      const marks = chart.locator(`svg.timeline-svg--${variant} g.mark`);
      const plotted = await marks.evaluateAll((nodes) =>
        nodes.map((node) => [node.getAttribute('data-figure'), node.getAttribute('class')] as const),
      );
      expect(plotted.map(([id]) => id).sort(), variant).toEqual([...expected.keys()].sort());
      for (const [id, className] of plotted) {
        expect(className, `${variant} ${id}`).toContain(`mark--${expected.get(id ?? '')}`);
      }
    }
    const rows = await page
      .locator('tr[data-figure]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-figure')));
    expect(rows.sort()).toEqual([...expected.keys()].sort());
    for (const [id, role] of expected) {
      await expect(page.locator(`tr[data-figure="${id}"] [data-relation]`)).toHaveAttribute('data-relation', role);
    }
  });
}

test('a chart is an accessible figure: caption, role="img", title and description naming every value', async ({
  page,
}) => {
  const claim = site.claims.find((entry) => entry.claimed.length > 0);
  if (!claim) throw new Error('no claim with a figure');
  await page.goto(r.claim(claim.slug));
  const chart = page.locator('figure#claim-timeline');
  await expect(chart.locator('figcaption')).toHaveText(expectationsOf(claim.slug).summary);
  const svg = chart.locator('svg.timeline-svg--wide');
  await expect(svg).toHaveAttribute('role', 'img');
  const describedBy = (await svg.getAttribute('aria-describedby')) ?? '';
  const description = (await page.locator(`[id="${describedBy}"]`).textContent()) ?? '';
  const claimed = site.figureById.get(claim.claimed[0] ?? '');
  expect(description).toContain(claimed?.by ?? '?');
  await expect(chart.locator('.timeline-sources')).toContainText('Sources:');
});

test('only one of the two chart sizes shows: compact on a phone, wide on a desktop', async ({ browser }) => {
  const claim = site.claims.find((entry) => entry.claimed.length > 0);
  for (const [width, visible, hidden] of [
    [360, 'compact', 'wide'],
    [1280, 'wide', 'compact'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(r.claim(claim?.slug ?? ''));
    await expect(page.locator(`#claim-timeline svg.timeline-svg--${visible}`)).toBeVisible();
    await expect(page.locator(`#claim-timeline svg.timeline-svg--${hidden}`)).toBeHidden();
    // No chart text is drawn smaller than 12 CSS pixels: its font size times the SVG's scale on screen.
    const smallest = await page.locator(`#claim-timeline svg.timeline-svg--${visible}`).evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].map(
        (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
      );
      return Math.min(...sizes);
    });
    expect(smallest, `${width}px`).toBeGreaterThanOrEqual(12);
    await context.close();
  }
});

for (const width of [360, 1280]) {
  test(`at ${width} px a chart is one tab stop; arrow keys ring and announce each mark once, in date order`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const claim = [...site.claims].sort((a, b) => b.compare.length - a.compare.length)[0];
    if (!claim) throw new Error('no claims');
    const sentence = expectationsOf(claim.slug).sentences;
    await page.goto(r.claim(claim.slug));
    const chart = page.locator('#claim-timeline');
    const canvas = chart.locator('.timeline-canvas');
    // No mark is a tab stop or an image of its own inside the chart's role="img": the chart is.
    await expect(chart.locator('g.mark[tabindex], g.mark[role], g.mark[aria-label]')).toHaveCount(0);
    await expect(canvas).toHaveAttribute('tabindex', '0');
    await canvas.focus();
    const svg = chart.locator(`svg.timeline-svg--${width < 560 ? 'compact' : 'wide'}`);
    // Date order: the marks from left to right, as the reader sees them.
    const order = await svg.locator('g.mark').evaluateAll((marks) =>
      marks
        .map((mark) => {
          const box = (mark as SVGGElement).getBBox();
          return { id: mark.getAttribute('data-figure') ?? '', x: box.x + box.width / 2, y: box.y };
        })
        .sort((a, b) => a.x - b.x || a.y - b.y)
        .map((mark) => mark.id),
    );
    const live = chart.locator('[data-timeline-live]');
    const ring = svg.locator('.timeline-focus');
    for (const [index, id] of order.entries()) {
      await page.keyboard.press('ArrowRight');
      await expect(live, `${index}`).toHaveText(sentence[id] ?? `no sentence for ${id}`);
      await expect(ring).toHaveCount(1);
      // The ring surrounds the mark.
      const [ringBox, markBox] = await Promise.all([
        ring.boundingBox(),
        svg.locator(`g.mark[data-figure="${id}"]`).boundingBox(),
      ]);
      expect(ringBox && markBox && ringBox.x <= markBox.x && ringBox.y <= markBox.y, id).toBe(true);
      expect(ringBox && markBox && ringBox.x + ringBox.width >= markBox.x + markBox.width, id).toBe(true);
    }
    // Announced once: one live region for the chart, and the tooltip is hidden from screen readers.
    await expect(chart.locator('[aria-live]')).toHaveCount(1);
    await expect(chart.locator('.timeline-tip')).toHaveAttribute('aria-hidden', 'true');
    await page.keyboard.press('Home');
    await expect(live).toHaveText(sentence[order[0] ?? ''] ?? '');
    // Tab leaves the chart in one press.
    await page.keyboard.press('Tab');
    await expect(canvas).not.toBeFocused();
    await expect(ring).toHaveCount(0);
  });
}

test("hovering a mark of the wide chart shows that figure's sentence", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const claim = [...site.claims].sort((a, b) => b.compare.length - a.compare.length)[0];
  if (!claim) throw new Error('no claims');
  const sentence = new Map(Object.entries(expectationsOf(claim.slug).sentences));
  const points = [...sentence.keys()];
  await page.goto(r.claim(claim.slug));
  const marks = page.locator('#claim-timeline svg.timeline-svg--wide g.mark');
  const tip = page.locator('#claim-timeline .timeline-tip');
  expect(await marks.count()).toBe(points.length);
  for (const mark of await marks.all()) {
    const id = (await mark.getAttribute('data-figure')) ?? '';
    await mark.dispatchEvent('mouseenter');
    await expect(tip, id).toHaveText(sentence.get(id) ?? `no sentence for ${id}`);
  }
});

test('every symbol a page draws is in the symbol sheet of that page', () => {
  let uses = 0;
  for (const pathname of builtPages()) {
    const file = path.join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const html = readFileSync(file, 'utf8');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    for (const [, target] of html.matchAll(/<use href="#([^"]+)"/g)) {
      uses++;
      expect(ids.has(target), `#${target} on ${pathname}`).toBe(true);
    }
  }
  expect(uses).toBeGreaterThan(0);
});

// The axe-core scans of every page are in e2e/axe.spec.ts.

function expectationsOf(slug: string): ClaimExpectations {
  const found = expectations.claims[slug];
  if (!found) throw new Error(`e2e/expected has nothing for the claim ${slug}: run npm run e2e:expectations`);
  return found;
}

test('printed, a chart is the wide one in dark ink on white, even from a dark screen', async ({ page }) => {
  const claim = site.claims.find((entry) => entry.claimed.length > 0);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto(r.claim(claim?.slug ?? ''));
  await expect(page.locator('#claim-timeline svg.timeline-svg--wide')).toBeVisible();
  await expect(page.locator('#claim-timeline svg.timeline-svg--compact')).toBeHidden();
  // The claimed figure in the light theme's violet (#5b2bb5), not the dark theme's lilac.
  const claimed = page.locator('#claim-timeline svg.timeline-svg--wide g.mark--claimed').first();
  expect(await claimed.evaluate((node) => getComputedStyle(node).color)).toBe('rgb(91, 43, 181)');
});

test("in Windows' high-contrast mode the marks take the text colour and the focus ring the highlight", async ({
  page,
}) => {
  const claim = site.claims.find((entry) => entry.compare.length > 0);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(r.claim(claim?.slug ?? ''));
  const canvas = page.locator('#claim-timeline .timeline-canvas');
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  const colours = await page.evaluate(() => {
    const mark = document.querySelector('#claim-timeline svg.timeline-svg--wide g.mark');
    const ring = document.querySelector('#claim-timeline .timeline-focus');
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const highlight = document.createElement('span');
    highlight.style.color = 'Highlight';
    document.body.append(highlight);
    return {
      mark: mark ? getComputedStyle(mark).color : '',
      ring: ring ? getComputedStyle(ring).stroke : '',
      canvasText: getComputedStyle(probe).color,
      highlight: getComputedStyle(highlight).color,
    };
  });
  expect(colours.mark).toBe(colours.canvasText);
  expect(colours.ring).toBe(colours.highlight);
});
