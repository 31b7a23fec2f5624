import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { TestClock } from '../helpers/appContext.ts';
import { answeredApplication, FORM, ID_NUMBER, letterPdf, readPdf, twoAgencies } from './applicationFixtures.ts';
import { archiveApplication } from '../../src/app/applications/archiveApplication.ts';
import { exportApplicationCaseFile } from '../../src/app/applications/exportApplicationCaseFile.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { OUTCOMES } from '../../src/domain/applications/vocabulary.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';
import type { Engine } from '../../src/storage/database.ts';

const forbidden = (e: DomainError) => e.code === 'forbidden';
const conflict = (e: DomainError) => e.code === 'conflict';

const auditOf = (engine: Engine, entityId: string) =>
  engine.db.selectFrom('audit_events').select(['action', 'summary', 'before_json', 'after_json']).where('entity_id', '=', entityId).execute();

describeEachEngine('归档 and 案卷 (条例第四十五条)', (open) => {
  it('archives a finished application once, audited; refuses an open one and agency B (403)', async () => {
    const engine = await open();
    const s = await twoAgencies(engine, new TestClock('2026-03-25T02:00:00.000Z'));
    const { application: pending } = await registerApplication(s.officer, { agencyId: s.a, fields: { ...FORM, request: '尚在办理的申请' }, receipt: { channel: 'inPerson', on: '2026-03-23' } });
    await assert.rejects(archiveApplication(s.officer, pending.id), conflict);
    const answered = await answeredApplication(s.officer, s.a);
    await assert.rejects(archiveApplication(s.other, answered.id), forbidden);
    const archived = await archiveApplication(s.officer, answered.id);
    assert.equal(archived.archivedAt, '2026-03-25T02:00:00.000Z');
    assert.equal(archived.outcome, 'partial', 'archiving changes nothing else');
    await assert.rejects(archiveApplication(s.officer, answered.id), conflict, 'archived only once');
    const audit = await auditOf(engine, answered.id);
    const event = audit.find((e) => e.action === 'application.archived');
    assert.equal(event?.summary, `申请 ${answered.trackingNo} 已归档`);
    for (const e of audit) {
      const text = JSON.stringify(e);
      assert.ok(!text.includes(FORM.name) && !text.includes(ID_NUMBER) && !text.includes(FORM.phone), `audit event ${e.action} names the applicant: ${text}`);
    }
  });

  it('exports the 案卷: cover, outcome and basis, ledger dates, "为什么是这一天", then every page of each letter', async () => {
    const engine = await open();
    const s = await twoAgencies(engine, new TestClock('2026-03-25T02:00:00.000Z'));
    const answered = await answeredApplication(s.officer, s.a);
    await archiveApplication(s.officer, answered.id);
    const letters = [await letterPdf('补正告知书 LETTERONE 第一份文书'), await letterPdf('答复书 LETTERTWO 第二份文书')];
    const drawnOnly = readPdf((await exportApplicationCaseFile(s.officer, answered.id, { letters: [] })).bytes);
    const { bytes, fileName } = await exportApplicationCaseFile(s.officer, answered.id, { letters });
    assert.equal(fileName, `案卷-${answered.trackingNo}.pdf`);
    const { text, pages } = readPdf(bytes);
    assert.equal(pages, drawnOnly.pages + 2, 'each one-page letter appended');
    const flat = text.replace(/\s+/g, '');
    for (const expected of [answered.trackingNo, OUTCOMES.partial.label, OUTCOMES.partial.basis, '条例第三十一条第（二）项', FORM.name, ID_NUMBER, FORM.request, '2026-03-02', '2026-03-04', '2026-03-09', '2026-03-20', '为什么是这一天', 'LETTERONE', 'LETTERTWO', '第二份文书']) {
      assert.ok(flat.includes(expected.replace(/\s+/g, '')), `案卷 lacks ${expected}:\n${text}`);
    }
    assert.ok(flat.indexOf('LETTERONE') < flat.indexOf('LETTERTWO'), 'letters in the order given');
    const audit = await auditOf(engine, answered.id);
    assert.equal(audit.filter((e) => e.action === 'application.caseFileExported').length, 2, 'each export audited as a view of personal data');
  });

  it('refuses the 案卷 of an open application, to agency B, and with a letter that is not a PDF — writing no audit event', async () => {
    const engine = await open();
    const s = await twoAgencies(engine, new TestClock('2026-03-25T02:00:00.000Z'));
    const answered = await answeredApplication(s.officer, s.a);
    const { application: pending } = await registerApplication(s.officer, { agencyId: s.a, fields: { ...FORM, request: '尚在办理的申请' }, receipt: { channel: 'fax', on: '2026-03-23' } });
    await assert.rejects(exportApplicationCaseFile(s.officer, pending.id, { letters: [] }), conflict);
    await assert.rejects(exportApplicationCaseFile(s.other, answered.id, { letters: [] }), forbidden);
    await assert.rejects(exportApplicationCaseFile(s.officer, answered.id, { letters: [Buffer.from('not a pdf')] }), (e: DomainError) => e.code === 'validation.failed' && e.message.includes('第1份文书'));
    assert.equal((await auditOf(engine, answered.id)).filter((e) => e.action === 'application.caseFileExported').length, 0);
  });
});
