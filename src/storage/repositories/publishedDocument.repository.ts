import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { PublishedDocumentTable } from '../tables/documents.ts';
import type { ItemKey } from '../../domain/documents/document.ts';
import type { PublicRecord } from '../../domain/documents/record.ts';
import { jsonTextMember } from '../dialect/jsonField.ts';

/**
 * The public record of each published document: the portal reads only these tables,
 * so drafts and internal fields cannot leak by a forgotten `where`.
 */
function toPublicRecord(row: Selectable<PublishedDocumentTable>): PublicRecord {
  return { ...toPublicPage(row), plainText: row.plain_text };
}

/** Everything a document page shows: the public record without its extracted search text. */
export type PublicPage = Omit<PublicRecord, 'plainText'>;

function toPublicPage(row: Omit<Selectable<PublishedDocumentTable>, 'plain_text'>): PublicPage {
  const end = row.end_json ? (JSON.parse(row.end_json) as Pick<PublicRecord, 'withdrawal' | 'repeal'>) : { withdrawal: null, repeal: null };
  return {
    documentId: row.document_id,
    agencyId: row.agency_id,
    indexNumber: row.index_number,
    publishedOn: row.published_on,
    publishedAt: row.published_at,
    revision: Number(row.revision),
    state: row.state as PublicRecord['state'],
    content: JSON.parse(row.content_json),
    attachments: JSON.parse(row.attachments_json),
    withdrawal: end.withdrawal,
    repeal: end.repeal,
  };
}

/** Write (or replace) the public record and its item links. */
export async function savePublicRecord(db: Kysely<Database>, record: PublicRecord, now: string): Promise<void> {
  const row = {
    document_id: record.documentId,
    agency_id: record.agencyId,
    index_number: record.indexNumber,
    kind: record.content.kind,
    title: record.content.title,
    published_on: record.publishedOn,
    published_at: record.publishedAt,
    formed_on: record.content.formedOn,
    year: Number(record.publishedOn.slice(0, 4)),
    validity: record.content.validity,
    state: record.state,
    revision: record.revision,
    content_json: JSON.stringify(record.content),
    attachments_json: JSON.stringify(record.attachments),
    plain_text: record.plainText,
    end_json: record.withdrawal || record.repeal ? JSON.stringify({ withdrawal: record.withdrawal, repeal: record.repeal }) : null,
    updated_at: now,
  };
  const { document_id: _id, ...update } = row;
  await db.insertInto('published_documents').values(row).onConflict((oc) => oc.column('document_id').doUpdateSet(update)).execute();
  await db.deleteFrom('published_document_items').where('document_id', '=', record.documentId).execute();
  const items = uniqueItems(record.content.items).map((item) => ({ document_id: record.documentId, ...itemColumns(item), published_on: record.publishedOn }));
  if (items.length) await db.insertInto('published_document_items').values(items).execute();
}

const itemColumns = (item: ItemKey) => ({ agency_id: item.agencyId, level1: item.level1, level2: item.level2 });
const uniqueItems = (items: readonly ItemKey[]) => [...new Map(items.map((i) => [`${i.agencyId}\u0000${i.level1}\u0000${i.level2}`, i])).values()];

export async function findPublicRecord(db: Kysely<Database>, documentId: string): Promise<PublicRecord | undefined> {
  const row = await db.selectFrom('published_documents').selectAll().where('document_id', '=', documentId).executeTakeFirst();
  return row && toPublicRecord(row);
}

const PAGE_COLUMNS = [
  'document_id', 'agency_id', 'index_number', 'kind', 'title', 'published_on', 'published_at', 'formed_on', 'year',
  'validity', 'state', 'revision', 'content_json', 'attachments_json', 'end_json', 'updated_at',
] as const;

/** The public record for a document page, leaving out the (large) search text. */
export async function findPublicPage(db: Kysely<Database>, documentId: string): Promise<PublicPage | undefined> {
  const row = await db.selectFrom('published_documents').select(PAGE_COLUMNS).where('document_id', '=', documentId).executeTakeFirst();
  return row && toPublicPage(row);
}

/** Title, 索引号 and state of linked documents, for "related" lists. */
export async function findPublicHeadlines(db: Kysely<Database>, documentIds: readonly string[]): Promise<Map<string, { title: string; indexNumber: string; state: string }>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('published_documents')
    .select(['document_id', 'title', 'index_number', 'state'])
    .where('document_id', 'in', [...documentIds])
    .execute();
  return new Map(rows.map((r) => [r.document_id, { title: r.title, indexNumber: r.index_number, state: r.state }]));
}

export async function findPublicRecords(db: Kysely<Database>, documentIds: readonly string[]): Promise<Map<string, PublicRecord>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db.selectFrom('published_documents').selectAll().where('document_id', 'in', [...documentIds]).execute();
  return new Map(rows.map((row) => [row.document_id, toPublicRecord(row)]));
}

export interface PublicListQuery {
  agencyId?: string;
  item?: ItemKey;
  /** Other names of the same item (issue 12: an item renamed in a later catalog version keeps its documents). */
  formerNames?: readonly Pick<ItemKey, 'level1' | 'level2'>[];
  /** Include withdrawn records (they stay listed with a notice); default true. */
  includeWithdrawn?: boolean;
  limit: number;
  offset: number;
}

/** Public documents newest first (发布日期, then id for a stable order across pages). */
export async function listPublicRecords(db: Kysely<Database>, query: PublicListQuery): Promise<{ records: PublicRecord[]; total: number }> {
  let base = db.selectFrom('published_documents as p');
  if (query.agencyId) base = base.where('p.agency_id', '=', query.agencyId);
  if (query.includeWithdrawn === false) base = base.where('p.state', '=', 'live');
  if (query.item) {
    const item = query.item;
    const names = [item, ...(query.formerNames ?? [])];
    base = base.where((eb) => eb.exists(eb.selectFrom('published_document_items as i').select('i.document_id')
      .whereRef('i.document_id', '=', 'p.document_id').where('i.agency_id', '=', item.agencyId)
      .where((named) => named.or(names.map((name) => named.and([named('i.level1', '=', name.level1), named('i.level2', '=', name.level2)]))))));
  }
  const rows = await base.selectAll('p').orderBy('p.published_on', 'desc').orderBy('p.published_at', 'desc').orderBy('p.document_id').limit(query.limit).offset(query.offset).execute();
  const count = await base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return { records: rows.map(toPublicRecord), total: Number(count?.n ?? 0) };
}

/** Which of these document ids have a live public record (for the site-link check). */
export async function livePublicIds(db: Kysely<Database>, documentIds: readonly string[]): Promise<Set<string>> {
  if (documentIds.length === 0) return new Set();
  const rows = await db.selectFrom('published_documents').select('document_id').where('document_id', 'in', [...documentIds]).where('state', '=', 'live').execute();
  return new Set(rows.map((r) => r.document_id));
}

/** The latest publication per item of an agency: item key → { last 发布日期, count }. */
export async function publicationsByItem(db: Kysely<Database>, agencyId: string) {
  const rows = await db
    .selectFrom('published_document_items as i')
    .innerJoin('published_documents as p', 'p.document_id', 'i.document_id')
    .select(['i.level1', 'i.level2'])
    .select((eb) => [eb.fn.max('i.published_on').as('last_published_on'), eb.fn.countAll<string | number>().as('n')])
    .where('i.agency_id', '=', agencyId)
    .where('p.state', '=', 'live')
    .groupBy(['i.level1', 'i.level2'])
    .execute();
  return rows.map((r) => ({ level1: r.level1, level2: r.level2, lastPublishedOn: r.last_published_on as string, count: Number(r.n) }));
}

/** One of the newest live documents filed under an item name (the 法定主动公开内容 page). */
export interface ItemDocumentLine {
  level1: string;
  level2: string;
  documentId: string;
  title: string;
  publishedOn: string;
  documentNumber: string | null;
  state: string;
}

/**
 * The `perName` newest documents under each item name of an agency, in one query (ROW_NUMBER over the
 * item's rows, the same SQL on SQLite ≥ 3.25 and PostgreSQL); the 文号 is read from the stored content by the
 * engine (dialect/jsonField.ts), so no document's whole content is parsed here.
 */
export async function newestDocumentsByItemName(db: Kysely<Database>, agencyId: string, perName: number): Promise<ItemDocumentLine[]> {
  const ranked = db
    .selectFrom('published_document_items as i')
    .innerJoin('published_documents as p', 'p.document_id', 'i.document_id')
    .select(['i.level1', 'i.level2', 'p.document_id', 'p.title', 'p.published_on', 'p.state'])
    .select(jsonTextMember(db, 'p.content_json', 'documentNumber').as('document_number'))
    .select(sql<number>`row_number() over (partition by i.level1, i.level2 order by p.published_on desc, p.published_at desc, p.document_id)`.as('rank'))
    .where('i.agency_id', '=', agencyId)
    .where('p.state', '=', 'live');
  const rows = await db.selectFrom(ranked.as('r')).selectAll().where('r.rank', '<=', perName).execute();
  return rows.map((row) => ({
    level1: row.level1, level2: row.level2, documentId: row.document_id, title: row.title, publishedOn: row.published_on, state: row.state,
    documentNumber: row.document_number,
  }));
}
