// `npm run e2e:expectations`: writes e2e/expected/*.json from the current code, for a reviewer to read in the diff.
// The specs never run this; they read the files.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatFigureValue } from '../../src/lib/format/number.ts';
import { measureText } from '../../src/lib/image/fonts.ts';
import { routes } from '../../src/lib/routes.ts';
import { siteViews } from '../../src/lib/views/site-views.ts';
import { EXPECTATION_FILES, type ClaimExpectations, type SiteExpectations } from './expectations.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

for (const [folder, file] of Object.entries(EXPECTATION_FILES)) {
  const dir = path.join(REPO, folder);
  const { site } = checkContent({ dir, cwd: REPO });
  if (!site) throw new Error(`${folder} has errors`);
  const views = siteViews({ site, routes: routes('/'), measure: measureText });
  const claims: Record<string, ClaimExpectations> = {};
  for (const claim of site.claims) {
    const { analysis, chart } = views.claim(claim);
    const points = chart.series.flatMap((entry) => entry.points);
    claims[claim.slug] = {
      summary: analysis.summary,
      marks: Object.fromEntries(points.map((point) => [point.id, point.role])),
      sentences: Object.fromEntries(points.map((point) => [point.id, point.description])),
      rows: [...claim.claimed, ...analysis.relations.map((relation) => relation.figure)],
      sameEstimate: Object.fromEntries(
        analysis.relations
          .filter((relation) => relation.sameEstimate.length > 0)
          .map((r) => [r.figure, r.sameEstimate]),
      ),
    };
  }
  const values = Object.fromEntries(
    site.figures.map((figure) => [figure.id, formatFigureValue(figure, { messages: site.messages })]),
  );
  const expectations: SiteExpectations = { claims, values };
  writeFileSync(path.join(REPO, 'e2e', 'expected', file), `${JSON.stringify(expectations, null, 2)}\n`);
  console.log(`e2e/expected/${file}: ${site.claims.length} claims, ${site.figures.length} figures`);
}
