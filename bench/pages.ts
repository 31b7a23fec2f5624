/**
 * Page throughput and weight (issue 5). In one process: the five seed agencies, one long published
 * document, the web server on loopback, and static files of the same sizes served by the same Fastify
 * instance. autocannon measures requests/s for an agency's catalog page and a document page side by side
 * with the static file of equal size (target: ≥ 50 %), then every catalog page and the long document are
 * weighed as HTML + CSS + JS (target: ≤ 100 KB).
 * Run: node --import tsx bench/pages.ts [postgres]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- autocannon ships no type declarations
import autocannon from 'autocannon';
import fastifyStatic from '@fastify/static';
import { databaseAuditLog } from '../src/app/audit.ts';
import { seedDemoData } from '../src/app/demo/seedDemoData.ts';
import { listRegionTree, type RegionNode } from '../src/app/agencies/listRegionTree.ts';
import { createDocument } from '../src/app/documents/createDocument.ts';
import { reviewDocument, submitDocument } from '../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../src/app/documents/approveDocument.ts';
import { getPublishedCatalog } from '../src/app/catalog/readCatalog.ts';
import { systemClock } from '../src/app/systemClock.ts';
import { SYSTEM_ACTOR } from '../src/domain/accounts/roles.ts';
import { openDatabase } from '../src/storage/database.ts';
import { startPostgresCluster } from '../test/helpers/postgresCluster.ts';
import { ASSETS_DIR, buildServer } from '../src/web/shared/server.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-pages-'));
process.env.GONGKAI_DATA_DIR = dir;
// `node --import tsx bench/pages.ts postgres` runs the same pages on a private PostgreSQL cluster.
const onPostgres = process.argv.slice(2).includes('postgres');
const cluster = onPostgres ? await startPostgresCluster() : null;
if (onPostgres && !cluster) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found');
const engine = await openDatabase(cluster ? cluster.url : `sqlite:${join(dir, 'bench.db')}`);
const ctx = { actor: SYSTEM_ACTOR, db: engine.db, clock: systemClock, audit: databaseAuditLog(systemClock) };
await seedDemoData(ctx);
const agencies = (function flat(nodes: readonly RegionNode[]): { id: string; name: string }[] {
  return nodes.flatMap((n) => [...n.agencies, ...flat(n.children)]);
})(await listRegionTree(engine.db));

const first = agencies[0]!;
const item = (await getPublishedCatalog(engine.db, first.id))!.items.find((i) => i.level2)!;
const paragraph = '为进一步完善职工基本医疗保险门诊共济保障机制，切实减轻参保人员医疗费用负担，根据国家和自治区有关规定，结合本市实际，现就有关事项通知如下。';
const { documentId } = await createDocument(ctx, {
  agencyId: first.id,
  metadata: { kind: 'policy', title: '关于进一步完善职工基本医疗保险门诊共济保障机制的实施意见', publisher: first.name, formedOn: systemClock.today(), documentNumber: '卫医保发〔2026〕99号', subjectCategory: '卫生、体育', genre: '意见', keywords: '门诊共济', summary: '长文档基准。', validity: 'effective', disclosureMode: 'proactive' },
  bodyHtml: Array.from({ length: 120 }, (_, n) => `<h3>第${n + 1}条</h3><p>${paragraph}</p>`).join(''),
  items: [{ level1: item.level1, level2: item.level2 }],
});
// 填表人, 复核人 and 审签人 must be three different people (domain/catalog/workflowSignOff.ts).
const signer = (id: string, name: string) => ({ ...ctx, actor: { ...SYSTEM_ACTOR, id, name } });
await submitDocument(signer('bench-preparer', '填表人'), { documentId });
await reviewDocument(signer('bench-reviewer', '复核人'), { documentId, decision: 'pass' });
await confirmSecrecyReview(signer('bench-reviewer', '复核人'), { documentId });
await approveDocument(signer('bench-approver', '审签人'), { documentId, decision: 'approve' });

const app = await buildServer({ engine, clock: systemClock });
await app.register(fastifyStatic, { root: dir, prefix: '/bench-static/', decorateReply: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

async function body(path: string): Promise<string> {
  return (await fetch(`${base}${path}`)).text();
}
async function rate(path: string): Promise<number> {
  const result: { non2xx: number; errors: number; requests: { average: number } } = await autocannon({ url: `${base}${path}`, connections: 10, duration: DURATION_S });
  if (result.non2xx || result.errors) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

const assetBytes = readFileSync(join(ASSETS_DIR, 'site.css')).length + readFileSync(join(ASSETS_DIR, 'site.js')).length;
console.log(`Pages bench on ${engine.name}: ${agencies.length} seed agencies, ${DURATION_S} s per run, 10 connections, Node ${process.version}`);
const rows: string[] = [];
for (const [name, path] of [['catalog page', `/agencies/${first.id}`], ['document page', `/documents/${documentId}`]] as const) {
  const html = await body(path);
  writeFileSync(join(dir, `${name.replace(' ', '-')}.html`), html);
  const page = await rate(path);
  const file = await rate(`/bench-static/${name.replace(' ', '-')}.html`);
  rows.push(`| ${name} | ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB | ${page.toFixed(0)} | ${file.toFixed(0)} | ${((page / file) * 100).toFixed(0)} % |`);
}
console.log('| page | HTML | page req/s | static file req/s | ratio |\n| --- | --- | --- | --- | --- |\n' + rows.join('\n'));

console.log(`\nPage weight (HTML + site.css + site.js = ${(assetBytes / 1024).toFixed(1)} KB of assets):`);
for (const agency of agencies) {
  const html = Buffer.byteLength(await body(`/agencies/${agency.id}`));
  console.log(`  ${agency.name} catalog page: ${((html + assetBytes) / 1024).toFixed(1)} KB ${html + assetBytes <= 100 * 1024 ? 'OK' : 'OVER 100 KB'}`);
}
const docBytes = Buffer.byteLength(await body(`/documents/${documentId}`));
console.log(`  long document (120 articles): ${((docBytes + assetBytes) / 1024).toFixed(1)} KB ${docBytes + assetBytes <= 100 * 1024 ? 'OK' : 'OVER 100 KB'}`);
await app.close();
await engine.close();
cluster?.stop();
rmSync(dir, { recursive: true, force: true });
