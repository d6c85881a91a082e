import type { AstroIntegration } from 'astro';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { checkContent } from '../lib/check/check-content.ts';
import { clearCheckedSite, storeCheckedSite } from './stores/checked-site.ts';
import { CONTENT_ERROR_TITLE, contentErrorMessage } from '../lib/check/content-error.ts';
import { formatReport, summarise } from '../lib/check/report.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';

/**
 * Runs the content checker before Astro builds or serves anything. A build with errors stops here, through Astro's
 * error path, with the same report as `npm run check` and exit code 1, never a stack trace. Warnings are printed and the build goes on.
 *
 * Under `npm run dev` it also watches the content folder — `content/` or a CONTENT_DIR anywhere on disk — and
 * checks it again on every change: the report goes to the terminal, errors to the browser's error overlay, and a
 * clean check reloads the page.
 */
export function claimline(): AstroIntegration {
  return {
    name: 'claimline',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const cwd = process.cwd();
        const dir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
        const { problems, site } = checkContent({ dir, cwd });
        if (site) storeCheckedSite(dir, site);
        if (problems.length > 0) {
          const report = formatReport(problems);
          if (site) logger.warn(`content check:\n${report}`);
          else console.error(`\n${report}\n`);
        }
        // Astro's own error path ends the build with exit code 1; without a stack, it prints only the message.
        if (!site && command === 'build') throw buildStopped();
      },
      'astro:server:setup': ({ server, logger }) => {
        const cwd = process.cwd();
        const dir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
        watchContent({ server, dir, cwd, logger });
      },
    },
  };
}

/** The error that stops a build on content errors, after the checker's report has been printed. */
function buildStopped(): Error {
  const error = new Error('Build stopped: fix the content errors above (run `npm run check` to see them again).');
  error.name = 'ContentError';
  error.stack = '';
  return error;
}

interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** How long to wait after a change for more (an editor's save may write several files, or one twice). */
const SETTLE_MS = 100;

function watchContent(options: { server: ViteDevServer; dir: string; cwd: string; logger: Logger }): void {
  const { server, dir, cwd, logger } = options;
  server.watcher.add(dir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = (file: string) => {
    if (!isInside(dir, path.resolve(file))) return;
    clearTimeout(timer);
    timer = setTimeout(recheck, SETTLE_MS);
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onChange);

  function recheck(): void {
    const { problems, site } = checkContent({ dir, cwd });
    const client = server.environments.client.hot;
    // The pages read the site the watcher keeps; with errors there is none, and a page checks again to report them.
    if (site) storeCheckedSite(dir, site);
    else clearCheckedSite();
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
