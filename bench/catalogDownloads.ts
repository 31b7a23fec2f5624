/**
 * Anonymous catalog downloads vs. everyone else: four clients fetch /agencies/:id/catalog.pdf
 * back to back for BENCH_SECONDS (default 10) while a fifth asks for the agency page; prints the
 * PDFs served and the page's median and worst latency. Run against a checkout to compare:
 * npx tsx bench/catalogDownloads.ts [checkout root, default this one]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-downloads-'));
process.env.GONGKAI_DATA_DIR = dir;
const { databaseAuditLog } = await import(`${root}/src/app/audit.ts`);
const { seedDemoData } = await import(`${root}/src/app/demo/seedDemoData.ts`);
const { listRegionTree } = await import(`${root}/src/app/agencies/listRegionTree.ts`);
const { systemClock } = await import(`${root}/src/app/systemClock.ts`);
const { SYSTEM_ACTOR } = await import(`${root}/src/domain/accounts/roles.ts`);
const { openDatabase } = await import(`${root}/src/storage/database.ts`);
const { buildServer } = await import(`${root}/src/web/shared/server.ts`);

const engine = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
await seedDemoData({ actor: SYSTEM_ACTOR, db: engine.db, clock: systemClock, audit: databaseAuditLog(systemClock) });
type Node = { agencies: { id: string }[]; children: Node[] };
const flat = (nodes: Node[]): { id: string }[] => nodes.flatMap((n) => [...n.agencies, ...flat(n.children)]);
const agency = flat(await listRegionTree(engine.db))[0]!;
const app = await buildServer({ engine, clock: systemClock });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const until = performance.now() + SECONDS * 1000;
let pdfs = 0;
const downloader = async () => {
  while (performance.now() < until) {
    const response = await fetch(`${base}/agencies/${agency.id}/catalog.pdf`);
    if (response.status !== 200) throw new Error(`catalog.pdf: ${response.status}`);
    await response.arrayBuffer();
    pdfs++;
  }
};
const latencies: number[] = [];
const visitor = async () => {
  while (performance.now() < until) {
    const started = performance.now();
    await (await fetch(`${base}/agencies/${agency.id}`)).text();
    latencies.push(performance.now() - started);
    await new Promise((done) => setTimeout(done, 50));
  }
};
const cpu = process.cpuUsage();
await Promise.all([downloader(), downloader(), downloader(), downloader(), visitor()]);
const used = process.cpuUsage(cpu);
latencies.sort((a, b) => a - b);
const median = latencies[Math.floor(latencies.length / 2)]!;
console.log(`${SECONDS} s, 4 clients on catalog.pdf: ${pdfs} PDFs served; agency page median ${median.toFixed(0)} ms, worst ${latencies.at(-1)!.toFixed(0)} ms over ${latencies.length} requests; process CPU ${((used.user + used.system) / 1000).toFixed(0)} ms`);
await app.close();
process.exit(0);
