/**
 * Issue 11 bench at the scale: N agencies × (50 items, 1,000 documents, 100 applications) built by
 * dataset.ts, on SQLite (a file in /tmp) and/or a private PostgreSQL cluster. First checks that an agency built
 * from copies gives findings like the one built through the use cases (agencyObligations, agencyReadiness, the
 * officer's queue), then the work queue's p50/p95 for an officer, an agency admin, region supervisors of a 县区
 * and of the 自治区 and a system admin; then the region view (measurements.ts; SUPERVISION_BENCH_REGION=0 leaves it out).
 *
 *   node --import tsx bench/supervision/workQueueScale.ts [engine=sqlite|postgres|both] [agencies=1000] [documents=1000] [applications=100] [rounds=30]
 *
 * SUPERVISION_BENCH_KEEP=1 keeps the SQLite file (its path is printed); SUPERVISION_BENCH_SQLITE=that path measures it
 * again without building (after a code change or a migration).
 */
import { databaseAuditLog } from '../../src/app/audit.ts';
import type { AppContext } from '../../src/app/context.ts';
import { agencyObligations } from '../../src/app/supervision/agencyObligations.ts';
import { agencyReadiness } from '../../src/app/supervision/agencyReadiness.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import { SYSTEM_ACTOR, type Actor } from '../../src/domain/accounts/roles.ts';
import { fixedClock } from '../../src/domain/shared/clock.ts';
import type { Engine } from '../../src/storage/database.ts';
import { datasetOn, onEngines, type EngineName } from './benchEngines.ts';
import { SAMPLE_COUNTY } from './catalogSpec.ts';
import { BENCH_TODAY, type SupervisionDataset } from './dataset.ts';
import { measureQueueParts, measureRegionView, percentiles, timed } from './measurements.ts';

const [engineArg = 'both', agencies = '1000', documents = '1000', applications = '100', roundsArg = '30'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const clock = fixedClock(`${BENCH_TODAY}T02:00:00.000Z`);

async function compareRealAndBulk(ctx: AppContext, data: SupervisionDataset) {
  for (const [label, agencyId] of [['use cases', data.realAgencyId], ['bulk copy', data.bulkAgencyId]] as const) {
    const { counts } = await agencyObligations(ctx, { agencyId });
    const readiness = await agencyReadiness(ctx, agencyId);
    const officer = data.agencies.find((a) => a.id === agencyId)!.staff;
    const queue = await workQueue({ ...ctx, actor: officer });
    const byKind = new Map<string, number>();
    for (const line of queue.lines) byKind.set(line.kind, (byKind.get(line.kind) ?? 0) + 1);
    const kinds = [...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ');
    console.log(`  check (${label}): obligations ${JSON.stringify(counts)}; readiness score ${readiness.score}, ${readiness.findings.length} findings, ${readiness.verdict}; officer queue ${queue.lines.length} lines (${kinds})`);
  }
}

async function regionId(engine: Engine, name: string): Promise<string> {
  return (await engine.db.selectFrom('regions').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

async function measureQueues(engine: Engine, ctx: AppContext, data: SupervisionDataset) {
  const first = data.agencies[1]!;
  const actors: [string, Actor][] = [
    ['officer (填表人+复核人 of one agency)', first.staff],
    ['agency admin', { id: 'bench-agency-admin', name: '单位管理员', roles: ['agency_admin'], agencyId: first.id, regionId: null }],
    [`region supervisor of ${SAMPLE_COUNTY}`, { id: 'bench-county', name: '县区监管', roles: ['region_supervisor'], agencyId: null, regionId: await regionId(engine, SAMPLE_COUNTY) }],
    ['region supervisor of 宁夏回族自治区', { id: 'bench-province', name: '自治区监管', roles: ['region_supervisor'], agencyId: null, regionId: await regionId(engine, '宁夏回族自治区') }],
    ['system admin', { id: 'bench-root', name: '系统管理员', roles: ['system_admin'], agencyId: null, regionId: null }],
  ];
  for (const [label, actor] of actors) {
    const actorCtx = { ...ctx, actor };
    const lines = (await workQueue(actorCtx)).lines.length;
    const times = await timed(rounds, () => workQueue(actorCtx));
    console.log(`  workQueue, ${label}: ${lines} lines, ${percentiles(times)}`);
  }
  await measureQueueParts({ ...ctx, actor: actors.at(-1)![1] }, rounds);
}

async function run(name: EngineName, engine: Engine) {
  const data = await datasetOn(name, engine, { agencies: Number(agencies), documents: Number(documents), applications: Number(applications) });
  const ctx: AppContext = { actor: SYSTEM_ACTOR, db: engine.db, clock, audit: databaseAuditLog(clock) };
  await compareRealAndBulk(ctx, data);
  await measureQueues(engine, ctx, data);
  if (process.env.SUPERVISION_BENCH_REGION !== '0') await measureRegionView(engine, ctx, data, rounds);
}

await onEngines(engineArg, run);
