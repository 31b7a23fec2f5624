import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { sql } from 'kysely';
import { openSqlite } from '../../src/storage/dialect/sqlite.ts';

// The SQLite connection as the app opens it (src/storage/dialect/sqlite.ts): WAL, foreign keys, and the 128 MiB page
// cache that a search at a million documents needs (docs/benchmarks.md «SQLite at 1,000,000 documents»).
const dir = mkdtempSync(join(tmpdir(), 'gongkai-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('opens a file with WAL, foreign keys and a 128 MiB page cache', async () => {
  const engine = openSqlite(join(dir, 'a.db'));
  try {
    const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(engine.db)).rows[0] as object)[0];
    assert.equal(await pragma('journal_mode'), 'wal');
    assert.equal(await pragma('foreign_keys'), 1);
    assert.equal(await pragma('cache_size'), -131072);
  } finally {
    await engine.close();
  }
});
