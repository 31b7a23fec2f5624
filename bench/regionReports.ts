/**
 * Region view bench (issue 10): 各单位年报情况 of a region whose agencies have no stored report, so every
 * agency's tables 三 and 四 are computed from its register (the slowest case), then the page's xlsx and CSV.
 * Applications as in bench/applications.ts (skewed over the agencies, 2025-01 … 2026-12-07), on SQLite.
 *
 *   node --import tsx bench/regionReports.ts [applications=100000] [agencies=100] [rounds=5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseAuditLog } from '../src/app/audit.ts';
import { loadCalendar } from '../src/app/calendar/loadCalendar.ts';
import { regionReportOverview } from '../src/app/reports/regionReportOverview.ts';
import { SYSTEM_ACTOR } from '../src/domain/accounts/roles.ts';
import { fixedClock } from '../src/domain/shared/clock.ts';
import { exportTableBlocks } from '../src/exporters/annualReport/tableBlocks.ts';
import { openDatabase } from '../src/storage/database.ts';
import { overviewBlocks } from '../src/web/admin/reports/regionReportPresenters.ts';
import { generateApplications } from './applications/ledgers.ts';
import { seedAgencies, seedApplications } from './applications/seedRegister.ts';

const count = Number(process.argv[2] ?? 100_000);
const agencyCount = Number(process.argv[3] ?? 100);
const rounds = Number(process.argv[4] ?? 5);
const TODAY = '2026-12-07';
const clock = fixedClock(`${TODAY}T02:00:00.000Z`);

const dir = mkdtempSync(join(tmpdir(), 'gongkai-regionbench-'));
const engine = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
try {
  const calendar = await loadCalendar({ db: engine.db });
  const weights = Array.from({ length: agencyCount }, (_, i) => 1 / (i + 1) ** 0.7);
  const agencies = await seedAgencies(engine, agencyCount, clock.now());
  await seedApplications(engine, generateApplications({ count, agencyWeights: weights, today: TODAY, calendar }), agencies, calendar);
  const ctx = { actor: SYSTEM_ACTOR, db: engine.db, clock, audit: databaseAuditLog(clock) };
  const times: number[] = [];
  let overview = await regionReportOverview(ctx, '宁夏回族自治区', 2025);
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    overview = await regionReportOverview(ctx, '宁夏回族自治区', 2025);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`sqlite: ${count} applications, ${agencyCount} agencies, all tables computed: overview median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms (${rounds} rounds)`);
  console.log(`  region sum 2025: 新收 ${overview.sums.table3.newReceived.total}, 结转下年 ${overview.sums.table3.carriedForward.total}`);
  for (const format of ['xlsx', 'csv'] as const) {
    const started = performance.now();
    const bytes = await exportTableBlocks(overviewBlocks(overview, 'agency'), format);
    console.log(`  ${format}: ${bytes.byteLength} bytes in ${(performance.now() - started).toFixed(0)} ms`);
  }
} finally {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
}
