import type { AppContext } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { judgeTimeliness } from '../../domain/documents/timeliness.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { documentDueDates, listDocumentRows } from '../../storage/repositories/document.repository.ts';
import { listPublicRecords, publicationsByItem } from '../../storage/repositories/publishedDocument.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { getPublishedCatalog } from '../catalog/readCatalog.ts';

/**
 * For each item of an agency's published catalog: its last publication, how many documents
 * it has, which were published late (and by how many working days), and which unpublished
 * documents are past their due date (条例第二十六条 / the item's 公开时限).
 */
export async function itemPublicationStatus(ctx: AppContext, input: { agencyId: string }) {
  assertCan(ctx.actor, DOCUMENT_PERMISSIONS.view, await agencyScope(ctx.db, input.agencyId));
  const catalog = await getPublishedCatalog(ctx.db, input.agencyId);
  const calendar = await loadCalendar(ctx);
  const today = ctx.clock.today();
  const dues = await documentDueDates(ctx.db, input.agencyId);
  const byItem = new Map((await publicationsByItem(ctx.db, input.agencyId)).map((p) => [`${p.level1}\u0000${p.level2}`, p]));
  const { documents } = await listDocumentRows(ctx.db, { agencyId: input.agencyId, limit: 10_000, offset: 0 });
  const { records } = await listPublicRecords(ctx.db, { agencyId: input.agencyId, includeWithdrawn: false, limit: 10_000, offset: 0 });
  const publishedOn = new Map(records.map((r) => [r.documentId, r.publishedOn]));
  return (catalog?.items ?? []).map((item) => {
    const key = `${item.level1}\u0000${item.level2 ?? ''}`;
    const filed = documents.filter((d) => d.items.some((i) => `${i.level1}\u0000${i.level2}` === key) && d.status !== 'withdrawn');
    const judged = filed.map((d) => ({ doc: d, t: judgeTimeliness(calendar, dues.get(d.id) ?? null, publishedOn.get(d.id) ?? null, today) }));
    const published = byItem.get(key);
    return {
      level1: item.level1,
      level2: item.level2,
      timeLimit: item.timeLimit,
      lastPublishedOn: published?.lastPublishedOn ?? null,
      publishedCount: published?.count ?? 0,
      late: judged.filter((j) => j.t.late).map((j) => ({ documentId: j.doc.id, title: j.doc.title, dueDate: j.t.dueDate, publishedOn: publishedOn.get(j.doc.id)!, workingDaysLate: j.t.workingDaysLate })),
      overdue: judged.filter((j) => j.t.overdue).map((j) => ({ documentId: j.doc.id, title: j.doc.title, dueDate: j.t.dueDate, status: j.doc.status })),
    };
  });
}
