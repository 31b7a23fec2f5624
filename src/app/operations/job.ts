import type { AppContext } from '../context.ts';

/**
 * A scheduled job: a use case the runner calls with the system actor every `intervalMs`.
 * It writes an audit event itself, in its own transaction, only when it changes state;
 * it returns a short note for the log (or null when there was nothing to do).
 */
export interface JobDefinition {
  /** Stable key in the `jobs` table and on the command line (`gongkai jobs run NAME`). */
  name: string;
  /** Chinese label shown by `gongkai jobs`. */
  label: string;
  intervalMs: number;
  run(ctx: AppContext, tools: JobTools): Promise<string | null>;
}

/** Where jobs write (the server's JSON log; silent in `gongkai jobs run` unless given one). */
export interface JobLog {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** What the runner lends a job besides the context. */
export interface JobTools {
  log: JobLog;
}

export const MINUTE_MS = 60_000;

/** The message kept in jobs.last_error: the first line of the error, bounded. */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 500) || '未知错误';
}
