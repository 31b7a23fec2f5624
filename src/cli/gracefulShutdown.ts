import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../app/operations/jobRunner.ts';
import type { Engine } from '../app/context.ts';
import type { CommandIO } from './command.ts';

/** In-flight requests get this long after SIGTERM/SIGINT; then their connections are cut. */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  app: FastifyInstance;
  runner: JobRunner;
  engine: Engine;
  io: CommandIO;
  graceMs?: number;
  exit?: (code: number) => void;
}

/**
 * Stop in order: refuse new connections (Fastify answers 503 on kept-alive ones), let requests in
 * flight finish within the grace period, let the job in progress finish, then close the database
 * pool and exit 0. A second signal during the stop is ignored: the grace period bounds it anyway.
 */
export async function stopGracefully({ app, runner, engine, io, graceMs = SHUTDOWN_GRACE_MS, exit = process.exit }: RunningServer): Promise<void> {
  io.out('正在停止：不再接受新请求，等待进行中的请求和定时任务完成…');
  const cut = setTimeout(() => {
    io.err(`等待超过 ${Math.round(graceMs / 1000)} 秒，断开其余连接`);
    app.server.closeAllConnections();
  }, graceMs);
  cut.unref();
  await Promise.all([app.close().catch(() => undefined), runner.stop()]);
  clearTimeout(cut);
  await engine.close().catch(() => undefined);
  io.out('已停止');
  exit(0);
}

/** Install the handlers once: the first SIGTERM or SIGINT starts the stop, later ones are ignored. */
export function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    void stopGracefully(server);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
