import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Engine, EngineName } from '../dialect/engine.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import * as m0001 from './0001_core.ts';
import * as m0002 from './0002_calendar.ts';
import * as m0003 from './0003_documents.ts';
import * as m0004 from './0004_import_previews.ts';
import * as m0005 from './0005_search_tuning.ts';
import * as m0006 from './0006_jobs.ts';
import * as m0007 from './0007_applications.ts';
import * as m0008 from './0008_letters.ts';
import * as m0009 from './0009_outbox.ts';
import * as m0010 from './0010_application_indexes.ts';
import * as m0011 from './0011_annual_reports.ts';
import * as m0012 from './0012_user_email.ts';
import * as m0013 from './0013_supervision_snapshots.ts';
import * as m0014 from './0014_item_keys.ts';
import * as m0015 from './0015_source_layout.ts';
import * as m0016 from './0016_search_reindex.ts';
import * as m0017 from './0017_agency_website.ts';

/** A migration gets the engine name so that any DDL difference is explicit (docs/adr/0002). */
export interface EngineMigration {
  up(db: Kysely<any>, engine: EngineName): Promise<void>;
}

/**
 * Registered in order; no folder scanning, so the list is what runs.
 * Add new migrations at the end with the next number.
 */
const MIGRATIONS: Record<string, EngineMigration> = {
  '0001_core': m0001,
  '0002_calendar': m0002,
  '0003_documents': m0003,
  '0004_import_previews': m0004,
  '0005_search_tuning': m0005,
  '0006_jobs': m0006,
  '0007_applications': m0007,
  '0008_letters': m0008,
  '0009_outbox': m0009,
  '0010_application_indexes': m0010,
  '0011_annual_reports': m0011,
  '0012_user_email': m0012,
  '0013_supervision_snapshots': m0013,
  '0014_item_keys': m0014,
  '0015_source_layout': m0015,
  '0016_search_reindex': m0016,
  '0017_agency_website': m0017,
};

class RegisteredMigrations implements MigrationProvider {
  constructor(private readonly engine: EngineName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, migration] of Object.entries(MIGRATIONS)) {
      out[name] = { up: (db) => migration.up(db, this.engine) };
    }
    return out;
  }
}

/** Bring the schema up to the named migration only (tests of a data migration start from the schema before it). */
export async function migrateUpTo(engine: Engine, name: string): Promise<void> {
  const migrator = new Migrator({ db: engine.db, provider: new RegisteredMigrations(engine.name) });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}

/** Bring the schema to the latest migration; returns the names applied now. */
export async function migrateToLatest(engine: Engine): Promise<string[]> {
  const migrator = new Migrator({ db: engine.db, provider: new RegisteredMigrations(engine.name) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new DomainError('storage.unavailable', `数据库迁移 ${failed} 失败：${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
