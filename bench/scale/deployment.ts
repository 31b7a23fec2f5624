/**
 * The scale-out harness: a database (a private PostgreSQL cluster, a fresh database in a given
 * cluster, or a SQLite file), migrated and seeded, N `gongkai serve` processes on free loopback
 * ports sharing one session secret, and optionally nginx in front of them. `stop()` tears it all
 * down, each step bounded in time; an exit of the parent kills whatever is left.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/storage/database.ts';
import { startAppProcess, type AppProcess } from '../../test/helpers/appProcess.ts';
import { startNginx, type Nginx } from '../../test/helpers/nginx.ts';
import { startPostgresCluster, type PostgresCluster } from '../../test/helpers/postgresCluster.ts';
import { prepareScaleData, type ScaleData } from './scaleData.ts';

// Ctrl+C or a kill of a bench run: exit normally, so the exit handlers kill the app processes and
// nginx and stop the PostgreSQL cluster (the default signal action would leave them running).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(130));
}

export interface DeploymentOptions {
  engine: 'postgres' | 'sqlite';
  processes: number;
  nginx: boolean;
  /** A running PostgreSQL server (e.g. TEST_POSTGRES_URL): a fresh database is created in it. Otherwise a private cluster is started. */
  postgresServerUrl?: string;
  /** Processes run with --behind-https and nginx sends X-Forwarded-Proto https, as behind a TLS-terminating nginx. */
  behindHttps?: boolean;
}

export interface Deployment {
  /** Where clients go: nginx when there is one, else the only process. */
  entryUrl: string;
  processes: AppProcess[];
  nginx: Nginx | null;
  databaseUrl: string;
  data: ScaleData;
  stop(): Promise<void>;
}

async function createDatabaseIn(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `gk_scale_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: serverUrl.replace(/\/[^/]*$/, `/${name}`),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Where the data lives, and how to remove it. */
async function provideDatabase(options: DeploymentOptions, dataDir: string): Promise<{ url: string; cluster: PostgresCluster | null; drop(): Promise<void> }> {
  if (options.engine === 'sqlite') return { url: `sqlite:${join(dataDir, 'gongkai.db')}`, cluster: null, drop: async () => undefined };
  if (options.postgresServerUrl) return { ...(await createDatabaseIn(options.postgresServerUrl)), cluster: null };
  const cluster = await startPostgresCluster();
  if (!cluster) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql');
  const stopOnExit = () => cluster.stop();
  process.once('exit', stopOnExit);
  return {
    url: cluster.url, cluster,
    async drop() {
      process.removeListener('exit', stopOnExit);
      cluster.stop();
    },
  };
}

export async function startDeployment(options: DeploymentOptions): Promise<Deployment> {
  if (options.engine === 'sqlite' && options.processes !== 1) throw new Error('the SQLite deployment is one process');
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-scale-'));
  const database = await provideDatabase(options, dataDir);
  const processes: AppProcess[] = [];
  let nginx: Nginx | null = null;
  const stop = async () => {
    await nginx?.stop().catch(() => undefined);
    await Promise.all(processes.map((p) => p.stop().catch(() => undefined)));
    await database.drop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const engine = await openDatabase(database.url);
    const data = await prepareScaleData(engine).finally(() => engine.close());
    const sessionSecret = randomBytes(32).toString('hex');
    for (let n = 0; n < options.processes; n++) {
      processes.push(await startAppProcess({ databaseUrl: database.url, sessionSecret, dataDir, behindHttps: options.behindHttps }));
    }
    if (options.nginx) nginx = await startNginx(processes.map((p) => p.port), { terminatesHttps: options.behindHttps });
    return { entryUrl: nginx?.url ?? processes[0]!.url, processes, nginx, databaseUrl: database.url, data, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
