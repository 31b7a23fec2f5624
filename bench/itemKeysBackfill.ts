/**
 * Migration 0014_item_keys (issue 12, stable items): the backfill walks every agency's versions and writes one key
 * per catalog item row. This times it on SQLite (a file in /tmp) for N agencies with V versions of the golden 中卫
 * catalog (36 items) each, every version renaming one item, i.e. N × V × 36 rows.
 *
 *   node --import tsx bench/itemKeysBackfill.ts [agencies=300] [versions=3]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { openEngine } from '../src/storage/database.ts';
import { migrateToLatest, migrateUpTo } from '../src/storage/migrations/index.ts';

const agencies = Number(process.argv[2] ?? 300);
const versions = Number(process.argv[3] ?? 3);
const golden = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'golden', '000_16624d944bb0d70d.json'), 'utf8')) as { items: { level1: string; level2: string | null }[] };

const dir = mkdtempSync(join(tmpdir(), 'gongkai-itemkeysbench-'));
const engine = openEngine(`sqlite:${join(dir, 'bench.db')}`);
try {
  await migrateUpTo(engine, '0013_supervision_snapshots');
  const db = engine.db as unknown as Kysely<any>; // the 0013 schema
  const at = '2026-01-01T00:00:00.000Z';
  await db.insertInto('regions').values({ id: 'r', parent_id: null, name: '中卫市', level: 'city', code: null, created_at: at }).execute();
  for (let a = 0; a < agencies; a++) {
    await db.insertInto('agencies').values({ id: `a${a}`, region_id: 'r', name: `单位${a}`, code: null, created_at: at }).execute();
    for (let v = 1; v <= versions; v++) {
      const versionId = `a${a}-v${v}`;
      await db.insertInto('catalog_versions').values({ id: versionId, agency_id: `a${a}`, number: v, status: v === versions ? 'published' : 'superseded', created_at: at }).execute();
      const rows = golden.items.map((item, position) => ({
        id: `${versionId}-${position}`, version_id: versionId, position, level1: item.level1, level2: position === v ? `${item.level2}（第${v}版）` : item.level2,
        basis_json: '[]', channels_json: '[]', audience_json: '[]', mode_json: '[]',
      }));
      for (let start = 0; start < rows.length; start += 40) await db.insertInto('catalog_items').values(rows.slice(start, start + 40)).execute();
    }
  }
  const started = performance.now();
  await migrateToLatest(engine);
  const seconds = (performance.now() - started) / 1000;
  const rows = agencies * versions * golden.items.length;
  console.log(`0014_item_keys backfill: ${agencies} agencies × ${versions} versions × ${golden.items.length} items = ${rows} rows in ${seconds.toFixed(2)} s (${Math.round(rows / seconds)} rows/s)`);
} finally {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
}
