import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { Engine } from './engine.ts';
import { DomainError } from '../../domain/shared/errors.ts';

/** Connect to PostgreSQL with a pool. Nothing is sent until the first query (see ping). */
export function openPostgres(url: string): Engine {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool replaces it */
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = redact(url);
  return {
    name: 'postgres',
    db,
    description: `PostgreSQL ${safe}`,
    async ping() {
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        throw new DomainError('storage.unavailable', `无法连接 PostgreSQL（${safe}）：${explain(error)}`);
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

function explain(error: unknown): string {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case '28P01':
      return '用户名或密码错误（password authentication failed）';
    case '3D000':
      return '数据库不存在，请先创建（createdb）';
    case 'ECONNREFUSED':
      return '连接被拒绝：服务器未启动或端口不对';
    case 'ENOTFOUND':
      return '主机名无法解析';
    default:
      return e.message ?? String(error);
  }
}
