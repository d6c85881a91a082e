import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineLayout, type TimelineSeries } from '../chart/timeline-layout.ts';
import { createMessages } from '../messages/messages.ts';
import { edtfDate } from '../model/edtf-date.ts';
import { CARD_WIDTH, cardSvg } from './card-svg.ts';
import { chartSvg } from './chart-svg.ts';
import { measureText } from './fonts.ts';
import { parseXml } from './test-xml.ts';
import { DEFAULT_MAX_LINES, ELLIPSIS, fitLine, wrapText, type FontWeight, type TextMeasure } from './text.ts';

/** A megabyte of text, in UTF-16 code units. */
const MB = 1_000_000;
const messages = createMessages({ locale: 'en-GB' });
/**
 * The text measured, in all, per code unit of input: what is drawn is a few lines, so a renderer measures little
 * more than that, plus a field it sizes whole (the card's verdict label, tried at a few sizes). On these inputs the
 * most is 0.8; quadratic work would be thousands.
 */
const PER_UNIT = 2;
/** The calls to the measure, whatever the input's length: on these inputs, at most about 3,000. */
const MAX_CALLS = 10_000;

/** Every character 10 px wide at 10 px, as in text.test.ts. */
const mono: TextMeasure = (text, size) => Array.from(text).length * size;

const LETTERS = ['W', 'a', 'i', 'm', 'я', 'ش', '.', ',', '-', '—', '&', '<'];
const ASTRAL = ['😀', '👨‍👩‍👧', '🏳️‍🌈', '𝕏', '🇺🇦', '❤️'];
const MARKS = ['\u0301', '\u0308', '\u20DD', '\u0489', '\u200D'];
const CONTROLS = ['\u0000', '\u0007', '\u001B', '\u007F', '\u200B', '\u2060', '\uD800', '\uDFFF', '\uFFFE'];
const SPACES = [' ', '  ', '\n', '\t', '\u00A0', '\u3000', '\u2028', '\uFEFF'];

const piece = (pools: ReadonlyArray<readonly string[]>) => fc.constantFrom(...pools.flat());

/** The kinds of text to try: one long word, many short words, and everything mixed. */
const unit = fc.oneof(
  fc.array(piece([LETTERS, ASTRAL, MARKS, CONTROLS]), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
  fc
    .array(fc.tuple(fc.array(piece([LETTERS, ASTRAL]), { minLength: 1, maxLength: 4 }), piece([SPACES])), {
      minLength: 1,
      maxLength: 6,
    })
    .map((words) => words.map(([word, space]) => `${word.join('')}${space}`).join('')),
  fc
    .array(piece([LETTERS, ASTRAL, MARKS, CONTROLS, SPACES]), { minLength: 1, maxLength: 16 })
    .map((parts) => parts.join('')),
);

/**
 * A megabyte of text: `head`, then `unit` over and over, cut to length (which may leave half a surrogate pair at
 * the end). Properties take the recipe, not the text, so a failure prints a few characters rather than a megabyte.
 */
interface Huge {
  readonly head: string;
  readonly unit: string;
}
const megabyte = ({ head, unit }: Huge) => `${head}${unit.repeat(Math.ceil(MB / unit.length))}`.slice(0, MB);

const huge: fc.Arbitrary<Huge> = fc.oneof(
  unit.map((text) => ({ head: '', unit: text })),
  fc.constantFrom(
    { head: '', unit: 'W' },
    { head: '', unit: '\u0301' },
    { head: 'a', unit: '\u0301' },
    { head: '', unit: 'a ' },
    { head: '', unit: '. ' },
    { head: '', unit: '😀' },
    { head: '', unit: '\u0000' },
    { head: 'word '.repeat(10), unit: '.' },
  ),
);

const style = fc.record({
  size: fc.integer({ min: 10, max: 60 }),
  weight: fc.constantFrom<FontWeight>(400, 600, 700),
});

/**
 * The work a renderer does on hostile text, counted at the text measure, where laying out text spends it: every
 * call and the code units it is handed. A renderer that measured prefix after prefix of a megabyte (quadratic
 * work, minutes of build) fails on the count, on any machine however fast or busy, where a time limit would not.
 */
function counting(measure: TextMeasure): { measure: TextMeasure; work: () => { calls: number; units: number } } {
  let calls = 0;
  let units = 0;
  return {
    measure: (text, size, weight) => {
      calls += 1;
      units += text.length;
      return measure(text, size, weight);
    },
    work: () => ({ calls, units }),
  };
}

/** Runs `render` with a counting measure, expecting at most PER_UNIT code units measured per unit of input and MAX_CALLS calls. */
function bounded<T>(input: number, what: string, render: (measure: TextMeasure) => T): T {
  const counter = counting(measureText);
  const result = render(counter.measure);
  const { calls, units } = counter.work();
  expect(calls, `${what} measured ${calls} times`).toBeLessThanOrEqual(MAX_CALLS);
  expect(units, `${what} measured ${units} code units of ${input}`).toBeLessThanOrEqual(PER_UNIT * input);
  return result;
}

/** No line holds more than ten code points per em of its width (text.ts's rule for zero-width characters). */
function expectBoundedLine(line: string, maxWidth: number, size: number, weight: FontWeight) {
  expect(measureText(line, size, weight)).toBeLessThanOrEqual(maxWidth);
  expect(Array.from(line).length).toBeLessThanOrEqual(Math.ceil((maxWidth / size) * 10));
}

/** What is shown is the start of the text, in order: the same non-space characters (ellipses aside). */
function expectStartOf(lines: readonly string[], text: string) {
  const strip = (value: string) => value.replace(/[\s…]/g, '');
  expect(strip(text).startsWith(strip(lines.join('')))).toBe(true);
}

/** A failing run stops there: shrinking megabytes of text would take minutes. */
/** Seeded, so that a run reproduces (FC_SEED explores others); no shrinking of megabyte inputs. */
const SEED = Number(process.env.FC_SEED ?? 20261203);
const RUNS = { seed: SEED, numRuns: 12, endOnFailure: true };

describe('the image text renderers, fed a megabyte of hostile text', () => {
  it('wrapText stops at maxLines for a 1 MB word, ending the last line with an ellipsis', () => {
    fc.assert(
      fc.property(
        huge,
        style,
        fc.integer({ min: 200, max: 1200 }),
        fc.integer({ min: 1, max: 6 }),
        (recipe, { size, weight }, maxWidth, maxLines) => {
          const text = megabyte(recipe);
          const lines = bounded(text.length, 'wrapText', (measure) =>
            wrapText(text, { maxWidth, measure, style: { size, weight }, maxLines }),
          );
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expectBoundedLine(line, maxWidth, size, weight);
          expectStartOf(lines, text);
          // A megabyte never fits six lines of at most 1200 px: the text is cut, and says so.
          if (lines.length > 0) expect(lines.at(-1)).toMatch(/…$/);
        },
      ),
      RUNS,
    );
  });

  it('wrapText without maxLines stops at the default number of lines', () => {
    fc.assert(
      fc.property(huge, style, fc.integer({ min: 200, max: 1200 }), (recipe, { size, weight }, maxWidth) => {
        const text = megabyte(recipe);
        const lines = bounded(text.length, 'wrap', (measure) =>
          wrapText(text, { maxWidth, measure, style: { size, weight } }),
        );
        expect(lines.length).toBeLessThanOrEqual(DEFAULT_MAX_LINES);
        for (const line of lines) expectBoundedLine(line, maxWidth, size, weight);
        expectStartOf(lines, text);
      }),
      RUNS,
    );
  });

  it('fitLine gives one line that fits, cut with an ellipsis', () => {
    fc.assert(
      fc.property(huge, style, fc.integer({ min: 200, max: 1200 }), (recipe, { size, weight }, maxWidth) => {
        const text = megabyte(recipe);
        const line = bounded(text.length, 'fit', (measure) =>
          fitLine(text, { maxWidth, measure, style: { size, weight } }),
        );
        expectBoundedLine(line, maxWidth, size, weight);
        expectStartOf([line], text);
        if (text.trim() !== '') expect(line).toMatch(/…$/);
      }),
      RUNS,
    );
  });

  it('cardSvg draws a card of at most five claim lines from a megabyte in every field', () => {
    fc.assert(
      fc.property(huge, huge, (first, second) => {
        const [long, other] = [megabyte(first), megabyte(second)];
        // A claim of only white space (U+FEFF, say) is refused by the schema, which trims it to nothing.
        fc.pre(long.trim() !== '');
        const { svg } = bounded(long.length * 2 + other.length * 2, 'cardSvg', (measure) =>
          cardSvg({
            claim: long,
            claimant: other,
            // The date comes formatted from a parsed EDTF date, never free text, and is drawn whole.
            date: '25 March 2022',
            verdict: { label: long, tone: 'neutral' },
            siteName: other,
            // The address is the site's configured URL, drawn whole when it fits beside the verdict.
            siteAddress: 'factcheck.example',
            measure,
            messages,
          }),
        );
        const elements = parseXml(svg);
        const claim = elements.findIndex((element) => element.attributes['class'] === 'claim');
        const claimLines = elements.slice(claim + 1).findIndex((element) => element.tag !== 'tspan');
        expect(claimLines).toBeGreaterThan(0);
        expect(claimLines).toBeLessThanOrEqual(5);
        // Only the title carries the text whole; what is drawn is at most a few lines' worth.
        const drawn = elements.filter((element) => element.tag === 'text').map((element) => element.text);
        expect(drawn.join('').length).toBeLessThan(4 * CARD_WIDTH);
      }),
      { seed: SEED, numRuns: 8, endOnFailure: true },
    );
  });

  it('chartSvg draws every text block in a bounded number of lines from a megabyte in every field', () => {
    const series: TimelineSeries[] = [
      {
        id: 'killed',
        title: 'Soldiers killed (people)',
        points: [
          {
            id: 'claimed',
            role: 'claimed',
            value: 1351,
            approx: false,
            date: edtfDate('2022-03-25'),
            label: '1,351',
            description: '1,351 people',
          },
        ],
      },
    ];
    const layout = timelineLayout({ series, width: 720, formatTick: String, messages });
    const empty = timelineLayout({ series: [], width: 720, formatTick: String, messages });
    fc.assert(
      fc.property(huge, huge, fc.boolean(), (first, second, plotted) => {
        const [long, other] = [megabyte(first), megabyte(second)];
        const image = bounded(long.length * 5 + other.length * 5, 'chartSvg', (measure) =>
          chartSvg({
            layout: plotted ? layout : empty,
            title: long,
            kicker: other,
            subtitle: long,
            description: other,
            sources: [long, other],
            siteName: other,
            license: long,
            url: other,
            emptyText: long,
            measure,
            messages,
          }),
        );
        const elements = parseXml(image.svg);
        for (const [index, element] of elements.entries()) {
          if (element.tag !== 'text') continue;
          const lines = elements.slice(index + 1).findIndex((next) => next.tag !== 'tspan');
          expect(lines).toBeLessThanOrEqual(DEFAULT_MAX_LINES);
        }
        // Three blocks of at most DEFAULT_MAX_LINES lines (subtitle, sources and the empty text), the rest capped.
        expect(image.height).toBeLessThan(layout.height + 3 * DEFAULT_MAX_LINES * 20 + 500);
      }),
      { seed: SEED, numRuns: 8, endOnFailure: true },
    );
  });
});

/** The wrap as it was before it was bounded: the reference for what ordinary text must still give. */
function referenceWrap(
  text: string,
  options: { maxWidth: number; measure: TextMeasure; style: { size: number; weight?: FontWeight }; maxLines?: number },
): string[] {
  const { maxWidth, maxLines } = options;
  const width = (line: string) => options.measure(line, options.style.size, options.style.weight);
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && width(`${last} ${word}`) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
      continue;
    }
    let rest = word;
    while (width(rest) > maxWidth && Array.from(rest).length > 1) {
      const head = referencePrefix(rest, (prefix) => width(prefix) <= maxWidth);
      lines.push(head);
      rest = rest.slice(head.length);
    }
    lines.push(rest);
  }
  if (maxLines === undefined || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = referenceEllipsize(`${kept.at(-1) ?? ''} `, (line) => width(line) <= maxWidth);
  return kept;
}

function referenceFitLine(
  text: string,
  options: { maxWidth: number; measure: TextMeasure; style: { size: number; weight?: FontWeight } },
): string {
  const line = text.trim().replace(/\s+/g, ' ');
  const fits = (candidate: string) =>
    options.measure(candidate, options.style.size, options.style.weight) <= options.maxWidth;
  return fits(line) ? line : referenceEllipsize(line, fits);
}

function referenceEllipsize(text: string, fits: (line: string) => boolean): string {
  const cut = (prefix: string) => `${prefix.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
  const head = referencePrefix(text, (prefix) => fits(cut(prefix)));
  const boundary = head.lastIndexOf(' ');
  return cut(boundary > head.length / 2 ? head.slice(0, boundary) : head);
}

function referencePrefix(text: string, ok: (prefix: string) => boolean): string {
  const chars = Array.from(text);
  let low = 1;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (ok(chars.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  return chars.slice(0, low).join('');
}

/**
 * Whether every line keeps to ten code points per em of the width: text.ts treats text denser than that (runs of
 * zero-width marks) as too wide, where the unbounded wrap let a line hold any number of them.
 */
const withinRule = (lines: readonly string[], maxWidth: number, size: number) =>
  lines.every((line) => Array.from(line).length <= Math.ceil((maxWidth / size) * 10));

describe('the bounded image text renderers, fed ordinary text', () => {
  const ordinary = (maxLength: number) =>
    fc
      .array(piece([LETTERS, ASTRAL, MARKS, SPACES, ['x', 'y', 'z', ';', ':', '…']]), { maxLength, size: 'max' })
      .map((parts) => parts.join(''));
  const measure = fc.constantFrom(measureText, mono);

  it('wrapText gives the same lines as the unbounded greedy wrap did', () => {
    fc.assert(
      fc.property(
        fc.oneof(ordinary(300), ordinary(3000)),
        measure,
        style,
        fc.integer({ min: 1, max: 1200 }),
        fc.option(fc.integer({ min: -1, max: 8 }), { nil: undefined }),
        (text, measure, style, maxWidth, maxLines) => {
          const options = { maxWidth, measure, style, ...(maxLines === undefined ? {} : { maxLines }) };
          const expected = referenceWrap(text, options);
          // Text of more lines than DEFAULT_MAX_LINES is cut now, where it ran on before.
          fc.pre(maxLines !== undefined || expected.length <= DEFAULT_MAX_LINES);
          fc.pre(withinRule(expected, maxWidth, style.size));
          expect(wrapText(text, options)).toEqual(expected);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('fitLine gives the same line as the unbounded one did', () => {
    fc.assert(
      fc.property(
        ordinary(300),
        measure,
        style,
        fc.integer({ min: 1, max: 1200 }),
        (text, measure, style, maxWidth) => {
          const options = { maxWidth, measure, style };
          const expected = referenceFitLine(text, options);
          fc.pre(withinRule([expected], maxWidth, style.size));
          expect(fitLine(text, options)).toBe(expected);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
