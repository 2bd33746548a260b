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
 * For static hosts that read a _headers file (Netlify, Cloudflare Pages). The
 * plans' source texts are named one by one with their charset: served as bare
 * text/plain, a browser may guess another encoding and show Vietnamese as mojibake.
 */
export function headersFile(sourcePaths: readonly string[] = []): string {
  return [
    '/*',
    `  Content-Security-Policy: ${[...directives, "frame-ancestors 'none'"].join('; ')}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: interest-cohort=(), camera=(), microphone=(), geolocation=()',
    ...sourcePaths.flatMap((path) => [path, '  Content-Type: text/plain; charset=utf-8']),
    '',
  ].join('\n');
}
