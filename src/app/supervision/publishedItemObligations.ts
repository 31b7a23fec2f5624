import type { AppContext } from '../context.ts';
import type { ItemObligation } from '../../domain/supervision/itemObligations.ts';
import { agencyObligations } from './agencyObligations.ts';
import type { CatalogItemObligation, CatalogItemObligationSource } from './catalogItemLines.ts';
import type { QueueAgency } from './queueAgencies.ts';

function itemLabel(item: ItemObligation): string {
  return item.level2 ? `${item.level1} · ${item.level2}` : item.level1;
}

type Finding = ItemObligation['findings'][number];
type BlankPeriod = Extract<Finding, { kind: 'blank' }>['periods'][number];
type LateDocument = Extract<Finding, { kind: 'late' }>['documents'][number];

/** The blank periods of an item in one line (three years of a monthly item would otherwise fill the queue): due from the first. */
function blankDetail(periods: readonly BlankPeriod[]): { dueOn: string; detail: string } {
  const [first, last] = [periods[0]!, periods.at(-1)!];
  if (periods.length === 1) return { dueOn: first.due, detail: `${first.label}应于${first.due}前公开` };
  return { dueOn: first.due, detail: `共${periods.length}期（${first.label}至${last.label}）未公开，最早一期应于${first.due}前公开` };
}

function lateDetail(documents: readonly LateDocument[]): { dueOn: string; detail: string } {
  const one = (doc: LateDocument) => `「${doc.title}」应于${doc.dueDate}前公开，${doc.publishedOn}才发布（晚${doc.workingDaysLate}个工作日）`;
  const newest = [...documents].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))[0]!;
  if (documents.length === 1) return { dueOn: newest.dueDate, detail: one(newest) };
  return { dueOn: newest.dueDate, detail: `共${documents.length}件文件逾期公开，最近一件${one(newest)}` };
}

/** One queue line per item and kind of finding: its blank periods, its late documents (the obligations of its 公开时限). */
function linesOf(agencyId: string, versionId: string, item: ItemObligation & { itemId: string }): CatalogItemObligation[] {
  const base = { agencyId, versionId, itemId: item.itemId, itemLabel: itemLabel(item) };
  return item.findings.flatMap((finding): CatalogItemObligation[] => {
    if (finding.kind === 'blank' && finding.periods.length) return [{ ...base, finding: 'blank', ...blankDetail(finding.periods) }];
    if (finding.kind === 'late' && finding.documents.length) return [{ ...base, finding: 'late', ...lateDetail(finding.documents) }];
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
