import { assertCan } from '../../domain/accounts/roles.ts';
import { assertReportYear, parseReportFigures } from '../../domain/annualReport/reportFigures.ts';
import { REPORT_COUNT_KEYS, REPORT_COUNT_LABELS, type ReportCountKey } from '../../domain/annualReport/table2.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { deleteReportCount, saveReportCount } from '../../storage/repositories/reportCounts.repository.ts';
import { listReportCounts } from '../../storage/repositories/reportSources.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../context.ts';

export interface SetReportFiguresInput {
  agencyId: string;
  year: number;
  /** Form-shaped: licensing, penalties, enforcement, fees and each one's `…Source`; a blank value removes the figure. */
  figures: Record<string, unknown>;
}

type Snapshot = Partial<Record<ReportCountKey, { value: number; source: string }>>;

const describe = (key: ReportCountKey, entry: { value: number; source: string } | undefined) =>
  entry ? `${REPORT_COUNT_LABELS[key]} ${entry.value}（来源：${entry.source}）` : `${REPORT_COUNT_LABELS[key]} 清空`;

/**
 * Enter the table 二 figures Gongkai cannot count (行政许可/行政处罚/行政强制 decisions, 行政事业性收费 in 万元)
 * for an agency and year, each with its source: the 填表人's work (report.edit). All four are validated
 * before anything is written; the change and one audit event (before/after) commit together.
 */
export async function setReportFigures(ctx: AppContext, input: SetReportFiguresInput): Promise<{ changed: ReportCountKey[] }> {
  assertReportYear(input.year);
  assertCan(ctx.actor, 'report.edit', await agencyScope(ctx.db, input.agencyId));
  if (input.year > Number(ctx.clock.today().slice(0, 4))) throw new ValidationError(`${input.year}年尚未开始，不能填写该年度的年报数据`);
  const figures = parseReportFigures(input.figures);
  return inTransaction(ctx, async (tx) => {
    const stored = await listReportCounts(tx.db, input.agencyId, input.year);
    const before: Snapshot = Object.fromEntries(stored.map((c) => [c.key, { value: c.value, source: c.source }]));
    const after: Snapshot = {};
    const changed: ReportCountKey[] = [];
    for (const key of REPORT_COUNT_KEYS) {
      const { value, source } = figures[key];
      if (value !== null && source !== null) after[key] = { value, source };
      if (before[key]?.value === after[key]?.value && before[key]?.source === after[key]?.source) continue;
      changed.push(key);
      if (after[key]) await saveReportCount(tx.db, { agencyId: input.agencyId, year: input.year, key, value: after[key].value, source: after[key].source, updatedBy: tx.actor.id, updatedAt: tx.clock.now() });
      else await deleteReportCount(tx.db, input.agencyId, input.year, key);
    }
    if (changed.length === 0) return { changed };
    await tx.audit.record(tx.db, tx.actor, {
      action: 'report.figures_updated', entityType: 'agency', entityId: input.agencyId, agencyId: input.agencyId,
      summary: `${input.year}年度年报表二数据：${changed.map((key) => describe(key, after[key])).join('；')}`,
      before: { year: input.year, figures: before }, after: { year: input.year, figures: after },
    });
    return { changed };
  });
}
