/**
 * What the supervision bench measures beyond the queues themselves: the timing helpers (one untimed warm-up call, then
 * `rounds` timed calls), a system administrator's work queue part by part (app/supervision/workQueue.ts: agencies and
 * scopes, applications, sign-off steps, 年报, lint, 目录/指南 staleness, grouping), and the region supervisor's view
 * (issue 11, deliverable 4): refreshSupervisionSnapshots for every agency, timed one by one, then regionSupervision for
 * the 自治区 and for a 市 as their region supervisor, read from the stored snapshots.
 */
import type { Actor } from '../../src/domain/accounts/roles.ts';
import type { AppContext } from '../../src/app/context.ts';
import type { Engine } from '../../src/storage/database.ts';
import type { SupervisionDataset } from './dataset.ts';
import { SAMPLE_CITY } from './catalogSpec.ts';
import { annualReportLines, applicationLines } from '../../src/app/supervision/deadlineLines.ts';
import { groupWorkQueue } from '../../src/domain/supervision/workQueue.ts';
import { lintLines, stalenessLines } from '../../src/app/supervision/catalogHealthLines.ts';
import { loadQueueAgencies } from '../../src/app/supervision/queueAgencies.ts';
import { refreshSupervisionSnapshots } from '../../src/app/supervision/refreshSupervisionSnapshots.ts';
import { regionSupervision } from '../../src/app/supervision/regionSupervision.ts';
import { signOffLines } from '../../src/app/supervision/signOffLines.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';

export async function timed(rounds: number, work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

export function percentiles(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!.toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (${sorted.length} rounds)`;
}

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

async function supervisorOf(engine: Engine, region: string): Promise<Actor> {
  const { id } = await engine.db.selectFrom('regions').select('id').where('name', '=', region).executeTakeFirstOrThrow();
  return { id: `bench-supervisor-${id}`, name: `${region}监管`, roles: ['region_supervisor'], agencyId: null, regionId: id };
}

export async function measureRegionView(engine: Engine, ctx: AppContext, data: SupervisionDataset, rounds: number): Promise<void> {
  const perAgency: number[] = [];
  const started = performance.now();
  for (const agency of data.agencies) {
    const t = performance.now();
    await refreshSupervisionSnapshots(ctx, [agency.id]);
    perAgency.push(performance.now() - t);
  }
  console.log(`  refreshSupervisionSnapshots: ${data.agencies.length} agencies in ${((performance.now() - started) / 1000).toFixed(1)} s; per agency ${percentiles(perAgency).replace('rounds', 'agencies')}`);
  for (const region of ['宁夏回族自治区', SAMPLE_CITY]) {
    const supervisor = { ...ctx, actor: await supervisorOf(engine, region) };
    const view = await regionSupervision(supervisor, region);
    const times = await timed(rounds, () => regionSupervision(supervisor, region));
    console.log(`  regionSupervision(${region}): ${view.rows.length} agencies, ${view.stale} stale, ${percentiles(times)}`);
  }
}
