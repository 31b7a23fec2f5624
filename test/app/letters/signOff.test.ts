/**
 * Letters of 依申请公开 on both engines: drafting from the application, 填表人 → 复核人 → 审签人 by three
 * different people (the same person twice refused), the number from the agency's series at approval
 * (never reused), audit in the same transaction, and sending.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { approveLetter } from '../../../src/app/applications/letters/approveLetter.ts';
import { draftApplicationLetter } from '../../../src/app/applications/letters/draftApplicationLetter.ts';
import { reviewLetter, submitLetter } from '../../../src/app/applications/letters/letterSignOff.ts';
import { markLetterSent } from '../../../src/app/applications/letters/markLetterSent.ts';
import { saveAgencyLetterSettings } from '../../../src/app/applications/letters/saveLetterSettings.ts';
import { updateLetterDraft } from '../../../src/app/applications/letters/updateLetterDraft.ts';
import { OUTCOMES } from '../../../src/domain/applications/vocabulary.ts';
import { DomainError } from '../../../src/domain/shared/errors.ts';
import { describeEachEngine } from '../../helpers/databases.ts';
import { APPLICANT, letterWorld, type LetterWorld } from './fixtures.ts';

const refusedWith = (pattern: RegExp) => (error: unknown) => error instanceof DomainError && pattern.test(error.message);

async function draftAnswer(world: LetterWorld) {
  return draftApplicationLetter(world.as('editor', 'u-editor'), {
    applicationId: world.applicationId,
    kind: 'answer',
    outcome: 'granted',
    facts: { provided: '《2025年度城乡居民基本医疗保险基金收支情况表》（电子版）' },
  });
}

describeEachEngine('application letters: sign-off and numbers', (open) => {
  it('drafts an answer from the application: applicant, 受理编号, received date, basis and remedy clause', async () => {
    const world = await letterWorld(await open());
    const letter = await draftAnswer(world);
    assert.equal(letter.status, 'draft');
    assert.equal(letter.addressee, `${APPLICANT}：`);
    assert.ok(letter.body.includes(`2026年3月5日收到您提出的政府信息公开申请（受理编号：${world.trackingNo}）`));
    assert.ok(letter.body.includes(OUTCOMES.granted.basis));
    assert.ok(letter.body.includes('六十日内') && letter.body.includes('六个月内'));
  });

  it('walks 填表人 → 复核人 → 审签人 with three people and numbers the letter at approval', async () => {
    const world = await letterWorld(await open());
    const ids = { applicationId: world.applicationId, letterId: (await draftAnswer(world)).id };
    await submitLetter(world.as('editor', 'u-editor'), ids);
    await assert.rejects(reviewLetter(world.as(['editor', 'reviewer'], 'u-editor'), { ...ids, decision: 'pass' }), refusedWith(/您已是本文书的填表人，不能再复核/));
    const reviewed = await reviewLetter(world.as(['reviewer', 'approver'], 'u-reviewer'), { ...ids, decision: 'pass' });
    assert.equal(reviewed.status, 'reviewed');
    assert.equal(reviewed.number, null, 'no number before approval');
    await assert.rejects(approveLetter(world.as(['reviewer', 'approver'], 'u-reviewer'), ids), refusedWith(/您已是本文书的复核人，不能再审签/));
    await assert.rejects(approveLetter(world.as(['editor', 'approver'], 'u-editor'), ids), refusedWith(/您已是本文书的填表人，不能再审签/));
    await assert.rejects(approveLetter(world.as('reviewer', 'u-other'), ids), (e: DomainError) => e.code === 'forbidden');
    const approved = await approveLetter(world.as('approver', 'u-approver'), ids);
    assert.equal(approved.status, 'approved');
    assert.equal(approved.number, '中卫市医保依公〔2026〕1号');
    assert.equal(approved.approvedOn, '2026-03-10');
    assert.deepEqual([approved.preparerId, approved.reviewerId, approved.approverId], ['u-editor', 'u-reviewer', 'u-approver']);
    const audit = await world.as('approver', 'u-approver').db.selectFrom('audit_events').select(['action', 'summary']).where('entity_id', '=', ids.letterId).execute();
    const actions = audit.map((event) => event.action).sort();
    assert.deepEqual(actions, ['application_letter.approved', 'application_letter.drafted', 'application_letter.review_pass', 'application_letter.submit']);
    assert.ok(audit.every((event) => !event.summary.includes(APPLICANT)), 'no applicant name in the audit log');
  });

  it('a refused approval takes no serial; numbers follow the prefix and are never given twice', async () => {
    const world = await letterWorld(await open());
    await saveAgencyLetterSettings(world.as('agency_admin', 'u-admin'), { agencyId: world.agencyId, prefix: '中卫医保依公', reconsiderationBody: '中卫市人民政府' });
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ids = { applicationId: world.applicationId, letterId: (await draftAnswer(world)).id };
      await submitLetter(world.as('editor', 'u-editor'), ids);
      await reviewLetter(world.as('reviewer', 'u-reviewer'), { ...ids, decision: 'pass' });
      await assert.rejects(approveLetter(world.as('approver', 'u-reviewer'), ids));
      numbers.push((await approveLetter(world.as('approver', 'u-approver'), ids)).number!);
    }
    assert.deepEqual(numbers, ['中卫医保依公〔2026〕1号', '中卫医保依公〔2026〕2号', '中卫医保依公〔2026〕3号']);
  });

  it('two approvals at the same moment get two different serials', async () => {
    const world = await letterWorld(await open());
    const letters = [];
    for (let i = 0; i < 2; i++) {
      const ids = { applicationId: world.applicationId, letterId: (await draftAnswer(world)).id };
      await submitLetter(world.as('editor', 'u-editor'), ids);
      await reviewLetter(world.as('reviewer', 'u-reviewer'), { ...ids, decision: 'pass' });
      letters.push(ids);
    }
    const approved = await Promise.all(letters.map((ids) => approveLetter(world.as('approver', 'u-approver'), ids)));
    assert.deepEqual(approved.map((letter) => letter.number).sort(), ['中卫市医保依公〔2026〕1号', '中卫市医保依公〔2026〕2号']);
  });

  it('a returned letter goes back to the 填表人, who edits and submits again (a new round)', async () => {
    const world = await letterWorld(await open());
    const ids = { applicationId: world.applicationId, letterId: (await draftAnswer(world)).id };
    await submitLetter(world.as('editor', 'u-editor'), ids);
    await assert.rejects(updateLetterDraft(world.as('editor', 'u-editor'), { ...ids, title: 't', addressee: 'a', body: 'b' }), refusedWith(/不能再修改/));
    await assert.rejects(reviewLetter(world.as('reviewer', 'u-reviewer'), { ...ids, decision: 'return' }), refusedWith(/退回时请填写意见/));
    const returned = await reviewLetter(world.as('reviewer', 'u-reviewer'), { ...ids, decision: 'return', comment: '请写明提供形式' });
    assert.equal(returned.status, 'returned');
    await assert.rejects(
      updateLetterDraft(world.as('editor', 'u-editor'), { ...ids, title: returned.title, addressee: returned.addressee, body: `${returned.body}\n{联系人}` }),
      refusedWith(/未知的占位符“\{联系人\}”/),
    );
    const edited = await updateLetterDraft(world.as('editor', 'u-editor'), { ...ids, title: returned.title, addressee: returned.addressee, body: `${returned.body}\n联系电话：0955-7000000` });
    assert.equal(edited.status, 'draft');
    const resubmitted = await submitLetter(world.as('editor', 'u-editor'), ids);
    assert.equal(resubmitted.reviewerId, null, 'the new round starts without a reviewer');
  });

  it('records sending: only once approved, not before approval day nor in the future', async () => {
    const world = await letterWorld(await open());
    const ids = { applicationId: world.applicationId, letterId: (await draftAnswer(world)).id };
    await assert.rejects(markLetterSent(world.as('editor', 'u-editor'), { ...ids, sentOn: '2026-03-10' }), refusedWith(/当前状态为「草稿」/));
    await submitLetter(world.as('editor', 'u-editor'), ids);
    await reviewLetter(world.as('reviewer', 'u-reviewer'), { ...ids, decision: 'pass' });
    await approveLetter(world.as('approver', 'u-approver'), ids);
    await assert.rejects(markLetterSent(world.as('editor', 'u-editor'), { ...ids, sentOn: '2026-03-09' }), refusedWith(/不能早于审签日期/));
    await assert.rejects(markLetterSent(world.as('editor', 'u-editor'), { ...ids, sentOn: '2026-03-11' }), refusedWith(/不能晚于今天/));
    const sent = await markLetterSent(world.as('editor', 'u-editor'), { ...ids, sentOn: '2026-03-10' });
    assert.equal(sent.status, 'sent');
    assert.equal(sent.sentOn, '2026-03-10');
    assert.equal(sent.emailed, true, 'the applicant gave an e-mail address');
    const all = await world.as('editor', 'u-editor').db.selectFrom('outbox').selectAll().where('subject_id', '=', world.applicationId).execute();
    const mails = all.filter((mail) => mail.subject.includes('答复书'));
    assert.equal(mails.length, 1, 'one mail for the letter (the 受理 notice is the other)');
    assert.equal(mails[0]!.recipient, 'zhang@example.invalid');
    assert.match(mails[0]!.subject, /政府信息公开申请答复书（中卫市医保依公〔2026〕1号）/);
    const [pdf] = JSON.parse(mails[0]!.attachments_json) as { name: string; contentType: string; base64: string }[];
    assert.equal(pdf!.contentType, 'application/pdf');
    assert.equal(Buffer.from(pdf!.base64, 'base64').subarray(0, 5).toString(), '%PDF-');
  });
});
