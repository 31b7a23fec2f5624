import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { DEFAULT_INDEX_TEMPLATE } from '../../domain/documents/indexNumber.ts';

export interface DocumentSettings {
  agencyId: string;
  indexTemplate: string;
  /** 3-digit number of the agency in its region, for a code derived from the region code. */
  agencyNumber: number | null;
  creditCode: string | null;
}

export async function findDocumentSettings(db: Kysely<Database>, agencyId: string): Promise<DocumentSettings> {
  const row = await db.selectFrom('document_settings').selectAll().where('agency_id', '=', agencyId).executeTakeFirst();
  return {
    agencyId,
    indexTemplate: row?.index_template ?? DEFAULT_INDEX_TEMPLATE,
    agencyNumber: row?.agency_number == null ? null : Number(row.agency_number),
    creditCode: row?.credit_code ?? null,
  };
}

export async function saveDocumentSettings(db: Kysely<Database>, settings: DocumentSettings): Promise<void> {
  const values = { agency_id: settings.agencyId, index_template: settings.indexTemplate, agency_number: settings.agencyNumber, credit_code: settings.creditCode };
  const { agency_id: _id, ...update } = values;
  await db.insertInto('document_settings').values(values).onConflict((oc) => oc.column('agency_id').doUpdateSet(update)).execute();
}

/** The next free 3-digit agency number in a region (1 + the highest assigned to its agencies). */
export async function nextAgencyNumber(db: Kysely<Database>, regionId: string): Promise<number> {
  const row = await db
    .selectFrom('document_settings as s')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .select((eb) => eb.fn.max('s.agency_number').as('n'))
    .where('a.region_id', '=', regionId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

/**
 * The next 索引号 serial of an agency for a period ('2026' or '202605'), atomically:
 * one upsert that increments and returns, so two sign-offs never share a number.
 */
export async function takeSerial(db: Kysely<Database>, agencyId: string, period: string): Promise<number> {
  const row = await db
    .insertInto('index_number_counters')
    .values({ agency_id: agencyId, period, last_serial: 1 })
    .onConflict((oc) => oc.columns(['agency_id', 'period']).doUpdateSet((eb) => ({ last_serial: eb('index_number_counters.last_serial', '+', 1) })))
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return Number(row.last_serial);
}
