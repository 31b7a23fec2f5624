import type { AppContext } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';
import { itemObligations, type ItemObligation, type ObligationDocument } from '../../domain/supervision/itemObligations.ts';
import { filedPublications } from '../../storage/repositories/itemObligations.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { publishedCatalogNames, rowsPerItemKey, type PublishedCatalogNames } from '../catalog/publishedCatalogNames.ts';

export interface ObligationCounts {
  /** Items with at least one finding of each kind (an item may count under several). */
  blank: number;
  late: number;
  stale: number;
  vague: number;
  /** Items with no finding at all. */
  ok: number;
}

export interface AgencyObligations {
  agencyId: string;
  /** The published catalog version read, or null when the agency has none. */
  catalogVersionId: string | null;
  /** The date the published catalog came into force: periods before it are not owed. */
  since: string | null;
  today: string;
  items: (ItemObligation & { itemId: string; documentCount: number })[];
  counts: ObligationCounts;
}

/**
 * What each item of an agency's published catalog expects and whether it was met (条例第二十六条,
 * the item's 公开时限, 国办秘函〔2019〕19号 空白栏目): the agency's staff and the region supervisors
 * above it may read it, as they may read the catalog's drafts. One query reads every document filed; an item counts
 * the documents filed under its name now or a name it had before (by its permanent key, issue 12). `catalog`: the
 * published catalog with its items' names when the caller has read it already (null: the agency has none).
 */
export async function agencyObligations(ctx: AppContext, input: { agencyId: string; catalog?: PublishedCatalogNames | null }): Promise<AgencyObligations> {
  assertCan(ctx.actor, 'catalog.view_drafts', await agencyScope(ctx.db, input.agencyId));
  const today = ctx.clock.today();
  const named = input.catalog !== undefined ? input.catalog : await publishedCatalogNames(ctx.db, input.agencyId);
  if (!named) return { agencyId: input.agencyId, catalogVersionId: null, since: null, today, items: [], counts: countFindings([]) };
  const { catalog } = named;
  const calendar = await loadCalendar(ctx);
  const since = chinaDateOf(catalog.version.approvedAt ?? catalog.version.createdAt);
  const byItem = rowsPerItemKey(named, await filedPublications(ctx.db, input.agencyId), (row) => row.documentId);
  const items = catalog.items.map((item) => {
    const filed = byItem.get(item.itemKey) ?? [];
    const lastReviewedOn = filed.reduce<string | null>((last, f) => maxDate(last, chinaDateOf(f.updatedAt)), null);
    const documents: ObligationDocument[] = filed.map(({ documentId, title, formedOn, publishedOn }) => ({ documentId, title, formedOn, publishedOn }));
    return { ...itemObligations(item, documents, calendar, today, { since, lastReviewedOn }), itemId: item.id, documentCount: documents.length };
  });
  return { agencyId: input.agencyId, catalogVersionId: catalog.version.id, since, today, items, counts: countFindings(items) };
}

function maxDate(a: string | null, b: string): string {
  return a !== null && a > b ? a : b;
}

function countFindings(items: readonly ItemObligation[]): ObligationCounts {
  const has = (kind: string) => items.filter((i) => i.findings.some((f) => f.kind === kind)).length;
  return { blank: has('blank'), late: has('late'), stale: has('stale'), vague: has('vague'), ok: items.filter((i) => i.findings.length === 0).length };
}
