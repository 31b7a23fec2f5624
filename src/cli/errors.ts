import { isDomainError, type ErrorCode } from '../domain/shared/errors.ts';
import { appConfig } from '../config/config.ts';

function debugEnabled(): boolean {
  try {
    return appConfig().debug;
  } catch {
    return false; // the configuration itself is what failed
  }
}

const EXIT_CODES: Partial<Record<ErrorCode, number>> = {
  'validation.failed': 2,
  'config.invalid': 78,
  'storage.unavailable': 69,
  'server.busy': 75,
  not_found: 3,
  forbidden: 4,
  conflict: 5,
};

/** Map any error to one line for the terminal and an exit code (≠ 0). */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (isDomainError(error)) return { line: error.message, exitCode: EXIT_CODES[error.code] ?? 1 };
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return { line: `文件不存在：${e.path ?? ''}`, exitCode: 3 };
  if (e?.code === 'EACCES') return { line: `没有权限访问：${e.path ?? ''}`, exitCode: 4 };
  if (e?.code === 'EADDRINUSE') return { line: `端口已被占用（${(e as { port?: number }).port ?? ''}）：请用 PORT=其他端口 再试`, exitCode: 69 };
  if (debugEnabled()) console.error(error);
  return { line: `内部错误：${e?.message ?? String(error)}（设置 GONGKAI_DEBUG=1 查看详情）`, exitCode: 70 };
}
