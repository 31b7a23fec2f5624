import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppContext } from '../context.ts';
import { claimJob, ensureJob, finishJob, listDueJobNames } from '../../storage/repositories/job.repository.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { errorLine, type JobDefinition, type JobLog } from './job.ts';

export type { JobLog };

export interface JobRunnerOptions {
  /** The system's context (actor, database, clock, audit); jobs run with it. */
  ctx: AppContext;
  jobs: JobDefinition[];
  /** This process's name in jobs.locked_by. */
  owner?: string;
  /** How long a claim holds before another process may take the job over (a crashed holder). */
  leaseMs?: number;
  log?: JobLog;
}

export interface JobRun {
  name: string;
  ok: boolean;
  note: string | null;
}

/** The runner's own log line after a job with a note (the CLI prints the note itself). */
export const JOB_RAN = 'job ran';

const silent: JobLog = { info: () => undefined, error: () => undefined };
const later = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();

/**
 * Runs the due jobs of the `jobs` table, one at a time, in any number of processes at once:
 * each run is preceded by an atomic claim (job.repository.ts claimJob), so exactly one process
 * runs a due job; a failure is kept in last_error and the job is retried at the next interval.
 */
export class JobRunner {
  readonly owner: string;
  private readonly leaseMs: number;
  private readonly log: JobLog;
  private readonly byName: Map<string, JobDefinition>;
  private registered = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> = Promise.resolve();
  private busy = false;
  private stopped = false;

  constructor(private readonly options: JobRunnerOptions) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.log = options.log ?? silent;
    this.byName = new Map(options.jobs.map((job) => [job.name, job]));
  }

  /** Make sure every job has its row (first run due now). */
  async register(): Promise<void> {
    if (this.registered) return;
    const now = this.options.ctx.clock.now();
    for (const job of this.options.jobs) await ensureJob(this.options.ctx.db, job.name, job.intervalMs, now);
    this.registered = true;
  }

  /** Claim and run every job that is due now; returns the runs this process made. */
  async tick(): Promise<JobRun[]> {
    await this.register();
    const runs: JobRun[] = [];
    for (const name of await listDueJobNames(this.options.ctx.db, this.options.ctx.clock.now())) {
      const job = this.byName.get(name);
      if (!job) continue;
      const run = await this.claimAndRun(job, true);
      if (run) runs.push(run);
    }
    return runs;
  }

  /** Run one job now, due or not (`gongkai jobs run NAME`); null if another process holds it. */
  async runNow(name: string): Promise<JobRun | null> {
    const job = this.byName.get(name);
    if (!job) throw new DomainError('validation.failed', `没有名为「${name}」的定时任务（可用：${[...this.byName.keys()].join('、')}）`);
    await this.register();
    return this.claimAndRun(job, false);
  }

  private async claimAndRun(job: JobDefinition, dueOnly: boolean): Promise<JobRun | null> {
    const { ctx } = this.options;
    const now = ctx.clock.now();
    const claimed = await claimJob(ctx.db, { name: job.name, owner: this.owner, now, leaseUntil: later(now, this.leaseMs), dueOnly });
    if (!claimed) return null;
    let run: JobRun;
    try {
      run = { name: job.name, ok: true, note: await job.run(ctx, { log: this.log }) };
      if (run.note) this.log.info({ job: job.name, note: run.note }, JOB_RAN);
    } catch (error) {
      run = { name: job.name, ok: false, note: errorLine(error) };
      this.log.error({ job: job.name, err: error }, 'job failed');
    }
    const ranAt = ctx.clock.now();
    await finishJob(ctx.db, { name: job.name, owner: this.owner, ranAt, nextRunAt: later(ranAt, job.intervalMs), error: run.ok ? null : run.note });
    return run;
  }

  /** Tick every `pollMs`, skipping a tick while the previous one still runs (the timer does not keep the process alive). */
  start(pollMs = 15_000): void {
    if (this.timer) return;
    this.stopped = false;
    const tick = () => {
      if (this.busy || this.stopped) return;
      this.busy = true;
      this.current = this.tick()
        .catch((error: unknown) => this.log.error({ err: error }, 'job runner tick failed'))
        .finally(() => {
          this.busy = false;
        });
    };
    tick();
    this.timer = setInterval(tick, pollMs);
    this.timer.unref();
  }

  /** Stop ticking and wait for the job in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.current;
  }
}
