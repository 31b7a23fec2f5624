import type { Kysely } from 'kysely';
import type { LetterTemplate, TemplateKey } from '../../domain/applications/letters/index.ts';
import type { Database } from '../schema.ts';

/** An agency's saved template for a key, or null while it uses the project's default. */
export async function findLetterTemplate(db: Kysely<Database>, agencyId: string, key: TemplateKey): Promise<(LetterTemplate & { updatedAt: string }) | null> {
  const row = await db.selectFrom('letter_templates').selectAll().where('agency_id', '=', agencyId).where('template_key', '=', key).executeTakeFirst();
  return row ? { title: row.title, addressee: row.addressee, body: row.body, updatedAt: row.updated_at } : null;
}

/** The keys for which the agency has saved its own template. */
export async function listCustomTemplateKeys(db: Kysely<Database>, agencyId: string): Promise<string[]> {
  const rows = await db.selectFrom('letter_templates').select('template_key').where('agency_id', '=', agencyId).execute();
  return rows.map((row) => row.template_key);
}

export async function saveLetterTemplate(db: Kysely<Database>, agencyId: string, key: TemplateKey, template: LetterTemplate, at: string, by: string | null): Promise<void> {
  const update = { title: template.title, addressee: template.addressee, body: template.body, updated_at: at, updated_by: by };
  await db
    .insertInto('letter_templates')
    .values({ agency_id: agencyId, template_key: key, ...update })
    .onConflict((oc) => oc.columns(['agency_id', 'template_key']).doUpdateSet(update))
    .execute();
}

/** Back to the default: the agency's row is removed. */
export async function deleteLetterTemplate(db: Kysely<Database>, agencyId: string, key: TemplateKey): Promise<boolean> {
  const result = await db.deleteFrom('letter_templates').where('agency_id', '=', agencyId).where('template_key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface LetterSettings {
  prefix: string;
  reconsiderationBody: string | null;
  court: string | null;
}

export async function findLetterSettings(db: Kysely<Database>, agencyId: string): Promise<LetterSettings | null> {
  const row = await db.selectFrom('letter_settings').selectAll().where('agency_id', '=', agencyId).executeTakeFirst();
  return row ? { prefix: row.prefix, reconsiderationBody: row.reconsideration_body, court: row.court } : null;
}

export async function saveLetterSettings(db: Kysely<Database>, agencyId: string, settings: LetterSettings, at: string, by: string | null): Promise<void> {
  const update = { prefix: settings.prefix, reconsideration_body: settings.reconsiderationBody, court: settings.court, updated_at: at, updated_by: by };
  await db
    .insertInto('letter_settings')
    .values({ agency_id: agencyId, ...update })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet(update))
    .execute();
}

/**
 * The next serial of an agency's letter series for a year, atomically: one upsert that increments
 * and returns (as takeSerial does for 索引号), so two approvals at once never share a number.
 */
export async function takeLetterSerial(db: Kysely<Database>, agencyId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('letter_series')
    .values({ agency_id: agencyId, year, last_serial: 1 })
    .onConflict((oc) => oc.columns(['agency_id', 'year']).doUpdateSet((eb) => ({ last_serial: eb('letter_series.last_serial', '+', 1) })))
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return Number(row.last_serial);
}
