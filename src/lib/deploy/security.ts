/**
 * The Content Security Policy, one definition for the <meta> tag and the
 * _headers file. The site ships no inline script or style (Astro is told to
 * emit them as files), so no 'unsafe-inline' is needed. OpenStreetMap tiles are
 * the only outside resource the map will load.
 */
export const TILE_HOST = 'https://tile.openstreetmap.org';

const directives = [
  "default-src 'self'",
  // Search runs pagefind's WebAssembly, which needs wasm-unsafe-eval (it allows compiling
  // WebAssembly, not eval of JavaScript).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  `img-src 'self' data: ${TILE_HOST}`,
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** For the <meta> tag (frame-ancestors is ignored there, so it lives in _headers only). */
export const CONTENT_SECURITY_POLICY = directives.join('; ');

/**
 * For static hosts that read a _headers file (Netlify, Cloudflare Pages). FLoC's
 * interest-cohort permission is gone (the feature was withdrawn and browsers warn on it). The
 * plans' source texts are named one by one with their charset: served as bare
 * text/plain, a browser may guess another encoding and show Vietnamese as mojibake.
 */
export function headersFile(sourcePaths: readonly string[] = []): string {
  return [
    '/*',
    `  Content-Security-Policy: ${[...directives, "frame-ancestors 'none'"].join('; ')}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    // HTTPS only, for a year (the site is served over https; browsers ignore this header on http).
    '  Strict-Transport-Security: max-age=31536000',
    // No other site's window keeps a handle on ours (tab-nabbing, cross-window leaks).
    '  Cross-Origin-Opener-Policy: same-origin',
    ...sourcePaths.flatMap((path) => [path, '  Content-Type: text/plain; charset=utf-8']),
    '',
  ].join('\n');
}
