import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { chartSourceLines, chartSourceTitles } from './site-timelines.ts';

const cwd = fileURLToPath(new URL('../../..', import.meta.url));
const { site } = checkContent({ dir: 'content', cwd });
if (!site) throw new Error('the example content does not build');
const figures = site.figures.filter((figure) => figure.metric === 'ru-killed');
const sources = [...new Set(figures.map((figure) => figure.source))];

describe('chart credits', () => {
  it('name each source of the plotted figures once, in the order of its first figure', () => {
    expect(sources.length).toBeGreaterThan(1);
    const titles = sources.map((id) => `“${site.sourceById.get(id)?.title}”`);
    expect(chartSourceTitles(site, figures)).toEqual(titles);
    expect(chartSourceLines(site, figures).map((line) => line.slice(0, line.indexOf('” (') + 1))).toEqual(titles);
  });

  it('say who made the estimates in the long form, and leave that to the table in the short one', () => {
    const lines = chartSourceLines(site, figures).join(' ');
    const short = chartSourceTitles(site, figures).join(' ');
    for (const figure of figures) expect(lines).toContain(figure.by);
    const titles = sources.map((id) => site.sourceById.get(id)?.title ?? '').join(' ');
    const notInTitles = figures.filter((figure) => !titles.includes(figure.by));
    expect(notInTitles.length).toBeGreaterThan(0);
    for (const figure of notInTitles) expect(short).not.toContain(figure.by);
  });
});
