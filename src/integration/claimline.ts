import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check/check-content.ts';
import { formatReport } from '../lib/check/report.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';

/**
 * Runs the content checker before Astro builds or serves anything. A build with errors stops here with the
 * same report as `npm run check` and exit code 1, never a stack trace. Warnings are printed and the build goes on.
 */
export function claimline(): AstroIntegration {
  return {
    name: 'claimline',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const cwd = process.cwd();
        const dir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
        const { problems, site } = checkContent({ dir, cwd });
        if (problems.length > 0) {
          const report = formatReport(problems);
          if (site) logger.warn(`content check:\n${report}`);
          else console.error(`\n${report}\n`);
        }
        if (!site && command === 'build') {
          console.error('Build stopped: fix the content errors above (run `npm run check` to see them again).');
          process.exit(1);
        }
      },
    },
  };
}
