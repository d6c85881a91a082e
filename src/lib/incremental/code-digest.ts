import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What a page's bytes depend on besides content: the site's code, its static files and its dependencies. */
const ROOT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const FOLDERS = ['src', 'public'];

/** SHA-256 of every code file of the project at `root`, with its path, in path order. */
export function codeDigest(root: string): string {
  const files = [
    ...ROOT_FILES.filter((file) => existsSync(path.join(root, file))),
    ...FOLDERS.flatMap((folder) => filesUnder(root, folder)),
  ].sort();
  const digest = createHash('sha256');
  for (const file of files) {
    const bytes = readFileSync(path.join(root, file));
    digest.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return digest.digest('base64url');
}

function filesUnder(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
