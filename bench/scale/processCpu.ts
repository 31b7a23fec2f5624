/**
 * CPU time used by processes, from /proc/PID/stat (utime + stime, Linux). On a machine shared
 * with other work, requests/s is our share of the CPU; CPU milliseconds per request is not, so
 * the scale-out bench prints both.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU milliseconds used so far by each live process in `pids` (a process that is gone is left out). */
export function cpuByPid(pids: readonly number[]): Map<number, number> {
  const used = new Map<number, number>();
  for (const pid of pids) {
    try {
      // Fields after the command name "(…)": state is field 3, utime 14, stime 15.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      used.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // the process has exited
    }
  }
  return used;
}

/**
 * CPU milliseconds the processes used since `before` (from cpuByPid). A process that exited in
 * between is not counted (its last figures are unknown), so with short-lived processes (pooled
 * PostgreSQL connections closed when idle) the result is a lower bound.
 */
export function cpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, now] of cpuByPid([...before.keys()])) total += now - before.get(pid)!;
  return total;
}

/** The children of a process (nginx's workers under its master), from /proc. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The PostgreSQL server processes serving `databaseUrl`'s database right now (the app's pooled connections). */
export async function postgresBackendPids(databaseUrl: string): Promise<number[]> {
  if (!databaseUrl.startsWith('postgres')) return [];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}
