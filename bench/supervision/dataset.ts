/**
 * The issue 11 bench fixture: N agencies in the 宁夏 region tree (catalogSpec.ts), each with a published catalog of
 * 50 items (loadCatalog, signed on 2024-01-02), `documents` published documents over the last three years, an
 * officer (填表人+复核人), `applications` 依申请公开 applications (bench/applications: rows the use cases write,
 * checked by test/applications/registerAtScale.test.ts; open, answered on time or late, overdue) and, for every
 * third agency, a 2025 年报 draft (openAnnualReport). The first agency's documents go through the document use
 * cases; the others' are copies of its rows (bulkDocuments.ts). Prints how long each step took.
 */
import { databaseAuditLog } from '../../src/app/audit.ts';
import { hashPassword } from '../../src/app/accounts/passwords.ts';
import { loadCalendar } from '../../src/app/calendar/loadCalendar.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import type { AppContext } from '../../src/app/context.ts';
import { openAnnualReport } from '../../src/app/reports/openAnnualReport.ts';
import { SYSTEM_ACTOR, type Role } from '../../src/domain/accounts/roles.ts';
import { fixedClock, type LocalDate } from '../../src/domain/shared/clock.ts';
import type { Engine } from '../../src/storage/database.ts';
import { insertUser } from '../../src/storage/repositories/user.repository.ts';
import { generateApplications, seededRandom } from '../applications/ledgers.ts';
import { seedApplications, type SeededAgency } from '../applications/seedRegister.ts';
import { insertDocumentCopies, readTemplate } from './bulkDocuments.ts';
import { supervisionAgencyNames, supervisionCatalog, supervisionCatalogItems } from './catalogSpec.ts';
import { planDocuments, publishThroughUseCases } from './documentPlan.ts';

export interface DatasetSizes {
  agencies: number;
  documents: number;
  applications: number;
}

export interface SupervisionDataset {
  /** Each agency with its officer (填表人+复核人 of that agency only). */
  agencies: SeededAgency[];
  /** The agency whose documents were published through the use cases, and one built from copies. */
  realAgencyId: string;
  bulkAgencyId: string;
}

export const BENCH_TODAY: LocalDate = '2026-12-07';
const CATALOG_SIGNED = '2024-01-02T02:00:00.000Z';

const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await work();
  console.log(`  build: ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
};

async function catalogsAndOfficers(engine: Engine, count: number): Promise<SeededAgency[]> {
  const system: AppContext = { actor: SYSTEM_ACTOR, db: engine.db, clock: fixedClock(CATALOG_SIGNED), audit: databaseAuditLog(fixedClock(CATALOG_SIGNED)) };
  const passwordHash = await hashPassword('bench password 0123');
  const agencies: SeededAgency[] = [];
  for (const [i, name] of supervisionAgencyNames(count).entries()) {
    const { agencyId } = await loadCatalog(system, supervisionCatalog(name), { publish: true });
    const roles: Role[] = ['editor', 'reviewer'];
    const id = await insertUser(engine.db, { username: `officer${i}`, displayName: `办事员${i}`, passwordHash, agencyId, regionId: null, roles, disabled: false, createdAt: CATALOG_SIGNED });
    agencies.push({ id: agencyId, name, staff: { id, name: `办事员${i}`, roles, agencyId, regionId: null } });
  }
  return agencies;
}

async function documents(engine: Engine, agencies: readonly SeededAgency[], perAgency: number): Promise<void> {
  const system: AppContext = { actor: SYSTEM_ACTOR, db: engine.db, clock: fixedClock(CATALOG_SIGNED), audit: databaseAuditLog(fixedClock(CATALOG_SIGNED)) };
  const random = seededRandom(11);
  const items = supervisionCatalogItems();
  const [real, ...rest] = agencies;
  const ids = await step(`${perAgency} documents of 1 agency through the use cases`, () => publishThroughUseCases(engine, system, real!, planDocuments(random, real!.name, items, perAgency, BENCH_TODAY)));
  const template = await readTemplate(engine.db, ids[0]!);
  await step(`${perAgency * rest.length} documents of ${rest.length} agencies copied in bulk`, async () => {
    for (const [i, agency] of rest.entries()) {
      await insertDocumentCopies(engine, template, { ...agency, code: `B${String(i + 1).padStart(4, '0')}` }, planDocuments(random, agency.name, items, perAgency, BENCH_TODAY));
      if ((i + 1) % 200 === 0) console.log(`    ${i + 1} agencies`);
    }
  });
}

export async function buildSupervisionDataset(engine: Engine, sizes: DatasetSizes): Promise<SupervisionDataset> {
  const started = performance.now();
  const agencies = await step(`${sizes.agencies} agencies, 50-item catalogs and officers`, () => catalogsAndOfficers(engine, sizes.agencies));
  await documents(engine, agencies, sizes.documents);
  const calendar = await loadCalendar({ db: engine.db });
  const specs = generateApplications({ count: sizes.agencies * sizes.applications, agencyWeights: agencies.map(() => 1), today: BENCH_TODAY, calendar });
  await step(`${specs.length} applications (and ANALYZE)`, () => seedApplications(engine, specs, agencies, calendar));
  const today = fixedClock(`${BENCH_TODAY}T02:00:00.000Z`);
  const system: AppContext = { actor: SYSTEM_ACTOR, db: engine.db, clock: today, audit: databaseAuditLog(today) };
  await step('2025 年报 drafts of every third agency', async () => {
    for (const agency of agencies.filter((_, i) => i % 3 === 0)) await openAnnualReport(system, { agency: agency.id, year: 2025 });
  });
  console.log(`  build: total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { agencies, realAgencyId: agencies[0]!.id, bulkAgencyId: agencies[1]!.id };
}

/** The dataset of a database this builder filled before (bench runs that reuse a kept SQLite file). */
export async function readSupervisionDataset(engine: Engine): Promise<SupervisionDataset> {
  const users = await engine.db.selectFrom('users').select(['id', 'username', 'display_name', 'agency_id']).where('username', 'like', 'officer%').execute();
  const names = new Map((await engine.db.selectFrom('agencies').select(['id', 'name']).execute()).map((a) => [a.id, a.name]));
  const agencies = users.map((u) => ({ n: Number(u.username.slice('officer'.length)), id: u.agency_id!, name: names.get(u.agency_id!)!, staff: { id: u.id, name: u.display_name, roles: ['editor', 'reviewer'] as Role[], agencyId: u.agency_id!, regionId: null } }))
    .sort((a, b) => a.n - b.n).map(({ n: _n, ...agency }) => agency);
  return { agencies, realAgencyId: agencies[0]!.id, bulkAgencyId: agencies[1]!.id };
}
