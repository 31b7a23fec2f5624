/**
 * Runs a command with a private PostgreSQL cluster started for it
 * (TEST_POSTGRES_URL set in its environment), then stops the cluster —
 * also when the run is interrupted (Ctrl+C, a CI time-out), so no server
 * is left behind. The PostgreSQL leg is never skipped: without a cluster
 * nothing runs and the exit code is 1 (scripts/test.sh installs postgresql first).
 */
import { spawn } from 'node:child_process';
import { startPostgresCluster, type PostgresCluster } from '../test/helpers/postgresCluster.ts';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: with-postgres.ts COMMAND [ARGS…]');
  process.exit(2);
}
let cluster: PostgresCluster | null = null;
try {
  cluster = await startPostgresCluster();
} catch (error) {
  console.error(`无法启动测试用的 PostgreSQL 集群：${(error as Error).message}`);
}
if (!cluster) {
  console.error('测试需要 PostgreSQL（initdb/pg_ctl）：请先安装 sudo apt-get install -y postgresql');
  process.exit(1);
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

const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, TEST_POSTGRES_URL: cluster.url } });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    child.kill(signal);
    stopCluster();
    process.exit(130);
  });
}
child.on('exit', (code, signal) => {
  stopCluster();
  process.exit(code ?? (signal ? 1 : 0));
});
