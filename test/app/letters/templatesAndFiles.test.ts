/**
 * Letters on both engines: agency templates (audited, unknown placeholders refused), drafts filled
 * from the ledger (补正 period, consulted party), the information provided as attachments (kept from
 * the attachment sweep), staff downloads and the applicant's sent-letter PDF behind the 查询码.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import mammoth from 'mammoth';
import { approveLetter } from '../../../src/app/applications/letters/approveLetter.ts';
import { draftApplicationLetter } from '../../../src/app/applications/letters/draftApplicationLetter.ts';
import { attachLetterFile, removeLetterFile } from '../../../src/app/applications/letters/letterAttachments.ts';
import { downloadApplicationLetter } from '../../../src/app/applications/letters/letterFiles.ts';
import { reviewLetter, submitLetter } from '../../../src/app/applications/letters/letterSignOff.ts';
import { resetAgencyLetterTemplate, saveAgencyLetterTemplate } from '../../../src/app/applications/letters/letterTemplates.ts';
import { markLetterSent } from '../../../src/app/applications/letters/markLetterSent.ts';
import { listSentLetters, registerSentLetters, sentLetterPdf } from '../../../src/app/applications/letters/sentLetters.ts';
import { getApplicationStatus } from '../../../src/app/applications/getApplicationStatus.ts';
import { recordApplicationEvent } from '../../../src/app/applications/recordApplicationEvent.ts';
import { createBackup } from '../../../src/app/operations/backup/createBackup.ts';
import { restoreBackup } from '../../../src/app/operations/backup/restoreBackup.ts';
import { sweepUnreferencedAttachments } from '../../../src/app/documents/sweepUnreferencedAttachments.ts';
import { buildLetterModel, defaultTemplate } from '../../../src/domain/applications/letters/index.ts';
import { DomainError } from '../../../src/domain/shared/errors.ts';
import { exportLetterPdf } from '../../../src/exporters/letters/index.ts';
import { diskAttachmentStore } from '../../../src/storage/files/diskAttachmentStore.ts';
import { contextFor } from '../../helpers/appContext.ts';
import { describeEachEngine } from '../../helpers/databases.ts';
import { APPLICANT, letterWorld, type LetterWorld } from './fixtures.ts';

const refusedWith = (pattern: RegExp) => (error: unknown) => error instanceof DomainError && pattern.test(error.message);

function pdfText(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gongkai-letter-')), 'letter.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

async function signedAnswer(world: LetterWorld) {
  const draft = await draftApplicationLetter(world.as('editor', 'u-editor'), { applicationId: world.applicationId, kind: 'answer', outcome: 'granted', facts: { provided: '基金收支情况表' } });
  const ids = { applicationId: world.applicationId, letterId: draft.id };
  await submitLetter(world.as('editor', 'u-editor'), ids);
  await reviewLetter(world.as('reviewer', 'u-reviewer'), { ...ids, decision: 'pass' });
  return { ids, letter: await approveLetter(world.as('approver', 'u-approver'), ids) };
}

describeEachEngine('application letters: templates, ledger facts, files', (open) => {
  it('an agency template is checked, audited, used by the next draft and can be reset', async () => {
    const world = await letterWorld(await open());
    const admin = world.as('agency_admin', 'u-admin');
    const base = defaultTemplate('correction');
    await assert.rejects(saveAgencyLetterTemplate(world.as('editor', 'u-editor'), { agencyId: world.agencyId, key: 'correction', ...base }), (e: DomainError) => e.code === 'forbidden');
    await assert.rejects(saveAgencyLetterTemplate(admin, { agencyId: world.agencyId, key: 'correction', ...base, body: `${base.body}\n{经办人}` }), refusedWith(/未知的占位符“\{经办人\}”/));
    await saveAgencyLetterTemplate(admin, { agencyId: world.agencyId, key: 'correction', ...base, title: '政府信息公开申请补正通知书' });
    await assert.rejects(
      draftApplicationLetter(world.as('editor', 'u-editor'), { applicationId: world.applicationId, kind: 'correction', facts: { correctionItems: ['x'] } }),
      refusedWith(/“\{补正期限\}”没有可填写的内容.*可先在办理记录中登记“发出补正告知”/),
    );
    await recordApplicationEvent(world.as('editor', 'u-editor'), world.applicationId, { type: 'correctionRequested', on: '2026-03-06', periodWorkingDays: 10 });
    const draft = await draftApplicationLetter(world.as('editor', 'u-editor'), { applicationId: world.applicationId, kind: 'correction', facts: { correctionItems: ['请明确所需信息的年度'] } });
    assert.equal(draft.title, '政府信息公开申请补正通知书');
    assert.ok(draft.body.includes('1. 请明确所需信息的年度'));
    assert.ok(draft.body.includes('请您于2026年3月20日前'), '10 working days from 2026-03-06, from the ledger');
    await resetAgencyLetterTemplate(admin, { agencyId: world.agencyId, key: 'correction' });
    const again = await draftApplicationLetter(world.as('editor', 'u-editor'), { applicationId: world.applicationId, kind: 'correction', facts: { correctionItems: ['x'] } });
    assert.equal(again.title, base.title);
    const audit = await admin.db.selectFrom('audit_events').select('action').where('action', 'like', 'letter_template.%').execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['letter_template.reset', 'letter_template.saved']);
  });

  it('a third-party letter is addressed to the party from the ledger and never names the applicant', async () => {
    const world = await letterWorld(await open());
    await recordApplicationEvent(world.as('editor', 'u-editor'), world.applicationId, { type: 'consultationStarted', on: '2026-03-09', party: '宁夏某医药有限公司', kind: 'thirdParty' });
    const letter = await draftApplicationLetter(world.as('editor', 'u-editor'), { applicationId: world.applicationId, kind: 'thirdPartyConsultation' });
    assert.equal(letter.addressee, '宁夏某医药有限公司：');
    assert.ok(!letter.body.includes(APPLICANT) && !letter.body.includes(world.trackingNo));
    await assert.rejects(
      draftApplicationLetter(world.as('editor', 'u-editor'), { applicationId: world.applicationId, kind: 'answer', outcome: 'withheld.thirdParty' }),
      refusedWith(/“\{答复理由\}”没有可填写的内容/),
    );
  });

  it('a 补正告知书 lists the items of the ledger’s 补正 record when none are typed (条例第三十条)', async () => {
    const world = await letterWorld(await open());
    const editor = world.as('editor', 'u-editor');
    await recordApplicationEvent(editor, world.applicationId, { type: 'correctionRequested', on: '2026-03-06', periodWorkingDays: 10, note: '请明确所需信息的年度\n\n请注明是否包含异地就医支出' });
    const letter = await draftApplicationLetter(editor, { applicationId: world.applicationId, kind: 'correction' });
    assert.ok(letter.body.includes('1. 请明确所需信息的年度') && letter.body.includes('2. 请注明是否包含异地就医支出'), letter.body);
    const typed = await draftApplicationLetter(editor, { applicationId: world.applicationId, kind: 'correction', facts: { correctionItems: ['请提供身份证明'] } });
    assert.ok(typed.body.includes('1. 请提供身份证明') && !typed.body.includes('异地就医'), 'what staff type replaces the ledger’s items');
  });

  it('an extension notice states the due date before and after the 20 working days (条例第三十三条)', async () => {
    const world = await letterWorld(await open());
    const editor = world.as('editor', 'u-editor');
    await recordApplicationEvent(editor, world.applicationId, { type: 'extended', on: '2026-03-10', workingDays: 20, approvedBy: '王主任', note: '需调取多个年度的档案' });
    const letter = await draftApplicationLetter(editor, { applicationId: world.applicationId, kind: 'extension' });
    // Received 2026-03-05: 20 working days → 2026-04-02 before the extension; after it, the stored due date.
    assert.ok(letter.body.includes('因需调取多个年度的档案，本机关不能在2026年4月2日前作出答复'), letter.body);
    assert.ok(letter.body.includes('答复期限延长20个工作日，本机关将于'), letter.body);
    const after = /本机关将于(\d{4}年\d{1,2}月\d{1,2}日)前作出答复/.exec(letter.body)?.[1];
    const stored = await editor.db.selectFrom('applications').select('due_on').where('id', '=', world.applicationId).executeTakeFirstOrThrow();
    const [y, m, d] = stored.due_on!.split('-').map(Number);
    assert.equal(after, `${y}年${m}月${d}日`);
    assert.ok(stored.due_on! > '2026-04-02');
  });

  it('attaches the information provided; the sweep keeps it, backups carry it, removing it frees the file', async () => {
    const engine = await open();
    const world = await letterWorld(engine);
    const files = diskAttachmentStore(mkdtempSync(join(tmpdir(), 'gongkai-letter-files-')));
    const draft = await draftApplicationLetter(world.as('editor', 'u-editor'), { applicationId: world.applicationId, kind: 'answer', outcome: 'granted', facts: { provided: '基金收支情况表' } });
    const ids = { applicationId: world.applicationId, letterId: draft.id };
    const bytes = await exportLetterPdf(buildLetterModel({ title: '基金收支情况表', addressee: '-', body: '2025年度', number: null, date: null, agencyName: '中卫市医疗保障局' }));
    await assert.rejects(attachLetterFile(world.as('editor', 'u-editor'), { ...ids, fileName: 'x.exe', bytes: new TextEncoder().encode('MZ not a document') }, files));
    const attachment = await attachLetterFile(world.as('editor', 'u-editor'), { ...ids, fileName: '基金收支情况表.pdf', bytes }, files);
    world.clock.advanceMinutes(180);
    const swept = await sweepUnreferencedAttachments(contextFor(engine, undefined, world.clock), files, 0);
    assert.deepEqual(swept.deleted, [], 'a letter attachment is referenced');
    assert.ok(await files.get(attachment.sha256));
    const { manifest, archive } = await createBackup(contextFor(engine, undefined, world.clock), files);
    assert.ok(manifest.attachments.some((a) => a.key === attachment.sha256), 'the backup carries the letter attachment');
    const target = await open();
    const restoredFiles = diskAttachmentStore(mkdtempSync(join(tmpdir(), 'gongkai-letter-restore-')));
    await restoreBackup(contextFor(target), restoredFiles, archive);
    assert.deepEqual(await restoredFiles.get(attachment.sha256), await files.get(attachment.sha256));
    const restored = await target.db.selectFrom('application_letter_attachments').select('name').execute();
    assert.deepEqual(restored.map((r) => r.name), ['基金收支情况表.pdf']);
    await removeLetterFile(world.as('editor', 'u-editor'), { ...ids, attachmentId: attachment.id }, files);
    assert.equal(await files.get(attachment.sha256), null);
  });

  it('staff download Word and PDF (audited); the applicant gets the sent PDF only with the 查询码', async () => {
    const world = await letterWorld(await open());
    const { ids, letter } = await signedAnswer(world);
    const docx = await downloadApplicationLetter(world.as('reviewer', 'u-reviewer'), { ...ids, format: 'docx' });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
    assert.ok(value.includes(letter.number!) && value.includes(APPLICANT));
    assert.equal(docx.fileName, `政府信息公开申请答复书（${letter.number}）.docx`);
    await assert.rejects(downloadApplicationLetter(world.as('reviewer', 'u-reviewer'), { ...ids, format: 'odt' }), refusedWith(/Word（docx）或 PDF/));
    const publicCtx = world.as([], 'anonymous');
    await assert.rejects(sentLetterPdf(publicCtx, ids), (e: DomainError) => e.code === 'not_found', 'not sent yet');
    await markLetterSent(world.as('editor', 'u-editor'), { ...ids, sentOn: '2026-03-10' });
    registerSentLetters();
    const status = await getApplicationStatus(publicCtx, world.trackingNo, world.queryCode);
    assert.deepEqual(status.letters, [{ id: ids.letterId, title: '政府信息公开申请答复书', number: letter.number, sentOn: '2026-03-10' }]);
    assert.deepEqual(await listSentLetters(publicCtx, world.applicationId), status.letters);
    const text = pdfText((await sentLetterPdf(publicCtx, ids)).bytes);
    assert.ok(text.includes(letter.number!) && text.includes('2026年3月10日'));
    await assert.rejects(getApplicationStatus(publicCtx, world.trackingNo, '00000000'), (e: DomainError) => e.code === 'not_found');
    await assert.rejects(sentLetterPdf(publicCtx, { applicationId: 'another', letterId: ids.letterId }), (e: DomainError) => e.code === 'not_found');
    const downloads = await world.as('editor', 'u-editor').db.selectFrom('audit_events').select('action').where('action', '=', 'application_letter.downloaded').execute();
    assert.equal(downloads.length, 1);
  });
});
