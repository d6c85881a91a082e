import type { SiteConfig } from '../schema/index.ts';

/** Where an editor changes a page's file, and where its history is, in the site's repository. */
export interface RepositoryLinks {
  /** `<repository>/edit/main/<path>`: the file in the forge's editor, which opens a pull request. */
  readonly edit: string;
  /** `<repository>/commits/main/<path>`: every commit that changed the file. */
  readonly history: string;
}

/** The branch the links point at: the one the deploy workflow publishes. */
export const REPOSITORY_BRANCH = 'main';

/**
 * "Edit this page" and "History" links for a content file, or undefined when site.yaml names no `repository`.
 * `file` is the path inside the content folder (`claims/x.md`); `contentPath` places that folder in the
 * repository. The URLs follow GitHub's layout, which Gitea and Forgejo share.
 */
export function repositoryLinks(
  config: Pick<SiteConfig, 'repository' | 'contentPath'>,
  file: string,
): RepositoryLinks | undefined {
  if (config.repository === undefined) return undefined;
  const repository = config.repository.replace(/\/+$/, '').replace(/\.git$/, '');
  const folder = config.contentPath
    .replace(/^\.\/?/, '')
    .split('/')
    .filter((segment) => segment !== '');
  const segments = [...folder, ...file.split('/').filter((segment) => segment !== '')];
  const path = [REPOSITORY_BRANCH, ...segments].map(encodeURIComponent).join('/');
  return { edit: `${repository}/edit/${path}`, history: `${repository}/commits/${path}` };
}
