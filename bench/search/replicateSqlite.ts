/**
 * The SQLite half of bench/search/replicate.ts, and the row copies both halves share.
 *
 * SQLite's search index is a contentless FTS5 table (src/storage/dialect/searchSchema.ts): it keeps no
 * text to copy. So each copy's public record is copied inside the file (INSERT … SELECT), then indexed
 * from that record as publication and refillSearchIndex index one — `recordTokens` (with the copy's own
 * 索引号) and `SearchIndex.addMany` —, which writes document_search and the FTS5 row (title, body, bag and
 * the hidden agency/year/有效性 tokens) exactly as the app does. addMany gives each copy the next sort
 * key of its 发布日期; copies are indexed copy by copy in the originals' order, so within a day they come
 * after the day's own documents, copy N after copy N − 1: the order COPY_STRIDE gives on PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../../src/storage/database.ts';
import { recordTokens } from '../../src/domain/search/searchableText.ts';
import type { DocumentContent } from '../../src/domain/documents/document.ts';
import { searchIndexOf, type SearchEntry } from '../../src/storage/dialect/searchIndex.ts';
import { optimizeSearchIndex } from '../../src/storage/dialect/searchMaintenance.ts';

/** The tables of a public record, copied as they are but for the id and the 索引号 (copy N: "-rN"); `m` is the copy plan's row. */
export const RECORD_TABLES = [
  ['documents', 'id', { id: 'm.new_id', index_number: `o.index_number || '-r' || m.copy` }],
  ['published_documents', 'document_id', { document_id: 'm.new_id', index_number: `o.index_number || '-r' || m.copy` }],
  ['published_document_items', 'document_id', { document_id: 'm.new_id' }],
] as const;

/** SELECT list of `table`'s columns over the original row `o`, with some of them replaced by expressions. */
export async function selectList(db: Kysely<any>, engine: Engine['name'], table: string, replaced: Record<string, string>): Promise<string> {
  const columns = engine === 'sqlite'
    ? await sql<{ column_name: string }>`select name as column_name from pragma_table_info(${table}) order by cid`.execute(db)
    : await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = ${table} order by ordinal_position`.execute(db);
  return columns.rows.map((c) => replaced[c.column_name] ?? `o.${c.column_name}`).join(', ');
}

/** Copies per transaction: rows, then their index entries. */
const CHUNK = 20_000;

/** A random version-4 UUID in SQL, as `randomUUID()` writes them. */
const NEW_UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

type IndexedRow = { document_id: string; agency_id: string; year: number; validity: string; published_on: string; index_number: string; plain_text: string; content_json: string };

/** The index entry of a public record, as refillSearchIndex makes it. */
const entryOf = (row: IndexedRow): SearchEntry => ({
  documentId: row.document_id, agencyId: row.agency_id, year: Number(row.year), validity: row.validity, publishedOn: row.published_on,
  tokens: recordTokens({ indexNumber: row.index_number, plainText: row.plain_text, content: JSON.parse(row.content_json) as DocumentContent }),
});

async function copyChunk(db: Kysely<any>, from: number, to: number): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const [table, key, replaced] of RECORD_TABLES) {
      const list = await selectList(tx, 'sqlite', table, replaced);
      await sql.raw(`insert into ${table} select ${list} from bench_copy m join ${table} o on o.${key} = m.old_id where m.n > ${from} and m.n <= ${to} order by m.n`).execute(tx);
    }
    const rows = await sql<IndexedRow>`select p.document_id, p.agency_id, p.year, p.validity, p.published_on, p.index_number, p.plain_text, p.content_json
      from bench_copy m join published_documents p on p.document_id = m.new_id where m.n > ${from} and m.n <= ${to} order by m.n`.execute(tx);
    await searchIndexOf(tx).addMany(tx, rows.rows.map(entryOf));
  });
}

/** Adds `wanted` copies of the indexed documents (copy 1 of every document, then copy 2 …, each in sort-key order); returns the phases' seconds. */
export async function replicateSqlite(db: Kysely<any>, wanted: number, copies: number): Promise<string> {
  const started = performance.now();
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(0);
  // Rows are consistent by construction (as in loadSynthetic.ts): foreign keys are checked once at the end.
  for (const pragma of ['foreign_keys = off', 'synchronous = off', 'cache_size = -1048576']) await sql.raw(`pragma ${pragma}`).execute(db);
  await sql.raw(`create temp table bench_copy (n integer primary key, old_id text not null, new_id text not null, copy integer not null)`).execute(db);
  await sql.raw(`with recursive c(copy) as (select 1 union all select copy + 1 from c where copy < ${copies})
    insert into bench_copy (old_id, new_id, copy) select s.document_id, ${NEW_UUID}, c.copy from c cross join document_search s
    order by c.copy, s.seq limit ${wanted}`).execute(db);
  for (let from = 0; from < wanted; from += CHUNK) {
    await copyChunk(db, from, Math.min(wanted, from + CHUNK));
    console.error(`  sqlite: ${Math.min(wanted, from + CHUNK)} of ${wanted} copies, ${seconds(started)} s`);
  }
  await sql.raw('drop table bench_copy').execute(db);
  for (const pragma of ['foreign_keys = on', 'synchronous = normal', 'cache_size = -2000']) await sql.raw(`pragma ${pragma}`).execute(db);
  const broken = await sql`pragma foreign_key_check`.execute(db);
  if (broken.rows.length > 0) throw new Error(`foreign key violations after the copy: ${JSON.stringify(broken.rows[0])}`);
  const copied = performance.now();
  await optimizeSearchIndex(db);
  const optimized = performance.now();
  await sql`analyze`.execute(db);
  return `rows+FTS ${((copied - started) / 1000).toFixed(0)} s + FTS5 optimize ${((optimized - copied) / 1000).toFixed(0)} s + analyze ${seconds(optimized)} s`;
}
