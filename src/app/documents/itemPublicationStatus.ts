import type { AppContext } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { judgeTimeliness } from '../../domain/documents/timeliness.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { documentDueDates, listDocumentRows } from '../../storage/repositories/document.repository.ts';
import { listPublicRecords, publicationsByItem } from '../../storage/repositories/publishedDocument.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { filedNameKey } from '../../domain/catalog/itemKeys.ts';
import { publishedCatalogNames, rowsPerItemKey } from '../catalog/publishedCatalogNames.ts';

const newest = (dates: readonly string[]): string | null => dates.reduce<string | null>((last, date) => (last === null || date > last ? date : last), null);

/**
 * For each item of an agency's published catalog: its last publication, how many documents
 * it has, which were published late (and by how many working days), and which unpublished
 * documents are past their due date (条例第二十六条 / the item's 公开时限). Documents count for the
 * item under any name it had (by its permanent key, issue 12), so a renamed item keeps them.
 */
export async function itemPublicationStatus(ctx: AppContext, input: { agencyId: string }) {
  assertCan(ctx.actor, DOCUMENT_PERMISSIONS.view, await agencyScope(ctx.db, input.agencyId));
  const named = await publishedCatalogNames(ctx.db, input.agencyId);
  if (!named) return [];
  const calendar = await loadCalendar(ctx);
  const today = ctx.clock.today();
  const dues = await documentDueDates(ctx.db, input.agencyId);
  const published = rowsPerItemKey(named, await publicationsByItem(ctx.db, input.agencyId), filedNameKey);
  const { documents } = await listDocumentRows(ctx.db, { agencyId: input.agencyId, limit: 10_000, offset: 0 });
  const filings = documents.filter((d) => d.status !== 'withdrawn').flatMap((doc) => doc.items.map((item) => ({ ...item, doc })));
  const filedPerItem = rowsPerItemKey(named, filings, (filing) => filing.doc.id);
  const { records } = await listPublicRecords(ctx.db, { agencyId: input.agencyId, includeWithdrawn: false, limit: 10_000, offset: 0 });
  const publishedOn = new Map(records.map((r) => [r.documentId, r.publishedOn]));
  return named.catalog.items.map((item) => {
    const filed = (filedPerItem.get(item.itemKey) ?? []).map((filing) => filing.doc);
    const judged = filed.map((d) => ({ doc: d, t: judgeTimeliness(calendar, dues.get(d.id) ?? null, publishedOn.get(d.id) ?? null, today) }));
    const publications = published.get(item.itemKey) ?? [];
    return {
      level1: item.level1,
      level2: item.level2,
      timeLimit: item.timeLimit,
      lastPublishedOn: newest(publications.map((p) => p.lastPublishedOn)),
      publishedCount: publications.reduce((sum, p) => sum + p.count, 0),
      late: judged.filter((j) => j.t.late).map((j) => ({ documentId: j.doc.id, title: j.doc.title, dueDate: j.t.dueDate, publishedOn: publishedOn.get(j.doc.id)!, workingDaysLate: j.t.workingDaysLate })),
      overdue: judged.filter((j) => j.t.overdue).map((j) => ({ documentId: j.doc.id, title: j.doc.title, dueDate: j.t.dueDate, status: j.doc.status })),
    };
  });
}
