import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { CatalogItemTable, CatalogVersionTable, Database } from '../schema.ts';
import type { CatalogItem } from '../../domain/catalog/catalog.ts';
import type { StoredCatalogItem, VersionMeta } from '../../domain/catalog/version.ts';
import type { VersionStatus } from '../../domain/catalog/workflow.ts';
import { newItemKey } from './itemKey.repository.ts';

const parse = <T>(text: string | null, fallback: T): T => (text === null ? fallback : (JSON.parse(text) as T));
const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

function toMeta(row: Selectable<CatalogVersionTable>): VersionMeta {
  return {
    id: row.id,
    agencyId: row.agency_id,
    number: Number(row.number),
    status: row.status as VersionStatus,
    title: row.title,
    responsibleUnit: row.responsible_unit,
    preparer: row.preparer,
    reviewer: row.reviewer,
    approver: row.approver,
    preparedOn: row.prepared_on,
    declared: parse(row.declared_json, null),
    preamble: parse(row.preamble_json, null),
    notes: parse(row.notes_json, null),
    columns: parse(row.columns_json, null),
    declaredText: row.declared_text,
    headerLines: parse(row.header_lines_json, null),
    source: row.source,
    basedOnId: row.based_on_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    reviewComment: row.review_comment,
  };
}

function toItem(row: Selectable<CatalogItemTable>): StoredCatalogItem {
  return {
    id: row.id,
    itemKey: row.item_key,
    position: Number(row.position),
    seq: row.seq,
    level1: row.level1,
    level2: row.level2,
    content: row.content,
    basis: parse(row.basis_json, []),
    timeLimit: row.time_limit,
    timeLimitRule: parse(row.time_limit_rule_json, null),
    subject: row.subject,
    channels: parse(row.channels_json, []),
    channelNotes: parse(row.channel_notes_json, undefined),
    audience: parse(row.audience_json, []),
    mode: parse(row.mode_json, []),
    fiveTypes: parse(row.five_types_json, null),
    column: row.column_name,
    category: row.category,
    remarks: row.remarks,
    ...(row.seq_label !== null ? { seqLabel: row.seq_label } : {}),
    ...(row.channel_labels_json !== null ? { channelLabels: parse(row.channel_labels_json, {}) } : {}),
  };
}

const nonEmpty = (value: object | null | undefined) => (value && Object.keys(value).length ? value : null);

function itemColumns(item: CatalogItem) {
  return {
    seq: item.seq,
    level1: item.level1,
    level2: item.level2,
    content: item.content,
    basis_json: JSON.stringify(item.basis),
    time_limit: item.timeLimit,
    time_limit_rule_json: json(item.timeLimitRule),
    subject: item.subject,
    channels_json: JSON.stringify(item.channels),
    channel_notes_json: json(nonEmpty(item.channelNotes)),
    audience_json: JSON.stringify(item.audience),
    mode_json: JSON.stringify(item.mode),
    five_types_json: json(item.fiveTypes),
    column_name: item.column,
    category: item.category,
    remarks: item.remarks,
    seq_label: item.seqLabel ?? null,
    channel_labels_json: json(nonEmpty(item.channelLabels)),
  };
}

export type NewVersion = Omit<VersionMeta, 'id' | 'number'>;

export async function insertVersion(db: Kysely<Database>, version: NewVersion): Promise<{ id: string; number: number }> {
  const last = await db
    .selectFrom('catalog_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('agency_id', '=', version.agencyId)
    .executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  const id = randomUUID();
  await db
    .insertInto('catalog_versions')
    .values({
      id,
      agency_id: version.agencyId,
      number,
      status: version.status,
      title: version.title,
      responsible_unit: version.responsibleUnit,
      preparer: version.preparer,
      reviewer: version.reviewer,
      approver: version.approver,
      prepared_on: version.preparedOn,
      declared_json: json(version.declared),
      preamble_json: json(version.preamble),
      notes_json: json(version.notes),
      columns_json: json(version.columns),
      declared_text: version.declaredText,
      header_lines_json: json(version.headerLines),
      source: version.source,
      based_on_id: version.basedOnId,
      created_by: version.createdBy,
      created_at: version.createdAt,
      submitted_by: version.submittedBy,
      submitted_at: version.submittedAt,
      reviewed_by: version.reviewedBy,
      reviewed_at: version.reviewedAt,
      approved_by: version.approvedBy,
      approved_at: version.approvedAt,
      review_comment: version.reviewComment,
    })
    .execute();
  return { id, number };
}

export type VersionPatch = Partial<Pick<CatalogVersionTable,
  'title' | 'responsible_unit' | 'preparer' | 'reviewer' | 'approver' | 'prepared_on' | 'status' | 'submitted_by' | 'submitted_at' | 'reviewed_by' | 'reviewed_at' | 'approved_by' | 'approved_at' | 'review_comment'>>;

export async function updateVersion(db: Kysely<Database>, id: string, patch: VersionPatch): Promise<void> {
  await db.updateTable('catalog_versions').set(patch).where('id', '=', id).execute();
}

export async function findVersion(db: Kysely<Database>, id: string): Promise<VersionMeta | undefined> {
  const row = await db.selectFrom('catalog_versions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMeta(row);
}

export async function listVersions(db: Kysely<Database>, agencyId: string): Promise<VersionMeta[]> {
  const rows = await db.selectFrom('catalog_versions').selectAll().where('agency_id', '=', agencyId).orderBy('number', 'desc').execute();
  return rows.map(toMeta);
}

export async function findVersionByStatus(db: Kysely<Database>, agencyId: string, statuses: readonly VersionStatus[]): Promise<VersionMeta | undefined> {
  const row = await db
    .selectFrom('catalog_versions')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('status', 'in', statuses as VersionStatus[])
    .orderBy('number', 'desc')
    .executeTakeFirst();
  return row && toMeta(row);
}

/** The versions in these statuses of the given agencies, in one query (the work queue reads every agency's at once). */
export async function listVersionsByStatus(db: Kysely<Database>, agencyIds: readonly string[], statuses: readonly VersionStatus[]): Promise<VersionMeta[]> {
  if (!agencyIds.length) return [];
  const rows = await db.selectFrom('catalog_versions').selectAll().where('agency_id', 'in', agencyIds as string[]).where('status', 'in', statuses as VersionStatus[]).execute();
  return rows.map(toMeta);
}

/** Items with their permanent keys (carried from the version before, or new: see domain/catalog/itemKeys.ts). */
export async function insertItems(db: Kysely<Database>, versionId: string, items: readonly (CatalogItem & { itemKey: string })[]): Promise<void> {
  const rows = items.map((item, position) => ({ id: randomUUID(), version_id: versionId, position, item_key: item.itemKey, ...itemColumns(item) }));
  // Chunked: SQLite limits the number of bound parameters per statement.
  for (let start = 0; start < rows.length; start += 40) {
    await db.insertInto('catalog_items').values(rows.slice(start, start + 40)).execute();
  }
}

/** Add one item after the last one, under a new key; returns its id. */
export async function appendItem(db: Kysely<Database>, versionId: string, item: CatalogItem): Promise<string> {
  const last = await db
    .selectFrom('catalog_items')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('version_id', '=', versionId)
    .executeTakeFirst();
  const id = randomUUID();
  const position = last?.p === null || last?.p === undefined ? 0 : Number(last.p) + 1;
  await db.insertInto('catalog_items').values({ id, version_id: versionId, position, item_key: newItemKey(), ...itemColumns(item) }).execute();
  return id;
}

export async function deleteItem(db: Kysely<Database>, itemId: string): Promise<void> {
  await db.deleteFrom('catalog_items').where('id', '=', itemId).execute();
}

export async function listItems(db: Kysely<Database>, versionId: string): Promise<StoredCatalogItem[]> {
  const rows = await db.selectFrom('catalog_items').selectAll().where('version_id', '=', versionId).orderBy('position').execute();
  return rows.map(toItem);
}

export async function findItem(db: Kysely<Database>, itemId: string): Promise<{ versionId: string; item: StoredCatalogItem } | undefined> {
  const row = await db.selectFrom('catalog_items').selectAll().where('id', '=', itemId).executeTakeFirst();
  return row && { versionId: row.version_id, item: toItem(row) };
}

export async function updateItem(db: Kysely<Database>, itemId: string, item: CatalogItem): Promise<void> {
  await db.updateTable('catalog_items').set(itemColumns(item)).where('id', '=', itemId).execute();
}
