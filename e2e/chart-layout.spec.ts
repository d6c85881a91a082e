// Every chart of the site under test, as Chromium draws it with the reader's fonts, at a phone's width and a
// desktop's, light and dark: no label over another label, over any line or symbol of any mark, or over a tick
// label; every mark labelled (its text, or a number keyed under the chart); at least three dates on the time axis.
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './pages.ts';

/** Pages that draw charts: fact-checks and metrics (their embeds draw the same layouts). */
const chartPages = builtPages().filter((pathname) => /^\/(claims|metrics)\/[^/]+\/$/.test(pathname));

interface ChartReport {
  readonly id: string;
  readonly marks: number;
  readonly unlabelled: string[];
  readonly xLabels: number;
  readonly overlaps: string[];
}

/** Measures every visible chart of the page in the browser (screen pixels). */
async function measureCharts(page: Page): Promise<ChartReport[]> {
  return page.evaluate(() => {
    type Rect = { left: number; right: number; top: number; bottom: number; name: string };
    const rect = (element: Element, name: string): Rect => {
      const box = element.getBoundingClientRect();
      return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, name };
    };
    // Overlap by more than half a pixel: rounding to whole units may leave two boxes touching.
    const overlap = (a: Rect, b: Rect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const inside = (x: number, y: number, r: Rect) =>
      x > r.left + 0.5 && x < r.right - 0.5 && y > r.top + 0.5 && y < r.bottom - 0.5;
    const charts = [...document.querySelectorAll<SVGSVGElement>('svg.timeline-svg')].filter(
      (svg) => svg.getBoundingClientRect().width > 0,
    );
    return charts.map((svg, index) => {
      const marks = [...svg.querySelectorAll('g.mark')];
      const labels = marks.flatMap((mark) =>
        [...mark.querySelectorAll(':scope > text')].map((text) => ({
          mark,
          rect: rect(text, `label “${text.textContent}” of ${mark.getAttribute('data-figure')}`),
        })),
      );
      const ticks = [...svg.querySelectorAll('.ticks text, .axis text')].map((text) =>
        rect(text, `tick “${text.textContent}”`),
      );
      // Symbols and rings; a glyph is the role's symbol drawn in the label of a mark that has none.
      const symbols = marks.flatMap((mark) =>
        [...mark.querySelectorAll(':scope > use, :scope > .mark-ring')].map((symbol) => ({
          mark,
          glyph: symbol.tagName === 'use' && !symbol.hasAttribute('x'),
          rect: rect(symbol, `symbol of ${mark.getAttribute('data-figure')}`),
        })),
      );
      // Every stroke a mark draws, as points every pixel along it, in screen coordinates.
      const lines = marks.flatMap((mark) =>
        [...mark.querySelectorAll<SVGPathElement>(':scope > path')].map((path) => {
          const matrix = path.getScreenCTM();
          const length = path.getTotalLength();
          const points: Array<{ x: number; y: number }> = [];
          for (let at = 0; at <= length; at += 1) {
            const point = path.getPointAtLength(at);
            const screen = matrix ? new DOMPoint(point.x, point.y).matrixTransform(matrix) : point;
            points.push({ x: screen.x, y: screen.y });
          }
          return { mark, path, points, name: `${path.getAttribute('class')} of ${mark.getAttribute('data-figure')}` };
        }),
      );
      const overlaps: string[] = [];
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1))
          if (overlap(a.rect, b.rect)) overlaps.push(`${a.rect.name} × ${b.rect.name}`);
        for (const tick of ticks) if (overlap(a.rect, tick)) overlaps.push(`${a.rect.name} × ${tick.name}`);
        for (const symbol of symbols) {
          // A label's own glyph sits before its text by design.
          if (symbol.mark === a.mark && symbol.glyph) continue;
          if (overlap(a.rect, symbol.rect)) overlaps.push(`${a.rect.name} × ${symbol.rect.name}`);
        }
        for (const line of lines) {
          // A label's own leader ends at the label.
          if (line.mark === a.mark && line.path.classList.contains('mark-leader')) continue;
          // A callout's ring is drawn around its number.
          if (line.mark === a.mark && line.path.classList.contains('mark-callout')) continue;
          if (line.points.some((point) => inside(point.x, point.y, a.rect)))
            overlaps.push(`${a.rect.name} × ${line.name}`);
        }
      });
      ticks.forEach((a, i) => {
        for (const b of ticks.slice(i + 1)) if (overlap(a, b)) overlaps.push(`${a.name} × ${b.name}`);
      });
      return {
        id: `${svg.closest('figure')?.id ?? `chart ${index}`} (${svg.getAttribute('class')})`,
        marks: marks.length,
        unlabelled: marks
          .filter((mark) => !mark.querySelector(':scope > text'))
          .map((mark) => mark.getAttribute('data-figure') ?? '?'),
        xLabels: svg.querySelectorAll('.axis text').length,
        overlaps,
      };
    });
  });
}

for (const [width, scheme] of [
  [360, 'light'],
  [360, 'dark'],
  [1280, 'light'],
  [1280, 'dark'],
] as const) {
  test(`every chart at ${width} px (${scheme}): no label over a label, a line, a symbol or a tick; every mark labelled; three dates or more`, async ({
    browser,
  }) => {
    test.skip(chartPages.length === 0, 'no claim or metric pages');
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    const problems: string[] = [];
    let charts = 0;
    for (const pathname of chartPages) {
      await page.goto(pathname);
      for (const chart of await measureCharts(page)) {
        charts++;
        const where = `${pathname} ${chart.id}`;
        problems.push(...chart.overlaps.map((overlap) => `${where}: ${overlap}`));
        if (chart.unlabelled.length) problems.push(`${where}: unlabelled ${chart.unlabelled.join(', ')}`);
        if (chart.marks > 0 && chart.xLabels < 3) problems.push(`${where}: ${chart.xLabels} dates on the axis`);
      }
    }
    expect(charts).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
}
