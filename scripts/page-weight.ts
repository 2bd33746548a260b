/**
 * npm run weight — prints the gzip weight of the built pages by page type:
 * the heaviest page of each type, HTML, CSS and JS separately, fonts apart.
 * Budget: task and plan pages under 30 kB (HTML + CSS + JS), the benchmark's target.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { TARGETS } from './lib/bench/targets.ts';
import { pageWeight, type PageWeight } from './lib/page-weight.ts';

const DIST = process.argv[2] ?? 'dist';
const BUDGET = TARGETS.pageBytes;

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith('.html') ? [full] : [];
  });
}

const types = new Map<string, { file: string; weight: PageWeight; pages: number }>();
for (const file of htmlFiles(DIST)) {
  const relative = path.relative(DIST, file).replace(/^en\//, '');
  const type = relative === 'index.html' ? 'home' : (relative.split(path.sep)[0] ?? '').replace('.html', '');
  const weight = pageWeight(DIST, file);
  const current = types.get(type);
  if (!current || weight.total > current.weight.total) types.set(type, { file, weight, pages: (current?.pages ?? 0) + 1 });
  else current.pages += 1;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
process.stdout.write(
  `${'page type'.padEnd(12)} ${'pages'.padStart(5)} ${'HTML kB'.padStart(7)} ${'CSS kB'.padStart(7)} ${'JS kB'.padStart(7)} ${'total'.padStart(7)} ${'fonts'.padStart(7)}  heaviest page\n`,
);
for (const [type, { file, weight, pages }] of [...types].sort()) {
  const flag = (type === 'ke-hoach' || type === 'nhiem-vu') && weight.total > BUDGET ? '  OVER BUDGET' : '';
  process.stdout.write(
    `${type.padEnd(12)} ${String(pages).padStart(5)} ${kb(weight.html)} ${kb(weight.css)} ${kb(weight.js)} ${kb(weight.total)} ${kb(weight.fonts)}  ${path.relative(DIST, file)}${flag}\n`,
  );
}
