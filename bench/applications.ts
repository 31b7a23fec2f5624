/**
 * 依申请公开 register bench (issue 9): 100,000 applications over 100 agencies (sizes skewed, the
 * largest ≈ 9 %), 2025-01 … 2026-12-07, ≈ 12 % open, with 补正, consultations, fees and extensions;
 * then the register's filtered list (target p95 < 50 ms) and calendar edits that recompute every
 * open deadline (target < 5 s), on SQLite (a WAL file in /tmp) or a private PostgreSQL cluster.
 *
 *   BENCH_ENGINE=sqlite|postgres node --import tsx bench/applications.ts [applications=100000] [agencies=100] [rounds=100]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCalendar } from '../src/app/calendar/loadCalendar.ts';
import { fixedClock } from '../src/domain/shared/clock.ts';
import { openDatabase, type Engine } from '../src/storage/database.ts';
import { generateApplications, seededRandom } from './applications/ledgers.ts';
import { measureList } from './applications/measureList.ts';
import { measureRecompute } from './applications/measureRecompute.ts';
import { seedAgencies, seedApplications } from './applications/seedRegister.ts';
import { openPostgresBenchDatabase } from './postgresBenchDatabase.ts';

const count = Number(process.argv[2] ?? 100_000);
const agencyCount = Number(process.argv[3] ?? 100);
const rounds = Number(process.argv[4] ?? 100);
const engineName = process.env.BENCH_ENGINE ?? 'sqlite';
const TODAY = '2026-12-07';
const clock = fixedClock(`${TODAY}T02:00:00.000Z`);

async function openBenchDatabase(): Promise<{ engine: Engine; close(): Promise<void> }> {
  if (engineName === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-appbench-'));
    const engine = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
    return { engine, close: async () => { await engine.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  if (engineName !== 'postgres') throw new Error(`BENCH_ENGINE must be sqlite or postgres, not ${engineName}`);
  const engine = await openPostgresBenchDatabase('appbench');
  return { engine, close: async () => engine.close() };
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
const { engine, close } = await openBenchDatabase();
try {
  const calendar = await loadCalendar({ db: engine.db });
  const weights = Array.from({ length: agencyCount }, (_, i) => 1 / (i + 1) ** 0.7);
  let started = performance.now();
  const specs = generateApplications({ count, agencyWeights: weights, today: TODAY, calendar });
  const generatedMs = performance.now() - started;
  started = performance.now();
  const agencies = await seedAgencies(engine, agencyCount, clock.now());
  const seeded = await seedApplications(engine, specs, agencies, calendar);
  console.log(`${engineName}: ${count} applications over ${agencyCount} agencies generated in ${(generatedMs / 1000).toFixed(1)} s, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const statuses = await engine.db.selectFrom('applications').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').orderBy('status').execute();
  console.log(`  statuses: ${statuses.map((s) => `${s.status} ${s.n}`).join(', ')}`);
  const kinds = await engine.db.selectFrom('application_events').select(['type', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('type').orderBy('type').execute();
  console.log(`  ledger events: ${kinds.map((k) => `${k.type} ${k.n}`).join(', ')}`);
  for (const line of await measureList(engine, agencies, seeded, clock, seededRandom(11), rounds)) console.log(`  ${line}`);
  for (const line of await measureRecompute(engine, clock)) console.log(`  ${line}`);
} finally {
  await close();
}
