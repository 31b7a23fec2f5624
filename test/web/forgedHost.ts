/** Forged Host headers for the feed/sitemap cache-poisoning tests (hostileUrls.ts has the redirect ones). */
import assert from 'node:assert/strict';
import type { WebTestApp } from '../helpers/webApp.ts';

export const FORGED_HOSTS = ['evil.example', 'evil.example:8443', 'evil.example/"><x', 'evil.example\\@gov.cn', '[::1]/x', 'a b'];

/** The feed and sitemap URLs of the test app. */
export const xmlUrls = (web: WebTestApp) => ['/sitemap.xml', `/agencies/${web.agencyA}/feed.xml`];

/** GET `url` with a Host header of our choosing. */
export async function getWithHost(web: WebTestApp, url: string, host: string) {
  return web.app.inject({ method: 'GET', url, headers: { host } });
}

type XmlResponse = Awaited<ReturnType<typeof getWithHost>>;

/** Every feed and the sitemap, fetched with every forged Host; each must answer 200, then `check` looks further. */
export async function eachForgedHostResponse(web: WebTestApp, check: (response: XmlResponse, url: string, host: string) => void): Promise<void> {
  for (const url of xmlUrls(web)) {
    for (const host of FORGED_HOSTS) {
      const response = await getWithHost(web, url, host);
      assert.equal(response.statusCode, 200, `${url} Host ${host}`);
      check(response, url, host);
    }
  }
}

/** A response that names the forged host must not be storable by a shared cache. */
export function assertNotCachedWith(response: { headers: Record<string, unknown>; body: string }, host: string): void {
  const cacheControl = String(response.headers['cache-control']);
  if (response.body.includes('evil.example')) assert.match(cacheControl, /private/, `${host} appears only in a private response`);
}
