import { sql, type RawBuilder } from 'kysely';
import { COUNT_CAP, type SearchFilter, type SearchIndex } from './searchContract.ts';

/** A tsquery of quoted lexemes joined by & (quotes and backslashes escaped; terms never hold syntax). */
export function tsQuery(terms: readonly string[]): string {
  return terms.map((term) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
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

/** PostgreSQL: `to_tsvector('simple', tokens)` with a GIN index, ranked by ts_rank. */
export const postgresSearchIndex: SearchIndex = {
  async upsert(db, entry) {
    await sql`insert into document_search (document_id, agency_id, year, validity, published_on, tokens)
      values (${entry.documentId}, ${entry.agencyId}, ${entry.year}, ${entry.validity}, ${entry.publishedOn}, to_tsvector('simple', ${entry.tokens}))
      on conflict (document_id) do update set agency_id = excluded.agency_id, year = excluded.year, validity = excluded.validity,
        published_on = excluded.published_on, tokens = excluded.tokens`.execute(db);
  },

  async addMany(db, entries) {
    if (entries.length === 0) return;
    const rows = sql.join(entries.map((e) => sql`(${e.documentId}, ${e.agencyId}, ${e.year}, ${e.validity}, ${e.publishedOn}, to_tsvector('simple', ${e.tokens}))`));
    await sql`insert into document_search (document_id, agency_id, year, validity, published_on, tokens) values ${rows}`.execute(db);
  },

  async remove(db, documentId) {
    await sql`delete from document_search where document_id = ${documentId}`.execute(db);
  },

  async search(db, request) {
    if (request.terms.length === 0) return { hits: [], total: 0, capped: false };
    const query = tsQuery(request.terms);
    const where = filters(request.filter);
    const rows = await sql<{ document_id: string; score: number }>`
      select s.document_id, ts_rank(s.tokens, q) as score
      from document_search s, to_tsquery('simple', ${query}) q
      where s.tokens @@ q ${where}
      order by score desc, s.published_on desc, s.document_id
      limit ${request.limit} offset ${request.offset}`.execute(db);
    const counted = await sql<{ n: string }>`select count(*) as n from (
      select 1 from document_search s, to_tsquery('simple', ${query}) q where s.tokens @@ q ${where} limit ${COUNT_CAP + 1}) hits`.execute(db);
    const n = Number(counted.rows[0]?.n ?? 0);
    return { hits: rows.rows.map((r) => ({ documentId: r.document_id, score: Number(r.score) })), total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
  },
};
