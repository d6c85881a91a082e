// `npm run images:timings -- [out-dir]`: renders every card and chart PNG of the
// content folder (CONTENT_DIR, default content/) cold and then from a fresh cache, and prints the time per image.
// With out-dir, also writes the PNGs there to look at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '../src/lib/check/check-content.ts';
import { measureText } from '../src/lib/image/fonts.ts';
import { cachedPngRenderer } from '../src/lib/image/png-cache.ts';
import { renderPng, rendererVersion } from '../src/lib/image/render-png.ts';
import { siteViews } from '../src/lib/views/site-views.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { routes } from '../src/lib/routes.ts';

const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content has errors; run npm run check');
const views = siteViews({ site, measure: measureText, routes: routes('/') });
const out = process.argv[2];

const kinds = {
  card: site.claims.map((claim) => ({ name: `card-${claim.slug}`, svg: views.claim(claim).card.svg })),
  'claim chart': site.claims.map((claim) => ({
    name: `chart-${claim.slug}`,
    svg: views.claim(claim).chartImage.svg,
  })),
  'metric chart': site.metrics.map((metric) => ({
    name: `metric-${metric.id}`,
    svg: views.metric(metric).chartImage.svg,
  })),
};

renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text y="9">warm-up</text></svg>');
const cacheDir = mkdtempSync(path.join(tmpdir(), 'claimline-images-'));
const cached = cachedPngRenderer({ dir: cacheDir, version: rendererVersion(), render: renderPng });
if (out) mkdirSync(out, { recursive: true });
try {
  for (const [kind, list] of Object.entries(kinds)) {
    const time = (run: (svg: string) => Uint8Array) => {
      const started = performance.now();
      const pngs = list.map((image) => run(image.svg));
      return { ms: (performance.now() - started) / list.length, pngs };
    };
    const cold = time(renderPng);
    time(cached); // fills the cache
    const warm = time(cached);
    const bytes = cold.pngs.reduce((sum, png) => sum + png.length, 0) / list.length;
    console.log(
      `${kind}: ${list.length} images, cold ${cold.ms.toFixed(1)} ms, cached ${warm.ms.toFixed(2)} ms per image, ${(bytes / 1024).toFixed(0)} KiB on average`,
    );
    if (out) list.forEach((image, index) => writeFileSync(path.join(out, `${image.name}.png`), cold.pngs[index] ?? ''));
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
