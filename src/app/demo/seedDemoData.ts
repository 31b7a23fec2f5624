import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../context.ts';
import { countAgencies } from '../../storage/repositories/agency.repository.ts';
import { importCatalogFile } from '../../importers/importCatalogFile.ts';
import { loadCatalog } from '../catalog/loadCatalog.ts';

export const DEMO_SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'demo', 'seeds');

export interface SeedReport {
  seeded: boolean;
  agencies: { name: string; items: number; findings: number }[];
}

/**
 * On a database with no agencies, read the five demo catalogs with the same
 * importer the admin and `gongkai import` use, and publish each one.
 * Does nothing when any agency exists, so restarts never duplicate data.
 */
export async function seedDemoData(ctx: AppContext, folder = DEMO_SEED_DIR): Promise<SeedReport> {
  if ((await countAgencies(ctx.db)) > 0) return { seeded: false, agencies: [] };
  const files = (await readdir(folder)).filter((f) => !f.startsWith('.')).sort();
  const agencies: SeedReport['agencies'] = [];
  for (const file of files) {
    const bytes = await readFile(join(folder, file));
    const { catalog, findings } = await importCatalogFile(new Uint8Array(bytes));
    await loadCatalog(ctx, { ...catalog, source: file }, { publish: true, source: file });
    agencies.push({ name: catalog.agency, items: catalog.items.length, findings: findings.length });
  }
  return { seeded: true, agencies };
}
