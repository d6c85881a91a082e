// A site's house style: remark-lint and retext rules named in `house-style.yaml` beside site.yaml, run over every
// claim's reasoning after Claimline's own body rules and reported by the same reporter with their own rule ids
// (`remark-lint:no-duplicate-headings`, `retext-repeated-words:the`).
//
// Content arrives by pull request, and the checker runs in CI and in the build, so the content folder may not run
// code: the file is YAML, and it may only name plugins that the site's maintainers installed, in a reviewed change
// to package.json — `remark-lint-*` rules, `remark-preset-lint-*` presets and `retext-*` plugins declared in its
// dependencies or devDependencies — with a severity and options that are plain data. Anything else is refused,
// with the file and line and what to do.
import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { ParseLatin } from 'parse-latin';
import { unified, type Plugin, type Preset, type Processor } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { z } from 'zod';
import { printable } from '../load/printable.ts';
import { parseLocatedYaml, type LocatedYaml } from '../load/yaml-document.ts';
import { suggestion } from './did-you-mean.ts';
import type { Problem } from './problem.ts';
import { firstTooDeep } from './rules/body-too-deep.ts';
import type { HouseStyleRunner } from './rules/claim-body.ts';
import { validateWithPositions } from './schema-problems.ts';

/** The house-style file, beside site.yaml. */
export const HOUSE_STYLE_FILE = 'house-style.yaml';

/** The largest house-style file read: a list of rules is a few hundred bytes. */
export const MAX_HOUSE_STYLE_BYTES = 64 * 1024;

/** Which plugins each section may name: rules that read the text and report on it. */
const ALLOWED: Readonly<Record<Section, { readonly pattern: RegExp; readonly described: string }>> = {
  remark: {
    pattern: /^remark-(?:preset-)?lint(?:-[a-z0-9]+)*$/,
    described: 'remark-lint rules (remark-lint-…) and presets (remark-preset-lint-…)',
  },
  retext: { pattern: /^retext-[a-z0-9]+(?:-[a-z0-9]+)*$/, described: 'retext plugins (retext-…)' },
};

type Section = 'remark' | 'retext';
const SECTIONS: readonly Section[] = ['remark', 'retext'];

const severity = z.enum(['error', 'warning', 'off']);
const setting = z.union([
  severity,
  z.tuple([z.enum(['error', 'warning'])]),
  z.tuple([z.enum(['error', 'warning']), z.unknown()]),
]);
const houseStyleSchema = z.strictObject({
  remark: z.record(z.string(), setting).optional(),
  retext: z.record(z.string(), setting).optional(),
});

/** One plugin the house style runs: its package, whether its messages are errors or warnings, its options. */
interface HouseStylePlugin {
  readonly name: string;
  readonly section: Section;
  readonly severity: 'error' | 'warning';
  readonly options: unknown;
  readonly plugin: Plugin<unknown[]> | Preset;
}

export interface HouseStyle {
  /** What is wrong with house-style.yaml: each at its line, rule id `house-style` (or the schema's). */
  readonly problems: readonly Problem[];
  /** Runs the plugins over a claim's tree, adding their messages to its vfile; undefined when there is none. */
  readonly run: HouseStyleRunner | undefined;
  /**
   * Whether a tree may be given to the plugins: third-party code walks trees recursively, so a tree deeper than
   * body-too-deep allows (which that rule reports) is not.
   */
  readonly accepts: (tree: Root) => boolean;
}

/**
 * Reads `house-style.yaml` from the content folder, if there is one, and loads the plugins it names from the
 * project in `projectDir` (by default, the one this checker is installed in).
 */
export function loadHouseStyle(options: {
  dir: string;
  cwd: string;
  /** The site's language: English text is split into sentences by parse-english, any other by parse-latin. */
  language?: string | undefined;
  projectDir?: string;
}): HouseStyle {
  const absolute = path.join(options.dir, HOUSE_STYLE_FILE);
  const file = printable(path.relative(options.cwd, absolute) || HOUSE_STYLE_FILE);
  const none = (problems: Problem[]): HouseStyle => ({ problems, run: undefined, accepts });
  const at = (message: string, hint: string): Problem => ({
    file,
    line: 1,
    column: 1,
    ruleId: 'house-style',
    severity: 'error',
    message,
    hint,
  });
  let stats: Stats | undefined;
  try {
    stats = lstatSync(absolute);
  } catch {
    return none([]);
  }
  if (!stats.isFile()) {
    return none([
      at(
        `${HOUSE_STYLE_FILE} is not a plain file (a symbolic link, a folder or a device)`,
        'Replace it with a plain YAML file',
      ),
    ]);
  }
  if (stats.size > MAX_HOUSE_STYLE_BYTES) {
    return none([
      at(
        `${HOUSE_STYLE_FILE} is ${Math.ceil(stats.size / 1024)} KB; the limit is ${MAX_HOUSE_STYLE_BYTES / 1024} KB`,
        'List only the rules the site uses',
      ),
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(absolute));
  } catch {
    return none([at('The file is not valid UTF-8 text', 'Save it as UTF-8 in your editor')]);
  }
  const yaml = parseLocatedYaml({ file, text: text.replace(/^\uFEFF/, '') });
  if (yaml.problems.length > 0) return none([...yaml.problems]);
  const validated = validateWithPositions({ schema: houseStyleSchema, yaml, entity: HOUSE_STYLE_FILE });
  if (!validated.data) return none(validated.problems);
  const projectDir = options.projectDir ?? claimlineProjectDir();
  const { plugins, problems } = loadPlugins({ config: validated.data, yaml, projectDir });
  if (plugins.length === 0) return none(problems);
  return { problems, run: houseStyleRunner(plugins, parserFor(options.language)), accepts };
}

function accepts(tree: Root): boolean {
  return firstTooDeep(tree) === undefined;
}

/** Each plugin named, loaded and tried on an empty text, or a problem at its name saying why it cannot be used. */
function loadPlugins(options: { config: z.output<typeof houseStyleSchema>; yaml: LocatedYaml; projectDir: string }): {
  plugins: HouseStylePlugin[];
  problems: Problem[];
} {
  const { config, yaml, projectDir } = options;
  const declared = declaredPackages(projectDir);
  const load = createRequire(path.join(projectDir, 'package.json'));
  const plugins: HouseStylePlugin[] = [];
  const problems: Problem[] = [];
  for (const section of SECTIONS) {
    for (const [name, value] of Object.entries(config[section] ?? {})) {
      const refuse = (message: string, hint: string) =>
        problems.push({
          ...yaml.locate([section], { key: name }),
          ruleId: 'house-style',
          severity: 'error',
          message,
          hint,
        });
      const level = typeof value === 'string' ? value : value[0];
      if (level === 'off') continue;
      const allowed = ALLOWED[section];
      if (!allowed.pattern.test(name)) {
        const other = SECTIONS.find((candidate) => candidate !== section && ALLOWED[candidate].pattern.test(name));
        refuse(
          `"${printable(name)}" cannot be used under ${section}: a house style may name ${allowed.described}`,
          other
            ? `Move it under ${other}:`
            : 'Remove it: a house style only reads the text and reports on it, so plugins that change the text or do anything else are refused',
        );
        continue;
      }
      const installed = declared.filter((candidate) => allowed.pattern.test(candidate));
      if (!declared.includes(name)) {
        refuse(
          `"${name}" is not installed in this project${suggestion(name, installed)}`,
          `A maintainer installs it with \`npm install --save-dev ${name}\`, a change to package.json reviewed like code. ${
            installed.length > 0 ? `Installed now: ${installed.join(', ')}` : `No ${section} plugin is installed yet`
          }`,
        );
        continue;
      }
      let plugin: unknown;
      try {
        const loaded = load(name) as { default?: unknown };
        plugin = loaded.default ?? loaded;
      } catch (error) {
        refuse(
          `"${name}" could not be loaded: ${reasonOf(error)}`,
          'Run `npm install`, or remove it from the house style',
        );
        continue;
      }
      const options = typeof value === 'string' ? undefined : value[1];
      const isPreset = typeof plugin === 'object' && plugin !== null && ('plugins' in plugin || 'settings' in plugin);
      if (typeof plugin !== 'function' && !isPreset) {
        refuse(`"${name}" is not a unified plugin or preset`, 'Remove it from the house style');
        continue;
      }
      if (isPreset && options !== undefined) {
        refuse(
          `"${name}" is a preset, which takes no options`,
          `Write \`${name}: ${level}\`, and set options on the rules themselves`,
        );
        continue;
      }
      const entry: HouseStylePlugin = {
        name,
        section,
        severity: level,
        options,
        plugin: plugin as HouseStylePlugin['plugin'],
      };
      const failure = tryOnEmptyText(entry);
      if (failure) {
        refuse(failure, `Check its options against its documentation, or remove it from the house style`);
        continue;
      }
      plugins.push(entry);
    }
  }
  return { plugins, problems };
}

/**
 * Sets a plugin up with its options and runs it on an empty text, so that options it refuses, code that throws
 * and plugins that only work asynchronously (the checker runs synchronously) are reported at the house-style line
 * that names them, once, rather than at every claim. A message about an empty text is taken as about its options.
 */
function tryOnEmptyText(entry: HouseStylePlugin): string | undefined {
  const file = new VFile({ value: '' });
  try {
    const processor = unified();
    use(processor, entry);
    processor.freeze();
    const empty: Node = entry.section === 'remark' ? emptyMdast() : ({ type: 'RootNode', children: [] } as Node);
    processor.runSync(empty, file);
  } catch (error) {
    return /finished async/.test(reasonOf(error))
      ? `"${entry.name}" works asynchronously, which the checker cannot wait for`
      : `"${entry.name}" failed with these settings: ${reasonOf(error)}`;
  }
  const message = file.messages[0];
  return message ? `"${entry.name}" reports, on an empty text: ${message.reason}` : undefined;
}

function emptyMdast(): Root {
  const point = { line: 1, column: 1, offset: 0 };
  return { type: 'root', children: [], position: { start: point, end: point } };
}

/** Adds a plugin with its options, or a preset, to a processor. */
function use(processor: Processor, entry: HouseStylePlugin): void {
  if (typeof entry.plugin !== 'function') processor.use(entry.plugin);
  else if (entry.options === undefined) processor.use(entry.plugin);
  else processor.use(entry.plugin, entry.options);
}

interface HouseStyleState {
  /** Messages before this index have been given their plugin's severity. */
  marked: number;
  /** The plugin running now, named if it throws. */
  current: string;
}

declare module 'vfile' {
  interface DataMap {
    houseStyle: HouseStyleState;
  }
}

/**
 * One processor for the whole check, frozen once: each remark plugin, then retext's over the claim's text as natural
 * language (mdast-util-to-nlcst, as remark-retext does, but synchronously). Around each plugin, two small plugins
 * of Claimline's own: one notes which plugin runs, one gives its messages the severity the site chose.
 */
function houseStyleRunner(plugins: readonly HouseStylePlugin[], Parser: typeof ParseLatin): HouseStyleRunner {
  const remark = unified();
  for (const entry of plugins.filter((plugin) => plugin.section === 'remark')) {
    remark.use(entering(entry));
    use(remark, entry);
    remark.use(marking(entry));
  }
  const retextPlugins = plugins.filter((plugin) => plugin.section === 'retext');
  if (retextPlugins.length > 0) {
    const retext = unified();
    for (const entry of retextPlugins) {
      retext.use(entering(entry));
      use(retext, entry);
      retext.use(marking(entry));
    }
    retext.freeze();
    const names = retextPlugins.map((plugin) => plugin.name).join(', ');
    remark.use(() => (tree: Node, file: VFile) => {
      const state = file.data.houseStyle;
      if (state) state.current = names;
      retext.runSync(toNlcst(tree as Root, file, Parser), file);
    });
  }
  remark.freeze();
  return (tree, file) => {
    const state: HouseStyleState = { marked: file.messages.length, current: '' };
    file.data.houseStyle = state;
    try {
      remark.runSync(tree, file);
    } catch (error) {
      const message = file.message(
        `The house-style plugin "${state.current}" failed on this text: ${reasonOf(error)}`,
        {
          ruleId: 'house-style',
          source: 'claimline',
        },
      );
      message.fatal = true;
      message.note = `Its authors may want to know; meanwhile set it to off in ${HOUSE_STYLE_FILE}`;
    }
  };
}

/** A new plugin each time: unified merges the options of a plugin used twice instead of running it twice. */
function entering(entry: HouseStylePlugin): Plugin {
  return () => (_tree: Node, file: VFile) => {
    const state = file.data.houseStyle;
    if (state) state.current = entry.name;
  };
}

function marking(entry: HouseStylePlugin): Plugin {
  return () => (_tree: Node, file: VFile) => {
    const state = file.data.houseStyle;
    if (!state) return;
    for (let index = state.marked; index < file.messages.length; index++) {
      const message = file.messages[index];
      if (!message) continue;
      message.fatal = entry.severity === 'error';
      // Named by the plugin (remark-lint and its rule id), else by its package; never as Claimline's own.
      if (!message.source || message.source === 'claimline') message.source = entry.name;
      message.ruleId ??= entry.name;
    }
    state.marked = file.messages.length;
  };
}

function parserFor(language: string | undefined): typeof ParseLatin {
  return language === undefined || /^en(?:-|$)/i.test(language) ? ParseEnglish : ParseLatin;
}

/** The packages the project's package.json declares, dependencies and devDependencies. */
function declaredPackages(projectDir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    return [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})].sort();
  } catch {
    return [];
  }
}

/** The folder of the package.json nearest above this module: the project the checker is installed in. */
function claimlineProjectDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      if (lstatSync(path.join(dir, 'package.json')).isFile()) return dir;
    } catch {
      // not here: look in the parent
    }
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
