/**
 * The region view's use case on both engines: every agency below the region, the R9 state of its report
 * with a test clock, its stored findings, and the region's summed tables 三 and 四 (stored tables where
 * a report exists, else computed from the register); supervisors of other regions and agency staff refused.
 */
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { importApplications } from '../../src/app/applications/importApplications.ts';
import { regionReportOverview } from '../../src/app/reports/regionReportOverview.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';
import { exportRegisterJson } from '../../src/exporters/applications/registerFiles.ts';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import { generateRegister } from '../helpers/applicationRegisterGenerator.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { referenceTable3 } from '../helpers/referenceTable3.ts';
import type { WebTestApp } from '../helpers/webApp.ts';
import { buildRegionWorld, storeReport, zeroTables, type RegionWorld } from './regionFixture.ts';

after(() => stopParseWorkers());

async function as(web: WebTestApp, username: string) {
  const user = await findUserByUsername(web.engine.db, username);
  return contextFor(web.engine, (await getActorForUser(web.engine.db, user!.id))!, web.clock);
}

/** A: computed, published on time with 1 error and 2 warnings; C: imported, published late, one blank cell; B: none, from its register. */
async function seedReports(world: RegionWorld) {
  const a = zeroTables(2025);
  a.table3.newReceived.naturalPerson = 4;
  a.table3.newReceived.total = 4;
  a.table4.reconsideration.upheld = 1;
  const aId = await storeReport(world.engine, {
    agencyId: world.agencyA, year: 2025, origin: 'computed', status: 'published', tables: a, publishedOn: '2026-01-20',
    findings: [
      { rule: 'R1', severity: 'error', where: 'table3.total.total', message: '…' },
      { rule: 'R10', severity: 'warning', where: 'section.五', message: '…' },
      { rule: 'R8', severity: 'warning', where: 'section.一', message: '…' },
      { rule: 'R9', severity: 'info', where: 'publishedOn', message: '…' },
    ],
  });
  const c = zeroTables(2025);
  c.table3.newReceived.naturalPerson = 3;
  c.table3.newReceived.total = null;
  c.table4.reconsideration.upheld = 2;
  await storeReport(world.engine, { agencyId: world.agencyC, year: 2025, origin: 'imported', status: 'imported', tables: c, publishedOn: '2026-02-10', findings: [] });
  await storeReport(world.engine, { agencyId: world.agencyD, year: 2025, origin: 'imported', status: 'imported', tables: zeroTables(2025) });
  return aId;
}

describeEachEngine('region report overview', (open) => {
  it('lists every agency below the region with its R9 state, findings and the summed tables 三 and 四', async () => {
    const world = await buildRegionWorld(await open());
    world.clock.advanceMinutes(60 * 24 * 120); // 2026-06-30: every generated application event has happened
    const register = generateRegister({ seed: 31, count: 25 });
    await importApplications(await as(world, 'editorB'), { bytes: exportRegisterJson(register), agency: world.agencyB });
    const aId = await seedReports(world);
    const reviewCase = { agency_id: world.agencyB, kind: 'reconsideration', case_number: null, decided_on: '2025-08-01', body: null, application_id: null, summary: null, created_by: null, created_at: '2025-06-01T00:00:00.000Z', updated_at: '2025-06-01T00:00:00.000Z' };
    await world.engine.db.insertInto('review_cases').values([
      { ...reviewCase, id: 'case-1', filed_on: '2025-06-01', result: 'upheld' },
      { ...reviewCase, id: 'case-2', filed_on: '2024-06-01', result: 'corrected' },
    ]).execute();
    const supervisor = await as(world, 'supervisor');

    const overview = await regionReportOverview(supervisor, '中卫市', 2025);
    assert.deepEqual(overview.region.path, ['宁夏回族自治区', '中卫市']);
    const byId = new Map(overview.agencies.map((line) => [line.agencyId, line]));
    assert.deepEqual([...byId.keys()].sort(), [world.agencyA, world.agencyB, world.agencyC].sort(), '固原市 is not below 中卫市');
    const a = byId.get(world.agencyA)!;
    assert.deepEqual([a.reportId, a.timelinessLabel, a.publishedOn, a.errors, a.warnings, a.tablesSource], [aId, '已按时发布', '2026-01-20', 1, 2, 'stored']);
    const b = byId.get(world.agencyB)!;
    assert.deepEqual([b.reportId, b.status, b.timelinessLabel, b.errors, b.tablesSource], [null, null, '逾期未发布', null, 'computed']);
    const c = byId.get(world.agencyC)!;
    assert.deepEqual([c.timeliness, c.timelinessLabel, c.errors, c.warnings], ['late', '逾期发布', 0, 0]);

    const expected = referenceTable3(register.applications, 2025);
    assert.equal(overview.sums.table3.newReceived.naturalPerson, 4 + 3 + expected.newReceived!.naturalPerson!);
    assert.equal(overview.sums.table3.newReceived.total, 4 + expected.newReceived!.total!, 'C’s blank total adds nothing');
    assert.equal(overview.sums.table3.granted.total, expected.granted!.total);
    assert.equal(overview.sums.table4.reconsideration.upheld, 4, 'A 1, C 2, B’s case filed in 2025');
    assert.equal(overview.sums.table4.reconsideration.corrected, 0, 'B’s case filed in 2024 is not counted in 2025');
    assert.equal(overview.sums.blankCells, 1);
    assert.equal(overview.sums.reports, 3);

    const county = await regionReportOverview(supervisor, '中宁县', 2025);
    assert.deepEqual(county.agencies.map((line) => line.agencyId), [world.agencyC]);
  });

  it('tells 未到期 before 1月31日 and 逾期未发布 after it, by the clock', async () => {
    const world = await buildRegionWorld(await open());
    const supervisor = await as(world, 'supervisor');
    const before = await regionReportOverview(supervisor, '中卫市', 2026); // today 2026-03-02
    assert.ok(before.agencies.every((line) => line.timelinessLabel === '未到期' && line.dueOn === '2027-01-31'));
    world.clock.advanceMinutes(60 * 24 * 320); // 2027-01-16: a reminder, still not due
    const january = await regionReportOverview(supervisor, '中卫市', 2026);
    assert.ok(january.agencies.every((line) => line.timeliness === 'notDue' && line.daysLeft === 15));
    world.clock.advanceMinutes(60 * 24 * 16); // 2027-02-01
    const after = await regionReportOverview(supervisor, '中卫市', 2026);
    assert.ok(after.agencies.every((line) => line.timelinessLabel === '逾期未发布'));
  });

  it('refuses a supervisor of another region, agency staff, an unknown region and a bad year', async () => {
    const world = await buildRegionWorld(await open());
    await seedReports(world);
    const forbidden = (e: DomainError) => e.code === 'forbidden' && /无权/.test(e.message);
    await assert.rejects(regionReportOverview(await as(world, 'supervisorGY'), '中卫市', 2025), forbidden);
    await assert.rejects(regionReportOverview(await as(world, 'supervisor'), '宁夏回族自治区', 2025), forbidden);
    await assert.rejects(regionReportOverview(await as(world, 'editorA'), '中卫市', 2025), forbidden);
    await assert.rejects(regionReportOverview(await as(world, 'supervisor'), '银川市', 2025), (e: DomainError) => e.code === 'not_found' && e.message.includes('银川市'));
    await assert.rejects(regionReportOverview(await as(world, 'supervisor'), '中卫市', 1999), (e: DomainError) => e.code === 'validation.failed');
    const guyuan = await regionReportOverview(await as(world, 'supervisorGY'), '固原市', 2025);
    assert.deepEqual(guyuan.agencies.map((line) => [line.agencyId, line.timeliness]), [[world.agencyD, 'undated']]);
    const all = await regionReportOverview(contextFor(world.engine, undefined, world.clock), '宁夏回族自治区', 2025);
    assert.equal(all.agencies.length, 4);
  });
});
