/**
 * The region view's world: the web test app (中卫市医疗保障局 under 中卫市, agency B under 沙坡头区, a 中卫市
 * supervisor), plus 中宁县某局 under 中卫市 and 固原市某局 with its own supervisor, and stored 2025 reports.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { addAgency } from '../../src/app/agencies/addAgency.ts';
import { getAgency } from '../../src/app/agencies/getAgency.ts';
import { countTable4 } from '../../src/domain/annualReport/table4.ts';
import type { Finding, ReportTables } from '../../src/domain/annualReport/tables.ts';
import { countTable3 } from '../../src/domain/applications/table3.ts';
import { emptySections } from '../../src/domain/annualReport/reportSections.ts';
import type { Engine } from '../../src/storage/database.ts';
import { insertAnnualReport } from '../../src/storage/repositories/annualReport.repository.ts';
import { contextFor, REPO_ROOT } from '../helpers/appContext.ts';
import { buildWebTestApp, PASSWORD, type WebClient, type WebTestApp } from '../helpers/webApp.ts';

export interface RegionWorld extends WebTestApp {
  agencyC: string;
  agencyD: string;
  /** A client signed in as any user, those of this world included. */
  signedInAs(username: string): Promise<WebClient>;
}

/** A real published report from test/fixtures/annual-reports/ (README there names each source). */
export const fixture = (name: string) => new Uint8Array(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'annual-reports', name)));

/** Zero tables 三 and 四 in the 2021 format, to be filled by the test. */
export function zeroTables(year: number): ReportTables {
  return { format: '2021', table2: {}, table3: countTable3([], year), table4: countTable4([], year) };
}

export async function storeReport(engine: Engine, report: { agencyId: string; year: number; origin: 'computed' | 'imported'; status: string; tables: ReportTables; findings?: Finding[]; publishedOn?: string }) {
  const id = randomUUID();
  await insertAnnualReport(engine.db, { id, ...report, format: report.tables.format, sections: emptySections(), createdBy: null, createdAt: '2026-01-05T00:00:00.000Z' });
  return id;
}

export async function buildRegionWorld(engine: Engine): Promise<RegionWorld> {
  const web = await buildWebTestApp(engine);
  const system = contextFor(engine, undefined, web.clock);
  const c = await addAgency(system, { name: '中卫市中宁县审计局', regionPath: ['宁夏回族自治区', '中卫市', '中宁县'] });
  const d = await addAgency(system, { name: '固原市审计局', regionPath: ['宁夏回族自治区', '固原市'] });
  const guyuan = (await getAgency(engine.db, d.id))!.regionId;
  await createUser(system, { username: 'supervisorGY', displayName: '固原市监督员', password: PASSWORD, roles: ['region_supervisor'], agencyId: null, regionId: guyuan });
  await createUser(system, { username: 'editorC', displayName: '中宁填表人', password: PASSWORD, roles: ['editor'], agencyId: c.id, regionId: null });
  const signedInAs = async (username: string) => {
    const client = web.client();
    const response = await client.login(username, PASSWORD);
    if (response.statusCode !== 303) throw new Error(`login as ${username} failed: ${response.statusCode}`);
    return client;
  };
  return { ...web, agencyC: c.id, agencyD: d.id, signedInAs };
}
