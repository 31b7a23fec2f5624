import type { VersionMeta } from '../../domain/catalog/version.ts';
import { chinaDateOf, type LocalDate } from '../../domain/shared/clock.ts';
import { isOlderThanAYear, type WorkQueueLine } from '../../domain/supervision/workQueue.ts';
import { listAgencyContactDates } from '../../storage/repositories/agencyContact.repository.ts';
import { listVersionsByStatus } from '../../storage/repositories/catalog.repository.ts';
import type { AppContext } from '../context.ts';
import { lintErrorCount } from './lintErrorCounts.ts';
import { agenciesWhere, type QueueAgency } from './queueAgencies.ts';

const OPEN = ['draft', 'returned', 'submitted', 'reviewed'] as const;

/** Per agency, its newest version in `statuses` (one query for all the agencies). */
async function newestVersions(ctx: AppContext, agencies: readonly QueueAgency[], statuses: readonly VersionMeta['status'][]): Promise<Map<string, VersionMeta>> {
  const newest = new Map<string, VersionMeta>();
  for (const version of await listVersionsByStatus(ctx.db, agencies.map((a) => a.id), statuses)) {
    const kept = newest.get(version.agencyId);
    if (!kept || version.number > kept.number) newest.set(version.agencyId, version);
  }
  return newest;
}

const line = (agency: QueueAgency, kind: WorkQueueLine['kind'], fields: Pick<WorkQueueLine, 'title' | 'since' | 'tone' | 'href'>): WorkQueueLine => ({
  kind, agencyId: agency.id, agencyName: agency.name, dueOn: null, ...fields,
});

/**
 * Lint errors (domain/catalog/lint.ts, with the 公开时限 parser as on the version page) in the catalog being
 * worked on, else the published one: one line with the count and a link to the version's 检查结果.
 * For those who edit the agency's catalog (catalog.edit).
 */
export async function lintLines(ctx: AppContext, agencies: readonly QueueAgency[]): Promise<WorkQueueLine[]> {
  const editable = agenciesWhere(ctx, agencies, 'catalog.edit');
  const [open, published] = await Promise.all([newestVersions(ctx, editable, OPEN), newestVersions(ctx, editable, ['published'])]);
  const lines: WorkQueueLine[] = [];
  for (const agency of editable) {
    const version = open.get(agency.id) ?? published.get(agency.id);
    if (!version) continue;
    const errors = await lintErrorCount(ctx.db, version, agency.name);
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
  const editable = agenciesWhere(ctx, agencies, 'catalog.edit');
  const publishedVersions = await newestVersions(ctx, editable, ['published']);
  const lines: WorkQueueLine[] = [];
  for (const agency of editable) {
    const published = publishedVersions.get(agency.id);
    const signedOn = published ? (published.approvedAt ? chinaDateOf(published.approvedAt) : published.preparedOn) : null;
    if (!stale(signedOn, today)) continue;
    const title = published ? `政府信息公开目录超过12个月未更新（第${published.number}版）` : '尚未发布政府信息公开目录';
    lines.push(line(agency, 'staleness', { title, since: signedOn, tone: 'due', href: `/admin/agencies/${agency.id}` }));
  }
  const contactKeepers = agenciesWhere(ctx, agencies, 'agency.contact');
  const contactDates = await listAgencyContactDates(ctx.db, contactKeepers.map((a) => a.id));
  for (const agency of contactKeepers) {
    const updatedAt = contactDates.get(agency.id);
    const savedOn = updatedAt ? chinaDateOf(updatedAt) : null;
    if (!stale(savedOn, today)) continue;
    const title = updatedAt ? '政府信息公开指南（工作机构联系方式）超过12个月未核对更新' : '尚未填写政府信息公开指南的工作机构联系方式';
    lines.push(line(agency, 'staleness', { title, since: savedOn, tone: 'due', href: `/admin/agencies/${agency.id}/contact` }));
  }
  return lines;
}
