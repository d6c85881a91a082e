import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { timelineLayout } from '../chart/timeline-layout.ts';
import { edtfDate } from '../model/edtf-date.ts';
import { createMessages } from '../messages/messages.ts';
import { cardSvg } from './card-svg.ts';
import { chartSvg } from './chart-svg.ts';
import { FONT_FAMILY, fontFiles, measureText } from './fonts.ts';
import { PNG_WIDTH, pngHeight, renderPng, rendererVersion } from './render-png.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(png);
  expect([...view.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(view.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

const messages = createMessages({ locale: 'en-GB' });

const chart = chartSvg({
  layout: timelineLayout({
    series: [
      {
        id: 'm',
        title: 'Killed (people)',
        points: [
          {
            id: 'a',
            role: 'figure',
            value: 10,
            approx: false,
            date: edtfDate('2022-03-01'),
            label: '10',
            description: '10',
          },
          {
            id: 'b',
            role: 'figure',
            value: 20,
            approx: false,
            date: edtfDate('2022-04-01'),
            label: '20',
            description: '20',
          },
        ],
      },
    ],
    width: 720,
    formatTick: String,
    messages,
  }),
  title: 'Two figures',
  description: 'Two figures',
  sources: ['S'],
  siteName: 'Site',
  license: 'CC BY 4.0',
  measure: measureText,
  messages,
});

describe('renderPng', () => {
  it('scales a chart to 1200 px wide, at the height pngHeight predicts', () => {
    const size = pngSize(renderPng(chart.svg));
    expect(size).toEqual({ width: PNG_WIDTH, height: pngHeight(chart) });
  });

  it('renders a card at 1200×630', () => {
    const card = cardSvg({
      claim: 'A claim',
      claimant: 'Someone',
      date: '1 May 2024',
      verdict: { label: 'Accurate', tone: 'positive' },
      siteName: 'Site',
      siteAddress: 'site.example',
      messages,
      measure: measureText,
    });
    expect(pngSize(renderPng(card.svg))).toEqual({ width: 1200, height: 630 });
  });

  it('gives the same bytes for the same SVG, every time', () => {
    expect(Buffer.from(renderPng(chart.svg)).equals(Buffer.from(renderPng(chart.svg)))).toBe(true);
  });

  it('draws text with the bundled font, whose measured width matches the drawn one', () => {
    const text = 'Russian Ministry of Defence, 25 March 2022';
    for (const weight of [400, 600, 700] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="100"><text x="0" y="60" font-family="${FONT_FAMILY}" font-size="40" font-weight="${weight}">${text}</text></svg>`;
      const box = new Resvg(svg, { font: { fontFiles: [...fontFiles], loadSystemFonts: false } }).getBBox();
      const measured = measureText(text, 40, weight);
      expect(box?.width, `weight ${weight}`).toBeGreaterThan(measured * 0.95);
      expect(box?.width, `weight ${weight}`).toBeLessThanOrEqual(measured + 1);
    }
  });

  it('names the renderer, the fonts and the width in its cache version', () => {
    expect(rendererVersion()).toMatch(/^claimline-images \d+; resvg-js \d+\.\d+\.\d+; fonts [0-9a-f]{16}; width 1200$/);
  });
});
