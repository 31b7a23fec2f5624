import { assertCan } from '../../domain/accounts/roles.ts';
import { countTable3, type Table3 } from '../../domain/applications/table3.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { listAllApplications } from '../../storage/repositories/applicationList.repository.ts';
import { agencyScope, resolveAgency } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';

/** The annual report's tables as applications-contract.md §4 shapes them; table 三 is computed from the register. */
export interface AnnualReportTables {
  agency: string;
  year: number;
  format: '2021';
  table3: Table3;
}

/**
 * 年度报告表三（收到和处理政府信息公开申请情况, 国办公开办函〔2021〕30号 format) of one
 * agency and year, counted from its register by contract §4: nothing personal, so region
 * supervisors may build it too (application.counts). Applications not yet received
 * (an online submission awaiting confirmation) are not counted.
 */
export async function buildAnnualReport(ctx: AppContext, agencyNameOrId: string, year: number): Promise<AnnualReportTables> {
  if (!Number.isInteger(year) || year < 2008 || year > 2099) throw new ValidationError(`年度“${year}”无效：应为 2008 至 2099 之间的年份`);
  const agency = await resolveAgency(ctx.db, agencyNameOrId);
  assertCan(ctx.actor, 'application.counts', await agencyScope(ctx.db, agency.id));
  const applications = (await listAllApplications(ctx.db, [agency.id])).flatMap((a) => (a.receivedOn ? [{ receivedOn: a.receivedOn, applicantType: a.applicantType, closedOn: a.closedOn, outcome: a.outcome }] : []));
  return { agency: agency.name, year, format: '2021', table3: countTable3(applications, year) };
}
