import path from 'node:path';

/**
 * The content folder: `CONTENT_DIR` when set (absolute, or relative to the working directory), else `content/`.
 */
export function resolveContentDir(options: { env?: string | undefined; cwd: string }): string {
  const chosen = options.env?.trim();
  return path.resolve(options.cwd, chosen ? chosen : 'content');
}
