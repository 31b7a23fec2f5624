/**
 * The letters of 依申请公开 through the back office (both engines): draft from the application, attach
 * the information provided, 填表人 → 复核人 → 审签人 by three accounts, the number on the page and in the
 * PDF, the agency's prefix and templates (unknown placeholders refused in Chinese), other agencies kept out.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { recordApplicationEvent } from '../../src/app/applications/recordApplicationEvent.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { buildLetterModel } from '../../src/domain/applications/letters/index.ts';
import { exportLetterPdf } from '../../src/exporters/letters/index.ts';
import { contextFor } from '../helpers/appContext.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';

process.env.GONGKAI_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'gongkai-letters-web-'));

async function application(web: WebTestApp): Promise<{ id: string; trackingNo: string; queryCode: string }> {
  const editor = contextFor(web.engine, { id: 'u-registrar', name: '登记员', roles: ['editor'], agencyId: web.agencyA, regionId: null }, web.clock);
  const { application, queryCode } = await registerApplication(editor, {
    agencyId: web.agencyA,
    fields: { applicantType: 'naturalPerson', name: '李四', idType: 'residentId', idNumber: '11010519491231002X', phone: '13900000000', address: '中卫市沙坡头区', request: '2025年度医保基金支出明细', medium: 'paper', way: 'post' },
    receipt: { channel: 'inPerson', on: '2026-03-02' },
  });
  return { id: application.id, trackingNo: application.trackingNo, queryCode };
}

const pdfText = (bytes: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), 'gongkai-letter-web-')), 'l.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
};

describeEachEngine('application letters in the back office', (open) => {
  it('drafts, attaches, signs with three accounts, numbers and serves Word and PDF', async () => {
    const web = await buildWebTestApp(await open());
    const registered = await application(web);
    const applicationId = registered.id;
    const base = `/admin/applications/${applicationId}/letters`;
    const editor = await web.signedIn('editorA');
    assert.match((await editor.get(base)).body, /制作文书/);
    const refused = await editor.post(base, { kind: 'answer', outcome: 'withheld.processInfo' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /“\{答复理由\}”没有可填写的内容/);
    const drafted = await editor.post(base, { kind: 'answer', outcome: 'granted', provided: '2025年度医保基金支出明细表（纸质，1份）' });
    assert.equal(drafted.statusCode, 303);
    const letterUrl = (drafted.headers.location as string).replace(/\?.*$/, '');
    const page = await editor.get(letterUrl);
    assert.match(page.body, /政府信息公开申请答复书/);
    assert.match(page.body, /李四：/);
    const pdf = await exportLetterPdf(buildLetterModel({ title: '支出明细表', addressee: '-', body: '2025年度', number: null, date: null, agencyName: '中卫市医疗保障局' }));
    assert.equal((await editor.postFile(`${letterUrl}/attachments`, { field: 'file', name: '支出明细表.pdf', bytes: pdf })).statusCode, 303);
    assert.equal((await editor.post(`${letterUrl}/submit`, {})).statusCode, 303);

    const reviewer = await web.signedIn('reviewerA');
    assert.match((await reviewer.get(letterUrl)).body, /复核通过/);
    assert.equal((await reviewer.post(`${letterUrl}/review`, { decision: 'pass' })).statusCode, 303);
    assert.equal((await editor.post(`${letterUrl}/approve`, { decision: 'approve' })).statusCode, 403, 'an editor may not sign');
    const approver = await web.signedIn('approverA');
    assert.match((await approver.get(letterUrl)).body, /审签并编号/);
    assert.equal((await approver.post(`${letterUrl}/approve`, { decision: 'approve' })).statusCode, 303);
    assert.match((await approver.get(letterUrl)).body, /中卫市医保依公〔2026〕1号/);

    const download = await editor.get(`${letterUrl}/download.pdf`);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(download.headers['cache-control'], 'private, no-store');
    const text = pdfText(download.rawPayload);
    assert.ok(text.includes('中卫市医保依公〔2026〕1号') && text.includes('附件：支出明细表.pdf'));
    assert.equal((await editor.get(`${letterUrl}/download.docx`)).statusCode, 200);

    assert.equal((await editor.post(`${letterUrl}/send`, { sentOn: '2026-03-02' })).statusCode, 303);
    const citizen = web.client();
    await citizen.get('/apply/status');
    const status = await citizen.post('/apply/status', { trackingNo: registered.trackingNo, queryCode: registered.queryCode });
    assert.match(status.body, /中卫市医保依公〔2026〕1号/);
    assert.match(status.body, /下载 PDF/);
    assert.ok(!status.body.includes(registered.queryCode), 'the 查询码 is not repeated on the page');
    const letterId = letterUrl.split('/').at(-1)!;
    const token = /name="token" value="([^"]+)"/.exec(status.body)![1]!;
    const own = await citizen.post(`/apply/status/letters/${letterId}`, { token });
    assert.equal(own.statusCode, 200);
    assert.ok(pdfText(own.rawPayload).includes('李四'));
    const forged = await citizen.post(`/apply/status/letters/${letterId}`, { token: `${token.split('.')[0]}.AAAA` });
    assert.equal(forged.statusCode, 404);
    assert.doesNotMatch(forged.body, /李四/);
    web.clock.advanceMinutes(31);
    assert.equal((await citizen.post(`/apply/status/letters/${letterId}`, { token })).statusCode, 404, 'the token lapses after half an hour');

    const staff = contextFor(web.engine, { id: 'u-registrar', name: '登记员', roles: ['editor'], agencyId: web.agencyA, regionId: null }, web.clock);
    await recordApplicationEvent(staff, applicationId, { type: 'answered', on: '2026-03-02', outcome: 'granted' });
    const caseFile = await editor.get(`/admin/applications/${applicationId}/casefile.pdf`);
    assert.equal(caseFile.statusCode, 200);
    assert.ok(pdfText(caseFile.rawPayload).includes('中卫市医保依公〔2026〕1号'), 'the sent letter is in the 案卷');

    const other = await web.signedIn('editorB');
    assert.equal((await other.get(base)).statusCode, 403);
    assert.equal((await other.get(`${letterUrl}/download.pdf`)).statusCode, 403);
  });

  it('agency administrators set the prefix and templates; unknown placeholders are refused in Chinese', async () => {
    const web = await buildWebTestApp(await open());
    const admin = await web.signedIn('adminA');
    assert.match((await admin.get('/admin/letter-templates')).body, /中卫市医保依公〔2026〕3号/);
    assert.equal((await admin.post('/admin/letter-settings', { prefix: '中卫医保依公', reconsiderationBody: '中卫市人民政府', court: '' })).statusCode, 303);
    assert.match((await admin.get('/admin/letter-templates')).body, /value="中卫医保依公"/);
    const bad = await admin.post('/admin/letter-templates/correction', { title: '补正告知书', addressee: '{申请人}：', body: '{补正事项}{补正期限}{经办人}' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /未知的占位符“\{经办人\}”/);
    assert.equal((await admin.post('/admin/letter-templates/correction', { title: '补正告知书', addressee: '{申请人}：', body: '请补正：{补正事项}，期限{补正期限}。' })).statusCode, 303);
    assert.match((await admin.get('/admin/letter-templates')).body, /本单位模板/);
    const editor = await web.signedIn('editorA');
    assert.match((await editor.get('/admin/letter-templates')).body, /只有单位管理员可以修改模板/);
    assert.equal((await editor.post('/admin/letter-settings', { prefix: '随意' })).statusCode, 403);
  });
});
