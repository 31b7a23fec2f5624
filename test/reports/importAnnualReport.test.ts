/**
 * 作为往年报告导入 on both engines, with real published reports from test/fixtures/annual-reports/: stored as
 * origin/status imported with the tables as read, the six sections and the findings; a re-import of the same
 * year makes a new version; refusals (no table 三, unfinished year, a year Gongkai computes, another year in the
 * file, a wrong date, other agencies' staff) save nothing; every import is audited.
 */
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { listAuditEvents } from '../../src/app/audit/listAuditEvents.ts';
import { importAnnualReport } from '../../src/app/reports/importAnnualReport.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { findAnnualReportFor, listAnnualReports } from '../../src/storage/repositories/annualReport.repository.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import type { WebTestApp } from '../helpers/webApp.ts';
import { buildRegionWorld, fixture, storeReport, zeroTables } from './regionFixture.ts';

after(() => stopParseWorkers());

async function as(web: WebTestApp, username: string) {
  const user = await findUserByUsername(web.engine.db, username);
  return contextFor(web.engine, (await getActorForUser(web.engine.db, user!.id))!, web.clock);
}

const versionsOf = (web: WebTestApp, reportId: string) =>
  web.engine.db.selectFrom('annual_report_versions').select(['number', 'note']).where('report_id', '=', reportId).orderBy('number').execute();

describeEachEngine('import of a past annual report', (open) => {
  it('stores the reading as the year’s imported report and replaces it by a new version', async () => {
    const world = await buildRegionWorld(await open());
    const editor = await as(world, 'editorA');
    const bytes = fixture('lg-department-2024.txt');
    const first = await importAnnualReport(editor, { agencyId: world.agencyA, year: 2024, bytes, fileName: '龙岗区2024年报.txt', publishedOn: '2025-01-22' });
    assert.deepEqual([first.revision, first.replaced], [1, false]);
    const stored = (await findAnnualReportFor(world.engine.db, world.agencyA, 2024))!;
    assert.deepEqual([stored.origin, stored.status, stored.format, stored.sourceName, stored.publishedOn], ['imported', 'imported', '2021', '龙岗区2024年报.txt', '2025-01-22']);
    assert.equal(stored.tables.table3.newReceived.naturalPerson, 58);
    assert.equal(stored.tables.table3.newReceived.total, 66);
    assert.equal(stored.tables.table2.normativeDocuments!.inForce, 25);
    assert.match(stored.sections.overview, /^本年报根据/);
    assert.match(stored.sections.proactive, /行政规范性文件/);
    assert.deepEqual(stored.findings, first.check.findings);

    const again = await importAnnualReport(editor, { agencyId: world.agencyA, year: 2024, bytes, fileName: '重新保存.txt', publishedOn: '2025-02-03' });
    assert.deepEqual([again.reportId, again.revision, again.replaced], [first.reportId, 2, true]);
    const replaced = (await findAnnualReportFor(world.engine.db, world.agencyA, 2024))!;
    assert.deepEqual([replaced.revision, replaced.sourceName, replaced.publishedOn], [2, '重新保存.txt', '2025-02-03']);
    assert.deepEqual(await versionsOf(world, first.reportId), [{ number: 1, note: '导入：龙岗区2024年报.txt' }, { number: 2, note: '重新导入：重新保存.txt' }]);

    const old = await importAnnualReport(editor, { agencyId: world.agencyA, year: 2019, bytes: fixture('shanghai-office-2019.html'), fileName: '上海2019.html' });
    const shanghai = (await findAnnualReportFor(world.engine.db, world.agencyA, 2019))!;
    assert.deepEqual([old.revision, shanghai.format, shanghai.publishedOn], [1, '2019', null]);
    assert.equal(shanghai.tables.table3.granted.research, null, 'a blank cell stays blank');

    const audit = await listAuditEvents(contextFor(world.engine, undefined, world.clock), { agencyId: world.agencyA, limit: 50 });
    const actions = audit.events.filter((e) => e.action.startsWith('annual_report.')).map((e) => [e.action, e.entityId]);
    assert.deepEqual(actions.sort(), [['annual_report.imported', first.reportId], ['annual_report.imported', old.reportId], ['annual_report.reimported', first.reportId]].sort());
  });

  it('refuses, in Chinese and saving nothing, what cannot be last year’s report of the agency', async () => {
    const world = await buildRegionWorld(await open());
    const editor = await as(world, 'editorA');
    const computed = await storeReport(world.engine, { agencyId: world.agencyA, year: 2023, origin: 'computed', status: 'draft', tables: zeroTables(2023) });
    const refused = (pattern: RegExp, code = 'validation.failed') => (e: DomainError) => e.code === code && pattern.test(e.message);
    const lg = fixture('lg-department-2024.txt');
    await assert.rejects(importAnnualReport(editor, { agencyId: world.agencyA, year: 2022, bytes: fixture('yangling-audit-2022.txt'), fileName: 'y.txt' }), refused(/未能读出表三/));
    await assert.rejects(importAnnualReport(editor, { agencyId: world.agencyA, year: 2026, bytes: lg, fileName: 'l.txt' }), refused(/2026年度尚未结束/));
    await assert.rejects(importAnnualReport(editor, { agencyId: world.agencyA, year: 2023, bytes: lg, fileName: 'l.txt' }), refused(/2023年度已有在系统中编制的年报/, 'conflict'));
    await assert.rejects(importAnnualReport(editor, { agencyId: world.agencyA, year: 2022, bytes: lg, fileName: 'l.txt' }), refused(/报告写明的年度为2024年/));
    await assert.rejects(importAnnualReport(editor, { agencyId: world.agencyA, year: 2024, bytes: lg, fileName: 'l.txt', publishedOn: '2024-12-30' }), refused(/早于2024年度结束/));
    await assert.rejects(importAnnualReport(editor, { agencyId: world.agencyA, year: 2024, bytes: lg, fileName: 'l.txt', publishedOn: '2025-02-30' }), refused(/发布日期“2025-02-30”无效/));
    await assert.rejects(importAnnualReport(editor, { agencyId: world.agencyA, year: 2024, bytes: new TextEncoder().encode('不是年报'), fileName: 'x.txt' }), refused(/未能读出表三/));
    for (const user of ['editorB', 'supervisor', 'reviewerA']) {
      await assert.rejects(importAnnualReport(await as(world, user), { agencyId: world.agencyA, year: 2024, bytes: lg, fileName: 'l.txt' }), refused(/./, 'forbidden'));
    }
    const reports = await listAnnualReports(world.engine.db, [world.agencyA]);
    assert.deepEqual(reports.map((r) => r.id), [computed], 'only the computed report');
    const audit = await listAuditEvents(contextFor(world.engine, undefined, world.clock), { agencyId: world.agencyA, limit: 50 });
    assert.equal(audit.events.filter((e) => e.action.startsWith('annual_report.')).length, 0);
  });
});
