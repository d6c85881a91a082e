import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases, MINIMAL_DIR, writeBrokenFixture } from '../../../e2e/fixtures/broken.ts';
import { checkContent, type CheckResult } from './check-content.ts';

const root = mkdtempSync(path.join(tmpdir(), 'claimline-broken-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the minimal fixture', () => {
  const { problems, site } = checkContent({ dir: MINIMAL_DIR, cwd: MINIMAL_DIR });

  it('has no problem at all', () => {
    expect(problems).toEqual([]);
  });

  it('builds a site with every entity of the folder', () => {
    expect(site).toBeDefined();
    expect(site?.config.ratings).toHaveLength(3);
    expect(site?.metrics.map((metric) => metric.id)).toEqual(['ru-casualties', 'ru-killed']);
    expect(site?.sources.map((source) => source.id)).toEqual(['ru-mod-briefing', 'nato-briefing']);
    expect(site?.figures).toHaveLength(3);
    expect(site?.claims.map((claim) => claim.slug)).toEqual(['russia-reports-1351-killed', 'nato-estimate-15000']);
  });

  it('links the metric that is part of another', () => {
    expect(site?.metricById.get('ru-casualties')?.parts).toEqual(['ru-killed']);
  });

  it('reads value, low, high and approx, and EDTF days, months, years and intervals', () => {
    expect(site?.figureById.get('ru-mod-killed-2022-03-25')).toMatchObject({ value: 1351, approx: false });
    expect(site?.figureById.get('nato-killed-2022-03')).toMatchObject({ low: 7000, high: 15000 });
    expect(site?.figureById.get('nato-killed-2022-03')?.date.start.precision).toBe('month');
    expect(site?.figureById.get('nato-casualties-2022-03')).toMatchObject({ approx: true, date: { isInterval: true } });
    expect(site?.sourceById.get('ru-mod-briefing')?.publishedDate?.start.precision).toBe('year');
  });

  it('compares the claim without a compare list with the other figure of its metric', () => {
    expect(site?.claimBySlug.get('russia-reports-1351-killed')?.compare).toEqual([
      { figure: 'nato-killed-2022-03', stance: undefined },
    ]);
    expect(site?.claimBySlug.get('nato-estimate-15000')?.compareIsExplicit).toBe(true);
  });
});

describe.each(brokenCases)('the broken fixture $kind', (kase) => {
  const dir = path.join(root, kase.kind);
  let result: CheckResult | undefined;
  const check = () => {
    if (!result) {
      writeBrokenFixture(kase, dir);
      result = checkContent({ dir, cwd: dir });
    }
    return result;
  };

  it(`is checked without an exception (${kase.mutation.describe})`, () => {
    expect(check).not.toThrow();
  });

  it(`reports ${kase.expected.ruleId} at ${kase.expected.file}:${kase.expected.line}`, () => {
    const { problems } = check();
    const found = problems.find((problem) => problem.ruleId === kase.expected.ruleId);
    expect(found, `problems reported: ${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(found).toMatchObject({
      file: kase.expected.file.split('/').join(path.sep),
      line: kase.expected.line,
      severity: 'error',
    });
    if (kase.expected.message !== undefined) expect(found?.message).toContain(kase.expected.message);
  });

  it('reports nothing else than the consequences of that one mistake, and builds no site', () => {
    const { problems, site } = check();
    expect(problems.map((problem) => problem.ruleId).sort()).toEqual(
      [kase.expected.ruleId, ...(kase.alsoReported ?? [])].sort(),
    );
    expect(site).toBeUndefined();
  });
});

describe('checkContent', () => {
  it('reports a missing content folder instead of throwing', () => {
    const { problems, site } = checkContent({ dir: path.join(root, 'does-not-exist'), cwd: root });
    expect(site).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: 'does-not-exist', ruleId: 'missing-content-dir' })]);
  });

  it('does not report references to a source that failed its schema as unknown, but still checks the rest', () => {
    const missingValue = brokenCases.find((entry) => entry.kind === 'missing-value');
    const unknownRating = brokenCases.find((entry) => entry.kind === 'unknown-rating');
    if (!missingValue || !unknownRating) throw new Error('missing cases');
    const dir = path.join(root, 'two-mistakes');
    writeBrokenFixture(missingValue, dir);
    unknownRating.mutation.apply(dir, unknownRating.file);
    const { problems } = checkContent({ dir, cwd: dir });
    expect(problems.map((problem) => problem.ruleId).sort()).toEqual(['missing-value', 'unknown-rating']);
  });

  it('shows file paths relative to the working directory', () => {
    const { problems } = checkContent({ dir: MINIMAL_DIR, cwd: path.dirname(MINIMAL_DIR) });
    expect(problems).toEqual([]);
    const kase = brokenCases.find((entry) => entry.kind === 'unknown-figure');
    if (!kase) throw new Error('no unknown-figure case');
    const dir = path.join(root, 'relative', 'unknown-figure');
    writeBrokenFixture(kase, dir);
    const broken = checkContent({ dir, cwd: root });
    expect(broken.problems.map((problem) => problem.file)).toEqual([
      path.join('relative', 'unknown-figure', 'claims', 'nato-estimate-15000.md'),
    ]);
  });
});
