/**
 * Issue 11 bench of the region supervisor's web pages at the scale ("region view p95 < 300 ms on SQLite and on
 * PostgreSQL"): the dataset of dataset.ts, every snapshot refreshed (refreshSupervisionSnapshots), then the real web app
 * (buildServer) in this process, signed in through POST /login as the region supervisors of 宁夏回族自治区 and of 银川市
 * (accounts made with createUser), timing the full Fastify request path with `inject` (30 rounds after one untimed call):
 * GET /admin/supervision by default, sorted by 检查准备得分, filtered to 单项否决, its export.xlsx and export.csv, and the
 * drill-down /admin/supervision/agencies/:id of an agency with `documents` documents (computed live, not stored).
 *
 *   node --import tsx bench/supervision/regionPage.ts [engine=sqlite|postgres|both] [agencies=1000] [documents=1000] [applications=100] [rounds=30]
 *
 * SUPERVISION_BENCH_KEEP / SUPERVISION_BENCH_SQLITE as in workQueueScale.ts (benchEngines.ts).
 */
import type { FastifyInstance } from 'fastify';
import { databaseAuditLog } from '../../src/app/audit.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import type { AppContext } from '../../src/app/context.ts';
import { refreshSupervisionSnapshots } from '../../src/app/supervision/refreshSupervisionSnapshots.ts';
import { SYSTEM_ACTOR } from '../../src/domain/accounts/roles.ts';
import { fixedClock } from '../../src/domain/shared/clock.ts';
import type { Engine } from '../../src/storage/database.ts';
import { buildServer } from '../../src/web/shared/server.ts';
import { WebClient } from '../../test/helpers/webApp.ts';
import { datasetOn, loadAverage, onEngines, type EngineName } from './benchEngines.ts';
import { SAMPLE_CITY } from './catalogSpec.ts';
import { BENCH_TODAY } from './dataset.ts';
import { percentiles, timed } from './measurements.ts';

const [engineArg = 'both', agencies = '1000', documents = '1000', applications = '100', roundsArg = '30'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const clock = fixedClock(`${BENCH_TODAY}T02:00:00.000Z`);
const PASSWORD = 'bench-supervisor-password-0123';

async function refreshAll(ctx: AppContext, agencyIds: readonly string[]): Promise<void> {
  const started = performance.now();
  for (let at = 0; at < agencyIds.length; at += 100) await refreshSupervisionSnapshots(ctx, agencyIds.slice(at, at + 100));
  console.log(`  refreshSupervisionSnapshots: ${agencyIds.length} agencies in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** A region supervisor made through the use case, signed in through GET+POST /login like a browser. */
async function supervisorSession(app: FastifyInstance, ctx: AppContext, region: string): Promise<{ client: WebClient; regionId: string }> {
  const { id: regionId } = await ctx.db.selectFrom('regions').select('id').where('name', '=', region).executeTakeFirstOrThrow();
  const username = `bench-supervisor-${regionId.slice(0, 8)}-${Date.now()}`;
  await createUser(ctx, { username, displayName: `${region}监督员`, password: PASSWORD, roles: ['region_supervisor'], agencyId: null, regionId });
  const client = new WebClient(app);
  const answer = await client.login(username, PASSWORD);
  if (answer.statusCode !== 303) throw new Error(`sign-in as ${username} answered ${answer.statusCode}`);
  return { client, regionId };
}

/** One page, its answer checked (200, and the rows it should show), then timed. */
async function measurePage(client: WebClient, label: string, url: string): Promise<void> {
  const first = await client.get(url);
  if (first.statusCode !== 200) throw new Error(`${url} answered ${first.statusCode}: ${first.body.slice(0, 300)}`);
  const times = await timed(rounds, async () => {
    const answer = await client.get(url);
    if (answer.statusCode !== 200) throw new Error(`${url} answered ${answer.statusCode}`);
  });
  const links = (first.body.match(/href="\/admin\/supervision\/agencies\//g) ?? []).length;
  const rows = (first.headers['content-type'] ?? '').toString().startsWith('text/html') ? `, ${links} agency links` : '';
  console.log(`  ${label}: ${(first.rawPayload.length / 1024).toFixed(0)} KiB${rows}, ${percentiles(times)}`);
}

async function measureRegion(client: WebClient, region: string, regionId: string): Promise<void> {
  const base = `/admin/supervision?region=${regionId}`;
  await measurePage(client, `GET /admin/supervision (${region}, default sort)`, base);
  await measurePage(client, `  sorted by 检查准备得分`, `${base}&sort=score`);
  await measurePage(client, `  only 单项否决 (veto=1)`, `${base}&veto=1`);
  await measurePage(client, `  export.xlsx`, `/admin/supervision/export.xlsx?region=${regionId}`);
  await measurePage(client, `  export.csv`, `/admin/supervision/export.csv?region=${regionId}`);
}

async function run(name: EngineName, engine: Engine): Promise<void> {
  const data = await datasetOn(name, engine, { agencies: Number(agencies), documents: Number(documents), applications: Number(applications) });
  const ctx: AppContext = { actor: SYSTEM_ACTOR, db: engine.db, clock, audit: databaseAuditLog(clock) };
  await refreshAll(ctx, data.agencies.map((agency) => agency.id));
  const app = await buildServer({ engine, clock });
  await app.ready();
  try {
    console.log(`  load average before the pages: ${loadAverage()}`);
    const province = await supervisorSession(app, ctx, '宁夏回族自治区');
    await measureRegion(province.client, '宁夏回族自治区', province.regionId);
    const city = await supervisorSession(app, ctx, SAMPLE_CITY);
    await measureRegion(city.client, SAMPLE_CITY, city.regionId);
    await measurePage(province.client, `GET /admin/supervision/agencies/:id (drill-down, ${documents} documents, use cases)`, `/admin/supervision/agencies/${data.realAgencyId}`);
    await measurePage(province.client, `GET /admin/supervision/agencies/:id (drill-down, ${documents} documents, bulk copy)`, `/admin/supervision/agencies/${data.bulkAgencyId}`);
    console.log(`  load average after the pages: ${loadAverage()}`);
  } finally {
    await app.close();
  }
}

await onEngines(engineArg, run);
