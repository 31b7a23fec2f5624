/**
 * Parity check: the same synthetic documents on SQLite and on a private PostgreSQL cluster, then
 * the bench's 40 queries (queries.ts) and two more × 3 pages, site-wide and for one agency; prints every difference in totals, ids
 * (as 索引号), order or scores.   node --import tsx bench/search/parity.ts [documents=20000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../../src/storage/database.ts';
import { startPostgresCluster } from '../../test/helpers/postgresCluster.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { loadSynthetic } from './loadSynthetic.ts';
import { QUERY_GROUPS } from './queries.ts';
const N = Number(process.argv[2] ?? 20000);
const Q = [...QUERY_GROUPS.flatMap(([, queries]) => queries), '县', '2026'];
const dir = mkdtempSync(join(tmpdir(), 'cmp-'));
const lite = await openDatabase(`sqlite:${join(dir, 'a.db')}`);
await loadSynthetic(lite, { documents: N, agencies: 1000, sharedDir: join(import.meta.dirname, '..', '..', '..', 'shared') });
const cluster = (await startPostgresCluster())!;
const admin = new pg.Client({ connectionString: cluster.url });
await admin.connect();
await admin.query('create database b');
await admin.end();
const pgE = await openDatabase(cluster.url.replace(/\/[^/]*$/, '/b'));
await loadSynthetic(pgE, { documents: N, agencies: 1000, sharedDir: join(import.meta.dirname, '..', '..', '..', 'shared') });
// Statistics as autovacuum would leave them: PostgreSQL's read path picks its loose queries from them (search.postgresCommon.ts).
await pgE.db.executeQuery(sql`analyze`.compile(pgE.db));
const key = async (e: typeof lite, q: string, page: number, agencyId?: string) => {
  const r = await searchDocuments(e.db, { query: q, page, pageSize: 10, agencyId });
  const rows = r.results.length ? await e.db.selectFrom('published_documents').select(['document_id', 'index_number']).where('document_id', 'in', r.results.map((x) => x.id)).execute() : [];
  const m = new Map(rows.map((x) => [x.document_id, x.index_number]));
  return `${r.total}${r.capped ? '+' : ''} ` + r.results.map((x) => m.get(x.id) + ':' + x.score).join(',');
};
let bad = 0;
for (const q of Q) for (const page of [1, 3, 30]) for (const agency of [undefined, 'x']) {
  const la = agency && (await lite.db.selectFrom('agencies').select('id').where('code', '=', '640000007').executeTakeFirst())!.id; const pa = agency && (await pgE.db.selectFrom('agencies').select('id').where('code', '=', '640000007').executeTakeFirst())!.id; const a = await key(lite, q, page, la), b = await key(pgE, q, page, pa);
  if (a !== b) { bad++; console.log('DIFF', q, page, '\n  S', a.slice(0, 300), '\n  P', b.slice(0, 300)); }
}
console.log('diffs', bad);
await lite.close();
await pgE.close();
cluster.stop();
rmSync(dir, { recursive: true, force: true });
process.exitCode = bad ? 1 : 0;
