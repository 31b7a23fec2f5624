/**
 * Starts `gongkai serve` as a separate process (the production entry point, bin/gongkai)
 * on a free loopback port, for scale-out tests and benchmarks. The port is chosen by the
 * server (PORT=0) and read from its start-up line, so two starts never race for a port.
 * Every process started here is killed when the parent exits, also on a crash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const GONGKAI_BIN = fileURLToPath(new URL('../../bin/gongkai', import.meta.url));

export interface AppProcess {
  port: number;
  pid: number;
  url: string;
  /** SIGTERM (graceful close), SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
  /** kill -9: no shutdown code runs. Resolves when the process is gone. */
  kill9(): Promise<void>;
  exited(): boolean;
}

export interface AppProcessOptions {
  databaseUrl: string;
  sessionSecret: string;
  dataDir: string;
  /** `serve --behind-https`: Secure cookies, X-Forwarded-* trusted (the proxy terminates TLS). */
  behindHttps?: boolean;
  /** How long to wait for the start-up line. */
  startTimeoutMs?: number;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`gongkai serve did not start within ${timeoutMs} ms: ${output.slice(-500)}`)), timeoutMs);
    function fail(error: Error): void {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /已启动：http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code, signal) => fail(new Error(`gongkai serve exited (${code ?? signal}) before listening: ${output.slice(-500)}`)));
  });
}

export async function startAppProcess(options: AppProcessOptions): Promise<AppProcess> {
  const child = spawn(process.execPath, [GONGKAI_BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl, PORT: '0', HOST: '127.0.0.1',
      GONGKAI_SESSION_SECRET: options.sessionSecret, GONGKAI_DATA_DIR: options.dataDir, GONGKAI_LOG: '0',
      GONGKAI_BEHIND_HTTPS: options.behindHttps ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const port = await waitForPort(child, options.startTimeoutMs ?? 60_000);
  // Keep draining the pipes so a chatty server never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    port,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.kill('SIGTERM');
      await waitForExit(child);
      clearTimeout(timer);
    },
    async kill9() {
      child.kill('SIGKILL');
      await waitForExit(child);
    },
  };
}
