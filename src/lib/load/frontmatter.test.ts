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

  it('does not take a longer rule like "----" for a fence', () => {
    expect(splitFrontmatter('----\ntitle: A\n----\n').yaml).toBeUndefined();
  });
});
