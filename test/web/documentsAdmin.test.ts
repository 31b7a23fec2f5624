import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { createViaForm, documentForm, itemId, pdfBytes, reviewAndSignViaWeb } from './documentsFixture.ts';

process.env.GONGKAI_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'gongkai-docs-admin-'));

/** 11010519491231002X: a well-formed 身份证号 (GB 11643 check digit X). */
const VALID_ID_NUMBER = '11010519491231002X';

describeEachEngine('documents back office', (open) => {
  it('blocks submission of a body with a valid 身份证号 and shows the blocking finding', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const id = await createViaForm(web, editor, documentForm(await itemId(web, '规范性文件'), { bodyHtml: `<p>申请人身份证号：${VALID_ID_NUMBER}</p>` }));
    const page = await editor.get(`/admin/documents/${id}`);
    assert.match(page.body, /阻止发布/);
    assert.match(page.body, /含未脱敏的身份证号/);
    assert.match(page.body, /<p class="finding-hint">位置：正文<\/p>/, 'the place is named in Chinese');
    assert.ok(!page.body.includes('位置：bodyHtml'));
    assert.ok(!page.body.includes(VALID_ID_NUMBER.slice(6, 14)) || page.body.includes('正文预览'), 'the finding shows the number masked');
    const submitted = await editor.post(`/admin/documents/${id}/submit`, {});
    assert.equal(submitted.statusCode, 400);
    assert.match(submitted.body, /发布前检查未通过/);
    assert.match(submitted.body, /含未脱敏的身份证号/);
    assert.match((await editor.get(`/admin/documents/${id}`)).body, /<dd>草稿<\/dd>/);
  });

  it('takes a document from draft to published through the forms, with a PDF attachment, then withdraws it', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const id = await createViaForm(web, editor, documentForm(await itemId(web, '规范性文件')));
    const uploaded = await editor.postFile(`/admin/documents/${id}/attachments`, { field: 'file', name: '参保通知附件.pdf', bytes: await pdfBytes('Attachment text 2026') });
    assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 300));
    const submitted = await editor.post(`/admin/documents/${id}/submit`, {});
    assert.equal(submitted.statusCode, 303, submitted.body.slice(0, 2000));

    const { approver, signed } = await reviewAndSignViaWeb(web, id);
    assert.equal(signed.statusCode, 303);
    const staffPage = await approver.get(`/admin/documents/${id}`);
    assert.match(staffPage.body, /<dd>已发布<\/dd>/);
    const indexNumber = /<dt>索引号<\/dt><dd>([^<]+)<\/dd>/.exec(staffPage.body)?.[1];
    assert.ok(indexNumber && indexNumber.includes('/2026-'), indexNumber);

    const visitor = web.client();
    const publicPage = await visitor.get(`/documents/${id}`);
    assert.equal(publicPage.statusCode, 200);
    assert.ok(publicPage.body.includes(indexNumber));
    assert.ok(!publicPage.body.includes('内部：请法规科核对'));
    const link = /href="(\/documents\/[^"]+\/attachments\/[^"]+)"/.exec(publicPage.body)?.[1];
    const download = await visitor.get(link!);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.match(String(download.headers['content-disposition']), /filename\*=UTF-8''/);

    const list = await approver.get(`/admin/agencies/${web.agencyA}/documents`);
    assert.ok(list.body.includes(indexNumber));
    assert.match(list.body, /目录事项的发布情况/);

    assert.equal((await approver.post(`/admin/documents/${id}/withdraw`, { reason: '' })).statusCode, 400);
    assert.equal((await approver.post(`/admin/documents/${id}/withdraw`, { reason: '内容已被新文件替代' })).statusCode, 303);
    const withdrawn = await visitor.get(`/documents/${id}`);
    assert.equal(withdrawn.statusCode, 200);
    assert.match(withdrawn.body, /撤回原因：内容已被新文件替代/);
    assert.ok(withdrawn.body.includes(indexNumber));
    assert.equal((await visitor.get(link!)).statusCode, 404);
  });

  it('schedules a publication and shows validation errors next to the fields', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    await editor.get(`/admin/agencies/${web.agencyA}/documents/new`);
    const bad = await editor.post(`/admin/agencies/${web.agencyA}/documents`, documentForm(await itemId(web, '规范性文件'), { title: '', formedOn: '2026-13-45' }));
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /id="title-error"/);
    assert.match(bad.body, /id="formedOn-error"/);
    const id = await createViaForm(web, editor, documentForm(await itemId(web, '规范性文件')));
    await editor.post(`/admin/documents/${id}/submit`, {});
    const { signed: scheduled } = await reviewAndSignViaWeb(web, id, { publishAt: '2026-03-09T09:00' });
    assert.match(String(scheduled.headers.location), /done=scheduled/);
    assert.equal((await web.client().get(`/documents/${id}`)).statusCode, 404);
  });
});
