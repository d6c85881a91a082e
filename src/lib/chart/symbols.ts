import { symbol, symbolCircle, symbolSquare2, symbolStar, symbolTimes, type SymbolType } from 'd3-shape';

/** How a figure relates to what the chart is about; each role has its own shape as well as colour. */
export type MarkRole = 'claimed' | 'corroborates' | 'contradicts' | 'context' | 'figure';

const SHAPES: Record<MarkRole, { type: SymbolType; size: number }> = {
  claimed: { type: symbolStar, size: 260 },
  corroborates: { type: symbolCircle, size: 110 },
  contradicts: { type: symbolTimes, size: 130 },
  context: { type: symbolSquare2, size: 90 },
  figure: { type: symbolCircle, size: 90 },
};

/** The catalog message that names each role in a key, a badge and a screen reader's description. */
export function roleMessage(role: MarkRole): `role.${MarkRole}` {
  return `role.${role}`;
}

const paths = new Map<MarkRole, string>();

/** SVG path data of the role's symbol, centred on 0,0. */
export function symbolPath(role: MarkRole): string {
  let path = paths.get(role);
  if (path === undefined) {
    const { type, size } = SHAPES[role];
    path = roundPath(symbol(type, size)() ?? '');
    paths.set(role, path);
  }
  return path;
}

/**
 * How far the role's symbol reaches from its centre, its outline included: what a label, an arrow or a focus
 * ring must keep clear of.
 */
export function symbolRadius(role: MarkRole): number {
  const numbers = symbolPath(role).match(/-?\d*\.?\d+(e-?\d+)?/g) ?? [];
  return Math.max(0, ...numbers.map((number) => Math.abs(Number(number)))) + 1.5;
}

function roundPath(path: string): string {
  return path.replace(/-?\d*\.\d+(e-?\d+)?/g, (number) => String(Math.round(Number(number) * 10) / 10));
}

/** SVG path data of an open bound's arrowhead, its tip at x, y, pointing up or down. */
export function arrowHeadPath(x: number, y: number, direction: 'up' | 'down'): string {
  return direction === 'up'
    ? `M${x - 5},${y + 8}L${x},${y}L${x + 5},${y + 8}`
    : `M${x - 5},${y - 8}L${x},${y}L${x + 5},${y - 8}`;
}

/** Every role, in the order keys list them. */
export const MARK_ROLES: readonly MarkRole[] = ['claimed', 'corroborates', 'contradicts', 'context', 'figure'];

/**
 * The id of the role's symbol in the page's symbol sheet (src/components/MarkSymbols.astro), which charts, keys
 * and badges draw with `<use href="#…">`. The colon keeps it apart from every id a Markdown heading can get.
 */
export function symbolId(role: MarkRole): string {
  return `symbol:${role}`;
}
