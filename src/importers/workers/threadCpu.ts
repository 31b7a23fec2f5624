import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/**
 * CPU time of one thread, from Linux's /proc (proc(5): utime and stime, fields 14 and 15 of
 * /proc/<pid>/task/<tid>/stat, in USER_HZ = 100 ticks a second). process.cpuUsage() in a worker
 * is process-wide, so the pool reads the worker thread's own counters instead: CPU time does not
 * grow when other processes load the machine, so a budget on it never fails a good file.
 */
const USER_HZ = 100;

function cpuMsOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}

/** The calling thread's id (a worker calls this at start and reports it); null where /proc is not there. */
export function currentThreadId(): number | null {
  try {
    const id = Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ', 1)[0]);
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds used so far by thread `threadId` of this process; null when it cannot be read. */
export async function threadCpuMs(threadId: number): Promise<number | null> {
  try {
    const ms = cpuMsOf(await readFile(`/proc/self/task/${threadId}/stat`, 'utf8'));
    return Number.isFinite(ms) ? ms : null;
  } catch {
    return null;
  }
}
