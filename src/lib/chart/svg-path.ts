// Compact SVG path data for the charts inlined in every claim page, where each byte is paid on every page view.
// A chart draws the same few symbols many times: instead of the symbol's path plus a transform="translate(…)",
// each mark gets the path moved to its place, its first point absolute and every later one relative to the one
// before (`M492.6,152.7v-8.4h-8.4v8.4z`), which is about half as long.

/** Coordinates are kept to a tenth of a unit, as the chart layout rounds them; as integers of tenths here. */
const tenths = (value: number) => Math.round(value * 10);

/** A number of tenths as path data: `-4.7`, `12`, `.5`. */
function formatTenths(value: number): string {
  const text = String(value / 10);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Numbers joined as path data: a comma between two, none before a minus sign. */
function joinNumbers(values: readonly number[]): string {
  return values
    .map(formatTenths)
    .map((text, index) => (index === 0 || text.startsWith('-') ? text : `,${text}`))
    .join('');
}

const COMMAND = /([A-Za-z])([^A-Za-z]*)/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * Path data made of absolute commands (M, L, H, V, A, Z: what d3's symbols and the chart's own paths use),
 * moved by dx, dy and written with relative commands after the first point. Throws on any other command, or a
 * command with the wrong count of numbers, rather than draw something else.
 */
export function translatePath(path: string, dx = 0, dy = 0): string {
  const shiftX = tenths(dx);
  const shiftY = tenths(dy);
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  if (!/^\s*M/.test(path)) throw new Error(`Path data must start with M, got "${path.slice(0, 20)}"`);
  let out = '';
  for (const [, command = '', args = ''] of path.matchAll(COMMAND)) {
    const numbers = (args.match(NUMBER) ?? []).map((text) => Number(text));
    const needGroupsOf = (count: number) => {
      if (numbers.length === 0 || numbers.length % count !== 0) {
        throw new Error(`Path command ${command} needs numbers in groups of ${count}, got "${args.trim()}"`);
      }
    };
    switch (command) {
      case 'M':
      case 'L': {
        needGroupsOf(2);
        for (let index = 0; index < numbers.length; index += 2) {
          const nextX = tenths(numbers[index] ?? 0) + shiftX;
          const nextY = tenths(numbers[index + 1] ?? 0) + shiftY;
          const move = command === 'M' && index === 0;
          if (out === '') out = `M${joinNumbers([nextX, nextY])}`;
          else if (move) out += `m${joinNumbers([nextX - x, nextY - y])}`;
          else if (nextY === y) out += `h${joinNumbers([nextX - x])}`;
          else if (nextX === x) out += `v${joinNumbers([nextY - y])}`;
          else out += `l${joinNumbers([nextX - x, nextY - y])}`;
          x = nextX;
          y = nextY;
          if (move) {
            startX = x;
            startY = y;
          }
        }
        break;
      }
      case 'H':
      case 'V': {
        needGroupsOf(1);
        for (const value of numbers) {
          if (command === 'H') {
            const nextX = tenths(value) + shiftX;
            out += `h${joinNumbers([nextX - x])}`;
            x = nextX;
          } else {
            const nextY = tenths(value) + shiftY;
            out += `v${joinNumbers([nextY - y])}`;
            y = nextY;
          }
        }
        break;
      }
      case 'A': {
        needGroupsOf(7);
        for (let index = 0; index < numbers.length; index += 7) {
          const [rx = 0, ry = 0, rotation = 0, large = 0, sweep = 0, endX = 0, endY = 0] = numbers.slice(
            index,
            index + 7,
          );
          const nextX = tenths(endX) + shiftX;
          const nextY = tenths(endY) + shiftY;
          // Radii and rotation are not coordinates: they do not move. Flags are written as 0 or 1.
          const flags = `${large ? 1 : 0},${sweep ? 1 : 0}`;
          const end = joinNumbers([nextX - x, nextY - y]);
          out += `a${joinNumbers([tenths(rx), tenths(ry), tenths(rotation)])},${flags}${end.startsWith('-') ? '' : ','}${end}`;
          x = nextX;
          y = nextY;
        }
        break;
      }
      case 'Z':
      case 'z':
        out += 'z';
        x = startX;
        y = startY;
        break;
      default:
        throw new Error(`Path command ${command} is not supported (absolute M, L, H, V, A and Z are)`);
    }
  }
  return out;
}
