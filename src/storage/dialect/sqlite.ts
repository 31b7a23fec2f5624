import { mkdirSync, accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { Engine } from './engine.ts';
import { DomainError } from '../../domain/shared/errors.ts';

/**
 * SQLite's page cache per connection: 128 MiB instead of its default 2 MiB. A question of several common words at a
 * million documents reads FTS5 pages all over their posting lists, and the same pages again for the next such question;
 * with 2 MiB they come from the file every time. Natural questions site-wide, p95 at 1,000,000 documents: 92–98 ms with
 * 2 MiB, 71–81 ms with 128 MiB; 32 MiB was worse than either, 256 MiB no better (docs/benchmarks.md «SQLite: page cache»).
 * Memory is taken as pages are read, so a small database never holds more than its size.
 */
export const PAGE_CACHE_PRAGMA = 'cache_size = -131072';

/** Open (creating if needed) a SQLite file, or `:memory:`. */
export function openSqlite(path: string): Engine {
  const memory = path === ':memory:';
  const file = memory ? path : resolve(path);
  if (!memory) ensureWritableFolder(dirname(file));
  let handle: BetterSqlite3.Database;
  try {
    handle = new BetterSqlite3(file);
    if (!memory) handle.pragma('journal_mode = WAL');
    handle.pragma('foreign_keys = ON');
    handle.pragma('busy_timeout = 5000');
    handle.pragma('synchronous = NORMAL');
    handle.pragma(PAGE_CACHE_PRAGMA);
  } catch (error) {
    throw new DomainError('storage.unavailable', `无法打开 SQLite 数据库 ${file}：${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(handle) }) });
  return {
    name: 'sqlite',
    db,
    description: `SQLite ${file}`,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; SQLite statements are reusable, so keep the
 * most recent ones by SQL text (queries are parameterised, so the texts repeat).
 * Safe because better-sqlite3 runs one statement at a time and Gongkai never
 * streams rows (a statement being iterated could not be reused).
 */
function withStatementCache(handle: BetterSqlite3.Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => handle.close(),
    prepare(sql: string): BetterSqlite3.Statement {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = handle.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

function ensureWritableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch {
    throw new DomainError(
      'storage.unavailable',
      `数据目录 ${folder} 不可写：请检查权限，或用 DATABASE_URL=sqlite:/可写路径/gongkai.db 指定其他位置`,
    );
  }
}
