// `npm test`: every check the project has, in the order a failure is cheapest to find.
// Each step runs through npm/npx so it gets the project's Node 22; the run stops at the first failed step.
import { spawnSync } from 'node:child_process';
import { steps } from './test-steps.ts';

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
