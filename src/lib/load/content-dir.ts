import path from 'node:path';

/**
 * The content folder: `CONTENT_DIR` when set (absolute, or relative to the working directory), else `content/`.
 */
export function resolveContentDir(options: { env?: string | undefined; cwd: string }): string {
  const chosen = options.env?.trim();
  return path.resolve(options.cwd, chosen ? chosen : 'content');
}

/**
 * Whether this build or server shows drafts (`draft: true`): `npm run dev` does, and so does a preview build
 * (`CLAIMLINE_DRAFTS=1 npm run build`, the pull-request workflow's); a production build never does.
 */
export function showsDrafts(options: { env: string | undefined; dev: boolean }): boolean {
  return options.dev || options.env?.trim() === '1';
}
