/**
 * Runs a command with a private PostgreSQL cluster started for it
 * (TEST_POSTGRES_URL set in its environment), then stops the cluster —
 * also when the run is interrupted (Ctrl+C, a CI time-out), so no server
 * is left behind. Without PostgreSQL binaries it says loudly that the leg
 * is skipped, and fails when CI=true or GONGKAI_REQUIRE_POSTGRES=1.
 */
import { spawn } from 'node:child_process';
import { startPostgresCluster, type PostgresCluster } from '../test/helpers/postgresCluster.ts';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: with-postgres.ts COMMAND [ARGS…]');
  process.exit(2);
}
const required = process.env.CI === 'true' || process.env.GONGKAI_REQUIRE_POSTGRES === '1';
let cluster: PostgresCluster | null = null;
try {
  cluster = await startPostgresCluster();
} catch (error) {
  console.error(`!!! could not start PostgreSQL: ${(error as Error).message}`);
}
if (!cluster) {
  console.error('!!! PostgreSQL leg SKIPPED: no initdb/pg_ctl found (apt-get install postgresql). Storage tests ran on SQLite only.');
  if (required) process.exit(1);
}

let stopped = false;
function stopCluster(): void {
  if (stopped) return;
  stopped = true;
  try {
    cluster?.stop();
  } catch (error) {
    console.error(`!!! could not stop PostgreSQL: ${(error as Error).message}`);
  }
}

const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...(cluster ? { TEST_POSTGRES_URL: cluster.url } : {}) } });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    child.kill(signal);
    stopCluster();
    process.exit(130);
  });
}
child.on('exit', (code, signal) => {
  stopCluster();
  if (!cluster) console.error('!!! reminder: the PostgreSQL leg was SKIPPED in this run.');
  process.exit(code ?? (signal ? 1 : 0));
});
