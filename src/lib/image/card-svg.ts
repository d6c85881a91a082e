import type { RatingTone } from '../format/rating-tone.ts';
import type { Messages } from '../messages/messages.ts';
import type { SvgImage } from './chart-svg.ts';
import { ELLIPSIS, escapeXml, fitLine, num, wrapText, type TextMeasure, type TextStyle } from './text.ts';
import { FONT_STACK, LIGHT, TONE_COLOURS } from './theme.ts';

export interface CardOptions {
  /** The claim, as said; the card puts it in quotation marks. */
  readonly claim: string;
  readonly claimant: string;
  /** When it was said, already formatted. */
  readonly date: string;
  readonly verdict: { readonly label: string; readonly tone: RatingTone };
  readonly siteName: string;
  /** The site's address, shown bottom right. */
  readonly siteAddress: string;
  readonly measure: TextMeasure;
  /** The site's messages: the card's own words, in the site's language. */
  readonly messages: Messages;
}

/** A social card is 1200×630, the size Open Graph and X show large. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const LEFT = 80;
const RIGHT = 64;
const CONTENT = CARD_WIDTH - LEFT - RIGHT;
/** Claim sizes tried in turn; the smallest one truncates. */
const CLAIM_SIZES = [
  { size: 56, lineHeight: 68, maxLines: 3 },
  { size: 48, lineHeight: 58, maxLines: 4 },
  { size: 40, lineHeight: 48, maxLines: 5 },
] as const;
const CLAIM_TOP = 146;
const DIVIDER = 456;
const EYEBROW: TextStyle = { size: 22, weight: 700 };
const SITE: TextStyle = { size: 22, weight: 600 };
const CLAIMANT: TextStyle = { size: 28, weight: 600 };
const DATE: TextStyle = { size: 28, weight: 400 };
const ATTRIBUTION_LINE = 36;
/** Verdict label sizes tried in turn; the smallest one truncates. */
const VERDICT_SIZES = [40, 34, 28] as const;
const ADDRESS: TextStyle = { size: 24, weight: 600 };

/**
 * The card a claim page gives to social networks: the claim in quotation marks (wrapped, smaller when long, cut
 * with an ellipsis past five lines), who said it and when, the verdict with its colour and icon, and the site.
 */
export function cardSvg(options: CardOptions): SvgImage {
  const { measure, messages } = options;
  const upper = (text: string) => text.toLocaleUpperCase(messages.locale);
  const tone = TONE_COLOURS[options.verdict.tone];
  const parts: string[] = [];
  // Right to left, the card is mirrored: every x from the right edge, and texts anchored by their right edge
  // (explicitly: resvg ignores `direction`). Tracking is left out, as it would pull Arabic letters apart.
  const rtl = messages.direction === 'rtl';
  const X = (x: number) => (rtl ? CARD_WIDTH - x : x);
  const start = rtl ? ' text-anchor="end"' : '';

  // Top: "FACT-CHECK · Site name".
  const eyebrow = upper(messages.format('image.card.eyebrow'));
  const spacing = 2;
  const eyebrowWidth = measure(eyebrow, EYEBROW.size, EYEBROW.weight) + spacing * eyebrow.length;
  const eyebrowText = escapeXml(eyebrow);
  const separator = '  ·  ';
  const siteWidth = CONTENT - eyebrowWidth - measure(separator, SITE.size, SITE.weight);
  const site = fitLine(options.siteName, { maxWidth: siteWidth, measure, style: SITE });
  parts.push(
    `<text x="${X(LEFT)}" y="96"${start} font-size="${EYEBROW.size}"><tspan font-weight="700"${rtl ? '' : ` letter-spacing="${spacing}"`} fill="${LIGHT.accent}">${eyebrowText}</tspan><tspan font-weight="600" fill="${LIGHT.muted}">${escapeXml(separator + site)}</tspan></text>`,
  );

  // The claim as reviewed: the editor's statement of it, not a quotation, so no quotation marks.
  const close = '';
  const claim = claimLines(options.claim, measure, close);
  const open = '';
  const openWidth = measure(open, claim.size, 600);
  const lines = claim.lines.map((line, index) => {
    const text = `${index === 0 ? open : ''}${line}${index === claim.lines.length - 1 ? close : ''}`;
    const x = index === 0 ? LEFT - openWidth : LEFT;
    return `<tspan x="${num(X(x))}" dy="${index === 0 ? 0 : claim.lineHeight}">${escapeXml(text)}</tspan>`;
  });
  const claimBaseline = CLAIM_TOP + claim.size * 0.92;

  // Who said it, and when: on as many lines as there is room for above the verdict.
  const lastClaimBaseline = claimBaseline + (claim.lines.length - 1) * claim.lineHeight;
  const attributionBaseline = lastClaimBaseline + 58;
  const room = 1 + Math.max(0, Math.floor((DIVIDER - 28 - attributionBaseline) / ATTRIBUTION_LINE));
  const attribution = attributionLines(options, room);

  // Claim and attribution together, centred in the space between the top line and the verdict.
  const blockBottom = attributionBaseline + (attribution.length - 1) * ATTRIBUTION_LINE + 8;
  const shift = Math.max(0, (DIVIDER - 24 - blockBottom) / 2);
  parts.push(
    // Right to left, one text per line: resvg reorders right-to-left text across the lines of one text element.
    rtl
      ? claim.lines
          .map(
            (line, index) =>
              `<text class="claim"${start} x="${X(LEFT)}" y="${num(claimBaseline + shift + index * claim.lineHeight)}" font-size="${claim.size}" font-weight="600" fill="${LIGHT.text}">${escapeXml(line)}</text>`,
          )
          .join('')
      : `<text class="claim" y="${num(claimBaseline + shift)}" font-size="${claim.size}" font-weight="600" fill="${LIGHT.text}">${lines.join('')}</text>`,
    attributionSvg({ attribution, rtl, x: X(LEFT), baseline: attributionBaseline + shift }),
  );

  // The verdict: label, colour and icon, as on the page.
  parts.push(
    `<line x1="${LEFT}" x2="${CARD_WIDTH - RIGHT}" y1="${DIVIDER}" y2="${DIVIDER}" stroke="${LIGHT.border}" stroke-width="2"/>`,
    `<text x="${X(LEFT)}" y="${DIVIDER + 40}"${start} font-size="18" font-weight="700"${rtl ? '' : ' letter-spacing="2"'} fill="${LIGHT.muted}">${escapeXml(upper(messages.format('image.card.verdictHeading')))}</text>`,
  );
  // The label is never cut if a smaller size fits it on the line; the address gives way first.
  const labelRoom = CONTENT - 88 - 36;
  const labelSize =
    VERDICT_SIZES.find((size) => measure(options.verdict.label, size, 700) <= labelRoom) ?? VERDICT_SIZES.at(-1) ?? 28;
  const label = fitLine(options.verdict.label, {
    maxWidth: labelRoom,
    measure,
    style: { size: labelSize, weight: 700 },
  });
  const pill = { x: LEFT, y: DIVIDER + 56, height: 76 };
  const pillWidth = 88 + measure(label, labelSize, 700) + 36;
  const centre = { x: X(pill.x + 44), y: pill.y + pill.height / 2 };
  parts.push(
    `<rect x="${num(rtl ? CARD_WIDTH - pill.x - pillWidth : pill.x)}" y="${pill.y}" width="${num(pillWidth)}" height="${pill.height}" rx="${pill.height / 2}" fill="${tone.bg}" stroke="${tone.fg}" stroke-width="3"/>`,
    `<circle cx="${centre.x}" cy="${centre.y}" r="24" fill="${tone.fg}"/>`,
    verdictIcon(options.verdict.tone, centre),
    `<text x="${X(pill.x + 88)}" y="${num(centre.y + labelSize * 0.36)}"${start} font-size="${labelSize}" font-weight="700" fill="${tone.fg}">${escapeXml(label)}</text>`,
  );

  // The site's address, bottom right, when it fits whole beside the verdict (the site's name is at the top).
  const addressRoom = CARD_WIDTH - RIGHT - (pill.x + pillWidth + 40);
  if (measure(options.siteAddress, ADDRESS.size, ADDRESS.weight) <= addressRoom) {
    parts.push(
      `<text x="${X(CARD_WIDTH - RIGHT)}" y="${num(centre.y + ADDRESS.size * 0.36)}" text-anchor="${rtl ? 'start' : 'end'}" font-size="${ADDRESS.size}" font-weight="600" fill="${LIGHT.muted}">${escapeXml(options.siteAddress)}</text>`,
    );
  }

  const title = messages.format('image.card.title', {
    site: options.siteName,
    claimant: options.claimant,
    date: options.date,
    verdict: options.verdict.label,
    claim: options.claim,
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" role="img" aria-labelledby="card-title" font-family="${escapeXml(FONT_STACK)}">`,
    `<title id="card-title">${escapeXml(title)}</title>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${LIGHT.bg}"/>`,
    `<rect${rtl ? ` x="${CARD_WIDTH - 16}"` : ''} width="16" height="${CARD_HEIGHT}" fill="${tone.fg}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg: `${svg}\n`, width: CARD_WIDTH, height: CARD_HEIGHT };
}

/** The claim's lines at the largest size that fits, room left on every line for the closing quotation mark. */
function claimLines(
  text: string,
  measure: TextMeasure,
  close: string,
): { lines: string[]; size: number; lineHeight: number } {
  for (const [index, option] of CLAIM_SIZES.entries()) {
    const style = { size: option.size, weight: 600 } as const;
    const maxWidth = CONTENT - measure(close, option.size, 600);
    const last = index === CLAIM_SIZES.length - 1;
    const lines = wrapText(text, { maxWidth, measure, style, ...(last ? { maxLines: option.maxLines } : {}) });
    if (last || lines.length <= option.maxLines) return { lines, size: option.size, lineHeight: option.lineHeight };
  }
  throw new Error('unreachable: the last claim size always fits');
}

/**
 * "Claimant, date" in lines of the claimant's part (bold) and the date's part: wrapped onto up to `maxLines`
 * lines, or on one line with the claimant cut short when it is too long for them, so the date always shows.
 */
function attributionLines(options: CardOptions, maxLines: number): Array<{ who: string; when: string }> {
  const { measure } = options;
  const who = options.claimant.trim().replace(/\s+/g, ' ');
  const when = `, ${options.date}`;
  const fits = (line: string) => measure(line, CLAIMANT.size, CLAIMANT.weight) <= CONTENT;
  const lines = wrapText(who, { maxWidth: CONTENT, measure, style: CLAIMANT, maxLines });
  const last = lines.at(-1) ?? '';
  const cut = lines.some((line) => line.endsWith(ELLIPSIS));
  // The date stays whole: after the claimant's last line when it fits there, else on a line of its own.
  if (!cut && fits(`${last}${when}`)) {
    return lines.map((line, index) => ({ who: line, when: index === lines.length - 1 ? when : '' }));
  }
  if (!cut && lines.length < maxLines) {
    const claimant = lines.map((line, index) => ({ who: index === lines.length - 1 ? `${line},` : line, when: '' }));
    return [...claimant, { who: '', when: options.date }];
  }
  const maxWidth = CONTENT - measure(when, DATE.size, DATE.weight);
  return [{ who: fitLine(who, { maxWidth, measure, style: CLAIMANT }), when }];
}

/** The badge's icon, white on the tone's colour: a tick, a question mark or a cross, as the page's ✓ ? ✗. */
/**
 * Who said it and when, a line each: one text with a tspan per line, or right to left, a text per line (resvg
 * reorders right-to-left text across the lines of one text element).
 */
function attributionSvg(options: {
  attribution: ReadonlyArray<{ who?: string | undefined; when?: string | undefined }>;
  rtl: boolean;
  x: number;
  baseline: number;
}): string {
  const { attribution, rtl, x, baseline } = options;
  const runs = attribution.map((line) => {
    const who = line.who ? `<tspan font-weight="600" fill="${LIGHT.text}">${escapeXml(line.who)}</tspan>` : '';
    const when = line.when ? `<tspan font-weight="400" fill="${LIGHT.muted}">${escapeXml(line.when)}</tspan>` : '';
    return who + when;
  });
  if (rtl) {
    return runs
      .map(
        (run, index) =>
          `<text x="${x}" text-anchor="end" y="${num(baseline + index * ATTRIBUTION_LINE)}" font-size="${CLAIMANT.size}">${run}</text>`,
      )
      .join('');
  }
  return `<text y="${num(baseline)}" font-size="${CLAIMANT.size}">${runs
    .map((run, index) => `<tspan x="${x}" dy="${index === 0 ? 0 : ATTRIBUTION_LINE}">${run}</tspan>`)
    .join('')}</text>`;
}

function verdictIcon(tone: RatingTone, centre: { x: number; y: number }): string {
  const stroke = `fill="none" stroke="${LIGHT.bg}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"`;
  const { x, y } = centre;
  if (tone === 'positive') return `<path d="M${x - 10},${y + 1}L${x - 3},${y + 8}L${x + 10},${y - 7}" ${stroke}/>`;
  if (tone === 'negative')
    return `<path d="M${x - 8},${y - 8}L${x + 8},${y + 8}M${x + 8},${y - 8}L${x - 8},${y + 8}" ${stroke}/>`;
  return `<text x="${x}" y="${y + 11}" text-anchor="middle" font-size="32" font-weight="700" fill="${LIGHT.bg}">?</text>`;
}
