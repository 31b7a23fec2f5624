/** Bulk-loads agencies and published documents straight into the tables (large batches), indexed through the app's tokenizer and SearchIndex. */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Engine } from '../../src/storage/database.ts';
import { searchIndexOf, type SearchEntry } from '../../src/storage/dialect/searchIndex.ts';
import { createPostgresSearchIndexes, dropPostgresSearchIndexes } from '../../src/storage/dialect/searchSchema.ts';
import { recordTokens } from '../../src/domain/search/searchableText.ts';
import type { DocumentContent } from '../../src/domain/documents/document.ts';
import { agencyNames, documentMaker, documentNumberOf } from './syntheticDocuments.ts';

/** Rows per INSERT (SQLite allows 32,766 parameters: documents have 17 columns) and documents per transaction. */
const BATCH = 1000;
const PER_TRANSACTION = 10_000;

export async function loadSynthetic(engine: Engine, options: { documents: number; agencies: number; sharedDir: string }) {
  const db = engine.db;
  const now = '2026-03-02T02:00:00.000Z';
  const regionId = randomUUID();
  await db.insertInto('regions').values({ id: regionId, parent_id: null, name: '宁夏回族自治区', level: 'province', code: '640000', created_at: now }).execute();
  const names = agencyNames(options.agencies);
  const agencyIds = names.map(() => randomUUID());
  for (let i = 0; i < names.length; i += BATCH) {
    await db.insertInto('agencies').values(names.slice(i, i + BATCH).map((name, j) => ({ id: agencyIds[i + j]!, region_id: regionId, name, code: String(640000001 + i + j), created_at: now }))).execute();
  }
  const make = documentMaker(options.sharedDir);
  const index = searchIndexOf(db);
  // PostgreSQL builds a GIN index faster in one go than row by row: drop the search indexes, load, recreate them (same DDL as the migration).
  if (engine.name === 'postgres') await dropPostgresSearchIndexes(db);
  // Rows are consistent by construction: foreign keys are not checked row by row during the load (checked once after it on SQLite).
  if (engine.name === 'sqlite') for (const pragma of ['foreign_keys = off', 'synchronous = off', 'cache_size = -1048576']) await sql.raw(`pragma ${pragma}`).execute(db);
  const started = performance.now();
  let tokenMs = 0;
  for (let chunk = 0; chunk < options.documents; chunk += PER_TRANSACTION) {
    await db.transaction().execute(async (tx) => {
      if (engine.name === 'postgres') await sql`set local session_replication_role = replica`.execute(tx);
      for (let start = chunk; start < Math.min(options.documents, chunk + PER_TRANSACTION); start += BATCH) {
        const docs: Record<string, unknown>[] = [];
        const published: Record<string, unknown>[] = [];
        const entries: SearchEntry[] = [];
        for (let n = start; n < Math.min(options.documents, start + BATCH); n++) {
          const a = n % names.length;
          const d = make(names[a]!);
          const id = randomUUID();
          const day = `20${20 + (n % 7)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
          const serial = Math.floor(n / names.length) + 1;
          const documentNumber = documentNumberOf(a, Number(day.slice(0, 4)), serial);
          const indexNumber = `${640000001 + a}/${day.slice(0, 4)}-${String(serial).padStart(5, '0')}${n >= 99_999 * names.length ? `-${n}` : ''}`;
          const content = { kind: 'other', title: d.title, publisher: names[a]!, formedOn: day, documentNumber, subjectCategory: null, genre: d.genre, keywords: d.keywords, summary: d.summary, validity: 'effective', repealedOn: null, disclosureMode: 'proactive', source: null, bodyHtml: `<p>${d.body}</p>`, items: [] };
          docs.push({ id, agency_id: agencyIds[a], status: 'published', kind: 'other', title: d.title, publisher: names[a], formed_on: day, document_number: documentNumber, keywords_json: JSON.stringify(d.keywords), summary: d.summary, validity: 'effective', disclosure_mode: 'proactive', body_html: content.bodyHtml, items_json: '[]', index_number: indexNumber, revision: 1, created_at: now, updated_at: now });
          const plain = `${d.summary}\n${d.body}`;
          published.push({ document_id: id, agency_id: agencyIds[a], index_number: indexNumber, kind: 'other', title: d.title, published_on: day, published_at: `${day}T02:00:00.000Z`, formed_on: day, year: Number(day.slice(0, 4)), validity: 'effective', state: 'live', revision: 1, content_json: JSON.stringify(content), attachments_json: '[]', plain_text: plain, end_json: null, updated_at: now });
          const t = performance.now();
          entries.push({ documentId: id, agencyId: agencyIds[a]!, year: Number(day.slice(0, 4)), validity: 'effective', publishedOn: day, tokens: recordTokens({ indexNumber, plainText: plain, content: content as unknown as DocumentContent }) });
          tokenMs += performance.now() - t;
        }
        await tx.insertInto('documents').values(docs as never).execute();
        await tx.insertInto('published_documents').values(published as never).execute();
        await index.addMany(tx, entries);
      }
    });
    if ((chunk / PER_TRANSACTION) % 10 === 0) console.error(`  ${engine.name}: ${Math.min(options.documents, chunk + PER_TRANSACTION)} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const loaded = performance.now();
  if (engine.name === 'sqlite') {
    for (const pragma of ['foreign_keys = on', 'synchronous = normal', 'cache_size = -2000']) await sql.raw(`pragma ${pragma}`).execute(db);
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error(`foreign key violations after the load: ${JSON.stringify(broken.rows[0])}`);
  }
  if (engine.name === 'postgres') await createPostgresSearchIndexes(db);
  const indexed = performance.now();
  if (engine.name === 'postgres') await sql`vacuum analyze`.execute(db);
  else await sql`analyze`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  const detail = engine.name === 'postgres' ? `rows ${((loaded - started) / 1000).toFixed(0)} s + indexes ${((indexed - loaded) / 1000).toFixed(0)} s + vacuum analyze ${((performance.now() - indexed) / 1000).toFixed(0)} s` : `rows+FTS ${((loaded - started) / 1000).toFixed(0)} s + analyze ${((performance.now() - indexed) / 1000).toFixed(0)} s`;
  return { agencyIds, line: `${engine.name.padEnd(8)} load ${options.documents} docs in ${seconds.toFixed(0)} s (${detail}; tokenizer ${(tokenMs / 1000).toFixed(0)} s; ${(options.documents / seconds).toFixed(0)} docs/s)` };
}
