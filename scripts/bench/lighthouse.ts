/**
 * Lighthouse for `npm run bench`: the lighthouse package driving Debian's
 * Chromium through chrome-launcher, mobile defaults, on the built site served
 * on loopback with gzip. Nothing may leave the machine: Chromium runs with its
 * background networking off, the page's requests are checked against the
 * loopback origin, and the bench process records any socket Node opens or name
 * it looks up other than loopback (lighthouse's error reporting is off by default).
 */
import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../lib/browser.ts';
import { serveDist } from '../lib/static-server.ts';
import { LIGHTHOUSE_CATEGORIES, type LighthouseCategory, type LighthousePage, type PageKind } from '../lib/bench/report.ts';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/;

/** Hosts other than loopback that this process looked up or connected to while auditing. */
function watchNodeSockets(): { offsite: Set<string>; stop: () => void } {
  const offsite = new Set<string>();
  const onSocket = (message: unknown) => {
    const socket = (message as { socket: Socket }).socket;
    socket.on('lookup', (_error: Error | null, _address: string, _family: number | string, host: string) => {
      if (!LOOPBACK.test(host)) offsite.add(`node lookup ${host}`);
    });
    socket.once('connect', () => {
      if (socket.remoteAddress && !LOOPBACK.test(socket.remoteAddress)) offsite.add(`node connect ${socket.remoteAddress}`);
    });
  };
  diagnostics.subscribe('net.client.socket', onSocket);
  return { offsite, stop: () => diagnostics.unsubscribe('net.client.socket', onSocket) };
}

interface AuditRef {
  id: string;
  weight: number;
}
interface AuditResult {
  score: number | null;
  scoreDisplayMode: string;
  title: string;
  details?: { items?: { url?: string }[] };
}

export async function auditPages(site: string, targets: { kind: PageKind; path: string }[]): Promise<LighthousePage[]> {
  const server = await serveDist(site, { gzip: true });
  const chrome = await chromeLauncher.launch({ chromePath: (await findChromium()).path, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  const sockets = watchNodeSockets();
  const pages: LighthousePage[] = [];
  try {
    for (const target of targets) {
      const url = `${server.url}${target.path}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
      const lhr = result?.lhr;
      if (!lhr) {
        pages.push({
          ...target,
          scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
          failing: [],
          offsite: [],
          warnings: ['lighthouse returned no result'],
        });
        continue;
      }
      const audits = lhr.audits as unknown as Record<string, AuditResult>;
      const scores = Object.fromEntries(
        LIGHTHOUSE_CATEGORIES.map((category) => {
          const score = lhr.categories[category]?.score;
          return [category, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      ) as Record<LighthouseCategory, number | null>;
      const failing = LIGHTHOUSE_CATEGORIES.flatMap((category) =>
        ((lhr.categories[category]?.auditRefs ?? []) as AuditRef[]).flatMap((ref) => {
          const audit = audits[ref.id];
          if (
            !audit ||
            ref.weight === 0 ||
            !['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) ||
            audit.score === null ||
            audit.score >= 1
          )
            return [];
          return [{ category, id: ref.id, title: audit.title, score: audit.score }];
        }),
      );
      const requested = (audits['network-requests']?.details?.items ?? []).map((item) => item.url ?? '');
      const offsite = requested.filter((address) => !address.startsWith(server.url) && !/^(data|blob):/.test(address));
      const warnings = [...(lhr.runtimeError ? [`runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`] : []), ...lhr.runWarnings];
      pages.push({ ...target, scores, failing, offsite, warnings });
    }
  } finally {
    sockets.stop();
    chrome.kill();
    await server.close();
  }
  const nodeOffsite = [...sockets.offsite];
  if (nodeOffsite.length > 0) pages[0]?.offsite.push(...nodeOffsite);
  return pages;
}
