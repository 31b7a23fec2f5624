/**
 * Search benchmark: N agencies and M published documents (synthetic Chinese titles and
 * bodies from the catalog vocabulary), indexed through the app's tokenizer, on SQLite and on
 * a private PostgreSQL cluster; then p50/p95 of searchDocuments for 2-character and longer
 * queries, site-wide and per agency.
 *
 *   node --import tsx bench/search.ts [documents=200000] [agencies=1000] [engines=sqlite,postgres]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Engine } from '../src/storage/database.ts';
import { startPostgresCluster } from '../test/helpers/postgresCluster.ts';
import { searchDocuments } from '../src/app/documents/searchDocuments.ts';
import { loadSynthetic } from './search/loadSynthetic.ts';

const documents = Number(process.argv[2] ?? 200_000);
const agencies = Number(process.argv[3] ?? 1000);
const engines = (process.argv[4] ?? 'sqlite,postgres').split(',');
const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const TWO = ['医保', '报销', '公示', '预算', '救助', '招标', '门诊', '通知'];
const LONGER = ['医疗保障', '城乡居民医保', '门诊报销比例', '定点医药机构', '政府信息公开', '医疗救助资金', '参保缴费标准', '绩效目标'];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function measure(engine: Engine, agencyIds: string[]) {
  const rows: string[] = [];
  for (const [label, queries] of [['2-char', TWO], ['longer', LONGER]] as const) {
    for (const scope of ['site', 'agency'] as const) {
      const times: number[] = [];
      let hits = 0;
      for (let round = 0; round < 5; round++) {
        for (const [i, query] of queries.entries()) {
          const agencyId = scope === 'agency' ? agencyIds[(round * 31 + i * 7) % agencyIds.length] : undefined;
          const started = performance.now();
          const result = await searchDocuments(engine.db, { query, agencyId, pageSize: 10 });
          times.push(performance.now() - started);
          hits += result.total;
        }
      }
      rows.push(`${engine.name.padEnd(8)} ${label.padEnd(6)} ${scope.padEnd(6)} n=${times.length} p50=${percentile(times, 50).toFixed(1)}ms p95=${percentile(times, 95).toFixed(1)}ms max=${Math.max(...times).toFixed(1)}ms avg-hits=${(hits / times.length).toFixed(0)}`);
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
      return [loaded.line, ...(await measure(engine, loaded.agencyIds))];
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
      return [loaded.line, ...(await measure(engine, loaded.agencyIds))];
    } finally {
      await engine.close();
    }
  } finally {
    cluster.stop();
  }
}

console.log(`search: ${documents} documents, ${agencies} agencies`);
for (const name of engines) for (const line of await run(name)) console.log(line);
