/**
 * Where one search's time goes: runs searchDocuments for each query on an already loaded database
 * (a bench/search.ts database kept with BENCH_SQLITE_FILE or BENCH_POSTGRES_URL) and prints every
 * SQL statement it sent with its time, the slowest first, then the total.
 *
 *   node --import tsx bench/search/profile.ts sqlite:/path/bench.db|postgres://… [agency-code] query…
 *
 * An agency code (640000123) as the second argument scopes the queries to that agency.
 */
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';
import { sqlitePathOf } from '../../src/storage/database.ts';
import { PAGE_CACHE_PRAGMA } from '../../src/storage/dialect/sqlite.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';

const [url, ...rest] = process.argv.slice(2);
if (!url || rest.length === 0) throw new Error('usage: profile.ts DATABASE_URL [agency-code] query…');
const scoped = /^\d{9}$/.test(rest[0]!) ? rest.shift()! : undefined;
const statements: { ms: number; sql: string }[] = [];
const log = (event: LogEvent): void => void statements.push({ ms: event.queryDurationMillis, sql: event.query.sql.replace(/\s+/g, ' ').slice(0, 160) });
const path = sqlitePathOf(url);
const readOnly = (file: string) => {
  const handle = new BetterSqlite3(file, { readonly: true });
  handle.pragma(PAGE_CACHE_PRAGMA); // as the app opens it (src/storage/dialect/sqlite.ts)
  return handle;
};
const db = new Kysely<Database>({
  dialect: path ? new SqliteDialect({ database: readOnly(path) }) : new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
  log,
});
const agencyId = scoped ? (await db.selectFrom('agencies').select('id').where('code', '=', scoped).executeTakeFirstOrThrow()).id : undefined;
for (const query of rest) {
  await searchDocuments(db, { query, agencyId, pageSize: 10 }); // warm (vocabulary cache, pages)
  statements.length = 0;
  const started = performance.now();
  const result = await searchDocuments(db, { query, agencyId, pageSize: 10 });
  const total = performance.now() - started;
  const inSql = statements.reduce((sum, s) => sum + s.ms, 0);
  console.log(`${query}${scoped ? ` (agency ${scoped})` : ''}: ${total.toFixed(1)} ms, ${statements.length} statements ${inSql.toFixed(1)} ms, app ${(total - inSql).toFixed(1)} ms; total ${result.total}${result.partial ? ' partial' : ''}`);
  for (const s of [...statements].sort((a, b) => b.ms - a.ms).slice(0, 6)) console.log(`  ${s.ms.toFixed(1).padStart(7)} ms  ${s.sql}`);
}
await db.destroy();
