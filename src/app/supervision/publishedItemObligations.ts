import type { AppContext } from '../context.ts';
import type { ItemObligation } from '../../domain/supervision/itemObligations.ts';
import { agencyObligations } from './agencyObligations.ts';
import type { CatalogItemObligation, CatalogItemObligationSource } from './catalogItemLines.ts';
import type { QueueAgency } from './queueAgencies.ts';

function itemLabel(item: ItemObligation): string {
  return item.level2 ? `${item.level1} · ${item.level2}` : item.level1;
}

/** One queue line per blank period and per late document of an item (the obligations of its 公开时限). */
function linesOf(agencyId: string, versionId: string, item: ItemObligation & { itemId: string }): CatalogItemObligation[] {
  const base = { agencyId, versionId, itemId: item.itemId, itemLabel: itemLabel(item) };
  return item.findings.flatMap((finding): CatalogItemObligation[] => {
    if (finding.kind === 'blank') return finding.periods.map((period) => ({ ...base, finding: 'blank', dueOn: period.due, detail: `${period.label}应于${period.due}前公开` }));
    if (finding.kind === 'late') {
      return finding.documents.map((doc) => ({ ...base, finding: 'late', dueOn: doc.dueDate, detail: `「${doc.title}」应于${doc.dueDate}前公开，${doc.publishedOn}才发布（晚${doc.workingDaysLate}个工作日）` }));
    }
    return [];
  });
}

/**
 * The work queue's "catalog items blank or late" (issue 11): from each published item's 公开时限 (agencyObligations).
 * Only the actor's own agency: an officer's queue is about their own catalog, and computing every agency's
 * obligations for a system administrator would cost seconds on every visit to the 工作台.
 */
export const publishedItemObligations: CatalogItemObligationSource = async (ctx: AppContext, agencies: readonly QueueAgency[]) => {
  const own = agencies.filter((agency) => agency.id === ctx.actor.agencyId);
  const lines: CatalogItemObligation[] = [];
  for (const agency of own) {
    const result = await agencyObligations(ctx, { agencyId: agency.id });
    if (!result.catalogVersionId) continue;
    for (const item of result.items) lines.push(...linesOf(agency.id, result.catalogVersionId, item));
  }
  return lines;
};
