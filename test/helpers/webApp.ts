/**
 * A web server on a test engine with two agencies and one account per role,
 * built through the app's use cases (never SQL), plus a cookie-keeping client
 * over `fastify.inject` that reads CSRF tokens from the pages it gets.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Engine } from '../../src/storage/database.ts';
import { buildServer, type ServerOptions } from '../../src/web/shared/server.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { getAgency } from '../../src/app/agencies/getAgency.ts';
import type { Role } from '../../src/domain/accounts/roles.ts';
import { contextFor, goldenCatalog, TestClock } from './appContext.ts';

export const PASSWORD = 'correct-horse-battery';

/** Agency B: a small published catalog under 中卫市 → 沙坡头区. */
export const AGENCY_B_CATALOG = {
  title: '中卫市沙坡头区医疗保障局政务公开标准目录',
  agency: '中卫市沙坡头区医疗保障局',
  preparer: '王填', reviewer: '赵核', approver: '钱签', preparedOn: '2025-01-10', declared: null, preamble: null,
  items: [
    {
      seq: '1', level1: '概况信息', level2: '机构职能', content: '机构职能、内设机构', basis: ['《中华人民共和国政府信息公开条例》'],
      timeLimit: '形成或者变更之日起20个工作日内', subject: '中卫市沙坡头区医疗保障局', channels: ['政府网站'],
      audience: ['全社会'], mode: ['主动公开'], fiveTypes: null, column: null, category: null, remarks: null,
    },
  ],
};

export const USERS = {
  editorA: { roles: ['editor'], agency: 'A', displayName: '伊玉红' },
  reviewerA: { roles: ['reviewer'], agency: 'A', displayName: '张华' },
  approverA: { roles: ['approver'], agency: 'A', displayName: '李新忠' },
  adminA: { roles: ['agency_admin'], agency: 'A', displayName: '单位管理员甲' },
  editorB: { roles: ['editor'], agency: 'B', displayName: '王填' },
  supervisor: { roles: ['region_supervisor'], agency: null, displayName: '中卫市监督员' },
  sysadmin: { roles: ['system_admin'], agency: null, displayName: '系统管理员' },
} as const satisfies Record<string, { roles: Role[]; agency: 'A' | 'B' | null; displayName: string }>;
export type TestUser = keyof typeof USERS;

export interface WebTestApp {
  app: FastifyInstance;
  engine: Engine;
  clock: TestClock;
  agencyA: string;
  agencyB: string;
  publishedA: string;
  client(): WebClient;
  /** A client already signed in as this user. */
  signedIn(user: TestUser): Promise<WebClient>;
}

export interface WebTestOptions {
  loginRateLimit?: { max: number; timeWindowMs: number };
  behindHttps?: boolean;
  trustedProxies?: string[];
  /** JSON request logs into a test's own array (see healthAndLogs.test.ts). */
  logLevel?: ServerOptions['logLevel'];
  logDestination?: ServerOptions['logDestination'];
  siteName?: string;
}

export async function buildWebTestApp(engine: Engine, options: WebTestOptions = {}): Promise<WebTestApp> {
  const clock = new TestClock();
  const system = contextFor(engine, undefined, clock);
  const a = await loadCatalog(system, goldenCatalog(), { publish: true });
  const b = await loadCatalog(system, AGENCY_B_CATALOG, { publish: true, regionPath: ['宁夏回族自治区', '中卫市', '沙坡头区'] });
  const cityId = (await getAgency(engine.db, a.agencyId))!.regionId;
  for (const [username, user] of Object.entries(USERS)) {
    const agencyId = user.agency === 'A' ? a.agencyId : user.agency === 'B' ? b.agencyId : null;
    const regionId = user.roles.includes('region_supervisor' as never) ? cityId : null;
    await createUser(system, { username, displayName: user.displayName, password: PASSWORD, roles: [...user.roles], agencyId, regionId });
  }
  const app = await buildServer({ engine, clock, ...options });
  await app.ready();
  const client = () => new WebClient(app);
  return {
    app, engine, clock, agencyA: a.agencyId, agencyB: b.agencyId, publishedA: a.versionId, client,
    async signedIn(user) {
      const c = client();
      const response = await c.login(user, PASSWORD);
      if (response.statusCode !== 303) throw new Error(`login as ${user} failed: ${response.statusCode}`);
      return c;
    },
  };
}

/** One file of a multipart form. */
export interface UploadPart {
  field: string;
  name: string;
  bytes: Uint8Array;
}

/** Cookies in, cookies out, and the last CSRF token seen on a page. */
export class WebClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  /** Sent with every request (e.g. a forged X-Forwarded-For). */
  extraHeaders: Record<string, string> = {};
  constructor(private app: FastifyInstance, readonly ip = '127.0.0.1') {}

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: this.headers(), remoteAddress: this.ip }));
  }

  /** POST a form; `_csrf` is the last token seen unless the form names its own (or `null` to send none). */
  async post(url: string, form: Record<string, string | string[]>, csrf: string | null | undefined = undefined): Promise<LightMyRequestResponse> {
    const params = new URLSearchParams();
    const token = csrf === undefined ? this.csrfToken : csrf;
    if (token !== null) params.append('_csrf', token);
    for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) params.append(key, v);
    const response = await this.app.inject({
      method: 'POST', url, payload: params.toString(), remoteAddress: this.ip,
      headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    return this.remember(response);
  }

  /** POST a multipart form with one file or several (the last CSRF token seen goes first, as a browser sends the hidden field). */
  async postFile(url: string, files: UploadPart | UploadPart[], form: Record<string, string> = {}, csrf: string | null | undefined = undefined): Promise<LightMyRequestResponse> {
    const boundary = `----gongkai${Date.now().toString(16)}`;
    const token = csrf === undefined ? this.csrfToken : csrf;
    const fields = { ...(token !== null ? { _csrf: token ?? '' } : {}), ...form };
    const parts: Buffer[] = Object.entries(fields).map(([key, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`));
    for (const file of [files].flat()) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
      parts.push(Buffer.from(file.bytes), Buffer.from('\r\n'));
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    const response = await this.app.inject({
      method: 'POST', url, payload: Buffer.concat(parts), remoteAddress: this.ip,
      headers: { ...this.headers(), 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    return this.remember(response);
  }

  async login(username: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/login');
    return this.post('/login', { username, password });
  }

  private headers(): Record<string, string> {
    const headers = { ...this.extraHeaders };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return headers;
  }

  private remember(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now()) || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const match = /name="_csrf" value="([^"]+)"/.exec(response.body);
    if (match) this.csrfToken = match[1]!;
    return response;
  }
}
