import { describe, expect, it } from 'vitest';
import { createMessages } from '../messages/messages.ts';
import { edtfDate } from '../model/edtf-date.ts';
import { bibtexEntry, citationText, republishHtml, type CitedClaim } from './citation.ts';

const english = createMessages({ locale: 'en-GB' });
const french = createMessages({ locale: 'fr' });

/** A fact-check as a claim page would cite it: published and updated, signed by the publisher. */
function cited(changes: Partial<CitedClaim> = {}): CitedClaim {
  return {
    title: 'The ministry’s count is below every estimate',
    slug: 'ministry-count',
    url: 'https://example.org/claims/ministry-count/',
    published: edtfDate('2026-11-21'),
    updated: edtfDate('2026-11-22'),
    publisher: 'Example Desk',
    siteTitle: 'Counting the losses',
    license: 'CC BY 4.0',
    summary: 'The count is below every estimate.',
    verdictLabel: 'False',
    claim: '1,351 soldiers have died',
    claimant: 'Example Ministry',
    ...changes,
  };
}

/** Whether every brace of a BibTeX entry closes one opened before it, and all are closed at the end. */
function bracesBalance(entry: string): boolean {
  let depth = 0;
  for (const char of entry) {
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('citationText', () => {
  it('cites an English fact-check by its publisher, with the date it was updated', () => {
    expect(citationText(cited(), english)).toBe(
      'Example Desk. “The ministry’s count is below every estimate.” Counting the losses, 21 November 2026 (updated 22 November 2026). https://example.org/claims/ministry-count/. Licence: CC BY 4.0.',
    );
  });

  it('leaves the update out when the fact-check has none', () => {
    expect(citationText(cited({ updated: undefined }), english)).toBe(
      'Example Desk. “The ministry’s count is below every estimate.” Counting the losses, 21 November 2026. https://example.org/claims/ministry-count/. Licence: CC BY 4.0.',
    );
  });

  it('names the author instead of the publisher when the fact-check has one', () => {
    expect(citationText(cited({ author: 'Jane Doe', updated: undefined }), english)).toBe(
      'Jane Doe. “The ministry’s count is below every estimate.” Counting the losses, 21 November 2026. https://example.org/claims/ministry-count/. Licence: CC BY 4.0.',
    );
  });

  it('takes the publisher as the author when the author is blank', () => {
    expect(citationText(cited({ author: '  ', updated: undefined }), english)).toMatch(/^Example Desk\. /);
  });

  it('adds no full stop after a title that already ends a sentence', () => {
    expect(citationText(cited({ title: 'Did 1,351 soldiers die?', updated: undefined }), english)).toBe(
      'Example Desk. “Did 1,351 soldiers die?” Counting the losses, 21 November 2026. https://example.org/claims/ministry-count/. Licence: CC BY 4.0.',
    );
  });

  it('keeps a title written over several lines on one line', () => {
    expect(citationText(cited({ title: 'The count\n  is low', updated: undefined }), english)).toContain(
      '“The count is low.”',
    );
  });

  it('follows the style of the site’s language: French guillemets, spaces and words', () => {
    expect(citationText(cited(), french)).toBe(
      'Example Desk, «\u202fThe ministry’s count is below every estimate\u202f», Counting the losses, 21 novembre 2026 (mise à jour\u00a0: 22 novembre 2026). https://example.org/claims/ministry-count/. Licence\u00a0: CC BY 4.0.',
    );
    expect(citationText(cited({ author: 'Jeanne Dupont', updated: undefined }), french)).toBe(
      'Jeanne Dupont, «\u202fThe ministry’s count is below every estimate\u202f», Counting the losses, 21 novembre 2026. https://example.org/claims/ministry-count/. Licence\u00a0: CC BY 4.0.',
    );
  });

  it('gives a date only as precisely as it is known', () => {
    expect(citationText(cited({ published: edtfDate('2026-03'), updated: undefined }), english)).toContain(
      'Counting the losses, March 2026. https://',
    );
  });
});

describe('bibtexEntry', () => {
  it('writes an @online entry with the publisher as one braced name when no author is named', () => {
    expect(bibtexEntry(cited())).toBe(
      [
        '@online{claimline-ministry-count,',
        '  title = {The ministry’s count is below every estimate},',
        '  author = {{Example Desk}},',
        '  organization = {Example Desk},',
        '  year = {2026},',
        '  month = {11},',
        '  date = {2026-11-21},',
        '  url = {https://example.org/claims/ministry-count/},',
        '  note = {CC BY 4.0},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('names the author as written when the fact-check has one', () => {
    expect(bibtexEntry(cited({ author: 'Jane Doe' }))).toContain('\n  author = {Jane Doe},\n');
  });

  it('is the same whatever the site’s language, since it takes no messages', () => {
    expect(bibtexEntry(cited())).not.toContain('Licence');
  });

  it('escapes every special character of a hostile title, so it can neither close its field nor run a command', () => {
    const entry = bibtexEntry(cited({ title: '50% of {x} \\end & #_^~$' }));
    expect(entry).toContain(
      '\n  title = {50\\% of \\textbraceleft{}x\\textbraceright{} \\textbackslash{}end \\& \\#\\_\\textasciicircum{}\\textasciitilde{}\\$},\n',
    );
    expect(entry).not.toContain('\\end');
    expect(bracesBalance(entry)).toBe(true);
  });

  it('keeps braces balanced when a title closes a brace it never opened', () => {
    const entry = bibtexEntry(cited({ title: '}, note = {pwned', author: 'A } B' }));
    expect(bracesBalance(entry)).toBe(true);
    expect(entry).toContain('\n  title = {\\textbraceright{}, note = \\textbraceleft{}pwned},\n');
    expect(entry).toContain('\n  author = {A \\textbraceright{} B},\n');
    expect(entry.match(/^ {2}\w+ = /gm)).toEqual([
      '  title = ',
      '  author = ',
      '  organization = ',
      '  year = ',
      '  month = ',
      '  date = ',
      '  url = ',
      '  note = ',
    ]);
  });

  it('escapes the publisher inside its double braces, and the licence', () => {
    const entry = bibtexEntry(cited({ publisher: 'R&D_Desk {beta}', license: '100% free' }));
    expect(entry).toContain('\n  author = {{R\\&D\\_Desk \\textbraceleft{}beta\\textbraceright{}}},\n');
    expect(entry).toContain('\n  organization = {R\\&D\\_Desk \\textbraceleft{}beta\\textbraceright{}},\n');
    expect(entry).toContain('\n  note = {100\\% free},\n');
    expect(bracesBalance(entry)).toBe(true);
  });

  it('takes the year and the numeric month of a date known to the day', () => {
    const entry = bibtexEntry(cited({ published: edtfDate('2024-03-19') }));
    expect(entry).toContain('\n  year = {2024},\n  month = {3},\n  date = {2024-03-19},\n');
  });

  it('gives a date known only to the year its year alone, with no month', () => {
    const entry = bibtexEntry(cited({ published: edtfDate('2024') }));
    expect(entry).toContain('\n  year = {2024},\n  date = {2024},\n');
    expect(entry).not.toContain('month');
  });

  it('gives an interval the year and month it starts in, and both its ends', () => {
    const entry = bibtexEntry(cited({ published: edtfDate('2024-03/2024-04') }));
    expect(entry).toContain('\n  year = {2024},\n  month = {3},\n  date = {2024-03/2024-04},\n');
  });

  it('makes the key safe for BibTeX: accents dropped, and a short fingerprint for a slug that had to change', () => {
    expect(bibtexEntry(cited({ slug: 'losses_2022.v2' }))).toMatch(/^@online\{claimline-losses_2022\.v2,\n/);
    expect(bibtexEntry(cited({ slug: 'café' }))).toMatch(/^@online\{claimline-cafe-e5rkos,\n/);
    expect(bibtexEntry(cited({ slug: 'втрати-2024' }))).toMatch(/^@online\{claimline-2024-d16n2q,\n/);
    expect(bibtexEntry(cited({ slug: 'втрати' }))).toMatch(/^@online\{claimline-rzsdrz,\n/);
  });

  it('percent-encodes braces in the URL and keeps its percent escapes as they are', () => {
    const entry = bibtexEntry(cited({ url: 'https://example.org/claims/a%20b/?q={x}' }));
    expect(entry).toContain('\n  url = {https://example.org/claims/a%20b/?q=%7Bx%7D},\n');
    expect(bracesBalance(entry)).toBe(true);
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => bibtexEntry(cited({ url: 'javascript:alert(1)' }))).toThrow(/http/);
  });
});

describe('republishHtml', () => {
  it('shows the title, the claim and its claimant, the verdict, the summary, a link back and the credit', () => {
    expect(republishHtml(cited(), english)).toBe(
      [
        '<article lang="en-GB" dir="ltr">',
        '  <h2>The ministry’s count is below every estimate</h2>',
        '  <p><strong>Claim</strong> by Example Ministry: “1,351 soldiers have died”</p>',
        '  <p><strong>Verdict:</strong> False</p>',
        '  <p>The count is below every estimate.</p>',
        '  <p><a href="https://example.org/claims/ministry-count/">Read the full fact-check on Counting the losses</a></p>',
        '  <p><small>By Example Desk, 21 November 2026. Republished under CC BY 4.0.</small></p>',
        '</article>',
      ].join('\n'),
    );
  });

  it('credits the author and the publisher when the fact-check names an author', () => {
    expect(republishHtml(cited({ author: 'Jane Doe' }), english)).toContain(
      '<p><small>By Jane Doe for Example Desk, 21 November 2026. Republished under CC BY 4.0.</small></p>',
    );
  });

  it('escapes markup in every text, so no script reaches the page that pastes it; quotes in text stay as written', () => {
    const html = republishHtml(
      cited({
        title: '<script>alert(1)</script> "quoted"',
        summary: 'A "summary" with <img src=x onerror=alert(1)>',
        claim: '</p><script>alert(2)</script>',
        claimant: 'A & B',
        verdictLabel: '<b>False</b>',
        siteTitle: 'Site "one"',
        author: '<i>Jane</i>',
      }),
      english,
    );
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(html).toContain('<h2>&lt;script&gt;alert(1)&lt;/script&gt; "quoted"</h2>');
    expect(html).toContain('<p>A "summary" with &lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).toContain('<strong>Claim</strong> by A &amp; B: “&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;”');
    expect(html).toContain('<strong>Verdict:</strong> &lt;b&gt;False&lt;/b&gt;');
    expect(html).toContain('Read the full fact-check on Site "one"</a>');
    expect(html).toContain('By &lt;i&gt;Jane&lt;/i&gt; for Example Desk');
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(['a', 'article', 'h2', 'p', 'small', 'strong']);
  });

  it('escapes a quote in the URL so that it stays inside its attribute', () => {
    const html = republishHtml(cited({ url: 'https://example.org/claims/x/?q="><script>' }), english);
    expect(html).toContain('<a href="https://example.org/claims/x/?q=%22%3E%3Cscript%3E">');
    expect(html).not.toContain('<script');
  });

  it('speaks the site’s language, and writes Arabic right to left', () => {
    const html = republishHtml(cited(), french);
    expect(html).toMatch(/^<article lang="fr" dir="ltr">\n/);
    expect(html).toContain(
      '<p><strong>Affirmation</strong> faite par Example Ministry\u00a0: «\u202f1,351 soldiers have died\u202f»</p>',
    );
    expect(html).toContain('<p><strong>Verdict\u00a0:</strong> False</p>');
    expect(html).toContain('>Lire la vérification complète sur Counting the losses</a>');
    expect(html).toContain(
      '<p><small>Par Example Desk, 21 novembre 2026. Republié sous licence CC BY 4.0.</small></p>',
    );
    expect(republishHtml(cited(), createMessages({ locale: 'ar' }))).toMatch(/^<article lang="ar" dir="rtl">\n/);
  });

  it('refuses a javascript: URL, or any URL that is not http(s)', () => {
    expect(() => republishHtml(cited({ url: 'javascript:alert(1)' }), english)).toThrow(/http/);
    expect(() => republishHtml(cited({ url: ' JavaScript:alert(1)' }), english)).toThrow(/http/);
    expect(() => republishHtml(cited({ url: 'data:text/html,<script>alert(1)</script>' }), english)).toThrow(/http/);
    expect(() => republishHtml(cited({ url: '/claims/x/' }), english)).toThrow(/URL/);
  });
});
