import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { openTestDatabase } from '../helpers/databases.ts';
import { migrateToLatest, migrateUpTo } from '../../src/storage/migrations/index.ts';
import { findVersion, listItems } from '../../src/storage/repositories/catalog.repository.ts';

for (const name of ['sqlite', 'postgres'] as const) {
  describe(`migration 0015_source_layout [${name}]`, () => {
    const opened: { drop(): Promise<void> }[] = [];
    after(async () => {
      for (const db of opened) await db.drop();
    });

    it('leaves a catalog loaded before it in the national form: no columns, no line as written, no labels', async () => {
      const test = await openTestDatabase(name, { migrate: false });
      opened.push(test);
      await migrateUpTo(test.engine, '0014_item_keys');
      const db = test.engine.db as unknown as Kysely<any>; // the 0014 schema, not today's types
      const at = '2026-01-01T00:00:00.000Z';
      await db.insertInto('regions').values({ id: 'r', parent_id: null, name: '中卫市', level: 'city', code: null, created_at: at }).execute();
      await db.insertInto('agencies').values({ id: 'a', region_id: 'r', name: '医保局', code: null, created_at: at }).execute();
      await db.insertInto('catalog_versions').values({ id: 'v', agency_id: 'a', number: 1, status: 'published', created_at: at }).execute();
      await db.insertInto('catalog_items').values({
        id: 'i', version_id: 'v', position: 0, item_key: 'abcdefghij', level1: '概况信息', level2: '机构信息', basis_json: '[]', channels_json: '["政府网站"]', audience_json: '[]', mode_json: '[]',
      }).execute();
      assert.equal((await migrateToLatest(test.engine))[0], '0015_source_layout');
      const version = (await findVersion(test.engine.db, 'v'))!;
      assert.deepEqual([version.columns, version.declaredText, version.headerLines], [null, null, null]);
      const [item] = await listItems(test.engine.db, 'v');
      assert.ok(item && !('seqLabel' in item) && !('channelLabels' in item));
      assert.deepEqual(item.channels, ['政府网站']);
    });
  });
}
