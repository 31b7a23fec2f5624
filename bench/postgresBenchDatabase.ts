import pg from 'pg';
import { openDatabase, type Engine } from '../src/storage/database.ts';
import { startPostgresCluster } from '../test/helpers/postgresCluster.ts';

/** A fresh, migrated database `name` on a private PostgreSQL cluster for a bench; the cluster stops when the process exits. */
export async function openPostgresBenchDatabase(name: string): Promise<Engine> {
  const cluster = await startPostgresCluster();
  if (!cluster) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql');
  process.once('exit', () => cluster.stop());
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return openDatabase(cluster.url.replace(/\/[^/]*$/, `/${name}`));
}
