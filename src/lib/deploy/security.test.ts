import { describe, expect, it } from 'vitest';
import { headersFile } from './security.ts';

describe('the _headers file for static hosts', () => {
  const file = headersFile(['/nguon/a.txt']);
  it('sends HSTS, COOP, CSP, nosniff and no referrer to every path', () => {
    for (const header of [
      'Strict-Transport-Security: max-age=31536000',
      'Cross-Origin-Opener-Policy: same-origin',
      "frame-ancestors 'none'",
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: no-referrer',
    ]) {
      expect(file).toContain(header);
    }
  });
  it('no longer names the withdrawn interest-cohort permission', () => {
    expect(file).not.toContain('interest-cohort');
    expect(file).toContain('Permissions-Policy: camera=(), microphone=(), geolocation=()');
  });
  it('names each source text with its charset', () => {
    expect(file).toContain('/nguon/a.txt\n  Content-Type: text/plain; charset=utf-8');
  });
});
