import { assertCan } from '../../domain/accounts/roles.ts';
import { countTable2 } from '../../domain/annualReport/table2.ts';
import { countTable4 } from '../../domain/annualReport/table4.ts';
import type { Table2Cells, Table4Cells } from '../../domain/annualReport/tables.ts';
import { countTable3, type Table3 } from '../../domain/applications/table3.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { listAllApplications } from '../../storage/repositories/applicationList.repository.ts';
import { listLegalDocumentFacts, listReportCounts, listReviewCaseFacts } from '../../storage/repositories/reportSources.repository.ts';
import { agencyScope, resolveAgency } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';

/** The annual report's tables as applications-contract.md §4 shapes them. */
export interface AnnualReportTables {
  agency: string;
  year: number;
  format: '2021';
  table2: Table2Cells;
  table3: Table3;
  table4: Table4Cells;
}

/**
 * Tables 二, 三 and 四 of one agency and year (国办公开办函〔2021〕30号): table 二 from its published
 * 规章/行政规范性文件 and the figures entered for the year, table 三 from its register by contract §4
 * (an online submission awaiting confirmation is not yet received), table 四 from its 行政复议/诉讼 cases.
 * Nothing personal, so region supervisors may build it too (application.counts).
 */
export async function buildAnnualReport(ctx: AppContext, agencyNameOrId: string, year: number): Promise<AnnualReportTables> {
  if (!Number.isInteger(year) || year < 2008 || year > 2099) throw new ValidationError(`年度“${year}”无效：应为 2008 至 2099 之间的年份`);
  const agency = await resolveAgency(ctx.db, agencyNameOrId);
  assertCan(ctx.actor, 'application.counts', await agencyScope(ctx.db, agency.id));
  const applications = (await listAllApplications(ctx.db, [agency.id])).flatMap((a) => (a.receivedOn ? [{ receivedOn: a.receivedOn, applicantType: a.applicantType, closedOn: a.closedOn, outcome: a.outcome }] : []));
  const counts = Object.fromEntries((await listReportCounts(ctx.db, agency.id, year)).map((c) => [c.key, c.value]));
  return {
    agency: agency.name, year, format: '2021',
    table2: countTable2(await listLegalDocumentFacts(ctx.db, agency.id), counts, year),
    table3: countTable3(applications, year),
    table4: countTable4(await listReviewCaseFacts(ctx.db, agency.id), year),
  };
}
