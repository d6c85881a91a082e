import { measureText } from '../lib/image/fonts.ts';
import type { Site } from '../lib/model/types.ts';
import { siteOutputs, type FileOutput, type SiteOutput } from '../lib/outputs/site-outputs.ts';
import { routes } from '../lib/routes.ts';
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
}

export function generationOf(site: Site, base: string): Generation {
  const outputs = siteOutputs(siteViews({ site, routes: routes(base), measure: measureText }));
  const paths = (keep: (output: SiteOutput) => boolean) => new Set(outputs.filter(keep).map((output) => output.path));
  return {
    outputs,
    files: new Map(outputs.flatMap((output) => (output.kind === 'file' ? [[output.path, output] as const] : []))),
    searched: paths((output) => output.searched),
    framable: paths((output) => output.framable),
    unlisted: paths((output) => output.kind === 'page' && !output.inSitemap),
  };
}
