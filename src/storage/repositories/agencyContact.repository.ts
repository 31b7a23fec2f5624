import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { OfficeContact } from '../../domain/catalog/officeFacts.ts';

/** The 政府信息公开工作机构's contact details (条例第十二条); the shape the 指南 merges (domain/catalog/officeFacts.ts). */
export type AgencyContact = OfficeContact;

export const CONTACT_FIELDS = ['officeName', 'address', 'postcode', 'hours', 'phone', 'fax', 'email', 'supervisionPhone', 'website'] as const satisfies readonly (keyof AgencyContact)[];

export async function findAgencyContact(db: Kysely<Database>, agencyId: string): Promise<(AgencyContact & { updatedAt: string }) | null> {
  const row = await db.selectFrom('agency_contacts').selectAll().where('agency_id', '=', agencyId).executeTakeFirst();
  if (!row) return null;
  return {
    officeName: row.office_name,
    address: row.address,
    postcode: row.postcode,
    hours: row.hours,
    phone: row.phone,
    fax: row.fax,
    email: row.email,
    supervisionPhone: row.supervision_phone,
    website: row.website ?? null,
    updatedAt: row.updated_at,
  };
}

/** When each of these agencies' contact details were last saved (agencies without any are left out), in one query. */
export async function listAgencyContactDates(db: Kysely<Database>, agencyIds: readonly string[]): Promise<Map<string, string>> {
  if (!agencyIds.length) return new Map();
  const rows = await db.selectFrom('agency_contacts').select(['agency_id', 'updated_at']).where('agency_id', 'in', agencyIds as string[]).execute();
  return new Map(rows.map((r) => [r.agency_id, r.updated_at]));
}

export async function saveAgencyContact(db: Kysely<Database>, agencyId: string, c: AgencyContact, by: string | null, at: string): Promise<void> {
  const values = {
    office_name: c.officeName,
    address: c.address,
    postcode: c.postcode,
    hours: c.hours,
    phone: c.phone,
    fax: c.fax,
    email: c.email,
    supervision_phone: c.supervisionPhone,
    website: c.website,
    updated_at: at,
    updated_by: by,
  };
  await db
    .insertInto('agency_contacts')
    .values({ agency_id: agencyId, ...values })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
    .execute();
}
