/**
 * npm test: the checks a change must pass, in the order that fails fastest,
 * each timed: type check → unit tests → build → tests of the built output →
 * browser tests (axe on a page of every template, and every page with a chart,
 * map or MDX component). Stops at the first stage that fails, with its exit code.
 * `npm test -- unit output` runs only the stages named. The full accessibility
 * sweep of every page is `npm run test:a11y:all` (CI runs it after this).
 */
import { spawnSync } from 'node:child_process';

const STAGES: Record<string, string> = {
  check: 'check',
  unit: 'test:unit',
  build: 'build',
  output: 'test:output',
  browser: 'test:e2e',
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in STAGES));
if (unknown.length > 0) {
  console.error(`unknown stage(s) ${unknown.join(', ')}; the stages are ${Object.keys(STAGES).join(', ')}`);
  process.exit(2);
}
const stages = asked.length > 0 ? Object.keys(STAGES).filter((name) => asked.includes(name)) : Object.keys(STAGES);
const times: Array<[string, number]> = [];
const started = Date.now();

const summary = () => {
  const rows = times.map(([name, ms]) => `  ${name.padEnd(8)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
  console.log(`\nnpm test stages:\n${rows.join('\n')}\n  ${'total'.padEnd(8)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`);
};

for (const name of stages) {
  const script = STAGES[name] ?? name;
  console.log(`\n▶ ${name}: npm run ${script}`);
  const begin = Date.now();
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  times.push([name, Date.now() - begin]);
  if (result.status !== 0) {
    summary();
    console.error(`\n✗ stage "${name}" failed (npm run ${script}, exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
summary();
