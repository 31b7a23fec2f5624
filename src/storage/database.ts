import { DomainError } from '../domain/shared/errors.ts';
import type { Engine } from './dialect/engine.ts';
import { openSqlite } from './dialect/sqlite.ts';
import { openPostgres } from './dialect/postgres.ts';
import { migrateToLatest } from './migrations/index.ts';

export type { Engine } from './dialect/engine.ts';


/**
 * Open the database named by a URL: `sqlite:PATH`, `sqlite::memory:`, or
 * `postgres://user:pass@host:port/db`. A malformed URL is a one-line error.
 */
export function openEngine(url: string): Engine {
  const path = sqlitePathOf(url);
  if (path !== null) {
    if (!path) throw invalid(url, 'sqlite: 后缺少文件路径');
    return openSqlite(path);
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname) throw new Error('no host');
    } catch {
      throw invalid(url, '无法解析 PostgreSQL 地址');
    }
    return openPostgres(url);
  }
  throw invalid(url, '只支持 sqlite:路径 或 postgres://用户:密码@主机:端口/数据库');
}

/** The file path of a `sqlite:` URL (`sqlite:///abs` and `sqlite:/abs` alike), or null for other URLs. */
export function sqlitePathOf(url: string): string | null {
  return url.startsWith('sqlite:') ? url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') : null;
}

/** Open, check the connection and bring the schema up to date. */
export async function openDatabase(url: string): Promise<Engine> {
  const engine = openEngine(url);
  try {
    await engine.ping();
    await migrateToLatest(engine);
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw error;
  }
  return engine;
}

function invalid(url: string, why: string): DomainError {
  const shown = url.replace(/:[^:@/]*@/, ':***@');
  return new DomainError('config.invalid', `DATABASE_URL 无效（${shown}）：${why}`);
}
