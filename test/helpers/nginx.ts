/**
 * A private nginx in front of gongkai processes: its own prefix, config, pid and logs in a
 * temporary folder, `daemon off;` (a foreground child we can stop), loopback only.
 * Debian package: nginx-light (or nginx).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgresCluster.ts';

export const NGINX_MISSING = 'nginx not found: apt-get install nginx-light (Debian package nginx-light, or nginx)';

export function findNginx(): string | null {
  const dirs = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin', ...(process.env.PATH ?? '').split(':')];
  return dirs.map((d) => join(d, 'nginx')).find((p) => existsSync(p)) ?? null;
}

export interface NginxOptions {
  /** Send `X-Forwarded-Proto: https`, as an nginx that terminates TLS does (for processes started with --behind-https). */
  terminatesHttps?: boolean;
}

export interface Nginx {
  port: number;
  /** The master process (its workers are its children). */
  pid: number;
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/**
 * Round-robin over the upstream ports. A process that refuses connections is marked failed for
 * `fail_timeout` and the request goes to the next one: `proxy_next_upstream error timeout` (the
 * default) without `non_idempotent`, so a POST is retried elsewhere only when it never reached a
 * process (connection refused); a POST that reached a process which then died is answered 502,
 * never replayed — a replay could store the same write twice.
 * This nginx is the edge: X-Forwarded-For is set to the connecting address, not appended to what
 * the client sent, because `serve --behind-https` trusts the header (Fastify trustProxy: true takes
 * its first address) and a client must not choose the address its login attempts are throttled by.
 */
export function nginxConfig(dir: string, listenPort: number, upstreamPorts: readonly number[], options: NginxOptions = {}): string {
  const servers = upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n');
  return `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'tmp', 'body')};
  proxy_temp_path ${join(dir, 'tmp', 'proxy')};
  fastcgi_temp_path ${join(dir, 'tmp', 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'tmp', 'uwsgi')};
  scgi_temp_path ${join(dir, 'tmp', 'scgi')};
  upstream gongkai {
${servers}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${listenPort};
    location / {
      proxy_pass http://gongkai;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto ${options.terminatesHttps ? 'https' : '$scheme'};
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

async function waitUntilAnswering(url: string, child: ChildProcess, dir: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${readLog(dir)}`);
    try {
      await fetch(`${url}/assets/site.css`, { method: 'HEAD', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer within ${timeoutMs} ms: ${readLog(dir)}`);
}

function readLog(dir: string): string {
  const log = join(dir, 'error.log');
  return existsSync(log) ? readFileSync(log, 'utf8').slice(-500) : '';
}

export async function startNginx(upstreamPorts: readonly number[], options: NginxOptions = {}): Promise<Nginx> {
  const bin = findNginx();
  if (!bin) throw new Error(NGINX_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-nginx-'));
  chmodSync(dir, 0o755); // workers run as an unprivileged user when we are root
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(dir, 'tmp', sub), { recursive: true });
    chmodSync(join(dir, 'tmp', sub), 0o777);
  }
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, port, upstreamPorts, options));
  const child = spawn(bin, ['-e', join(dir, 'error.log'), '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitUntilAnswering(url, child, dir, 15_000).catch((error) => {
    kill();
    throw error;
  });
  return {
    port, url, dir, pid: child.pid!,
    async stop() {
      process.removeListener('exit', kill);
      const timer = setTimeout(kill, 3000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
