/**
 * Runs a storage test on both engines, always: SQLite, and PostgreSQL on the private
 * cluster the test run started (scripts/with-postgres.ts sets TEST_POSTGRES_URL).
 *
 *   describeEachEngine('catalog repository', (open) => {
 *     it('…', async () => { const engine = await open(); … });
 *   });
 *
 * Each `open()` gives a fresh, migrated database; all are closed after the suite.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import pg from 'pg';
import { openDatabase, openEngine, type Engine } from '../../src/storage/database.ts';
import type { EngineName } from '../../src/storage/dialect/engine.ts';

const postgresUrl = process.env.TEST_POSTGRES_URL;

/** The PostgreSQL leg is never skipped: without a cluster its tests fail with this line. */
export const POSTGRES_MISSING = 'TEST_POSTGRES_URL is not set: run the tests with `npm test`, which starts a private PostgreSQL cluster';

/** `migrate: false` gives an empty database (for tests of a data migration, which bring it to the version they need). */
export async function openTestDatabase(name: EngineName, options: { migrate?: boolean } = {}): Promise<{ engine: Engine; url: string; drop(): Promise<void> }> {
  const openUrl = (url: string) => (options.migrate === false ? Promise.resolve(openEngine(url)) : openDatabase(url));
  if (name === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-sqlite-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    const engine = await openUrl(url);
    return {
      engine,
      url,
      async drop() {
        await engine.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!postgresUrl) throw new Error(POSTGRES_MISSING);
  const dbName = `gk_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = postgresUrl.replace(/\/[^/]*$/, `/${dbName}`);
  const engine = await openUrl(url);
  return {
    engine,
    url,
    async drop() {
      await engine.close();
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await client.end();
    },
  };
}

export function describeEachEngine(title: string, body: (open: () => Promise<Engine>, engineName: EngineName) => void): void {
  for (const name of ['sqlite', 'postgres'] as const) {
    describe(`${title} [${name}]`, () => {
      const opened: { drop(): Promise<void> }[] = [];
      after(async () => {
        for (const db of opened) await db.drop();
      });
      body(async () => {
        const db = await openTestDatabase(name);
        opened.push(db);
        return db.engine;
      }, name);
    });
  }
}
