/**
 * The renderer's Content-Security-Policy: only the app's own scripts and styles, no eval, no
 * network beyond the app origin. Sent as a header by main and the web server, and repeated in
 * `index.html` as a meta tag so that every way of loading the page is covered.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
