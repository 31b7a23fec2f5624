/**
 * Grows a PostgreSQL bench database (bench/search.ts with BENCH_POSTGRES_URL) to `target` documents
 * by copying the documents already loaded through the app's tokenizer and SearchIndex, inside the
 * server (INSERT … SELECT): each copy has a new id, its 索引号 with a suffix "-rN" and the same 发布日期
 * (a new sort key within the day), and the same content and index text (tsvectors) as its original.
 * For a machine too busy to load a million distinct documents in time: posting-list lengths and
 * term frequencies stay those of the generator, but each text occurs several times.
 * Then recreates the search indexes (the migration's DDL) and runs VACUUM ANALYZE.
 *
 *   node --import tsx bench/search/replicate.ts postgres://… 1000000
 */
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/storage/database.ts';
import { createPostgresSearchIndexes } from '../../src/storage/dialect/searchSchema.ts';
import { DAY_SLOTS } from '../../src/storage/dialect/searchContract.ts';

const [url, targetText] = process.argv.slice(2);
const target = Number(targetText);
if (!url?.startsWith('postgres') || !Number.isInteger(target)) throw new Error('usage: replicate.ts postgres://… TARGET');

/** Sort keys of copy N are the original's + N × COPY_STRIDE: the same day, after the day's own documents. */
const COPY_STRIDE = 2 ** 16;

/** SELECT list of `table`'s columns with some of them replaced by expressions over the original row `o` and the copy `m`. */
async function selectList(db: Kysely<any>, table: string, replaced: Record<string, string>): Promise<string> {
  const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = ${table} order by ordinal_position`.execute(db);
  return columns.rows.map((c) => replaced[c.column_name] ?? `o.${c.column_name}`).join(', ');
}

const engine = await openDatabase(url);
const db = engine.db;
const started = performance.now();
const count = async () => Number((await sql<{ n: string }>`select count(*) as n from published_documents`.execute(db)).rows[0]!.n);
const originals = await count();
const copies = Math.ceil(target / originals) - 1;
if (copies * COPY_STRIDE + originals >= DAY_SLOTS) throw new Error('too many copies for the sort keys of a day');
await sql.raw(`create table if not exists bench_copy (old_id text not null, new_id text not null, copy integer not null)`).execute(db);
await sql.raw(`insert into bench_copy select s.document_id, gen_random_uuid()::text, c.copy from generate_series(1, ${copies}) c(copy)
  cross join document_search s order by c.copy, s.sort_key limit ${Math.max(0, target - originals)}`).execute(db);
await db.transaction().execute(async (tx) => {
  // Consistent by construction: no foreign-key triggers row by row.
  await sql`set local session_replication_role = replica`.execute(tx);
  const suffix = `'-r' || m.copy`;
  for (const [table, key, replaced] of [
    ['documents', 'id', { id: 'm.new_id', index_number: `o.index_number || ${suffix}` }],
    ['published_documents', 'document_id', { document_id: 'm.new_id', index_number: `o.index_number || ${suffix}` }],
    ['document_search', 'document_id', { document_id: 'm.new_id', sort_key: `o.sort_key + m.copy * ${COPY_STRIDE}` }],
  ] as const) {
    const list = await selectList(tx, table, replaced);
    await sql.raw(`insert into ${table} select ${list} from bench_copy m join ${table} o on o.${key} = m.old_id`).execute(tx);
    console.error(`  ${table}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
});
await sql.raw('drop table bench_copy').execute(db);
const copied = performance.now();
await createPostgresSearchIndexes(db);
const indexed = performance.now();
await sql`vacuum analyze`.execute(db);
console.log(`postgres replicate ${originals} loaded documents to ${await count()} (${copies} copies at most): rows ${((copied - started) / 1000).toFixed(0)} s + indexes ${((indexed - copied) / 1000).toFixed(0)} s + vacuum analyze ${((performance.now() - indexed) / 1000).toFixed(0)} s`);
await engine.close();
