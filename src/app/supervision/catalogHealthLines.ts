import { chinaDateOf, type LocalDate } from '../../domain/shared/clock.ts';
import { isOlderThanAYear, type WorkQueueLine } from '../../domain/supervision/workQueue.ts';
import { findAgencyContact } from '../../storage/repositories/agencyContact.repository.ts';
import { findVersionByStatus, listItems } from '../../storage/repositories/catalog.repository.ts';
import type { AppContext } from '../context.ts';
import { lintStoredCatalog } from './catalogLint.ts';
import { agenciesWhere, type QueueAgency } from './queueAgencies.ts';

const OPEN = ['draft', 'returned', 'submitted', 'reviewed'] as const;

const line = (agency: QueueAgency, kind: WorkQueueLine['kind'], fields: Pick<WorkQueueLine, 'title' | 'since' | 'tone' | 'href'>): WorkQueueLine => ({
  kind, agencyId: agency.id, agencyName: agency.name, dueOn: null, ...fields,
});

/**
 * Lint errors (domain/catalog/lint.ts, with the 公开时限 parser as on the version page) in the catalog being
 * worked on, else the published one: one line with the count and a link to the version's 检查结果.
 * For those who edit the agency's catalog (catalog.edit).
 */
export async function lintLines(ctx: AppContext, agencies: readonly QueueAgency[]): Promise<WorkQueueLine[]> {
  const lines: WorkQueueLine[] = [];
  for (const agency of agenciesWhere(ctx, agencies, 'catalog.edit')) {
    const version = (await findVersionByStatus(ctx.db, agency.id, OPEN)) ?? (await findVersionByStatus(ctx.db, agency.id, ['published']));
    if (!version) continue;
    const findings = lintStoredCatalog({ version, items: await listItems(ctx.db, version.id) }, agency.name);
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (!errors) continue;
    const which = version.status === 'published' ? '已发布的' : '正在修订的';
    lines.push(line(agency, 'lint', { title: `${which}目录第${version.number}版有 ${errors} 处检查错误`, since: null, tone: 'due', href: `/admin/versions/${version.id}#findings-title` }));
  }
  return lines;
}

const stale = (date: LocalDate | null, today: LocalDate) => date === null || isOlderThanAYear(date, today);

/**
 * 条例第五十三条 (and 第十二条): the 目录 and the 指南 kept up to date. A line when the published catalog
 * version was signed more than 12 months ago (or none is published), for catalog.edit; and when the
 * disclosure office's contact details, which the 指南 shows, were last saved more than 12 months ago
 * (or never), for agency.contact.
 */
export async function stalenessLines(ctx: AppContext, agencies: readonly QueueAgency[]): Promise<WorkQueueLine[]> {
  const today = ctx.clock.today();
  const lines: WorkQueueLine[] = [];
  for (const agency of agenciesWhere(ctx, agencies, 'catalog.edit')) {
    const published = await findVersionByStatus(ctx.db, agency.id, ['published']);
    const signedOn = published ? (published.approvedAt ? chinaDateOf(published.approvedAt) : published.preparedOn) : null;
    if (!stale(signedOn, today)) continue;
    const title = published ? `政府信息公开目录超过12个月未更新（第${published.number}版）` : '尚未发布政府信息公开目录';
    lines.push(line(agency, 'staleness', { title, since: signedOn, tone: 'due', href: `/admin/agencies/${agency.id}` }));
  }
  for (const agency of agenciesWhere(ctx, agencies, 'agency.contact')) {
    const contact = await findAgencyContact(ctx.db, agency.id);
    const savedOn = contact ? chinaDateOf(contact.updatedAt) : null;
    if (!stale(savedOn, today)) continue;
    const title = contact ? '政府信息公开指南（工作机构联系方式）超过12个月未核对更新' : '尚未填写政府信息公开指南的工作机构联系方式';
    lines.push(line(agency, 'staleness', { title, since: savedOn, tone: 'due', href: `/admin/agencies/${agency.id}/contact` }));
  }
  return lines;
}
