/**
 * The one configuration object. Every environment variable Gongkai reads is declared here, with its
 * default and its Chinese description (the README's table lists the same). `loadConfig` validates them
 * all at start; a wrong value stops the start with one line naming the variable.
 */
import { isIP } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { DomainError } from '../domain/shared/errors.ts';
import { messagingConfig, messagingEnvironment, requireMailFrom, type MessagingConfig } from './messaging.ts';

const flag = (name: string, fallback = false) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const v = (value ?? '').trim().toLowerCase();
      if (v === '') return fallback;
      if (v === '0' || v === 'false' || v === 'no') return false;
      if (v === '1' || v === 'true' || v === 'yes') return true;
      ctx.addIssue({ code: 'custom', message: `${name} 应为 1 或 0（也可写 true 或 false；当前为「${value}」）` });
      return z.NEVER;
    });

const port = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === '') return 3000;
    const n = Number(value);
    if (Number.isInteger(n) && n >= 0 && n <= 65535) return n;
    ctx.addIssue({ code: 'custom', message: `PORT 应为 0–65535 的整数（当前为「${value}」）` });
    return z.NEVER;
  });

const sessionSecret = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    if (value.length >= 32) return value;
    ctx.addIssue({ code: 'custom', message: 'GONGKAI_SESSION_SECRET 至少需要32个字符' });
    return z.NEVER;
  });

const origins = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const list = (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
    const bad = list.find((o) => !/^https?:\/\/[^/\s]+$/.test(o));
    if (bad === undefined) return list;
    ctx.addIssue({ code: 'custom', message: `GONGKAI_PUBLIC_ORIGIN 应为以逗号分隔的网站地址，如 https://gk.example.gov.cn（「${bad}」无效）` });
    return z.NEVER;
  });

const megabytes = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback * 1024 ** 2;
      const n = Number(value);
      if (Number.isInteger(n) && n > 0) return n * 1024 ** 2;
      ctx.addIssue({ code: 'custom', message: `${name} 应为正整数（单位 MB，当前为「${value}」）` });
      return z.NEVER;
    });

/** GONGKAI_LOG: the request log's level; 1/0 kept from when it was on/off. */
export const LOG_LEVELS = ['info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const logLevel = z
  .string()
  .optional()
  .transform((value, ctx): LogLevel => {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '' || v === '1' || v === 'true' || v === 'yes') return 'info';
    if (v === '0' || v === 'false' || v === 'no') return 'silent';
    if ((LOG_LEVELS as readonly string[]).includes(v)) return v as LogLevel;
    ctx.addIssue({ code: 'custom', message: `GONGKAI_LOG 应为 info、warn、error 或 silent（当前为「${value}」）` });
    return z.NEVER;
  });

/** One address or CIDR block: 10.0.0.1, 10.0.0.0/8, ::1, fd00::/8. */
function isAddressOrBlock(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

const trustedProxies = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === '') return undefined;
    const list = value.split(',').map((p) => p.trim()).filter(Boolean);
    const bad = list.find((p) => !isAddressOrBlock(p));
    if (bad === undefined) return list;
    ctx.addIssue({ code: 'custom', message: `GONGKAI_TRUSTED_PROXIES 应为以逗号分隔的IP地址或网段，如 127.0.0.1,10.0.0.0/8（「${bad}」无效）` });
    return z.NEVER;
  });

export const DEFAULT_SITE_NAME = '政务公开网';

/** The site's name in every page header and title (网站名称); at most 30 characters. */
const siteName = z
  .string()
  .optional()
  .transform((value) => value?.trim() || DEFAULT_SITE_NAME)
  .refine((value) => [...value].length <= 30, { message: 'GONGKAI_SITE_NAME 过长：网站名称最多 30 个字' });

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() ? value.trim() : undefined));

/** The environment as zod reads it: names exactly as documented in the README. */
const environment = z.object({
  DATABASE_URL: optionalText,
  GONGKAI_DATA_DIR: optionalText,
  PORT: port,
  HOST: optionalText,
  GONGKAI_SESSION_SECRET: sessionSecret,
  GONGKAI_BEHIND_HTTPS: flag('GONGKAI_BEHIND_HTTPS'),
  GONGKAI_LOG: logLevel,
  GONGKAI_DEBUG: flag('GONGKAI_DEBUG'),
  GONGKAI_CJK_FONT: optionalText,
  GONGKAI_PUBLIC_ORIGIN: origins,
  GONGKAI_TRUSTED_PROXIES: trustedProxies,
  GONGKAI_PASSWORD: z.string().optional(),
  GONGKAI_ATTACHMENT_QUOTA_MB: megabytes('GONGKAI_ATTACHMENT_QUOTA_MB', 2048),
  GONGKAI_FEE_PAUSES_CLOCK: flag('GONGKAI_FEE_PAUSES_CLOCK', true),
  GONGKAI_SITE_NAME: siteName,
  ...messagingEnvironment,
}).superRefine(requireMailFrom);

/** Every setting; the outbox's senders are in MessagingConfig (messaging.ts). */
export interface GongkaiConfig extends MessagingConfig {
  /** `sqlite:PATH` or `postgres://…`; default: a SQLite file in the data folder. */
  databaseUrl: string;
  /** Data folder: SQLite file, attachments, generated session secret. */
  dataDir: string;
  port: number;
  host: string;
  /** Signs session cookies; generated and kept in the data folder when absent. */
  sessionSecret: string | undefined;
  /** Behind an HTTPS reverse proxy: Secure cookies, HSTS, forwarded headers from `trustedProxies`. */
  behindHttps: boolean;
  /** Level of the JSON request log on standard output (`gongkai serve`); silent turns it off. */
  logLevel: LogLevel;
  /**
   * The proxies whose X-Forwarded-For/-Proto are believed (addresses or CIDR blocks). Unset: loopback
   * only behind HTTPS, nobody otherwise — see `trustedProxiesFor`.
   */
  trustedProxies: string[] | undefined;
  /** Print stack traces of internal errors in the CLI. */
  debug: boolean;
  /** The site's public origins (scheme://host[:port]), first one canonical: feeds, sitemap, site-link checks. */
  publicOrigins: string[];
  /** A font file for PDF export instead of the bundled one. */
  cjkFont: string | undefined;
  /** How many bytes of attachments one agency may keep, so no account can fill the shared disk. */
  agencyAttachmentQuotaBytes: number;
  /** Password for `gongkai user add` in scripts. */
  password: string | undefined;
  /** The site's name (网站名称) in page headers and titles. */
  siteName: string;
  /** 依申请公开: whether the days from a 收费通知 to payment stop the answer clock (docs/adr/0009). */
  applications: Readonly<{ pauseClockWhileFeeAwaited: boolean }>;
}

export const DEFAULT_DATA_DIR = 'data';

/** The SQLite file in the data folder, used when DATABASE_URL is not set. */
export const defaultDatabaseUrl = (dataDir: string) => `sqlite:${join(dataDir, 'gongkai.db')}`;

/** Validate the environment once. Throws a DomainError('config.invalid') with one Chinese line. */
export function loadConfig(env: Record<string, string | undefined> = process.env): GongkaiConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DomainError('config.invalid', `配置错误：${first?.message ?? '环境变量无效'}`);
  }
  const e = parsed.data;
  const dataDir = e.GONGKAI_DATA_DIR ?? DEFAULT_DATA_DIR;
  return Object.freeze({
    databaseUrl: e.DATABASE_URL ?? defaultDatabaseUrl(dataDir),
    dataDir,
    port: e.PORT,
    host: e.HOST ?? '127.0.0.1',
    sessionSecret: e.GONGKAI_SESSION_SECRET,
    behindHttps: e.GONGKAI_BEHIND_HTTPS,
    logLevel: e.GONGKAI_LOG,
    trustedProxies: e.GONGKAI_TRUSTED_PROXIES,
    debug: e.GONGKAI_DEBUG,
    publicOrigins: e.GONGKAI_PUBLIC_ORIGIN,
    cjkFont: e.GONGKAI_CJK_FONT,
    password: e.GONGKAI_PASSWORD,
    agencyAttachmentQuotaBytes: e.GONGKAI_ATTACHMENT_QUOTA_MB,
    siteName: e.GONGKAI_SITE_NAME,
    applications: Object.freeze({ pauseClockWhileFeeAwaited: e.GONGKAI_FEE_PAUSES_CLOCK }),
    ...messagingConfig(e),
  });
}

export const LOOPBACK_PROXIES = ['127.0.0.1', '::1'] as const;

/**
 * Whose forwarded headers to believe. Trusting every hop lets a rotating X-Forwarded-For dodge per-IP
 * throttling and forge audit addresses (OWASP: never trust client-supplied forwarding headers blindly).
 */
export function trustedProxiesFor(config: Pick<GongkaiConfig, 'trustedProxies'>, behindHttps: boolean): string[] {
  return config.trustedProxies ?? (behindHttps ? [...LOOPBACK_PROXIES] : []);
}

let current: GongkaiConfig | undefined;

/** The process's configuration, validated on first use (the CLI calls it first thing, so errors surface at start). */
export function appConfig(): GongkaiConfig {
  current ??= loadConfig();
  return current;
}
