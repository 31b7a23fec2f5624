// Times the bench's natural group (site and agency) only, as bench/search.ts does; prints p95 per scope.
import { openDatabase } from '../src/storage/database.ts';
import { searchDocuments } from '../src/app/documents/searchDocuments.ts';
import { QUERY_GROUPS } from './search/queries.ts';
const engine = await openDatabase(process.argv[2]!);
const agencyIds = (await engine.db.selectFrom('agencies').select('id').orderBy('code').execute()).map((a) => a.id);
const queries = QUERY_GROUPS.find(([l]) => l === 'natural')![1];
for (const q of queries) await searchDocuments(engine.db, { query: q, pageSize: 10 });
const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(0.95 * v.length)]!.toFixed(1);
const out: string[] = [];
for (const scope of ['site', 'agency']) {
  const times: number[] = [];
  for (let round = 0; round < 10; round++) for (const [i, query] of queries.entries()) {
    const agencyId = scope === 'agency' ? agencyIds[(round * 31 + i * 7) % agencyIds.length] : undefined;
    const t = performance.now(); await searchDocuments(engine.db, { query, agencyId, pageSize: 10 }); times.push(performance.now() - t);
  }
  out.push(`${scope} p95=${p95(times)}`);
}
console.log(out.join(' '));
await engine.close();
