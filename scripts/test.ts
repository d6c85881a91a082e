// `npm test`: every check the project has, in the order a failure is cheapest to find.
// Each step runs through npm/npx so it gets the project's Node 22; the run stops at the first failed step.
import { spawnSync } from 'node:child_process';

interface Step {
  readonly name: string;
  readonly command: string;
  readonly env?: Record<string, string>;
}

const fixture = 'e2e/fixtures/minimal';
const steps: Step[] = [
  { name: 'typecheck', command: 'npx astro check' },
  { name: 'lint', command: 'npx eslint . && npx prettier --check .' },
  { name: 'unit tests', command: 'npx vitest run' },
  { name: 'check example content', command: 'npm run check' },
  { name: 'build a fixture site with CONTENT_DIR', command: 'npm run build', env: { CONTENT_DIR: fixture } },
  { name: 'e2e on the fixture site', command: 'npx playwright test', env: { CONTENT_DIR: fixture } },
  { name: 'build the example site', command: 'npm run build' },
  { name: 'e2e on the example site', command: 'npx playwright test' },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (only.length > 0 && !only.some((word) => step.name.includes(word))) continue;
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const started = Date.now();
  const result = spawnSync(step.command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed++;
    console.log(`✔ ${step.name} (${seconds} s)`);
  } else {
    failed++;
    console.log(`✖ ${step.name} failed (${seconds} s)`);
    break;
  }
}
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
