/**
 * npm run bench:finder [-- --json]
 *
 * Measures the place finder on the built site (dist/; run npm run build first):
 * bytes it downloads before its first answer, and the time from a keystroke to the
 * answers drawn, unthrottled (the baseline, this machine) and with the CPU throttled
 * 4× (a phone), typing the queries at five characters a second.
 * Targets (issue 14): names file ≤ 60 kB gzip; answers within 100 ms of a keystroke at 4×.
 */
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.ts';
import { measureFinder } from './lib/bench/finder-measure.ts';
import requireFreshBuild from './lib/require-fresh-build.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
requireFreshBuild();
const browser = await launchBrowser();
try {
  const figures = await measureFinder('dist', browser);
  if (values.json) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    console.log(
      `place finder: ${figures.names.toLocaleString('en')} names; names file ${kB(figures.dataBytes)} gzip (target ≤ 60 kB); page scripts ${kB(figures.scriptBytes)} gzip`,
    );
    console.log('| CPU | first answer (fetch + unpack) | keystroke → answers, median | worst | keystrokes |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const run of figures.runs) {
      console.log(
        `| ${run.throttle}× | ${run.firstAnswerMs.toFixed(0)} ms | ${run.keystrokeMedianMs.toFixed(1)} ms | ${run.keystrokeMaxMs.toFixed(1)} ms | ${run.keystrokes} |`,
      );
    }
    const [base, phone] = figures.runs;
    if (base && phone)
      console.log(
        `4× / 1× (median keystroke): ${(phone.keystrokeMedianMs / base.keystrokeMedianMs).toFixed(2)}; target: worst keystroke at 4× ≤ 100 ms → ${phone.keystrokeMaxMs <= 100 ? 'met' : 'NOT met'}`,
      );
  }
} finally {
  await browser.close();
}
