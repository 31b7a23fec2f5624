import { sql, type RawBuilder } from 'kysely';
import { COUNT_CAP, type SearchFilter, type SearchIndex } from './searchContract.ts';

/** An FTS5 query of quoted terms joined by AND; quotes inside a term are doubled (terms never hold syntax). */
export function fts5Query(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND ');
}

function filters(filter: SearchFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (filter.agencyId) parts.push(sql`and s.agency_id = ${filter.agencyId}`);
  if (filter.year) parts.push(sql`and s.year = ${filter.year}`);
  if (filter.validity) parts.push(sql`and s.validity = ${filter.validity}`);
  if (filter.item) {
    parts.push(sql`and exists (select 1 from published_document_items i where i.document_id = s.document_id
      and i.agency_id = ${filter.item.agencyId} and i.level1 = ${filter.item.level1} and i.level2 = ${filter.item.level2})`);
  }
  return sql.join(parts, sql` `);
}

/** SQLite: FTS5 `unicode61` over the token string, ranked by bm25. */
export const sqliteSearchIndex: SearchIndex = {
  async upsert(db, entry) {
    await this.remove(db, entry.documentId);
    const inserted = await sql<{ seq: number }>`insert into document_search (document_id, agency_id, year, validity, published_on)
      values (${entry.documentId}, ${entry.agencyId}, ${entry.year}, ${entry.validity}, ${entry.publishedOn}) returning seq`.execute(db);
    await sql`insert into document_fts (rowid, tokens) values (${inserted.rows[0]!.seq}, ${entry.tokens})`.execute(db);
  },

  async addMany(db, entries) {
    if (entries.length === 0) return;
    const rows = sql.join(entries.map((e) => sql`(${e.documentId}, ${e.agencyId}, ${e.year}, ${e.validity}, ${e.publishedOn})`));
    const inserted = await sql<{ seq: number; document_id: string }>`insert into document_search (document_id, agency_id, year, validity, published_on)
      values ${rows} returning seq, document_id`.execute(db);
    const tokens = new Map(entries.map((e) => [e.documentId, e.tokens]));
    const fts = sql.join(inserted.rows.map((r) => sql`(${r.seq}, ${tokens.get(r.document_id)!})`));
    await sql`insert into document_fts (rowid, tokens) values ${fts}`.execute(db);
  },

  async remove(db, documentId) {
    const found = await sql<{ seq: number }>`select seq from document_search where document_id = ${documentId}`.execute(db);
    const seq = found.rows[0]?.seq;
    if (seq === undefined) return;
    await sql`delete from document_fts where rowid = ${seq}`.execute(db);
    await sql`delete from document_search where seq = ${seq}`.execute(db);
  },

  async search(db, request) {
    if (request.terms.length === 0) return { hits: [], total: 0, capped: false };
    const match = fts5Query(request.terms);
    const where = filters(request.filter);
    const rows = await sql<{ document_id: string; score: number }>`
      select s.document_id, -bm25(document_fts) as score
      from document_fts join document_search s on s.seq = document_fts.rowid
      where document_fts match ${match} ${where}
      order by bm25(document_fts), s.published_on desc, s.document_id
      limit ${request.limit} offset ${request.offset}`.execute(db);
    const counted = await sql<{ n: number }>`select count(*) as n from (
      select 1 from document_fts join document_search s on s.seq = document_fts.rowid
      where document_fts match ${match} ${where} limit ${COUNT_CAP + 1})`.execute(db);
    const n = Number(counted.rows[0]?.n ?? 0);
    return { hits: rows.rows.map((r) => ({ documentId: r.document_id, score: Number(r.score) })), total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
  },
};
