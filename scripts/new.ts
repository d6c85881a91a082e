// `npm run new -- claim|source|metric <id>`: writes a new content file with every field and a comment on each,
// into CONTENT_DIR (or content/). Refuses to overwrite, and checks the id the way the checker does.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from '../src/lib/scaffold/templates.ts';
import { ID_PATTERN } from '../src/lib/schema/index.ts';

const [kind, id] = process.argv.slice(2);
const usage = 'Usage: npm run new -- claim|source|metric <id>   (ids: lower-case letters, digits and single hyphens)';

if (!SCAFFOLD_KINDS.includes(kind as ScaffoldKind) || id === undefined) {
  console.error(usage);
  process.exit(1);
}
if (!ID_PATTERN.test(id)) {
  console.error(`"${id}" cannot be an id: it becomes part of a URL.\n${usage}`);
  process.exit(1);
}
const { folder, extension, text } = scaffold(kind as ScaffoldKind, {
  id,
  today: new Date().toISOString().slice(0, 10),
});
const dir = path.join(resolveContentDir({ env: process.env.CONTENT_DIR, cwd: process.cwd() }), folder);
const file = path.join(dir, `${id}${extension}`);
if (existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} already exists; choose another id or edit that file.`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(file, text);
console.log(`Created ${path.relative(process.cwd(), file)}. Fill in every field, then run npm run check.`);
