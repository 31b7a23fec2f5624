import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openTestDatabase } from '../helpers/databases.ts';
import { migrateToLatest, migrateUpTo } from '../../src/storage/migrations/index.ts';
import type { Kysely } from 'kysely';
import type { Engine } from '../../src/storage/database.ts';

/** A database as 0013 left it: two agencies, three versions of one catalog, items without keys. */
async function databaseAt0013(engine: Engine): Promise<void> {
  await migrateUpTo(engine, '0013_supervision_snapshots');
  const db = engine.db as unknown as Kysely<any>; // the 0013 schema, not today's types
  const at = '2026-01-01T00:00:00.000Z';
  await db.insertInto('regions').values({ id: 'r', parent_id: null, name: '中卫市', level: 'city', code: null, created_at: at }).execute();
  await db.insertInto('agencies').values([{ id: 'a', region_id: 'r', name: '医保局', code: null, created_at: at }, { id: 'b', region_id: 'r', name: '卫健委', code: null, created_at: at }]).execute();
  const version = (id: string, agency: string, number: number, status: string) => ({ id, agency_id: agency, number, status, created_at: at });
  await db.insertInto('catalog_versions').values([version('a1', 'a', 1, 'superseded'), version('a2', 'a', 2, 'superseded'), version('a3', 'a', 3, 'published'), version('b1', 'b', 1, 'published')]).execute();
  const item = (id: string, versionId: string, position: number, level1: string, level2: string | null) =>
    ({ id, version_id: versionId, position, level1, level2, basis_json: '[]', channels_json: '[]', audience_json: '[]', mode_json: '[]' });
  await db.insertInto('catalog_items').values([
    item('a1-0', 'a1', 0, '概况信息', '机构信息'), item('a1-1', 'a1', 1, '概况信息', '领导信息'), item('a1-2', 'a1', 2, '基本信息', '规范性文件'),
    // 第2版: 领导信息 renamed outright, 规范性文件 moved under another 一级事项, order changed
    item('a2-0', 'a2', 0, '政策文件', '规范性文件'), item('a2-1', 'a2', 1, '概况信息', '机构信息'), item('a2-2', 'a2', 2, '概况信息', '领导班子'),
    // 第3版: 机构信息 removed, a new item
    item('a3-0', 'a3', 0, '政策文件', '规范性文件'), item('a3-1', 'a3', 1, '概况信息', '领导班子'), item('a3-2', 'a3', 2, '重点领域', '医疗救助'),
    item('b1-0', 'b1', 0, '概况信息', '机构信息'),
  ]).execute();
}

for (const name of ['sqlite', 'postgres'] as const) {
  describe(`migration 0014_item_keys [${name}]`, () => {
    const opened: { drop(): Promise<void> }[] = [];
    after(async () => {
      for (const db of opened) await db.drop();
    });

    it('gives each item the key of the matching item of the version before, each agency on its own', async () => {
      const test = await openTestDatabase(name, { migrate: false });
      opened.push(test);
      await databaseAt0013(test.engine);
      assert.equal((await migrateToLatest(test.engine))[0], '0014_item_keys');
      const rows = await test.engine.db.selectFrom('catalog_items').select(['id', 'item_key']).execute();
      const key = new Map(rows.map((row) => [row.id, row.item_key]));
      assert.ok(rows.every((row) => /^[a-z2-7]{10}$/.test(row.item_key)), 'every row has a short URL-safe key');
      assert.equal(key.get('a2-1'), key.get('a1-0'), 'same 一级 and 二级事项');
      assert.equal(key.get('a2-0'), key.get('a1-2'), 'same 二级事项 under another 一级事项');
      assert.equal(key.get('a3-0'), key.get('a1-2'), 'carried over two versions');
      assert.notEqual(key.get('a2-2'), key.get('a1-1'), 'renamed outright: a new key');
      assert.equal(key.get('a3-1'), key.get('a2-2'));
      assert.ok(![...key.entries()].some(([id, value]) => id !== 'a3-2' && value === key.get('a3-2')), 'a new item: a new key');
      assert.notEqual(key.get('b1-0'), key.get('a1-0'), 'another agency never shares a key');
    });
  });
}
