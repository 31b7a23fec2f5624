/**
 * The Content Security Policy: everything from this site only, no inline
 * script or style (pages use /assets/site.css and /assets/site.js), no framing,
 * forms only to this site.
 */
export function contentSecurityPolicy(behindHttps: boolean): Record<string, string[] | null> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(behindHttps ? { 'upgrade-insecure-requests': [] } : {}),
  };
}
