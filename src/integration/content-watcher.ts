import type { AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { checkContent, type CheckResult } from '../lib/check/check-content.ts';
import { CONTENT_ERROR_TITLE, contentErrorMessage } from '../lib/check/content-error.ts';
import { formatReport, summarise } from '../lib/check/report.ts';

/** How long to wait after a change for more (an editor's save may write several files, or one twice). */
const SETTLE_MS = 100;

/**
 * Under `npm run dev`: watches the content folder, wherever it is, and checks it again once a change settles.
 * `checked` gets the result first (the integration keeps it for the pages); then the report goes to the terminal,
 * errors to the browser's error overlay, and a clean check reloads the page.
 */
export function watchContent(options: {
  server: ViteDevServer;
  dir: string;
  cwd: string;
  logger: AstroIntegrationLogger;
  checked: (result: CheckResult) => void;
}): void {
  const { server, dir, cwd, logger, checked } = options;
  server.watcher.add(dir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = (file: string) => {
    if (!isInside(dir, path.resolve(file))) return;
    clearTimeout(timer);
    timer = setTimeout(recheck, SETTLE_MS);
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onChange);

  function recheck(): void {
    // The dev server shows drafts, with their banner.
    const result = checkContent({ dir, cwd, drafts: true });
    const { problems, site } = result;
    const client = server.environments.client.hot;
    checked(result);
    if (!site) {
      logger.error(`content check:\n${formatReport(problems)}`);
      // The error overlay shows the message as text; a stack would only point into the checker.
      client.send({
        type: 'error',
        err: { message: contentErrorMessage(problems), stack: '', title: CONTENT_ERROR_TITLE, name: 'ContentError' },
      });
      return;
    }
    if (problems.length > 0) logger.warn(`content check:\n${formatReport(problems)}`);
    else logger.info(`content check: ${summarise(problems)}`);
    // Pages take their props from getStaticPaths, which Astro keeps until the content changes: clear them.
    for (const environment of Object.values(server.environments)) {
      if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
    }
    client.send({ type: 'full-reload', path: '*' });
  }
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
