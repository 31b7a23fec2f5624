/**
 * Search benchmark: N agencies and M published documents (synthetic Chinese titles, 文号 and
 * bodies from the catalog vocabulary), indexed through the app's tokenizer and SearchIndex, on
 * SQLite and on PostgreSQL; then p50/p95/p99 of searchDocuments (engine candidates + ranking in the
 * app) for the query groups of bench/search/queries.ts, site-wide and per agency (after one untimed
 * pass). SQLite is measured as loaded and again after FTS5 'optimize'.
 *
 *   node --import tsx bench/search.ts [documents=200000] [agencies=1000] [engines=sqlite,postgres] [passes=1]
 *
 * passes > 1 repeats the measurement on the same loaded database (this machine is shared: report the median pass).
 * To load once and measure again later: BENCH_SQLITE_FILE=/path/bench.db keeps (and on the next run reuses) the
 * SQLite file; BENCH_POSTGRES_URL=postgres://… uses that database (loaded if empty, reused otherwise) instead of a
 * private cluster that is stopped at the end. A reused database is measured as it is (no load, no optimize).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Engine } from '../src/storage/database.ts';
import { startPostgresCluster } from '../test/helpers/postgresCluster.ts';
import { searchDocuments } from '../src/app/documents/searchDocuments.ts';
import { loadSynthetic } from './search/loadSynthetic.ts';
import { QUERY_GROUPS } from './search/queries.ts';

const documents = Number(process.argv[2] ?? 200_000);
const agencies = Number(process.argv[3] ?? 1000);
const engines = (process.argv[4] ?? 'sqlite,postgres').split(',');
const passes = Number(process.argv[5] ?? 1);
const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const ROUNDS = 10;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const load = async () => (await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ');

async function measure(engine: Engine, agencyIds: string[], label0 = '') {
  for (const [, queries] of QUERY_GROUPS) for (const query of queries) await searchDocuments(engine.db, { query, pageSize: 10 });
  // Printed as measured, so that a run stopped early keeps its passes.
  console.log(`${engine.name}${label0}: load average ${await load()} at ${new Date().toISOString().slice(11, 19)} UTC`);
  for (const [label, queries] of QUERY_GROUPS) {
    for (const scope of ['site', 'agency'] as const) {
      const times: number[] = [];
      let hits = 0;
      let partial = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, query] of queries.entries()) {
          const agencyId = scope === 'agency' ? agencyIds[(round * 31 + i * 7) % agencyIds.length] : undefined;
          const started = performance.now();
          const result = await searchDocuments(engine.db, { query, agencyId, pageSize: 10 });
          times.push(performance.now() - started);
          hits += result.total;
          if (result.partial) partial++;
        }
      }
      console.log(`${(engine.name + label0).padEnd(22)} ${label.padEnd(8)} ${scope.padEnd(6)} n=${times.length} p50=${percentile(times, 50).toFixed(1)}ms p95=${percentile(times, 95).toFixed(1)}ms p99=${percentile(times, 99).toFixed(1)}ms max=${Math.max(...times).toFixed(1)}ms avg-hits=${(hits / times.length).toFixed(0)} partial=${partial}`);
    }
  }
}

async function measurePasses(engine: Engine, agencyIds: string[], label: string): Promise<void> {
  for (let pass = 1; pass <= passes; pass++) await measure(engine, agencyIds, `${label}${passes > 1 ? ` pass ${pass}` : ''}`);
}

const countDocuments = async (engine: Engine) => Number((await engine.db.selectFrom('published_documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** The loaded agencies of a reused database (ids in load order), or null when it holds no documents yet. */
async function loadedAgencies(engine: Engine): Promise<string[] | null> {
  if ((await countDocuments(engine)) === 0) return null;
  return (await engine.db.selectFrom('agencies').select('id').orderBy('code').execute()).map((a) => a.id);
}

async function runSqlite(): Promise<void> {
  const kept = process.env.BENCH_SQLITE_FILE;
  const dir = kept ? null : mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
  const file = kept ?? join(dir!, 'bench.db');
  const reused = existsSync(file);
  const engine = await openDatabase(`sqlite:${file}`);
  try {
    const agencyIds = reused ? await loadedAgencies(engine) : null;
    if (agencyIds) {
      console.log(`sqlite reused ${file}: ${await countDocuments(engine)} documents, ${(statSync(file).size / 2 ** 20).toFixed(0)} MB`);
      return await measurePasses(engine, agencyIds, ' (reused)');
    }
    const loaded = await loadSynthetic(engine, { documents, agencies, sharedDir: SHARED });
    console.log(loaded.line);
    await measurePasses(engine, loaded.agencyIds, '');
    const started = performance.now();
    await sql`insert into document_fts (document_fts) values ('optimize')`.execute(engine.db);
    console.log(`sqlite   FTS5 optimize ${((performance.now() - started) / 1000).toFixed(0)} s; file ${(statSync(file).size / 2 ** 20).toFixed(0)} MB`);
    return await measurePasses(engine, loaded.agencyIds, ' (optimized)');
  } finally {
    await engine.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function runPostgresAt(url: string): Promise<void> {
  const engine = await openDatabase(url);
  try {
    const reused = await loadedAgencies(engine);
    const loaded = reused ? { agencyIds: reused, line: `postgres reused ${url.replace(/^.*@/, '')}: ${await countDocuments(engine)} documents` } : await loadSynthetic(engine, { documents, agencies, sharedDir: SHARED });
    const size = await sql<{ t: string; i: string }>`select pg_size_pretty(pg_total_relation_size('document_search')) as t, pg_size_pretty(pg_indexes_size('document_search')) as i`.execute(engine.db);
    console.log(`${loaded.line}\npostgres document_search ${size.rows[0]!.t} (indexes ${size.rows[0]!.i})`);
    return await measurePasses(engine, loaded.agencyIds, reused ? ' (reused)' : '');
  } finally {
    await engine.close();
  }
}

async function runPostgres(): Promise<void> {
  if (process.env.BENCH_POSTGRES_URL) return runPostgresAt(process.env.BENCH_POSTGRES_URL);
  const cluster = await startPostgresCluster();
  if (!cluster) return console.log('postgres: SKIPPED (no initdb/pg_ctl)');
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database bench');
    await admin.end();
    return await runPostgresAt(cluster.url.replace(/\/[^/]*$/, '/bench'));
  } finally {
    cluster.stop();
  }
}

console.log(`search: ${documents} documents, ${agencies} agencies; load average ${await load()}`);
for (const name of engines) await (name === 'sqlite' ? runSqlite() : runPostgres());
