import { describe, expect, it } from 'vitest';
import { arrowHeadPath, symbolPath, type MarkRole } from './symbols.ts';
import { translatePath } from './svg-path.ts';

/** Every point a path passes through (ends of segments and arcs), absolute, whatever its commands. */
function points(path: string): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, command = '', args = ''] of path.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const relative = command === command.toLowerCase();
    const step = { m: 2, l: 2, h: 1, v: 1, a: 7, z: 0 }[command.toLowerCase()] ?? 0;
    if (step === 0) {
      [x, y] = start;
      result.push([x, y]);
      continue;
    }
    for (let i = 0; i < n.length; i += step) {
      const group = n.slice(i, i + step);
      const kind = command.toLowerCase();
      if (kind === 'h') x = (relative ? x : 0) + (group[0] ?? 0);
      else if (kind === 'v') y = (relative ? y : 0) + (group[0] ?? 0);
      else {
        const [px = 0, py = 0] = group.slice(-2);
        x = (relative ? x : 0) + px;
        y = (relative ? y : 0) + py;
      }
      if (kind === 'm' && i === 0) start = [x, y];
      result.push([x, y]);
    }
  }
  return result;
}

const roles: MarkRole[] = ['claimed', 'corroborates', 'contradicts', 'context', 'figure'];

describe('translatePath', () => {
  for (const role of roles) {
    it(`moves the ${role} symbol to its place, through the same points as the symbol with a translate`, () => {
      const symbol = symbolPath(role);
      const placed = translatePath(symbol, 488.4, 148.5);
      const expected = points(symbol).map(([x, y]) => [x + 488.4, y + 148.5]);
      const actual = points(placed);
      expect(actual).toHaveLength(expected.length);
      actual.forEach(([x, y], index) => {
        expect(x).toBeCloseTo(expected[index]?.[0] ?? NaN, 1);
        expect(y).toBeCloseTo(expected[index]?.[1] ?? NaN, 1);
      });
    });
  }

  it('is shorter than the symbol path and its transform attribute together', () => {
    for (const role of roles) {
      const before = `d="${symbolPath(role)}" transform="translate(488.4,148.5)"`;
      const after = `d="${translatePath(symbolPath(role), 488.4, 148.5)}"`;
      expect(after.length, role).toBeLessThan(before.length * 0.75);
    }
  });

  it('writes a square as one absolute point and relative horizontal and vertical steps', () => {
    expect(translatePath('M4.2,4.2L4.2,-4.2L-4.2,-4.2L-4.2,4.2Z', 100, 50)).toBe('M104.2,54.2v-8.4h-8.4v8.4z');
  });

  it('keeps arc radii and flags, and moves only the arc end points', () => {
    expect(translatePath('M5,0A5,5,0,1,1,-5,0A5,5,0,1,1,5,0', 10, 10)).toBe('M15,10a5,5,0,1,1-10,0a5,5,0,1,1,10,0');
  });

  it('writes a second subpath as a relative move, and a close returns to its start', () => {
    expect(translatePath('M0,0L1,1M1,0L0,1Z', 0, 0)).toBe('M0,0l1,1m0-1l-1,1z');
    const [, , , , closed] = points(translatePath('M0,0L1,1M1,0L0,1ZL2,2', 0, 0));
    expect(closed).toEqual([1, 0]);
  });

  it('accumulates no rounding error: the last point of a long path is where it should be', () => {
    const path = `M0.04,0${Array.from({ length: 50 }, (_, i) => `L${(i + 1) * 0.33},${(i + 1) * 0.77}`).join('')}`;
    const last = points(translatePath(path, 0.04, 0.04)).at(-1);
    expect(last?.[0]).toBeCloseTo(50 * 0.33 + 0.04, 1);
    expect(last?.[1]).toBeCloseTo(50 * 0.77 + 0.04, 1);
  });

  it('writes numbers without a leading zero and without a comma before a minus sign', () => {
    expect(translatePath('M0.5,0.5L-0.5,0.5', 0, 0)).toBe('M.5,.5h-1');
  });

  it('turns an arrowhead into the same points', () => {
    const arrow = arrowHeadPath(221.3, 152.8, 'up');
    expect(points(translatePath(arrow))).toEqual(points(arrow));
  });

  it('refuses commands it cannot move, and path data that does not start with a move', () => {
    expect(() => translatePath('M0,0C1,1,2,2,3,3')).toThrow(/C is not supported/);
    expect(() => translatePath('L1,1')).toThrow(/must start with M/);
    expect(() => translatePath('M0,0L1')).toThrow(/groups of 2/);
  });
});
