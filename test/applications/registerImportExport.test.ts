/**
 * The register's import, listing, table 三 and staff export through the use cases and the web,
 * on both engines: all or nothing, audited, due dates and table 三 as the independent reference
 * computes them, and the export (with personal data) for the agency's own staff only.
 */
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { exportApplications } from '../../src/app/applications/exportApplications.ts';
import { importApplications } from '../../src/app/applications/importApplications.ts';
import { registerListing } from '../../src/app/applications/registerListing.ts';
import { listAuditEvents } from '../../src/app/audit/listAuditEvents.ts';
import { buildAnnualReport } from '../../src/app/reports/buildAnnualReport.ts';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';
import { exportRegisterJson } from '../../src/exporters/applications/registerFiles.ts';
import { readRegisterFile } from '../../src/importers/applications/readRegisterFile.ts';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { generateRegister } from '../helpers/applicationRegisterGenerator.ts';
import { referenceDueOn } from '../helpers/referenceAnswerClock.ts';
import { referenceTable3 } from '../helpers/referenceTable3.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';
import { seedCalendar } from '../calendar/seedCalendar.ts';

after(() => stopParseWorkers());

const register = generateRegister({ seed: 99, count: 120 });

async function staff(web: WebTestApp, username: string) {
  const user = await findUserByUsername(web.engine.db, username);
  return contextFor(web.engine, (await getActorForUser(web.engine.db, user!.id))!, web.clock);
}

describeEachEngine('application register import and export', (open) => {
  it('imports all or nothing, lists the reference due dates, counts table 三 and exports for own staff only', async () => {
    const web = await buildWebTestApp(await open());
    web.clock.advanceMinutes(60 * 24 * 120); // 2026-06-30: every generated event has happened
    const editorA = await staff(web, 'editorA');
    const reviewerA = await staff(web, 'reviewerA');
    const editorB = await staff(web, 'editorB');
    const bytes = exportRegisterJson(register);

    await assert.rejects(importApplications(editorB, { bytes, agency: web.agencyA }), (e: DomainError) => e.code === 'forbidden');
    await assert.rejects(importApplications(reviewerA, { bytes, agency: web.agencyA }), (e: DomainError) => e.code === 'forbidden');
    const broken = { ...register, applications: register.applications.map((a, i) => (i === 77 ? { ...a, events: [...a.events, { type: 'extended', on: a.receivedOn, workingDays: 25, approvedBy: '张主任' }] } : a)) };
    await assert.rejects(importApplications(editorA, { bytes: exportRegisterJson(broken as typeof register), agency: web.agencyA }), (e: DomainError) => e.code === 'validation.failed' && e.message.startsWith('第78件申请'));
    assert.equal((await registerListing(editorA, web.agencyA)).applications.length, 0, 'nothing imported');

    const imported = await importApplications(editorA, { bytes, agency: web.agencyA });
    assert.equal(imported.count, 120);
    const listing = await registerListing(reviewerA, web.agencyA);
    const byRef = new Map(listing.applications.map((a) => [a.ref, a]));
    for (const a of register.applications) assert.equal(byRef.get(a.ref)!.dueOn, referenceDueOn(a.receivedOn, a.events), a.ref);
    for (const year of [2025, 2026]) assert.deepEqual((await buildAnnualReport(reviewerA, web.agencyA, year)).table3, referenceTable3(register.applications, year));
    await assert.rejects(importApplications(editorA, { bytes, agency: web.agencyA }), (e: DomainError) => /已有编号/.test(e.message));

    const exported = await exportApplications(reviewerA, web.agencyA, 'xlsx');
    const reread = await readRegisterFile(exported.bytes, seedCalendar);
    assert.deepEqual(reread.issues, []);
    assert.deepEqual(reread.records, register.applications);
    await assert.rejects(exportApplications(editorB, web.agencyA, 'csv'), (e: DomainError) => e.code === 'forbidden');
    const audit = await listAuditEvents(contextFor(web.engine, undefined, web.clock), { agencyId: web.agencyA, limit: 500 });
    const actions = audit.events.map((e) => e.action);
    assert.equal(actions.filter((a) => a === 'application.imported').length, 120);
    assert.ok(actions.includes('application.exported'));
  });

  it('serves the export under /admin/applications/export.* to the agency’s staff only, never cached', async () => {
    const web = await buildWebTestApp(await open());
    web.clock.advanceMinutes(60 * 24 * 120);
    await importApplications(await staff(web, 'editorA'), { bytes: exportRegisterJson({ ...register, applications: register.applications.slice(0, 10) }), agency: web.agencyA });
    const reviewer = await web.signedIn('reviewerA');
    const csv = await reviewer.get('/admin/applications/export.csv');
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.headers['cache-control'], 'no-store');
    assert.match(String(csv.headers['content-disposition']), /filename\*=UTF-8''/);
    assert.ok(csv.body.includes(register.applications[0]!.applicant.name));
    const json = JSON.parse((await reviewer.get('/admin/applications/export.json')).body);
    assert.equal(json.applications.length, 10);
    assert.equal((await reviewer.get('/admin/applications/export.pdf')).statusCode, 404);
    const other = await web.signedIn('editorB');
    assert.equal((await other.get(`/admin/applications/export.xlsx?agency=${web.agencyA}`)).statusCode, 403);
    const supervisor = await web.signedIn('supervisor');
    assert.equal((await supervisor.get(`/admin/applications/export.csv?agency=${web.agencyA}`)).statusCode, 403);
    assert.equal((await web.client().get(`/admin/applications/export.csv?agency=${web.agencyA}`)).statusCode === 200, false);
  });
});
