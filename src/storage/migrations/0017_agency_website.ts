import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * Issue 12 (a back office without a terminal): the agency profile keeps the office's website beside its address,
 * hours, phone, fax, e-mail and supervision phone, so the 指南 and the 依申请公开 page name it (条例第十二条:
 * 政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式). Nullable.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema.alterTable('agency_contacts').addColumn('website', 'text').execute();
}
