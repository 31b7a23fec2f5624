/**
 * Grows a bench database (bench/search.ts with BENCH_POSTGRES_URL or BENCH_SQLITE_FILE) to `target` documents
 * by copying the documents already loaded through the app's tokenizer and SearchIndex, inside the database:
 * each copy has a new id, its 索引号 with a suffix "-rN" and the same 发布日期 (a new sort key within the day),
 * and the same content and search text as its original.
 * For a machine too busy to load a million distinct documents in time: posting-list lengths and
 * term frequencies stay those of the generator, but each text occurs several times.
 * PostgreSQL (INSERT … SELECT of the rows and their tsvectors), then recreates the search indexes (the
 * migration's DDL) and runs VACUUM ANALYZE. SQLite: replicateSqlite.ts (rows copied, each copy indexed
 * from its record by the app's SearchIndex), then FTS5 'optimize' and ANALYZE.
 *
 *   node --import tsx bench/search/replicate.ts postgres://…|sqlite:/path/bench.db|/path/bench.db 1000000
 */
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/storage/database.ts';
import { createPostgresSearchIndexes } from '../../src/storage/dialect/searchSchema.ts';
import { DAY_SLOTS } from '../../src/storage/dialect/searchContract.ts';
import { RECORD_TABLES, replicateSqlite, selectList } from './replicateSqlite.ts';

const [given, targetText] = process.argv.slice(2);
const target = Number(targetText);
if (!given || !Number.isInteger(target)) throw new Error('usage: replicate.ts postgres://…|sqlite:/path|/path TARGET');
const url = /^(postgres(ql)?|sqlite):/.test(given) ? given : `sqlite:${given}`;

/** Sort keys of copy N are the original's + N × COPY_STRIDE: the same day, after the day's own documents. */
const COPY_STRIDE = 2 ** 16;

/** PostgreSQL: every row of the copies in one transaction, the tsvectors copied as they are; returns the phases' seconds. */
async function replicatePostgres(db: Kysely<any>, wanted: number, copies: number): Promise<string> {
  const started = performance.now();
  await sql.raw(`create table if not exists bench_copy (old_id text not null, new_id text not null, copy integer not null)`).execute(db);
  await sql.raw(`insert into bench_copy select s.document_id, gen_random_uuid()::text, c.copy from generate_series(1, ${copies}) c(copy)
    cross join document_search s order by c.copy, s.sort_key limit ${wanted}`).execute(db);
  await db.transaction().execute(async (tx) => {
    // Consistent by construction: no foreign-key triggers row by row.
    await sql`set local session_replication_role = replica`.execute(tx);
    const search = ['document_search', 'document_id', { document_id: 'm.new_id', sort_key: `o.sort_key + m.copy * ${COPY_STRIDE}` }] as const;
    for (const [table, key, replaced] of [...RECORD_TABLES, search]) {
      const list = await selectList(tx, 'postgres', table, replaced);
      await sql.raw(`insert into ${table} select ${list} from bench_copy m join ${table} o on o.${key} = m.old_id`).execute(tx);
      console.error(`  ${table}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  });
  await sql.raw('drop table bench_copy').execute(db);
  const copied = performance.now();
  await createPostgresSearchIndexes(db);
  const indexed = performance.now();
  await sql`vacuum analyze`.execute(db);
  return `rows ${((copied - started) / 1000).toFixed(0)} s + indexes ${((indexed - copied) / 1000).toFixed(0)} s + vacuum analyze ${((performance.now() - indexed) / 1000).toFixed(0)} s`;
}

const engine = await openDatabase(url);
const count = async () => Number((await sql<{ n: string }>`select count(*) as n from published_documents`.execute(engine.db)).rows[0]!.n);
const originals = await count();
const copies = Math.ceil(target / originals) - 1;
if (copies * COPY_STRIDE + originals >= DAY_SLOTS) throw new Error('too many copies for the sort keys of a day');
const wanted = Math.max(0, target - originals);
const phases = engine.name === 'sqlite' ? await replicateSqlite(engine.db, wanted, copies) : await replicatePostgres(engine.db, wanted, copies);
console.log(`${engine.name} replicate ${originals} loaded documents to ${await count()} (${copies} copies at most): ${phases}`);
await engine.close();
