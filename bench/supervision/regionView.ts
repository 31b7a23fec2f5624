/**
 * The region supervisor's view at the bench's scale (issue 11, deliverable 4): refreshSupervisionSnapshots for every
 * agency (timed one by one: per agency and in total), then regionSupervision for the 自治区 and for a 市 as their
 * region supervisor, p50/p95 over `rounds` calls read from the stored snapshots.
 */
import type { AppContext } from '../../src/app/context.ts';
import { refreshSupervisionSnapshots } from '../../src/app/supervision/refreshSupervisionSnapshots.ts';
import { regionSupervision } from '../../src/app/supervision/regionSupervision.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import type { Engine } from '../../src/storage/database.ts';
import { SAMPLE_CITY } from './catalogSpec.ts';
import type { SupervisionDataset } from './dataset.ts';
import { percentiles, timed } from './timing.ts';

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
