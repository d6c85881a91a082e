import path from 'node:path';

/**
 * Stops a build whose output folder Astro would misplace its prerender bundle for. Astro 7 keeps that bundle in
 * the output folder when the folder's path starts with the working directory's (`getOutDirWithinCwd`, a plain
 * string test), so a sibling such as `/home/me/site-dist` beside `/home/me/site` passes for "inside", and the bundle
 * cannot import the project's packages: the build ends in `Cannot find package '…'` and a stack trace. Said before
 * any work, with the fix.
 */
export function assertOutDirBuildable(options: { outDir: string; cwd: string }): void {
  const outDir = path.resolve(options.outDir);
  const cwd = path.resolve(options.cwd);
  const inside = outDir === cwd || outDir.startsWith(cwd.endsWith(path.sep) ? cwd : cwd + path.sep);
  if (inside || !outDir.startsWith(cwd)) return;
  const elsewhere = path.join(path.dirname(cwd), `built-${path.basename(cwd)}`);
  const error = new Error(
    `The output folder ${outDir} is beside the project folder ${cwd}, and its name begins with the project ` +
      "folder's: Astro then cannot load the project's packages while it renders the pages. Build into a folder " +
      `inside the project (--outDir dist-preview) or one whose path does not begin with ${cwd} (--outDir ${elsewhere}).`,
  );
  // A mistake in the command, not in the code: no stack trace to read.
  error.name = 'OutputFolderError';
  error.stack = '';
  throw error;
}
