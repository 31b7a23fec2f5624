/**
 * A cookie-keeping HTTP client over real sockets (node:http), for tests and benchmarks that talk
 * to running processes and nginx: the same session cookie can be sent to any base URL, and the
 * last CSRF token seen on a page is posted back, as a browser does. `localAddress` makes the
 * client connect from another loopback address (127.0.0.2 …), so nginx sees a distinct client.
 */
import { request } from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: string;
}

export class HttpSession {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  /** `headers` go with every request (e.g. X-Forwarded-For, as a client behind another proxy sends). */
  constructor(readonly baseUrl: string, private readonly options: { headers?: Record<string, string>; localAddress?: string } = {}) {}

  /** The Cookie header this session sends (for load generators). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path: string, baseUrl = this.baseUrl): Promise<HttpAnswer> {
    return this.remember(await this.send('GET', `${baseUrl}${path}`, this.headers()));
  }

  async post(path: string, form: Record<string, string>, baseUrl = this.baseUrl): Promise<HttpAnswer> {
    const body = new URLSearchParams({ ...(this.csrfToken ? { _csrf: this.csrfToken } : {}), ...form }).toString();
    return this.remember(await this.send('POST', `${baseUrl}${path}`, { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' }, body));
  }

  /** GET /login for the form's CSRF token, then POST /login; throws unless the answer is 303. */
  async signIn(username: string, password: string): Promise<void> {
    const answer = await this.tryToSignIn(username, password);
    if (answer.status !== 303) throw new Error(`sign-in as ${username} answered ${answer.status}`);
  }

  /** The same, returning the answer to POST /login whatever it is. */
  async tryToSignIn(username: string, password: string): Promise<HttpAnswer> {
    await this.get('/login');
    return this.post('/login', { username, password });
  }

  private headers(): Record<string, string> {
    return this.cookies.size ? { ...this.options.headers, cookie: this.cookieHeader() } : { ...this.options.headers };
  }

  private send(method: string, url: string, headers: Record<string, string>, body?: string): Promise<HttpAnswer> {
    return new Promise((resolve, reject) => {
      const req = request(url, { method, headers, localAddress: this.options.localAddress, timeout: 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const answerHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) for (const v of [value ?? []].flat()) answerHeaders.append(name, v);
          resolve({ status: res.statusCode ?? 0, headers: answerHeaders, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${url}: no answer in 30 s`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  private remember(response: HttpAnswer): HttpAnswer {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const match = /name="_csrf" value="([^"]+)"/.exec(response.body);
    if (match) this.csrfToken = match[1]!;
    return response;
  }
}
