import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from './box.ts';
import { boxGrid } from './box-grid.ts';
import { seededRandom } from '../../../scripts/seeded-random.ts';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('boxGrid', () => {
  it('finds a box that overlaps the area asked about', () => {
    const grid = boxGrid<string>();
    grid.add(box(100, 100, 40, 14), 'label');
    expect(grid.some(box(130, 110, 40, 14), (item) => item === 'label')).toBe(true);
  });

  it('does not read boxes in cells the area does not touch', () => {
    const grid = boxGrid<string>();
    grid.add(box(0, 0, 10, 10), 'far');
    const read: string[] = [];
    grid.some(box(500, 500, 10, 10), (item) => (read.push(item), false));
    expect(read).toEqual([]);
  });

  it('files boxes with negative and huge coordinates without losing them', () => {
    const grid = boxGrid<string>();
    grid.add(box(-300, -20, 50, 10), 'left of the chart');
    grid.add(box(1e9, 1e9, 10, 10), 'far off');
    expect(grid.some(box(-280, -15, 5, 5), () => true)).toBe(true);
    expect(grid.some(box(1e9 + 1, 1e9 + 1, 2, 2), () => true)).toBe(true);
  });

  it('answers as a test of every box would, on 2,000 random questions', () => {
    const random = seededRandom(7);
    const boxes = Array.from({ length: 60 }, () =>
      box(random() * 700 - 50, random() * 400 - 50, 4 + random() * 120, 4 + random() * 30),
    );
    const grid = boxGrid<Box>();
    for (const item of boxes) grid.add(item, item);
    let hits = 0;
    for (let question = 0; question < 2000; question++) {
      const area = box(random() * 700 - 50, random() * 400 - 50, 1 + random() * 60, 1 + random() * 20);
      const expected = boxes.some((item) => overlaps(area, item));
      expect(grid.some(area, (item) => overlaps(area, item))).toBe(expected);
      if (expected) hits++;
    }
    // Both answers occur, so the comparison means something.
    expect(hits).toBeGreaterThan(200);
    expect(hits).toBeLessThan(1800);
  });
});
