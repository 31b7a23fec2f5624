import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { TestClock } from '../helpers/appContext.ts';
import { answeredApplication, FORM, twoAgencies } from './applicationFixtures.ts';
import { suggestProactiveDisclosure } from '../../src/app/applications/suggestProactiveDisclosure.ts';
import { getApplication } from '../../src/app/applications/getApplication.ts';
import { getDocumentForStaff } from '../../src/app/documents/getDocument.ts';
import { getPublicDocument } from '../../src/app/documents/getDocument.ts';
import { parseProactiveSuggestion } from '../../src/domain/applications/proactive.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';

const ITEM = { level1: '基本信息', level2: '政府信息公开制度及相关规定' };
const REQUEST = '2025年度医保基金支出明细\n（请按月份列出）';

describeEachEngine('转主动公开 (条例第四十四条)', (open) => {
  it('turns what several applicants asked for into one draft under the chosen item, marking each application', async () => {
    const engine = await open();
    const s = await twoAgencies(engine, new TestClock('2026-03-25T02:00:00.000Z'));
    const first = await answeredApplication(s.officer, s.a, 'granted', REQUEST);
    const second = await answeredApplication(s.officer, s.a, 'partial', '医保基金每月支出情况');
    const { documentId } = await suggestProactiveDisclosure(s.officer, { applicationIds: [first.id, second.id], item: ITEM });
    const draft = await getDocumentForStaff(s.officer, { documentId });
    assert.equal(draft.status, 'draft');
    assert.equal(draft.title, '2025年度医保基金支出明细', 'titled from the first line of the first request');
    assert.deepEqual(draft.items.map((i) => [i.level1, i.level2]), [[ITEM.level1, ITEM.level2]]);
    assert.ok(draft.internalNote?.includes(first.trackingNo) && draft.internalNote.includes(second.trackingNo), draft.internalNote ?? '');
    assert.ok(!draft.internalNote?.includes(FORM.name), 'tracking numbers, never names');
    assert.equal(await getPublicDocument(engine.db, documentId), null, 'a draft is not public');
    for (const application of [first, second]) {
      const mark = parseProactiveSuggestion((await getApplication(s.officer, application.id)).application.proactiveSuggestion);
      assert.deepEqual(mark && { documentId: mark.documentId, level1: mark.level1, level2: mark.level2 }, { documentId, ...ITEM });
    }
    const audit = await engine.db.selectFrom('audit_events').select(['summary', 'entity_id']).where('action', '=', 'application.proactiveSuggested').execute();
    assert.equal(audit.length, 2);
    assert.ok(audit.every((e) => e.summary.includes(ITEM.level2) && !e.summary.includes(FORM.name)));
  });

  it('takes a title staff chose; refuses a title with personal data, a withheld application, another agency, a repeat, an unknown item, agency B (403)', async () => {
    const engine = await open();
    const s = await twoAgencies(engine, new TestClock('2026-03-25T02:00:00.000Z'));
    const granted = await answeredApplication(s.officer, s.a, 'granted');
    const withheld = await answeredApplication(s.officer, s.a, 'withheld.thirdParty', '某企业的经营数据');
    const elsewhere = await answeredApplication(s.other, s.b, 'granted', '另一机关的信息');
    const invalid = (e: DomainError) => e.code === 'validation.failed';
    await assert.rejects(suggestProactiveDisclosure(s.officer, { applicationIds: [granted.id, withheld.id], item: ITEM }), invalid);
    await assert.rejects(suggestProactiveDisclosure(s.officer, { applicationIds: [], item: ITEM }), invalid);
    await assert.rejects(suggestProactiveDisclosure(s.officer, { applicationIds: [granted.id, elsewhere.id], item: ITEM }), (e: DomainError) => e.code === 'forbidden');
    await assert.rejects(suggestProactiveDisclosure(s.other, { applicationIds: [granted.id], item: ITEM }), (e: DomainError) => e.code === 'forbidden');
    await assert.rejects(suggestProactiveDisclosure(s.officer, { applicationIds: [granted.id], item: { level1: '不存在的事项' } }), invalid);
    const named = await answeredApplication(s.officer, s.a, 'granted', `${FORM.name}申请公开本人的医保报销记录`);
    const titleIssue = (e: DomainError) => invalid(e) && e.issues.some((i) => i.path === 'title');
    await assert.rejects(suggestProactiveDisclosure(s.officer, { applicationIds: [named.id], item: ITEM }), titleIssue, 'a default title naming the applicant');
    await assert.rejects(suggestProactiveDisclosure(s.officer, { applicationIds: [granted.id], item: ITEM, title: '联系13800138000获取' }), titleIssue, 'a mobile number');
    assert.equal((await getApplication(s.officer, granted.id)).application.proactiveSuggestion, null, 'nothing half-written');
    const { documentId } = await suggestProactiveDisclosure(s.officer, { applicationIds: [granted.id], item: ITEM, title: '医保基金收支情况（按年度）' });
    assert.equal((await getDocumentForStaff(s.officer, { documentId })).title, '医保基金收支情况（按年度）');
    await assert.rejects(suggestProactiveDisclosure(s.officer, { applicationIds: [granted.id], item: ITEM }), (e: DomainError) => e.code === 'conflict');
    const documents = await engine.db.selectFrom('documents').select('id').where('agency_id', '=', s.a).execute();
    assert.equal(documents.length, 1, 'the refused attempts left no draft behind');
  });
});
