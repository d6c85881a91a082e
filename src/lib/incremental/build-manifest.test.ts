import { describe, expect, it } from 'vitest';
import {
  MANIFEST_VERSION,
  packPolicies,
  parseManifest,
  planBuild,
  staleFiles,
  unpackPolicies,
  type BuildManifest,
} from './build-manifest.ts';

const previous: BuildManifest = {
  version: MANIFEST_VERSION,
  global: 'g1',
  pages: { '/claims/a/': 'a1', '/claims/b/': 'b1', '/claims/c/': 'c1' },
  files: ['claims/a/index.html', 'claims/b/index.html', 'claims/c/index.html', 'index.html'],
};
const digests = new Map([
  ['/claims/a/', 'a1'],
  ['/claims/b/', 'b2'],
  ['/claims/c/', 'c1'],
  ['/claims/d/', 'd1'],
]);
const everything = () => true;

describe('planBuild', () => {
  it('keeps the pages whose digest is unchanged and whose file exists', () => {
    const plan = planBuild({ previous, global: 'g1', digests, exists: (page) => page !== '/claims/c/' });
    expect(plan.incremental).toBe(true);
    expect([...plan.keep]).toEqual(['/claims/a/']);
  });

  it('builds everything when the code or settings changed', () => {
    expect(planBuild({ previous, global: 'g2', digests, exists: everything })).toEqual({
      incremental: false,
      keep: new Set(),
    });
  });

  it('builds everything without a manifest, or with one of another version', () => {
    expect(planBuild({ previous: undefined, global: 'g1', digests, exists: everything }).incremental).toBe(false);
    const older = { ...previous, version: MANIFEST_VERSION - 1 };
    expect(planBuild({ previous: older, global: 'g1', digests, exists: everything }).incremental).toBe(false);
  });
});

describe('staleFiles', () => {
  it('lists the files of the last build that this one neither wrote nor kept', () => {
    expect(staleFiles(previous.files, new Set(['claims/a/index.html', 'index.html', 'claims/d/index.html']))).toEqual([
      'claims/b/index.html',
      'claims/c/index.html',
    ]);
  });
});

describe('parseManifest', () => {
  it('reads what JSON.stringify wrote', () => {
    expect(parseManifest(JSON.stringify(previous))).toEqual(previous);
  });

  it('reads a damaged or foreign file as no manifest', () => {
    expect(parseManifest('{"version":1,')).toBeUndefined();
    expect(parseManifest('null')).toBeUndefined();
    expect(parseManifest(JSON.stringify({ ...previous, files: 'x' }))).toBeUndefined();
    expect(parseManifest(JSON.stringify({ ...previous, version: 0 }))).toBeUndefined();
  });
});

describe('packPolicies', () => {
  it('stores each distinct policy once, and unpacks to the same map', () => {
    const policies = new Map([
      ['b/index.html', "default-src 'self'"],
      ['a/index.html', "default-src 'self'"],
      ['c/index.html', "default-src 'none'"],
    ]);
    const packed = packPolicies(policies);
    expect(packed.texts).toEqual(["default-src 'self'", "default-src 'none'"]);
    expect(unpackPolicies(packed)).toEqual(policies);
    expect(unpackPolicies(undefined).size).toBe(0);
  });
});
