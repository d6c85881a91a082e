import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import type { Site } from '../model/types.ts';
import { routes } from '../routes.ts';
import { hash, metricFamily, namedInBody, pageDigests } from './page-digests.ts';

const r = routes('/');
const root = mkdtempSync(path.join(tmpdir(), 'claimline-digests-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let copies = 0;
/** Digests of the example site after an edit to a copy of it. */
function digestsAfter(edit: (dir: string) => void = () => {}, global = 'code'): Map<string, string> {
  const dir = path.join(root, String(copies++));
  cpSync(path.resolve('content'), dir, { recursive: true });
  edit(dir);
  const { site } = checkContent({ dir, cwd: process.cwd() });
  if (!site) throw new Error('the edited content must check without errors');
  return pageDigests({
    site,
    routes: r,
    global,
    claimText: (claim) => readFileSync(path.join(dir, claim.path), 'utf8'),
  });
}

function replaceIn(file: string, from: string, to: string): (dir: string) => void {
  return (dir) => {
    const absolute = path.join(dir, file);
    const text = readFileSync(absolute, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    writeFileSync(absolute, text.replace(from, to));
  };
}

/** URL paths whose digest differs between two sets of digests. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((page) => before.get(page) !== after.get(page))
    .sort();
}

const before = digestsAfter();

describe('pageDigests', () => {
  it('gives every claim, source and metric page and every embed a digest', () => {
    const { site } = checkContent({ dir: path.resolve('content'), cwd: process.cwd() }) as { site: Site };
    expect(before.size).toBe(2 * site.claims.length + site.sources.length + 2 * site.metrics.length);
    expect(before.get(r.claim('nato-7000-15000-killed'))).toBe(before.get(r.embedClaim('nato-7000-15000-killed')));
  });

  it('is the same for the same content', () => {
    expect(digestsAfter()).toEqual(before);
  });

  it('changes every page when the code or settings change', () => {
    const after = digestsAfter(undefined, 'other code');
    expect(changed(before, after)).toEqual([...before.keys()].sort());
  });

  it("changes the pages of the claims that weigh a figure, its source's page and its metric's, when it changes", () => {
    const after = changed(
      before,
      digestsAfter(replaceIn('sources/ap-russia-raises-estimate.md', 'value: 1351', 'value: 1352')),
    );
    expect(after).toContain(r.claim('nato-7000-15000-killed'));
    expect(after).toContain(r.source('ap-russia-raises-estimate'));
    expect(after).toContain(r.metric('ru-killed'));
    expect(after).toContain(r.embedMetric('ru-killed'));
  });

  it("changes a claim's page, and the pages that list it, when only its body changes", () => {
    const after = changed(
      before,
      digestsAfter((dir) => {
        const file = path.join(dir, 'claims', 'nato-7000-15000-killed.md');
        writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne more paragraph.\n`);
      }),
    );
    expect(after).toContain(r.claim('nato-7000-15000-killed'));
    expect(after).toContain(r.source('nato-estimate-23-march'));
    expect(after).not.toContain(r.claim('russian-mod-1351-killed'));
  });

  it('keeps the pages that show nothing of what changed', () => {
    const after = changed(
      before,
      digestsAfter(
        replaceIn('claims/nato-7000-15000-killed.md', "The ministry's own official count", 'The official count'),
      ),
    );
    const unchanged = [...before.keys()].filter((page) => !after.includes(page));
    expect(unchanged.length).toBeGreaterThan(0);
    expect(after).not.toContain(r.metric('ru-wounded'));
  });
});

describe('namedInBody', () => {
  it('finds the metrics and claims that components name, each once, sorted', () => {
    const body = '<Timeline metric="ru-killed" />\n\n<Timeline claim=\'b-claim\' />\n<Timeline metric="ru-killed"/>';
    expect(namedInBody(body)).toEqual({ metrics: ['ru-killed'], claims: ['b-claim'] });
  });

  it('finds nothing in plain prose', () => {
    expect(namedInBody('The metric was claimed to be wrong.')).toEqual({ metrics: [], claims: [] });
  });
});

describe('metricFamily', () => {
  it('follows partOf both ways, in id order', () => {
    const { site } = checkContent({ dir: path.resolve('content'), cwd: process.cwd() }) as { site: Site };
    const linked = site.metrics.find((metric) => metric.partOf.length > 0);
    if (!linked) throw new Error('the example site has a metric that is part of another');
    const [parent] = linked.partOf;
    const family = metricFamily(site, parent ?? '').map((metric) => metric.id);
    expect(family).toContain(linked.id);
    expect(metricFamily(site, linked.id).map((metric) => metric.id)).toEqual(family);
    expect(family).toEqual([...family].sort());
  });
});

describe('hash', () => {
  it('tells apart lists of parts that join to the same text', () => {
    expect(hash('ab', 'c')).not.toBe(hash('a', 'bc'));
    expect(hash('a', 'b')).toBe(hash('a', 'b'));
  });
});
