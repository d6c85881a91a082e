/**
 * Advance widths read from a TrueType/OpenType font's `cmap`, `hhea` and `hmtx` tables, so text can be wrapped
 * and truncated to the pixel before it is rasterised with the same font. Kerning is ignored: widths come out a
 * little wide, never narrow, for a kerned font.
 */
export interface FontMetrics {
  readonly unitsPerEm: number;
  /** Width of `text` in ems (multiply by the font size for pixels). */
  width(text: string): number;
  /** Whether the font has a glyph for the character (its first code point). */
  covers(char: string): boolean;
}

export function fontMetrics(font: Uint8Array): FontMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = tableOffsets(view);
  const head = required(tables, 'head');
  const hhea = required(tables, 'hhea');
  const hmtx = required(tables, 'hmtx');
  const unitsPerEm = view.getUint16(head + 18);
  const metricCount = view.getUint16(hhea + 34);
  const glyphOf = cmapLookup(view, required(tables, 'cmap'));
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1));
  const cache = new Map<number, number>();
  const advance = (codePoint: number) => {
    let value = cache.get(codePoint);
    if (value === undefined) {
      value = advanceOf(glyphOf(codePoint)) / unitsPerEm;
      cache.set(codePoint, value);
    }
    return value;
  };
  return {
    unitsPerEm,
    covers: (char) => glyphOf(char.codePointAt(0) ?? 0) !== 0,
    width(text) {
      let total = 0;
      for (const char of text) total += advance(char.codePointAt(0) ?? 0);
      return total;
    },
  };
}

function tableOffsets(view: DataView): Map<string, number> {
  const count = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const record = 12 + 16 * index;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((byte) => view.getUint8(record + byte)));
    tables.set(tag, view.getUint32(record + 8));
  }
  return tables;
}

function required(tables: Map<string, number>, tag: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`The font has no "${tag}" table`);
  return offset;
}

/** Code point to glyph id, from the best Unicode subtable: format 12 (full range) or format 4 (BMP). */
function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  const subtables: Array<{ format: number; offset: number }> = [];
  for (let index = 0; index < count; index++) {
    const record = cmap + 4 + 8 * index;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ format: view.getUint16(offset), offset });
  }
  const full = subtables.find((table) => table.format === 12);
  if (full) return format12(view, full.offset);
  const bmp = subtables.find((table) => table.format === 4);
  if (bmp) return format4(view, bmp.offset);
  throw new Error('The font has no Unicode cmap subtable of format 4 or 12');
}

function format12(view: DataView, offset: number): (codePoint: number) => number {
  const groups = view.getUint32(offset + 12);
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = offset + 16 + 12 * middle;
      const start = view.getUint32(group);
      const end = view.getUint32(group + 4);
      if (codePoint < start) high = middle - 1;
      else if (codePoint > end) low = middle + 1;
      else return view.getUint32(group + 8) + codePoint - start;
    }
    return 0;
  };
}

function format4(view: DataView, offset: number): (codePoint: number) => number {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let segment = 0; segment < segments; segment++) {
      if (codePoint > view.getUint16(ends + 2 * segment)) continue;
      const start = view.getUint16(starts + 2 * segment);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + 2 * segment);
      const rangeAt = rangeOffsets + 2 * segment;
      const range = view.getUint16(rangeAt);
      if (range === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeAt + range + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
