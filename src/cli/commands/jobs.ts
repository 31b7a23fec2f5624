import type { Command } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { JOB_RAN, JobRunner } from '../../app/operations/jobRunner.ts';
import { scheduledJobs } from '../../app/operations/jobCatalog.ts';
import type { JobDefinition } from '../../app/operations/job.ts';
import { listScheduledJobs, type StoredJob } from '../../app/operations/listScheduledJobs.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { chinaMinuteOf } from '../../domain/shared/clock.ts';

const HELP = `用法：
  gongkai jobs            列出定时任务：上次运行、下次运行、运行次数、上次错误
  gongkai jobs run 名称    立即运行一个任务（其他进程正在运行时不重复运行）

定时任务由 gongkai serve 的每个进程执行，多个进程共用数据库时每次只由一个进程执行；
任务出错时记录错误，到下一个周期再试。时间为北京时间。`;

const usage = (why: string) => new ValidationError(`gongkai jobs: ${why}（用 gongkai jobs --help 查看用法）`);

function every(ms: number): string {
  if (ms < 60_000) return `每${Math.round(ms / 1000)}秒`;
  const minutes = Math.round(ms / 60_000);
  return minutes % 1440 === 0 ? `每${minutes / 1440}天` : minutes % 60 === 0 ? `每${minutes / 60}小时` : `每${minutes}分钟`;
}

function jobLines(job: JobDefinition, row: StoredJob | undefined): string[] {
  const head = `${job.name}  ${job.label}（${every(job.intervalMs)}）`;
  if (!row) return [head, '  尚未运行（gongkai serve 启动后登记）'];
  return [
    head,
    `  上次运行：${row.lastRunAt ? chinaMinuteOf(row.lastRunAt) : '无'}  下次运行：${chinaMinuteOf(row.nextRunAt)}  运行次数：${row.runCount}`,
    `  上次错误：${row.lastError ?? '无'}${row.lockedBy ? `  正在运行：${row.lockedBy}` : ''}`,
  ];
}

export const jobsCommand: Command = {
  name: 'jobs',
  summary: '查看定时任务的运行情况，或立即运行一个任务',
  help: HELP,
  async run(args, io) {
    const { positionals } = parseFlags('jobs', args, {});
    const [action, name, ...extra] = positionals;
    if (extra.length) throw usage(`多余的参数：${extra.join(' ')}`);
    const ctx = await cliContext(io);
    if (action === undefined || action === 'list') {
      for (const { job, state } of await listScheduledJobs(ctx)) for (const line of jobLines(job, state ?? undefined)) io.out(line);
      return 0;
    }
    if (action !== 'run') throw usage(`未知操作：${action}`);
    if (!name) throw usage('请给出任务名称');
    // What jobs write to the log (the outbox's log sender) is printed as JSON lines, as `gongkai serve` does; the run's note follows in Chinese.
    const info = (fields: Record<string, unknown>, msg: string) => (msg === JOB_RAN ? undefined : io.out(JSON.stringify({ level: 'info', msg, ...fields })));
    const log = { info, error: () => undefined };
    const run = await new JobRunner({ ctx, jobs: scheduledJobs(), log }).runNow(name);
    if (!run) {
      io.err(`任务 ${name} 正由其他进程运行，请稍后再试`);
      return 1;
    }
    if (!run.ok) {
      io.err(`任务 ${name} 运行失败：${run.note}`);
      return 1;
    }
    io.out(`已运行 ${name}：${run.note ?? '没有需要处理的内容'}`);
    return 0;
  },
};
