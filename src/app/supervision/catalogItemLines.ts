import type { LocalDate } from '../../domain/shared/clock.ts';
import type { WorkQueueLine } from '../../domain/supervision/workQueue.ts';
import type { AppContext } from '../context.ts';
import type { QueueAgency } from './queueAgencies.ts';

/**
 * "Catalog items blank or late" in the work queue (issue 11). The obligations per item come from each published
 * item's parsed 公开时限 (publishedItemObligations.ts over agencyObligations): a periodic item whose period passed
 * without a publication is blank (未公开), an event-driven one published after its deadline is late (逾期公开).
 * The source returns one CatalogItemObligation per finding; catalogItemLine turns it into a queue line.
 */
export interface CatalogItemObligation {
  agencyId: string;
  /** The published catalog version and the item (for the link). */
  versionId: string;
  itemId: string;
  /** The item as staff know it: 「第3项 财政预决算」. */
  itemLabel: string;
  finding: 'blank' | 'late';
  /** blank: the period's end (「2026年第三季度」 ends 2026-09-30 + the time limit); late: the deadline missed. */
  dueOn: LocalDate;
  /** What is missing or late, in Chinese (「2026年第三季度未公开」). */
  detail: string;
}

/** Finds the obligations of these agencies (those where the actor may edit documents) as of ctx.clock.today(). */
export type CatalogItemObligationSource = (ctx: AppContext, agencies: readonly QueueAgency[]) => Promise<CatalogItemObligation[]>;

/** A blank or late item as a work-queue line, linked to the item's page where its documents are listed. */
export function catalogItemLine(obligation: CatalogItemObligation, agencyName: string): WorkQueueLine {
  const what = obligation.finding === 'blank' ? '未公开' : '逾期公开';
  return {
    kind: 'catalogItem', agencyId: obligation.agencyId, agencyName,
    title: `${obligation.itemLabel}：${obligation.detail}（${what}）`,
    dueOn: obligation.dueOn, since: null, tone: 'overdue',
    href: `/admin/versions/${obligation.versionId}/items/${obligation.itemId}`,
  };
}
