/**
 * Crash safety under write load: two processes behind nginx on PostgreSQL, staff writes through
 * nginx, `kill -9` of one process midway, the load goes on against the survivor, then the database
 * is compared with every acknowledged write (writeIntegrity.ts).
 */
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../src/storage/database.ts';
import { startDeployment } from './deployment.ts';
import { checkWrites, type IntegrityReport } from './writeIntegrity.ts';
import { acknowledged, signInStaff, startWriteLoad } from './writeLoad.ts';

export interface KillNineOptions {
  durationMs: number;
  killAtMs: number;
  concurrency: number;
  /** A running PostgreSQL server to create the database in (else a private cluster). */
  postgresServerUrl?: string;
}

export interface KillNineReport extends IntegrityReport {
  killedPid: number;
  killedAtMs: number;
  /** Acknowledged writes answered before / after the kill. */
  acknowledgedBeforeKill: number;
  acknowledgedAfterKill: number;
  /** Time from the kill to the last failed answer (how long clients saw errors). */
  errorWindowMs: number;
  /** Acknowledged writes per second over the whole run. */
  writesPerSecond: number;
}

export async function runKillNine(options: KillNineOptions): Promise<KillNineReport> {
  const deployment = await startDeployment({ engine: 'postgres', processes: 2, nginx: true, postgresServerUrl: options.postgresServerUrl });
  try {
    const credentials = await signInStaff(deployment.entryUrl, deployment.data);
    const prefix = `kill9-${randomBytes(4).toString('hex')}`;
    const load = startWriteLoad({ entryUrl: deployment.entryUrl, data: deployment.data, credentials, prefix, concurrency: options.concurrency, durationMs: options.durationMs });
    await new Promise((resolve) => setTimeout(resolve, options.killAtMs));
    const victim = deployment.processes[0]!;
    const killedAtMs = Date.now() - load.startedAt;
    await victim.kill9();
    const outcomes = await load.done;
    const engine = await openDatabase(deployment.databaseUrl);
    const report = await checkWrites(engine.db, prefix, outcomes).finally(() => engine.close());
    const acked = outcomes.filter(acknowledged);
    const lastFailure = Math.max(killedAtMs, ...outcomes.filter((o) => !acknowledged(o)).map((o) => o.atMs));
    return {
      ...report,
      killedPid: victim.pid,
      killedAtMs,
      acknowledgedBeforeKill: acked.filter((o) => o.atMs <= killedAtMs).length,
      acknowledgedAfterKill: acked.filter((o) => o.atMs > killedAtMs).length,
      errorWindowMs: lastFailure - killedAtMs,
      writesPerSecond: acked.length / (options.durationMs / 1000),
    };
  } finally {
    await deployment.stop();
  }
}
