/**
 * Search benchmark: N agencies and M published documents (synthetic Chinese titles and
 * bodies from the catalog vocabulary), indexed through the app's tokenizer, on SQLite and on
 * a private PostgreSQL cluster; then p50/p95/p99 of searchDocuments for 2-character and longer
 * queries, site-wide and per agency (after one untimed pass over the queries). SQLite is measured
 * as loaded and again after FTS5 'optimize' (merging the index into one segment).
 *
 *   node --import tsx bench/search.ts [documents=200000] [agencies=1000] [engines=sqlite,postgres] [passes=1]
 *
 * passes > 1 repeats the measurement on the same loaded database (this machine is shared: report the median pass).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Engine } from '../src/storage/database.ts';
import { startPostgresCluster } from '../test/helpers/postgresCluster.ts';
import { searchDocuments } from '../src/app/documents/searchDocuments.ts';
import { loadSynthetic } from './search/loadSynthetic.ts';

const documents = Number(process.argv[2] ?? 200_000);
const agencies = Number(process.argv[3] ?? 1000);
const engines = (process.argv[4] ?? 'sqlite,postgres').split(',');
const passes = Number(process.argv[5] ?? 1);
const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const TWO = ['医保', '报销', '公示', '预算', '救助', '招标', '门诊', '通知'];
const LONGER = ['医疗保障', '城乡居民医保', '门诊报销比例', '定点医药机构', '政府信息公开', '医疗救助资金', '参保缴费标准', '绩效目标'];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const ROUNDS = 10;

async function measure(engine: Engine, agencyIds: string[], label0 = '') {
  for (const query of [...TWO, ...LONGER]) await searchDocuments(engine.db, { query, pageSize: 10 });
  const rows: string[] = [];
  for (const [label, queries] of [['2-char', TWO], ['longer', LONGER]] as const) {
    for (const scope of ['site', 'agency'] as const) {
      const times: number[] = [];
      let hits = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, query] of queries.entries()) {
          const agencyId = scope === 'agency' ? agencyIds[(round * 31 + i * 7) % agencyIds.length] : undefined;
          const started = performance.now();
          const result = await searchDocuments(engine.db, { query, agencyId, pageSize: 10 });
          times.push(performance.now() - started);
          hits += result.total;
        }
      }
      rows.push(`${(engine.name + label0).padEnd(17)} ${label.padEnd(6)} ${scope.padEnd(6)} n=${times.length} p50=${percentile(times, 50).toFixed(1)}ms p95=${percentile(times, 95).toFixed(1)}ms p99=${percentile(times, 99).toFixed(1)}ms max=${Math.max(...times).toFixed(1)}ms avg-hits=${(hits / times.length).toFixed(0)}`);
    }
  }
  return rows;
}

async function run(name: string): Promise<string[]> {
  if (name === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
    const engine = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
    try {
      const loaded = await loadSynthetic(engine, { documents, agencies, sharedDir: SHARED });
      const before: string[] = [];
      for (let pass = 1; pass <= passes; pass++) before.push(...(await measure(engine, loaded.agencyIds, passes > 1 ? ` pass ${pass}` : '')));
      const started = performance.now();
      await sql`insert into document_fts (document_fts) values ('optimize')`.execute(engine.db);
      const optimized = `sqlite   FTS5 optimize ${((performance.now() - started) / 1000).toFixed(0)} s; file ${(statSync(join(dir, 'bench.db')).size / 2 ** 20).toFixed(0)} MB`;
      const after: string[] = [];
      for (let pass = 1; pass <= passes; pass++) after.push(...(await measure(engine, loaded.agencyIds, ` (optimized)${passes > 1 ? ` ${pass}` : ''}`)));
      return [loaded.line, ...before, optimized, ...after];
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const cluster = await startPostgresCluster();
  if (!cluster) return ['postgres: SKIPPED (no initdb/pg_ctl)'];
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database bench');
    await admin.end();
    const engine = await openDatabase(cluster.url.replace(/\/[^/]*$/, '/bench'));
    try {
      const loaded = await loadSynthetic(engine, { documents, agencies, sharedDir: SHARED });
      const size = await sql<{ t: string; i: string }>`select pg_size_pretty(pg_total_relation_size('document_search')) as t, pg_size_pretty(pg_indexes_size('document_search')) as i`.execute(engine.db);
      const lines = [loaded.line, `postgres document_search ${size.rows[0]!.t} (indexes ${size.rows[0]!.i})`];
      for (let pass = 1; pass <= passes; pass++) lines.push(...(await measure(engine, loaded.agencyIds, passes > 1 ? ` pass ${pass}` : '')));
      return lines;
    } finally {
      await engine.close();
    }
  } finally {
    cluster.stop();
  }
}

console.log(`search: ${documents} documents, ${agencies} agencies`);
for (const name of engines) for (const line of await run(name)) console.log(line);
