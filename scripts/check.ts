// `npm run check`: validates the content folder (CONTENT_DIR or content/), drafts included, and prints every
// problem. Exit code 0 when there is no error (warnings allowed), 1 otherwise. `--github` also prints PR
// annotations; `--strict` (the deploy workflow's) makes the publication rules errors: a published claim without
// `reviewer` where site.yaml sets `requireReview: true`.
import { checkContent } from '../src/lib/check/check-content.ts';
import { describeContent, formatGithubAnnotations, formatReport, summarise } from '../src/lib/check/report.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';

const cwd = process.cwd();
const dir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
const { problems, site, editions } = checkContent({
  dir,
  cwd,
  drafts: true,
  strict: process.argv.includes('--strict'),
});

if (problems.length > 0) console.log(formatReport(problems));
if (process.argv.includes('--github') && problems.length > 0) console.log(formatGithubAnnotations(problems));
// Every language's claims: a translation is a claim of its own.
const claims = editions.flatMap((edition) => edition.claims);
if (site) {
  const counts = {
    claims: claims.length,
    drafts: claims.filter((claim) => claim.draft).length,
    sources: site.sources.length,
    figures: site.figures.length,
    metrics: site.metrics.length,
  };
  console.log(`${summarise(problems)}: ${describeContent(counts)}`);
}
process.exitCode = site ? 0 : 1;
