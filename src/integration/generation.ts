import { measureText } from '../lib/image/fonts.ts';
import type { Site } from '../lib/model/types.ts';
import { siteOutputs, type FileOutput, type SiteOutput } from '../lib/outputs/site-outputs.ts';
import { languageRoutes } from '../lib/routes.ts';
import { siteViews } from '../lib/views/site-views.ts';

/** What one checked site yields: its views, and its output table with the sets the steps look up. */
export interface Generation {
  readonly outputs: readonly SiteOutput[];
  /** The files Claimline writes, by URL path. */
  readonly files: ReadonlyMap<string, FileOutput>;
  /** Pages the search index reads, by URL path. */
  readonly searched: ReadonlySet<string>;
  /** Pages any site may frame. */
  readonly framable: ReadonlySet<string>;
  /** Pages the sitemap leaves out. */
  readonly unlisted: ReadonlySet<string>;
  /** The home of each language, relative to the base: "" for the default one, then "fr/", "ar/"… */
  readonly languageFolders: readonly string[];
}

/** The generation of a site in each of its languages (`editions`, the default first): one output table. */
export function generationOf(editions: readonly Site[], base: string): Generation {
  const homes = editions.map((site) => languageRoutes(base, site).home);
  const outputs = editions.flatMap((site) =>
    siteOutputs(siteViews({ site, routes: languageRoutes(base, site), measure: measureText })),
  );
  const paths = (keep: (output: SiteOutput) => boolean) => new Set(outputs.filter(keep).map((output) => output.path));
  return {
    outputs,
    files: new Map(outputs.flatMap((output) => (output.kind === 'file' ? [[output.path, output] as const] : []))),
    searched: paths((output) => output.searched),
    framable: paths((output) => output.framable),
    unlisted: paths((output) => output.kind === 'page' && !output.inSitemap),
    languageFolders: homes.map((home) => home.slice(base.length)),
  };
}
