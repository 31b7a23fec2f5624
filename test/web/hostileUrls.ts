/**
 * Hostile `next=` values (raw query text, as sent on the wire) for every route that redirects back to a
 * path: /display and /login. OWASP Unvalidated Redirects cheat sheet and PortSwigger's open-redirect list,
 * plus the header-injection values that once stopped the server (ERR_INVALID_CHAR in Location).
 */

/** Values that put a control or non-Latin-1 character into the Location header if passed through raw. */
export const HEADER_BREAKING_NEXT = [
  '/%0aX',
  '/%0d%0aSet-Cookie:%20gk_display=evil',
  '/%E4%B8%AD',
  '/%E4%B8%AD%E5%8D%AB?q=%E5%8C%BB%E4%BF%9D',
  '/%00',
  '/%7F',
  '/a%E2%80%A8b',
  '/%ED%A0%80',
  '/%F0%9F%98%80',
];

/** Values that a browser would follow to another site if passed through. */
export const OFF_SITE_NEXT = [
  '//evil.example',
  '//evil.example/%2F..',
  '/\\evil.example',
  '/%5Cevil.example',
  '%5C%5Cevil.example',
  '/%09/evil.example/x',
  '/%0a/evil.example',
  '/%0d/evil.example',
  '/%20/evil.example',
  '/%2F%2Fevil.example',
  '%2F%2Fevil.example',
  '///evil.example',
  '/%2F/evil.example',
  'https://evil.example',
  'https:evil.example',
  'HTTPS://evil.example',
  '%68ttps://evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '%20//evil.example',
  './/evil.example',
  'evil.example',
  '/%E3%80%80/evil.example',
  '/%C2%A0/evil.example',
];

/**
 * True when a Location value keeps the browser on this site and Node can write it: a path starting with
 * one `/` (no `//` or `/\` that browsers read as another host), printable ASCII only.
 */
export function isSameSitePath(location: unknown): boolean {
  return typeof location === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(location) && !location.includes('\\');
}
