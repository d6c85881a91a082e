import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIGHT } from './theme.ts';

/** The first `:root { … }` block of the stylesheets that sets --bg: the light theme. */
function lightRoot(): string {
  const folder = new URL('../../styles/', import.meta.url);
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.css'))
    .sort()) {
    const css = readFileSync(new URL(file, folder), 'utf8');
    for (const [block] of css.matchAll(/:root\s*\{[^}]*\}/g)) if (block.includes('--bg:')) return block;
  }
  throw new Error('no stylesheet in src/styles sets --bg in :root');
}

describe('the images’ light theme', () => {
  it('has the same colours as the light theme of the stylesheets', () => {
    const root = lightRoot();
    const variable = (name: string) => root.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{3,8});`, 'i'))?.[1];
    for (const [key, value] of Object.entries(LIGHT)) {
      const name = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      expect(variable(name), `--${name}`).toBe(value);
    }
  });
});
