// The site's colours, read from the stylesheets themselves: the rules written twice stay the same, and every
// colour a chart or a text uses stands out from the background as WCAG asks (3:1 for graphics, 4.5:1 for text),
// in the light theme and the dark one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const tokens = read('tokens.css');
const embed = read('embed.css');

/** The declarations of the first block that follows `opening`, one per line, trimmed. */
function block(css: string, opening: string): string[] {
  const start = css.indexOf(opening);
  if (start < 0) throw new Error(`no ${opening}`);
  let depth = 0;
  let body = '';
  for (const char of css.slice(css.indexOf('{', start))) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    body += char;
    if (depth === 0) break;
  }
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '{' && line !== '}');
}

/** Custom properties of a block: --name → value. */
function properties(lines: readonly string[]): Map<string, string> {
  return new Map(
    lines.flatMap((line) => {
      const match = /^(--[\w-]+):\s*([^;]+);$/.exec(line);
      return match ? [[match[1] ?? '', match[2] ?? ''] as const] : [];
    }),
  );
}

const light = properties(block(tokens, ':root {'));
const darkBySystem = properties(block(tokens, ":root:not([data-theme='light']) {"));
const darkByHost = properties(block(tokens, ":root[data-theme='dark'] {"));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

describe('the colour tokens', () => {
  it('gives the dark theme the same colours whether the system or the host asks for it', () => {
    expect(darkBySystem.size).toBeGreaterThan(10);
    expect(darkByHost).toEqual(darkBySystem);
  });

  describe.each([
    ['light', light],
    ['dark', new Map([...light, ...darkBySystem])],
  ])('in the %s theme', (_, colours) => {
    const background = colours.get('--bg') ?? '';
    // What a chart draws with: each role's colour, and the focus ring.
    it.each(['--claimed', '--positive', '--negative', '--muted', '--link', '--focus'])(
      'draws chart marks in %s at 3:1 or more against the background',
      (name) => {
        expect(contrast(colours.get(name) ?? '', background)).toBeGreaterThanOrEqual(3);
      },
    );
    it.each(['--text', '--muted', '--link', '--claimed', '--positive', '--negative'])(
      'sets text in %s at 4.5:1 or more against the background',
      (name) => {
        expect(contrast(colours.get(name) ?? '', background)).toBeGreaterThanOrEqual(4.5);
      },
    );
  });
});

describe('the compact embed', () => {
  it('applies the same rules by width and by ?layout=compact', () => {
    const byWidth = block(embed, '@media (max-width: 560px) {');
    const byQuery = embed
      .slice(embed.indexOf(":root[data-layout='compact']"))
      .split('\n')
      .map((line) => line.trim().replace(":root[data-layout='compact'] ", ''))
      .filter((line) => line !== '' && line !== '}');
    const comments = (lines: readonly string[]) => lines.filter((line) => !line.startsWith('/*'));
    expect(comments(byQuery)).toEqual(comments(byWidth));
  });
});
