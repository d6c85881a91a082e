import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits the YAML between the fences from the body and says on which line each starts', () => {
    const split = splitFrontmatter('---\ntitle: A\nby: B\n---\nFirst line.\nSecond line.\n');
    expect(split.yaml).toBe('title: A\nby: B');
    expect(split.yamlLineOffset).toBe(1);
    expect(split.body).toBe('First line.\nSecond line.\n');
    expect(split.bodyLine).toBe(5);
  });

  it('puts the body line right after the closing fence however long the frontmatter is', () => {
    const yamlLines = Array.from({ length: 10 }, (_, index) => `key${index}: ${index}`);
    const split = splitFrontmatter(['---', ...yamlLines, '---', 'Body'].join('\n'));
    expect(split.bodyLine).toBe(13);
    expect(split.body).toBe('Body');
  });

  it('accepts Windows line endings and a byte order mark without shifting lines', () => {
    const split = splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\nmore');
    expect(split.yaml).toBe('title: A');
    expect(split.bodyLine).toBe(4);
    expect(split.body).toBe('Body\nmore');
  });

  it('accepts trailing spaces after a fence', () => {
    const split = splitFrontmatter('---  \ntitle: A\n--- \nBody');
    expect(split.yaml).toBe('title: A');
    expect(split.body).toBe('Body');
  });

  it('gives an empty YAML text for an empty frontmatter', () => {
    const split = splitFrontmatter('---\n---\nBody');
    expect(split.yaml).toBe('');
    expect(split.bodyLine).toBe(3);
  });

  it('accepts blank lines before the opening fence, as Astro does, and counts them', () => {
    const split = splitFrontmatter('\n  \n---\ntitle: A\n---\nBody');
    expect(split.yaml).toBe('title: A');
    expect(split.yamlLineOffset).toBe(3);
    expect(split.bodyLine).toBe(6);
  });

  it('reports no frontmatter when the file does not start with a fence', () => {
    const split = splitFrontmatter('Intro\n---\ntitle: A\n---\n');
    expect(split.yaml).toBeUndefined();
    expect(split.body).toBe('Intro\n---\ntitle: A\n---\n');
    expect(split.bodyLine).toBe(1);
  });

  it('reports no frontmatter when the closing fence is missing', () => {
    const split = splitFrontmatter('---\ntitle: A\nBody');
    expect(split.yaml).toBeUndefined();
    expect(split.bodyLine).toBe(1);
  });

  it('ends the frontmatter where Astro does, at the first line starting with "---", and flags that fence', () => {
    const split = splitFrontmatter('---\ntitle: "A\n----\nB"\n---\nBody');
    expect(split.yaml).toBe('title: "A');
    expect(split.badFence).toEqual({ line: 3, text: '----' });
    expect(split.body).toBe('-\nB"\n---\nBody');
  });

  it('flags an opening fence that is not a plain "---" line', () => {
    expect(splitFrontmatter('----\ntitle: A\n---\n').badFence).toEqual({ line: 1, text: '----' });
    expect(splitFrontmatter('+++\ntitle = "A"\n+++\n').badFence).toEqual({ line: 1, text: '+++' });
  });

  it('flags a closing "+++", which Astro also takes for a fence', () => {
    expect(splitFrontmatter('---\ntitle: A\n+++\nBody').badFence).toEqual({ line: 3, text: '+++' });
  });

  it('has no bad fence for plain fences', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nBody').badFence).toBeUndefined();
  });
});

describe('splitFrontmatter and Astro', () => {
  // Lines that fences, YAML and bodies are made of, the tricky ones included.
  const line = fc.constantFrom('---', '--- ', '----', '---x', '+++', 'title: "A', '----"', 'b: c', '', '  ', 'Body');
  const file = fc
    .tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([lines, eol, bom]) => `${bom ? '\uFEFF' : ''}${lines.join(eol)}`);

  it('reads the same YAML as Astro from every file it does not flag, and flags no file Astro reads otherwise', () => {
    fc.assert(
      fc.property(file, (text) => {
        const split = splitFrontmatter(text);
        const raw = extractFrontmatter(text);
        if (split.yaml === undefined) {
          expect(raw).toBeUndefined();
          return;
        }
        if (split.badFence) return;
        const checked = yamlOf(split.yaml);
        expect(checked).toEqual(yamlOf(raw ?? ''));
        if ('error' in checked) return; // The checker reports yaml-syntax; the build never reaches Astro.
        const astro = parseFrontmatter(text, { frontmatter: 'remove' });
        expect(split.body.trim()).toBe(astro.content.replace(/\r\n/g, '\n').trim());
      }),
      { seed: Number(process.env.FC_SEED ?? 20261203), numRuns: 2_000 },
    );
  });
});

/** The data js-yaml reads from `text`, or that it refuses it. */
function yamlOf(text: string): { data: unknown } | { error: true } {
  try {
    return { data: load(text) ?? null };
  } catch {
    return { error: true };
  }
}
