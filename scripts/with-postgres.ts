/**
 * Runs a command with a private PostgreSQL cluster started for it
 * (TEST_POSTGRES_URL set in its environment), then stops the cluster.
 * Without PostgreSQL binaries it says loudly that the leg is skipped,
 * and fails when CI=true or GONGKAI_REQUIRE_POSTGRES=1.
 */
import { spawnSync } from 'node:child_process';
import { startPostgresCluster } from '../test/helpers/postgresCluster.ts';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: with-postgres.ts COMMAND [ARGS…]');
  process.exit(2);
}
const required = process.env.CI === 'true' || process.env.GONGKAI_REQUIRE_POSTGRES === '1';
let cluster = null;
try {
  cluster = await startPostgresCluster();
} catch (error) {
  console.error(`!!! could not start PostgreSQL: ${(error as Error).message}`);
}
if (!cluster) {
  const line = '!!! PostgreSQL leg SKIPPED: no initdb/pg_ctl found (apt-get install postgresql). Storage tests ran on SQLite only.';
  console.error(line);
  if (required) process.exit(1);
}
const env = { ...process.env, ...(cluster ? { TEST_POSTGRES_URL: cluster.url } : {}) };
const result = spawnSync(cmd, args, { stdio: 'inherit', env });
cluster?.stop();
if (!cluster) console.error('!!! reminder: the PostgreSQL leg was SKIPPED in this run.');
process.exit(result.status ?? 1);
