/**
 * A cookie-keeping HTTP client over real sockets (fetch), for tests and benchmarks that talk
 * to running processes and nginx: the same session cookie can be sent to any base URL, and the
 * last CSRF token seen on a page is posted back, as a browser does.
 */

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: string;
}

export class HttpSession {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  constructor(readonly baseUrl: string) {}

  /** The Cookie header this session sends (for load generators). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path: string, baseUrl = this.baseUrl): Promise<HttpAnswer> {
    return this.remember(await fetch(`${baseUrl}${path}`, { redirect: 'manual', headers: this.headers() }));
  }

  async post(path: string, form: Record<string, string>, baseUrl = this.baseUrl): Promise<HttpAnswer> {
    const body = new URLSearchParams({ ...(this.csrfToken ? { _csrf: this.csrfToken } : {}), ...form }).toString();
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST', redirect: 'manual', body,
      headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    return this.remember(response);
  }

  /** GET /login for the form's CSRF token, then POST /login; throws unless the answer is 303. */
  async signIn(username: string, password: string): Promise<void> {
    await this.get('/login');
    const answer = await this.post('/login', { username, password });
    if (answer.status !== 303) throw new Error(`sign-in as ${username} answered ${answer.status}`);
  }

  private headers(): Record<string, string> {
    return this.cookies.size ? { cookie: this.cookieHeader() } : {};
  }

  private async remember(response: Response): Promise<HttpAnswer> {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = await response.text();
    const match = /name="_csrf" value="([^"]+)"/.exec(body);
    if (match) this.csrfToken = match[1]!;
    return { status: response.status, headers: response.headers, body };
  }
}
