import { describe, expect, it } from 'vitest';
import { isHashSource, metaPolicy, parsePolicy, serialisePolicy, withDirective, withoutHashes } from './csp.ts';

const astro =
  "default-src 'self';object-src 'none';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' " +
  "'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw='; style-src 'self' 'sha384-abc/def+g=';";

describe('parsePolicy and serialisePolicy', () => {
  it('reads directives in order with their sources, whatever the spacing', () => {
    const policy = parsePolicy(astro);
    expect([...policy.keys()]).toEqual(['default-src', 'object-src', 'img-src', 'script-src', 'style-src']);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(serialisePolicy(withoutHashes(policy))).toBe(
      "default-src 'self'; object-src 'none'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    );
  });

  it('keeps the first of a repeated directive, as browsers do, and lower-cases names', () => {
    expect(parsePolicy("Script-Src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });

  it('drops the hashes of some directives only', () => {
    expect(serialisePolicy(withoutHashes(parsePolicy(astro), ['script-src']))).toContain(
      "style-src 'self' 'sha384-abc/def+g='",
    );
    expect(serialisePolicy(withoutHashes(parsePolicy(astro), ['script-src']))).toContain(
      "script-src 'self' 'wasm-unsafe-eval';",
    );
  });

  it('sets and removes a directive', () => {
    const policy = parsePolicy("default-src 'self'");
    expect(serialisePolicy(withDirective(policy, 'frame-ancestors', ["'none'"]))).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
    expect(serialisePolicy(withDirective(policy, 'default-src', undefined))).toBe('');
  });
});

describe('isHashSource', () => {
  it('knows the three hash algorithms, quoted', () => {
    expect(isHashSource("'sha256-abc='")).toBe(true);
    expect(isHashSource("'sha512-abc'")).toBe(true);
    expect(isHashSource('sha256-abc=')).toBe(false);
    expect(isHashSource("'self'")).toBe(false);
    expect(isHashSource("'nonce-abc'")).toBe(false);
  });
});

describe('metaPolicy', () => {
  it("finds the policy of a page's meta tag, with entities decoded", () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;;"></head>`;
    expect(metaPolicy(html)).toBe("script-src 'self';");
  });

  it('ignores other meta tags and says when there is none', () => {
    expect(metaPolicy('<meta name="description" content="default-src *">')).toBeUndefined();
    expect(metaPolicy(`<META HTTP-EQUIV='Content-Security-Policy' CONTENT='default-src "self"'>`)).toBe(
      'default-src "self"',
    );
  });
});
