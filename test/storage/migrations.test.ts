import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../helpers/databases.ts';
import { migrateToLatest } from '../../src/storage/migrations/index.ts';

describeEachEngine('migrations', (open) => {
  it('create every table and are idempotent', async () => {
    const engine = await open();
    const again = await migrateToLatest(engine);
    assert.deepEqual(again, []);
    for (const table of ['regions', 'agencies', 'catalog_versions', 'catalog_items', 'users', 'sessions', 'audit_events']) {
      const rows = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(engine.db);
      assert.equal(Number(rows.rows[0]?.n), 0, table);
    }
  });
});
