/**
 * kill -9 under write load (see killNine.ts), printed as figures; exits 1 when an acknowledged
 * write is lost or anything is half-written or doubled.
 * Run: node --import tsx bench/scale/killTest.ts [seconds=30] [concurrency=8]
 */
import { runKillNine } from './killNine.ts';
import { integrityHolds } from './writeIntegrity.ts';

const seconds = Number(process.argv[2] ?? 30);
const concurrency = Number(process.argv[3] ?? 8);
const watchdog = setTimeout(() => {
  console.error('kill -9 test: gave up after the time limit');
  process.exit(1);
}, (seconds + 120) * 1000);

const report = await runKillNine({ durationMs: seconds * 1000, killAtMs: (seconds * 1000) / 2, concurrency });
clearTimeout(watchdog);
console.log(`kill -9 under write load: 2 processes behind nginx on PostgreSQL, ${concurrency} writers, ${seconds} s, process ${report.killedPid} killed at ${(report.killedAtMs / 1000).toFixed(1)} s`);
console.log(`  writes sent ${report.sent}, acknowledged (303) ${report.acknowledged} (${report.acknowledgedBeforeKill} before the kill, ${report.acknowledgedAfterKill} after), ${report.writesPerSecond.toFixed(0)} acknowledged writes/s`);
console.log(`  answers by status: ${Object.entries(report.statuses).map(([status, n]) => `${status === '0' ? 'no answer' : status} × ${n}`).join(', ')}`);
console.log(`  failed ${report.failed} (of which committed anyway: ${report.failedButCommitted}); errors seen for ${report.errorWindowMs} ms after the kill`);
console.log(`  acknowledged but missing: ${report.lost}; draft without audit event: ${report.withoutAudit}; audit event without draft: ${report.auditWithoutDocument}; stored twice: ${report.duplicated}; never sent: ${report.unexpected}`);
const ok = integrityHolds(report) && report.acknowledgedAfterKill > 0;
console.log(ok ? '  result: no acknowledged write lost, nothing half-written or doubled, the survivor kept serving' : '  result: FAILED');
process.exit(ok ? 0 : 1);
