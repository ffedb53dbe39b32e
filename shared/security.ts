/**
 * Content-Security-Policy for every Touchpoint page: only the app's own scripts and styles,
 * no inline script, no remote content, no framing, no plugins. Applied as a response header
 * by the main process's app:// protocol and as a meta tag in the built HTML.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (browsers ignore it there). */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
