import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, type CardOptions } from './card-svg.ts';
import { measureText } from './fonts.ts';
import { createMessages } from '../messages/messages.ts';
import { parseXml, textsOf } from './test-xml.ts';
import { TONE_COLOURS } from './theme.ts';

function options(overrides: Partial<CardOptions> = {}): CardOptions {
  return {
    claim: '1,351 servicemen have died',
    claimant: 'Russian Ministry of Defence',
    date: '25 March 2022',
    verdict: { label: 'Understated', tone: 'negative' },
    siteName: 'Counting the losses',
    siteAddress: 'factcheck.example',
    measure: measureText,
    messages: createMessages({ locale: 'en-GB' }),
    ...overrides,
  };
}

/** The lines of the claim: the tspans of the text element of class "claim". */
function claimLines(svg: string): { lines: string[]; size: number } {
  const elements = parseXml(svg);
  const index = elements.findIndex((element) => element.tag === 'text' && element.attributes['class'] === 'claim');
  const claim = elements[index];
  if (!claim) throw new Error('no claim text');
  const lines = elements.slice(index + 1).filter((element, position, all) => {
    const before = all.slice(0, position);
    return element.tag === 'tspan' && before.every((other) => other.tag === 'tspan');
  });
  return { lines: lines.map((line) => line.text), size: Number(claim.attributes['font-size']) };
}

describe('cardSvg', () => {
  it('is 1200×630 and shows the claim (not as a quotation), the claimant, the date and the site', () => {
    const { svg, width, height } = cardSvg(options());
    expect([width, height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(svg).toContain('viewBox="0 0 1200 630"');
    const texts = textsOf(svg, 'text');
    expect(texts).toContain('1,351 servicemen have died');
    expect(texts).toContain('Russian Ministry of Defence, 25 March 2022');
    expect(texts.join('\n')).toContain('Counting the losses');
    expect(texts).toContain('factcheck.example');
  });

  it('shows the verdict label in the tone’s colour, on the tone’s background, with an icon', () => {
    for (const tone of ['positive', 'neutral', 'negative'] as const) {
      const { svg } = cardSvg(options({ verdict: { label: 'The Verdict', tone } }));
      const label = parseXml(svg).find((element) => element.tag === 'text' && element.text === 'The Verdict');
      expect(label?.attributes.fill, tone).toBe(TONE_COLOURS[tone].fg);
      expect(svg).toContain(`fill="${TONE_COLOURS[tone].bg}"`);
      expect(svg).toMatch(tone === 'neutral' ? />\?<\/text>/ : /<path d="M[^"]+" fill="none" stroke="#fdfcfa"/);
    }
  });

  it('sets a short claim large and a longer one smaller, on more lines', () => {
    const short = claimLines(cardSvg(options()).svg);
    const longer = claimLines(
      cardSvg(
        options({
          claim:
            'Since the start of the war, Russia has lost more than 900,000 military personnel, of whom 250,000 have been killed, according to a senior official who briefed reporters.',
        }),
      ).svg,
    );
    expect(short.lines).toHaveLength(1);
    expect(longer.size).toBeLessThan(short.size);
    expect(longer.lines.length).toBeGreaterThan(3);
  });

  it('cuts a claim too long for five lines with an ellipsis', () => {
    const claim = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
    const { lines } = claimLines(cardSvg(options({ claim })).svg);
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toMatch(/…$/);
    const shown = lines.join(' ').replace(/[“”…]/g, '');
    expect(claim.startsWith(shown)).toBe(true);
    for (const line of lines) expect(measureText(line, 40, 600)).toBeLessThanOrEqual(1200 - 80 - 64 + 30);
  });

  it('sets a long verdict smaller rather than cut it, and cuts the site name to fit', () => {
    const label = 'Mostly accurate, but missing context about the figures';
    const long = 'A very long name of an organisation that goes on and on '.repeat(4);
    const { svg } = cardSvg(options({ siteName: long, verdict: { label, tone: 'neutral' } }));
    const verdict = parseXml(svg).find((element) => element.tag === 'text' && element.text === label);
    expect(Number(verdict?.attributes['font-size'])).toBeLessThan(40);
    const texts = textsOf(svg, 'text');
    expect(texts.filter((text) => text.includes('…'))).toHaveLength(1);
    expect(texts.some((text) => text.includes(long.trim()))).toBe(false);
  });

  it('leaves out the address rather than cut it when the verdict leaves no room for it', () => {
    const label = 'Mostly accurate, but missing context about the figures';
    const texts = textsOf(cardSvg(options({ verdict: { label, tone: 'neutral' } })).svg, 'text');
    expect(texts).not.toContain('factcheck.example');
    expect(texts.some((text) => text.startsWith('factcheck'))).toBe(false);
  });

  it('wraps a long claimant onto the free lines under the claim, and cuts one too long for them, keeping the date', () => {
    const name = 'Komsomolskaya Pravda, citing the Ministry of Defence of the Russian Federation';
    const wrapped = parseXml(cardSvg(options({ claimant: name })).svg);
    const attribution = wrapped.find((element) => element.tag === 'text' && element.text.endsWith('25 March 2022'));
    expect(attribution?.text).toBe(`${name}, 25 March 2022`);
    const longClaim = 'A claim long enough to take five lines at the smallest size. '.repeat(6);
    const cut = textsOf(cardSvg(options({ claim: longClaim, claimant: name })).svg, 'text');
    expect(cut.find((text) => text.endsWith(', 25 March 2022'))).toMatch(
      /^Komsomolskaya Pravda, citing .*…, 25 March 2022$/,
    );
  });

  it('keeps markup in the claim as text, in well-formed XML', () => {
    const { svg } = cardSvg(options({ claim: 'Losses <script>alert(1)</script> & more', claimant: 'A & B <i>' }));
    expect(parseXml(svg).some((element) => element.tag === 'script' || element.tag === 'i')).toBe(false);
    expect(textsOf(svg, 'text')).toContain('Losses <script>alert(1)</script> & more');
    expect(textsOf(svg, 'title')[0]).toContain('A & B <i>');
  });

  it('mirrors for a right-to-left language: text starts at the right, the verdict and the colour bar too', () => {
    const arabic = cardSvg(
      options({
        claim: 'بلغ عدد القتلى 1351 جنديًا',
        claimant: 'وزارة الدفاع الروسية',
        verdict: { label: 'أقل من الواقع', tone: 'negative' },
        messages: createMessages({ locale: 'ar' }),
      }),
    ).svg;
    const elements = parseXml(arabic);
    const claim = elements.find((element) => element.tag === 'text' && element.attributes['class'] === 'claim');
    expect(claim?.attributes['text-anchor']).toBe('end');
    const line = elements[elements.indexOf(claim ?? elements[0]!) + 1];
    expect(Number(line?.attributes['x'])).toBeGreaterThan(CARD_WIDTH / 2);
    const [, bar, pill] = elements.filter((element) => element.tag === 'rect');
    expect(Number(bar?.attributes['x'])).toBe(CARD_WIDTH - 16);
    expect(Number(pill?.attributes['x']) + Number(pill?.attributes['width'])).toBeGreaterThan(CARD_WIDTH - 100);
    // Left to right, nothing moves.
    expect(cardSvg(options()).svg).not.toContain('class="claim" text-anchor');
  });
});
