// `npm run dev` with CONTENT_DIR pointing at a folder outside the project (a temporary copy of the minimal
// fixture): an edit reloads the page, a broken file shows the checker's report in the browser's error overlay
// and in the terminal, and fixing it brings the page back. Run by `npx playwright test -c playwright.dev.config.ts`,
// which starts no server of its own: this file starts and stops `npm run dev`.
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatEdtfDate } from '../../src/lib/format/date.ts';
import { createMessages } from '../../src/lib/messages/messages.ts';
import { edtfDate } from '../../src/lib/model/edtf-date.ts';
import { MINIMAL_DIR } from '../fixtures/broken.ts';

test.describe.configure({ mode: 'serial' });

const slug = 'russia-reports-1351-killed';
const title = "Russia's count of 1,351 soldiers killed is far below other estimates";
const published = '2022-03-28';
const repository = 'https://github.com/example-desk/factchecks';
let contentDir = '';
let server: ChildProcess | undefined;
let output = '';
let baseUrl = '';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`npm run dev exited early:\n${output}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm run dev did not answer ${url} within ${timeoutMs / 1000} s:\n${output}`);
}

/** Rewrites a file of the content folder, replacing `from` (which must occur) with `to`. */
function edit(file: string, from: string | RegExp, to: string): void {
  const target = path.join(contentDir, file);
  const text = readFileSync(target, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(target, changed);
}

/**
 * Runs `action`, which loads the page or makes the server reload it, and waits until the loaded page's dev client
 * has connected. A reload the server sends before then never reaches the page, so the next edit would never show:
 * a reader of the page waits that long anyway, a test must say so.
 */
async function loadedAndConnected(page: Page, action: () => Promise<unknown>): Promise<void> {
  const connected = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith('[vite] connected'),
    timeout: 20_000,
  });
  await action();
  await connected;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  contentDir = mkdtempSync(path.join(tmpdir(), 'claimline-dev-'));
  cpSync(MINIMAL_DIR, contentDir, { recursive: true });
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it stops npm, node and every child they started.
  server = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForServer(`${baseUrl}/`, 90_000);
});

test.afterAll(() => {
  if (server?.pid !== undefined && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
});

test('the dev server serves each claim’s images, downloads and oEmbed, made from the content as it is now', async () => {
  const files: Array<[string, string, RegExp]> = [
    [`/images/claims/${slug}/chart.svg`, 'image/svg+xml', /^<svg/],
    [`/data/claims/${slug}.csv`, 'text/csv', /1351/],
    [`/oembed/claims/${slug}.json`, 'application/json', /"type": "rich"/],
  ];
  for (const [pathname, type, body] of files) {
    const response = await fetch(`${baseUrl}${pathname}`);
    expect(response.status, pathname).toBe(200);
    expect(response.headers.get('content-type'), pathname).toContain(type);
    expect(await response.text(), pathname).toMatch(body);
  }
  const png = await fetch(`${baseUrl}/images/claims/${slug}/card.png`);
  expect(png.headers.get('content-type')).toBe('image/png');
  expect([...new Uint8Array(await png.arrayBuffer()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect((await fetch(`${baseUrl}/images/claims/no-such-claim/card.png`)).status).toBe(404);
});

test('an edited claim title appears after the page reloads by itself', async ({ page }) => {
  await loadedAndConnected(page, () => page.goto(`${baseUrl}/claims/${slug}/`));
  await expect(page.locator('main h1')).toHaveText(title);
  await loadedAndConnected(page, async () => {
    edit(`claims/${slug}.md`, /^title: .*$/m, 'title: Edited while the dev server runs');
    await expect(page.locator('main h1')).toHaveText('Edited while the dev server runs', { timeout: 20_000 });
  });
  edit(`claims/${slug}.md`, /^title: .*$/m, `title: ${title}`);
  await expect(page.locator('main h1')).toHaveText(title, { timeout: 20_000 });
});

test('with a repository in site.yaml, the claim page links its file to edit and its history', async ({ page }) => {
  await loadedAndConnected(page, () => page.goto(`${baseUrl}/claims/${slug}/`));
  await expect(page.locator('[data-last-updated]')).toHaveText(
    formatEdtfDate(edtfDate(published), { messages: createMessages({ locale: 'en' }) }),
  );
  await expect(page.locator('[data-edit-link]')).toHaveCount(0);
  const site = path.join(contentDir, 'site.yaml');
  const original = readFileSync(site, 'utf8');
  const file = `desk/content/claims/${slug}.md`;
  await loadedAndConnected(page, async () => {
    writeFileSync(site, `${original}repository: ${repository}\ncontentPath: desk/content\n`);
    await expect(page.locator('[data-edit-link]')).toHaveAttribute('href', `${repository}/edit/main/${file}`, {
      timeout: 20_000,
    });
  });
  await expect(page.locator('[data-history-link]')).toHaveAttribute('href', `${repository}/commits/main/${file}`);
  await loadedAndConnected(page, async () => {
    edit(`claims/${slug}.md`, `published: ${published}`, `published: ${published}\nupdated: 2022-04-02`);
    await expect(page.locator('[data-last-updated]')).toHaveText(
      formatEdtfDate(edtfDate('2022-04-02'), { messages: createMessages({ locale: 'en' }) }),
      { timeout: 20_000 },
    );
  });
  writeFileSync(site, original);
  edit(`claims/${slug}.md`, '\nupdated: 2022-04-02', '');
  await expect(page.locator('[data-edit-link]')).toHaveCount(0, { timeout: 20_000 });
});

test('a broken file shows the checker report in the overlay and the terminal; fixing it brings the page back', async ({
  page,
}) => {
  await loadedAndConnected(page, () => page.goto(`${baseUrl}/claims/${slug}/`));
  await expect(page.locator('main h1')).toHaveText(title);
  output = '';
  // A source, not the claim: the page's own file is unchanged, only the checker can see the mistake.
  edit('sources/nato-briefing.md', 'metric: ru-killed', 'metric: ru-kiled');
  const message = page.locator('vite-error-overlay #message-content');
  await expect(message).toContainText('Unknown metric "ru-kiled" (did you mean "ru-killed"?)', { timeout: 20_000 });
  await expect(message).toContainText('sources/nato-briefing.md:9:13');
  await expect(message).toContainText('claimline:unknown-metric');
  await expect(page.locator('vite-error-overlay #title')).toHaveText('The content has errors');
  // The report, not a stack trace into the checker.
  await expect(page.locator('vite-error-overlay #stack-content')).toHaveText('');
  await expect.poll(() => output, { timeout: 10_000 }).toContain('claimline:unknown-metric');
  expect(output).not.toMatch(/\n\s+at .*check-content/);

  // A page loaded while the content is broken shows the same report.
  await loadedAndConnected(page, () => page.reload());
  await expect(message).toContainText('claimline:unknown-metric', { timeout: 20_000 });

  edit('sources/nato-briefing.md', 'metric: ru-kiled', 'metric: ru-killed');
  await expect(page.locator('main h1')).toHaveText(title, { timeout: 20_000 });
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
});
