/**
 * Where the issue 11 benches run: SQLite (a file in /tmp, removed afterwards unless SUPERVISION_BENCH_KEEP=1;
 * SUPERVISION_BENCH_SQLITE=that path measures a kept file again without building) and/or a private PostgreSQL
 * cluster (bench/postgresBenchDatabase.ts). Prints the machine's load average before each engine, as other
 * helpers' test runs share it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openDatabase, type Engine } from '../../src/storage/database.ts';
import { openPostgresBenchDatabase } from '../postgresBenchDatabase.ts';
import { buildSupervisionDataset, readSupervisionDataset, type DatasetSizes, type SupervisionDataset } from './dataset.ts';

export type EngineName = 'sqlite' | 'postgres';

/** The dataset on this engine: read from a kept SQLite file when one is given, else built. */
export async function datasetOn(name: EngineName, engine: Engine, sizes: DatasetSizes): Promise<SupervisionDataset> {
  console.log(`${name}: ${sizes.agencies} agencies × 50 items, ${sizes.documents} documents, ${sizes.applications} applications`);
  return process.env.SUPERVISION_BENCH_SQLITE && name === 'sqlite' ? readSupervisionDataset(engine) : buildSupervisionDataset(engine, sizes);
}

export const loadAverage = (): string => loadavg().map((n) => n.toFixed(2)).join(', ');

/** Runs `run` on SQLite unless engineArg is 'postgres', then on PostgreSQL unless it is 'sqlite'. */
export async function onEngines(engineArg: string, run: (name: EngineName, engine: Engine) => Promise<void>): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
  if (engineArg !== 'postgres') {
    const kept = process.env.SUPERVISION_BENCH_SQLITE;
    const dir = kept ? dirname(kept) : mkdtempSync(join(tmpdir(), 'gongkai-supervision-'));
    const sqlite = await openDatabase(`sqlite:${kept ?? join(dir, 'bench.db')}`);
    try {
      console.log(`load average before sqlite: ${loadAverage()}`);
      await run('sqlite', sqlite);
    } finally {
      await sqlite.close();
      if (process.env.SUPERVISION_BENCH_KEEP || kept) console.log(`kept ${kept ?? join(dir, 'bench.db')}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
  if (engineArg !== 'sqlite') {
    const postgres = await openPostgresBenchDatabase('supervisionbench');
    try {
      console.log(`load average before postgres: ${loadAverage()}`);
      await run('postgres', postgres);
    } finally {
      await postgres.close();
    }
  }
}
