// The embed pages' script as one inline <script>, not a module file: an embed framed with
// `sandbox="allow-scripts"` (as WordPress frames oEmbed content) has an opaque origin, and a module script from
// /_astro/ is fetched with CORS, which a static host does not allow for origin `null`, so it never runs. Astro
// inlines a bundled script only when nothing else imports its modules, and src/scripts/timeline.ts is shared with
// the site's pages; so esbuild bundles src/scripts/embed.ts on its own, and the page adds its hash to the
// Content-Security-Policy that Astro writes (Astro.csp.insertScriptHash).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The virtual module the embed layout imports: `code`, the script, and `hash`, its CSP source. */
export const EMBED_SCRIPT_MODULE = 'virtual:claimline/embed-script';

const ENTRY = fileURLToPath(new URL('../scripts/embed.ts', import.meta.url));

/** The bundled script and its CSP hash source ('sha256-…', without quotes). */
export async function bundleEmbedScript(entry = ENTRY): Promise<{ code: string; hash: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
  });
  const code = result.outputFiles[0]?.text.trim() ?? '';
  // Inside <script>, "</script" would end the element early.
  if (/<\/script/i.test(code)) throw new Error('The embed script contains "</script" and cannot be inlined.');
  const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(input));
  return { code, hash, inputs };
}

/** A Vite plugin serving EMBED_SCRIPT_MODULE, bundled again when one of its files changes under `npm run dev`. */
export function embedScriptPlugin() {
  const resolved = `\0${EMBED_SCRIPT_MODULE}`;
  return {
    name: 'claimline:embed-script',
    resolveId: (id: string) => (id === EMBED_SCRIPT_MODULE ? resolved : undefined),
    async load(this: { addWatchFile(file: string): void }, id: string) {
      if (id !== resolved) return undefined;
      const { code, hash, inputs } = await bundleEmbedScript();
      for (const input of inputs) this.addWatchFile(input);
      return `export const code = ${JSON.stringify(code)};\nexport const hash = ${JSON.stringify(hash)};\n`;
    },
  };
}
