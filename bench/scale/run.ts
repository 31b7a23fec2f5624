/**
 * Scale-out bench: public pages (home, an agency catalog, a document, search) and staff writes
 * (saving a new document draft with session cookie + CSRF token) against
 *   pg-1 / pg-2 / pg-4   1, 2, 4 `gongkai serve` processes behind nginx on one PostgreSQL cluster
 *   sqlite               one process on a SQLite file, no nginx
 *   sqlite-nginx         the same process behind nginx
 * Each cell is a fresh deployment (deployment.ts); each load runs `seconds` after a 2 s warm-up.
 * Every staff write is checked afterwards: the database must hold one draft per acknowledged POST.
 * Run: node --import tsx bench/scale/run.ts [seconds=10] [cells=pg-1,pg-2,pg-4,sqlite,sqlite-nginx] [connections=16]
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { openDatabase } from '../../src/storage/database.ts';
import { startDeployment, type Deployment, type DeploymentOptions } from './deployment.ts';
import { measure, type LoadRequest, type Measurement } from './measure.ts';
import { childPids, cpuByPid, cpuSince, postgresBackendPids } from './processCpu.ts';
import { draftBody, signInStaff } from './writeLoad.ts';

const CELLS: Record<string, Omit<DeploymentOptions, 'postgresServerUrl'>> = {
  'pg-1': { engine: 'postgres', processes: 1, nginx: true },
  'pg-2': { engine: 'postgres', processes: 2, nginx: true },
  'pg-4': { engine: 'postgres', processes: 4, nginx: true },
  sqlite: { engine: 'sqlite', processes: 1, nginx: false },
  'sqlite-nginx': { engine: 'sqlite', processes: 1, nginx: true },
};

const seconds = Number(process.argv[2] ?? 10);
const cellNames = (process.argv[3] ?? Object.keys(CELLS).join(',')).split(',');
const connections = Number(process.argv[4] ?? 16);
const unknown = cellNames.filter((c) => !CELLS[c]);
if (unknown.length) throw new Error(`unknown cells ${unknown.join(', ')}; known: ${Object.keys(CELLS).join(', ')}`);

// Bounded: a cell is five loads plus set-up; the run stops by itself (children are killed on exit).
const watchdog = setTimeout(() => {
  console.error('scale bench: gave up after the time limit');
  process.exit(1);
}, cellNames.length * (5 * (seconds + 2) + 120) * 1000);

async function workloads(deployment: Deployment): Promise<{ name: string; request: LoadRequest; expected: number }[]> {
  const { data } = deployment;
  const credentials = await signInStaff(deployment.entryUrl, data);
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  let counter = 0;
  return [
    { name: 'home /', request: { method: 'GET', path: '/' }, expected: 200 },
    { name: 'catalog page', request: { method: 'GET', path: `/agencies/${data.agencyId}` }, expected: 200 },
    { name: 'document page', request: { method: 'GET', path: `/documents/${data.documentId}` }, expected: 200 },
    { name: 'search', request: { method: 'GET', path: `/search?q=${encodeURIComponent(data.searchQuery)}` }, expected: 200 },
    {
      name: 'staff write (new draft)',
      request: {
        method: 'POST', path: `/admin/agencies/${data.agencyId}/documents`,
        headers: { cookie: credentials.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: () => draftBody(credentials, `${prefix}-${++counter}`, data.agencyName),
      },
      expected: 303,
    },
  ];
}

/** Distinct upstreams that answered a few requests through nginx (proves round robin reaches every process). */
async function upstreamsReached(deployment: Deployment): Promise<number> {
  const seen = new Set<string>();
  for (let n = 0; n < deployment.processes.length * 3; n++) {
    const response = await fetch(`${deployment.entryUrl}/`);
    await response.arrayBuffer();
    seen.add(response.headers.get('x-upstream') ?? 'direct');
  }
  return seen.size;
}

async function storedDrafts(deployment: Deployment): Promise<{ total: number; distinct: number }> {
  const engine = await openDatabase(deployment.databaseUrl);
  try {
    const rows = await engine.db.selectFrom('documents').select('title').where('title', 'like', 'bench-%').execute();
    return { total: rows.length, distinct: new Set(rows.map((r) => r.title)).size };
  } finally {
    await engine.close();
  }
}

const format = (m: Measurement, expected: number) => {
  const other = m.answers - (m.statuses[String(expected)] ?? 0) + m.errors;
  return `${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50Ms.toFixed(0).padStart(4)} ms  p95 ${m.p95Ms.toFixed(0).padStart(4)} ms${other ? `  (${other} unexpected answers/errors: ${JSON.stringify(m.statuses)})` : ''}`;
};

console.log(`Scale-out bench: ${seconds} s per load after 2 s warm-up, ${connections} connections (autocannon in this process), Node ${process.version}`);
const rows: string[] = [];
for (const cell of cellNames) {
  const deployment = await startDeployment(CELLS[cell]!);
  try {
    console.log(`== ${cell}: ${deployment.processes.length} process(es) on ${CELLS[cell]!.engine}${deployment.nginx ? `, nginx reaches ${await upstreamsReached(deployment)} upstream(s)` : ', no nginx'}`);
    let acknowledgedWrites = 0;
    for (const load of await workloads(deployment)) {
      const warmUp = await measure(deployment.entryUrl, load.request, { seconds: 2, connections });
      const appPids = deployment.processes.map((p) => p.pid);
      const nginxPids = deployment.nginx ? childPids(deployment.nginx.pid) : [];
      const databasePids = await postgresBackendPids(deployment.databaseUrl);
      const cpuBefore = { app: cpuByPid(appPids), nginx: cpuByPid(nginxPids), database: cpuByPid(databasePids) };
      const result = await measure(deployment.entryUrl, load.request, { seconds, connections });
      const cpu = { app: cpuSince(cpuBefore.app) / result.answers, nginx: cpuSince(cpuBefore.nginx) / result.answers, database: cpuSince(cpuBefore.database) / result.answers };
      if (load.expected === 303) acknowledgedWrites = (warmUp.statuses['303'] ?? 0) + (result.statuses['303'] ?? 0);
      // The machine is shared: the 1-minute load average after each load tells a disturbed figure.
      const load1 = loadavg()[0]!.toFixed(1);
      const cpuText = `CPU/request app ${cpu.app.toFixed(2)} ms, nginx ${cpu.nginx.toFixed(2)} ms, PostgreSQL ${cpu.database.toFixed(2)} ms`;
      console.log(`  ${load.name.padEnd(24)} ${format(result, load.expected)}  ${cpuText}  load avg ${load1}`);
      rows.push(`| ${cell} | ${load.name} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50Ms.toFixed(0)} | ${result.p95Ms.toFixed(0)} | ${cpu.app.toFixed(2)} | ${cpu.nginx.toFixed(2)} | ${cpu.database.toFixed(2)} | ${load1} |`);
    }
    const drafts = await storedDrafts(deployment);
    // Requests still in flight when a load's time is up may commit without being counted: stored ≥ acknowledged.
    console.log(`  staff writes: acknowledged (303) ${acknowledgedWrites}, drafts stored ${drafts.total}, distinct titles ${drafts.distinct}`);
  } finally {
    await deployment.stop();
  }
}
clearTimeout(watchdog);
console.log('\n| cell | load | req/s | p50 ms | p95 ms | app CPU ms/req | nginx CPU ms/req | PostgreSQL CPU ms/req | load avg |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
