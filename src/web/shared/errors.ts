import { isDomainError, type ErrorCode } from '../../domain/shared/errors.ts';
import { encodeNonAscii } from './headerGuard.ts';

/** What the web shows for a failure: a status and a Chinese title and message, or a redirect. */
export type WebFailure =
  | { kind: 'page'; status: number; title: string; message: string; logAsError: boolean }
  | { kind: 'redirect'; location: string };

interface PageText {
  status: number;
  title: string;
  /** Shown when the error's own message is not meant for users. */
  message: string;
  /** Whether the domain error's own (Chinese, user-facing) message replaces the generic one. */
  useOwnMessage: boolean;
}

const DOMAIN_PAGES: Partial<Record<ErrorCode, PageText>> = {
  not_found: { status: 404, title: '页面不存在', message: '您要找的内容不存在或已被删除。', useOwnMessage: false },
  forbidden: { status: 403, title: '没有权限', message: '您没有执行此操作的权限。', useOwnMessage: true },
  'validation.failed': { status: 400, title: '提交的内容有误', message: '请检查填写的内容后重试。', useOwnMessage: true },
  'auth.throttled': { status: 429, title: '尝试次数过多', message: '登录失败次数过多，请稍后再试。', useOwnMessage: true },
  'auth.invalid_credentials': { status: 401, title: '登录失败', message: '用户名或密码错误。', useOwnMessage: false },
  conflict: { status: 409, title: '操作无法完成', message: '内容已被他人修改，请刷新后重试。', useOwnMessage: true },
  'workflow.invalid_transition': { status: 409, title: '操作无法完成', message: '当前状态下不能执行此操作。', useOwnMessage: true },
  'storage.unavailable': { status: 503, title: '服务暂时不可用', message: '系统暂时无法访问数据，请稍后再试。', useOwnMessage: false },
  'server.busy': { status: 503, title: '服务器繁忙', message: '服务器繁忙，请稍后再试。', useOwnMessage: true },
  'import.unreadable': { status: 400, title: '文件无法导入', message: '无法读取该文件，请检查后重新上传。', useOwnMessage: true },
  'import.no_table': { status: 400, title: '文件无法导入', message: '文件中没有找到目录表格。', useOwnMessage: true },
  'import.too_large': { status: 413, title: '文件过大', message: '文件过大，无法导入。', useOwnMessage: true },
  'calendar.notice_unparsed': { status: 400, title: '通知无法识别', message: '未能从文本中识别出节假日安排。', useOwnMessage: true },
  'calendar.unknown_year': { status: 400, title: '年度未导入', message: '该年度的节假日安排尚未导入。', useOwnMessage: true },
  'config.invalid': { status: 503, title: '暂时无法完成', message: '服务器缺少所需的配置，请联系网站管理员。', useOwnMessage: false },
};

export const NOT_FOUND_PAGE = { status: 404, title: '页面不存在', message: '您要找的页面不存在，可能地址有误或内容已被删除。' };
const INTERNAL_PAGE = { status: 500, title: '系统出了点问题', message: '服务器处理请求时出错，请稍后再试。如果问题持续存在，请联系网站管理员。' };
const CSRF_PAGE = { status: 403, title: '请求已失效', message: '页面已过期或请求来源无法确认，请返回上一页刷新后重新提交。' };
const RATE_LIMIT_PAGE = { status: 429, title: '请求过于频繁', message: '您的请求过于频繁，请稍后再试。' };

const MAX_NEXT_LENGTH = 2000;
/** A path on this site as it may stand in a Location header: printable ASCII, no backslash, no `//` before the query. */
const SAFE_PATH = /^(?![^?#]*\/\/)\/[\x21-\x5b\x5d-\x7e]*$/;

/**
 * Where the login page or the display switch sends the visitor back to: only a path on this site
 * (OWASP Unvalidated Redirects cheat sheet). Non-ASCII characters are percent-encoded; anything
 * else outside the grammar (`//host`, `/\\host`, tabs or newlines that browsers drop, schemes) is refused.
 */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > MAX_NEXT_LENGTH) return null;
  const encoded = encodeNonAscii(next);
  return encoded !== null && SAFE_PATH.test(encoded) ? encoded : null;
}

/**
 * Map any error to what the user sees. Domain errors by code; Fastify's own
 * errors (CSRF, rate limit, bad body) by status; everything else is a 500
 * with a friendly page and the details only in the log.
 */
export function describeFailure(error: unknown, requestUrl: string): WebFailure {
  if (isDomainError(error)) {
    if (error.code === 'unauthenticated') return { kind: 'redirect', location: `/login?next=${encodeURIComponent(requestUrl)}` };
    const page = DOMAIN_PAGES[error.code];
    if (page) {
      const message = page.useOwnMessage && error.message ? error.message : page.message;
      return { kind: 'page', status: page.status, title: page.title, message, logAsError: false };
    }
    return { kind: 'page', ...INTERNAL_PAGE, logAsError: true };
  }
  const { code, statusCode } = (error ?? {}) as { code?: string; statusCode?: number };
  if (typeof code === 'string' && code.startsWith('FST_CSRF_')) return { kind: 'page', ...CSRF_PAGE, logAsError: false };
  if (statusCode === 429) return { kind: 'page', ...RATE_LIMIT_PAGE, logAsError: false };
  if (statusCode === 404) return { kind: 'page', ...NOT_FOUND_PAGE, logAsError: false };
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return { kind: 'page', status: statusCode, title: '请求无法处理', message: '提交的请求格式不正确，请返回上一页重试。', logAsError: false };
  }
  return { kind: 'page', ...INTERNAL_PAGE, logAsError: true };
}
