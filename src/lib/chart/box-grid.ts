import type { Box } from './box.ts';

/**
 * Things filed by the cells of a square grid that their boxes cover, so that asking about one place reads only
 * what lies near it, not everything on the chart. Two boxes that share any point share a cell, so `some` answers
 * exactly as a test of every item would; an item may be tested more than once.
 */
export interface BoxGrid<T> {
  add(box: Box, item: T): void;
  /** Whether `test` holds for any item whose box shares a cell with `area`. */
  some(area: Box, test: (item: T) => boolean): boolean;
}

/** Cells are this many pixels square: about a label's height, twice over. */
const CELL = 32;
/** Cells run from -LIMIT to LIMIT on each axis; anything further out is filed in the edge cells. */
const LIMIT = 4096;

export function boxGrid<T>(): BoxGrid<T> {
  const cells = new Map<number, T[]>();
  const cell = (value: number) => Math.max(-LIMIT, Math.min(LIMIT, Math.floor(value / CELL)));
  const visit = (box: Box, each: (key: number) => boolean): boolean => {
    const right = cell(box.right);
    const bottom = cell(box.bottom);
    for (let x = cell(box.left); x <= right; x++) {
      for (let y = cell(box.top); y <= bottom; y++) {
        if (each((x + LIMIT) * (2 * LIMIT + 1) + (y + LIMIT))) return true;
      }
    }
    return false;
  };
  return {
    add(box, item) {
      visit(box, (key) => {
        const items = cells.get(key);
        if (items) items.push(item);
        else cells.set(key, [item]);
        return false;
      });
    },
    some(area, test) {
      return visit(area, (key) => cells.get(key)?.some(test) ?? false);
    },
  };
}
