/**
 * A few requests over a real socket, for what `inject` cannot show: Node itself validating the response
 * head (ERR_INVALID_CHAR), and the process staying up afterwards.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebTestApp } from '../helpers/webApp.ts';
import { PASSWORD, type TestUser } from '../helpers/webApp.ts';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Listen on a free loopback port; returns the base URL. */
export async function listen(web: WebTestApp): Promise<string> {
  await web.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(web.app.server.address() as AddressInfo).port}`;
}

/** One request with the path sent exactly as given (no client-side normalisation). Rejects if the socket dies. */
export function rawRequest(base: string, path: string, options: { method?: string; cookie?: string; body?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname, port: url.port, path, method: options.method ?? 'GET', timeout: 10_000,
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer for ${path}`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The cookies a response sets, as a Cookie header (merged over `previous`). */
export function cookiesFrom(response: RawResponse, previous = ''): string {
  const jar = new Map(previous.split('; ').filter(Boolean).map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]));
  for (const line of [response.headers['set-cookie'] ?? []].flat()) {
    const [pair = ''] = line.split(';');
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** Sign in over the socket; returns the Cookie header of the signed-in browser. */
export async function signInOverHttp(base: string, user: TestUser): Promise<string> {
  const form = await rawRequest(base, '/login');
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
  const cookie = cookiesFrom(form);
  const body = new URLSearchParams({ _csrf: token, username: user, password: PASSWORD }).toString();
  const signedIn = await rawRequest(base, '/login', { method: 'POST', cookie, body });
  if (signedIn.status !== 303) throw new Error(`sign-in as ${user} failed: ${signedIn.status}`);
  return cookiesFrom(signedIn, cookie);
}
