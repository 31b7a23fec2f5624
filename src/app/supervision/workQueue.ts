import { groupWorkQueue, type WorkQueueGroup, type WorkQueueLine } from '../../domain/supervision/workQueue.ts';
import { publishedItemObligations } from './publishedItemObligations.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { AppContext } from '../context.ts';
import { catalogItemLine, type CatalogItemObligationSource } from './catalogItemLines.ts';
import { lintLines, stalenessLines } from './catalogHealthLines.ts';
import { annualReportLines, applicationLines } from './deadlineLines.ts';
import { agenciesWhere, loadQueueAgencies, type QueueAgency } from './queueAgencies.ts';
import { signOffLines } from './signOffLines.ts';

export interface WorkQueue {
  today: LocalDate;
  groups: WorkQueueGroup[];
  /** All lines in the groups' order (for counts and the weekly summary). */
  lines: WorkQueueLine[];
}

export interface WorkQueueOptions {
  /** "Catalog items blank or late" (catalogItemLines.ts): by default from the published items' 公开时限 (publishedItemObligations.ts). */
  catalogItemObligations?: CatalogItemObligationSource;
}

async function catalogItemQueueLines(ctx: AppContext, agencies: readonly QueueAgency[], source: CatalogItemObligationSource | undefined): Promise<WorkQueueLine[]> {
  const mine = agenciesWhere(ctx, agencies, 'document.edit');
  if (!source || !mine.length) return [];
  const names = new Map(mine.map((a) => [a.id, a.name]));
  return (await source(ctx, mine)).filter((o) => names.has(o.agencyId)).map((o) => catalogItemLine(o, names.get(o.agencyId)!));
}

/**
 * The signed-in actor's work queue (工作台待办, issue 11): every line is checked against the role table
 * (domain/accounts/roles.ts) for its agency — applications they may open, sign-off steps that are theirs,
 * lint and staleness of catalogs they edit, the 年报 of agencies where they prepare or sign it.
 * Read-only: nothing is recorded.
 */
export async function workQueue(ctx: AppContext, options: WorkQueueOptions = {}): Promise<WorkQueue> {
  const agencies = await loadQueueAgencies(ctx);
  const parts = [
    await applicationLines(ctx),
    await catalogItemQueueLines(ctx, agencies, options.catalogItemObligations ?? publishedItemObligations),
    await signOffLines(ctx, agencies),
    await annualReportLines(ctx, agencies),
    await lintLines(ctx, agencies),
    await stalenessLines(ctx, agencies),
  ];
  const groups = groupWorkQueue(parts.flat());
  return { today: ctx.clock.today(), groups, lines: groups.flatMap((group) => group.lines) };
}
