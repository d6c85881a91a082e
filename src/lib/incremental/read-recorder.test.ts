import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { claimsOfSource } from '../model/related-claims.ts';
import { recordingSite, type ReadKey } from './read-recorder.ts';

const dir = path.resolve('e2e/fixtures/minimal');
const { site } = checkContent({ dir, cwd: dir });
if (!site) throw new Error('the minimal fixture must check without errors');

describe('a recording site', () => {
  it('notes each entry looked up by id, and gives back the same entries', () => {
    const reads = new Set<ReadKey>();
    const recording = recordingSite(site, reads);
    expect(recording.figureById.get('nato-killed-2022-03')).toBe(site.figureById.get('nato-killed-2022-03'));
    expect(recording.sourceById.has('nato-briefing')).toBe(true);
    recording.metricById.get('no-such-metric');
    expect([...reads].sort()).toEqual(['figure:nato-killed-2022-03', 'metric:no-such-metric', 'source:nato-briefing']);
  });

  it('notes a metric and each of its figures when a page asks for the metric’s figures', () => {
    const reads = new Set<ReadKey>();
    const figures = recordingSite(site, reads).figuresByMetric.get('ru-casualties') ?? [];
    expect(figures.length).toBeGreaterThan(0);
    expect([...reads].sort()).toEqual(
      ['metric:ru-casualties', ...figures.map((figure) => `figure:${figure.id}`)].sort(),
    );
  });

  it('notes a whole list when a page walks every claim', () => {
    const reads = new Set<ReadKey>();
    const recording = recordingSite(site, reads);
    const source = site.sourceById.get('nato-briefing');
    if (!source) throw new Error('no source');
    claimsOfSource(recording, source);
    expect(reads.has('list:claims')).toBe(true);
  });

  it('passes everything else through untouched', () => {
    const recording = recordingSite(site, new Set());
    expect(recording.config).toBe(site.config);
    expect(recording.messages).toBe(site.messages);
  });
});
