/**
 * Where a work queue's time goes (app/supervision/workQueue.ts): each part of a system administrator's queue —
 * the agencies and their scopes, applications, sign-off steps, 年报, lint, 目录/指南 staleness, grouping — timed
 * on its own, p50/p95 over `rounds` calls after one untimed call.
 */
import type { AppContext } from '../../src/app/context.ts';
import { lintLines, stalenessLines } from '../../src/app/supervision/catalogHealthLines.ts';
import { annualReportLines, applicationLines } from '../../src/app/supervision/deadlineLines.ts';
import { loadQueueAgencies } from '../../src/app/supervision/queueAgencies.ts';
import { signOffLines } from '../../src/app/supervision/signOffLines.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import { groupWorkQueue } from '../../src/domain/supervision/workQueue.ts';
import { percentiles, timed } from './timing.ts';

export async function measureQueueParts(ctx: AppContext, rounds: number): Promise<void> {
  const agencies = await loadQueueAgencies(ctx);
  const lines = (await workQueue(ctx)).lines;
  const parts: [string, () => Promise<unknown>][] = [
    ['loadQueueAgencies', () => loadQueueAgencies(ctx)],
    ['applicationLines', () => applicationLines(ctx)],
    ['signOffLines', () => signOffLines(ctx, agencies)],
    ['annualReportLines', () => annualReportLines(ctx, agencies)],
    ['lintLines', () => lintLines(ctx, agencies)],
    ['stalenessLines', () => stalenessLines(ctx, agencies)],
    ['groupWorkQueue', async () => groupWorkQueue(lines)],
  ];
  for (const [label, part] of parts) console.log(`    ${label}: ${percentiles(await timed(rounds, part))}`);
}
