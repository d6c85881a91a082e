// Writing SVG by hand, byte by byte: positions in whole units, attributes escaped, anchors for either direction.
import { escapeXml } from '../image/text.ts';

/** A whole number for a position: layouts are in tenths, the page needs no more than units. */
export const n = (value: number) => String(Math.round(value) || 0);

/** An element: attributes left out when undefined, values escaped, `/>` when it has no content. */
export function el(tag: string, attributes: Record<string, string | number | undefined>, content = ''): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  return content === '' ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${content}</${tag}>`;
}

/**
 * The text-anchor that puts a text's visual `start` (left edge), `middle` or `end` (right edge) at its x, in the
 * chart's direction: right to left, a text's start is its right edge. Undefined for the default, `start`.
 */
export function textAnchor(visual: 'start' | 'middle' | 'end', direction: 'ltr' | 'rtl'): 'middle' | 'end' | undefined {
  if (visual === 'middle') return 'middle';
  const logical = direction === 'rtl' ? (visual === 'start' ? 'end' : 'start') : visual;
  return logical === 'start' ? undefined : logical;
}
