import { assertCan } from '../../domain/accounts/roles.ts';
import type { ApplicationRecord } from '../../domain/applications/application.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { readRegisterFile } from '../../importers/applications/readRegisterFile.ts';
import type { RegisterIssue } from '../../importers/applications/registerIssues.ts';
import { listAllApplications } from '../../storage/repositories/applicationList.repository.ts';
import { agencyScope, resolveAgency } from '../agencies/getAgency.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationLabel } from './applicationAccess.ts';
import { clockOptions } from './clockOptions.ts';
import { storeApplication } from './storeApplication.ts';

export interface RegisterImport {
  bytes: Uint8Array;
  /** The agency (name or id) when the file does not name it, or names it differently. */
  agency?: string | null;
}

/** 条例第三十一条: the register gives the date each application counts as received; the import takes it as given. */
const RECEIVED_BASIS = '依登记台账导入（台账所记收到日期）';

/** Dates after today and 编号 already in the agency's register: impossible or already imported. */
function againstTheRegister(records: readonly ApplicationRecord[], today: string, existingRefs: ReadonlySet<string>): RegisterIssue[] {
  const issues: RegisterIssue[] = [];
  records.forEach((record, index) => {
    const place = `第${index + 1}件申请${record.ref ? `（编号 ${record.ref}）` : ''}`;
    const latest = [record.receivedOn, ...record.events.map((e) => e.on)].sort().at(-1)!;
    if (latest > today) issues.push({ row: index + 1, field: '日期', message: `${place}：日期 ${latest} 晚于今天（${today}）` });
    if (record.ref && existingRefs.has(record.ref)) issues.push({ row: index + 1, field: '编号', message: `${place}：本单位台账中已有编号“${record.ref}”的申请，可能已经导入过` });
  });
  return issues;
}

function refuse(issues: readonly RegisterIssue[]): never {
  const first = issues[0]!;
  throw new ValidationError(first.message, issues.map((issue) => ({ path: issue.row === null ? issue.field : `${issue.row}.${issue.field}`, message: issue.message })));
}

/**
 * Imports an agency's register (contract JSON, xlsx or CSV 台账) all or nothing: any issue in the
 * file, a date after today or a 编号 already present stops it before anything is written; then
 * every application with its ledger is stored and audited in one transaction (条例第四十五条 staff
 * of the agency only).
 */
export async function importApplications(ctx: AppContext, input: RegisterImport): Promise<{ agencyId: string; agencyName: string; count: number }> {
  const read = await readRegisterFile(input.bytes, await loadCalendar(ctx), clockOptions());
  if (read.issues.length) refuse(read.issues);
  const name = input.agency?.trim() || read.agency;
  if (!name) throw new ValidationError('台账没有写明单位：请指定导入到哪个单位（命令行用 --agency 单位名称）');
  const agency = await resolveAgency(ctx.db, name);
  assertCan(ctx.actor, 'application.handle', await agencyScope(ctx.db, agency.id));
  if (read.records.length === 0) throw new ValidationError('台账中没有申请记录');
  return inTransaction(ctx, async (tx) => {
    const existing = new Set((await listAllApplications(tx.db, [agency.id])).map((a) => a.ref).filter((ref): ref is string => ref !== null));
    const problems = againstTheRegister(read.records, tx.clock.today(), existing);
    if (problems.length) refuse(problems);
    for (const record of read.records) {
      const { application } = await storeApplication(tx, {
        agencyId: agency.id,
        ref: record.ref ?? null,
        source: 'import',
        channel: record.channel,
        applicantType: record.applicantType,
        applicant: record.applicant,
        request: record.request,
        deliveryForm: record.deliveryForm,
        delivery: null,
        submittedAt: null,
        receivedOn: record.receivedOn,
        receivedBasis: RECEIVED_BASIS,
        dedupeKey: null,
      }, record.events);
      await tx.audit.record(tx.db, tx.actor, {
        action: 'application.imported',
        entityType: 'application',
        entityId: application.id,
        agencyId: agency.id,
        summary: `从${read.format === 'json' ? ' JSON ' : read.format === 'xlsx' ? ' Excel ' : ' CSV '}台账导入${applicationLabel(application)}，收到日期 ${record.receivedOn}`,
      });
    }
    return { agencyId: agency.id, agencyName: agency.name, count: read.records.length };
  });
}
