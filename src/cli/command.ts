import type { Engine } from '../app/context.ts';

/** One `gongkai` command. `run` returns the exit code; errors are mapped in main.ts. */
export interface Command {
  name: string;
  summary: string;
  /** Full help text printed by `gongkai NAME --help`. */
  help: string;
  run(args: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  /** Opens the configured database (DATABASE_URL or ./data/gongkai.db), migrated, once per process. */
  database(): Promise<Engine>;
  /** Reads standard input completely. */
  stdin(): Promise<string>;
}
