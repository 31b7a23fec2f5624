import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, type WebClient, type WebTestApp } from '../helpers/webApp.ts';
import { listAttachments } from '../../src/storage/repositories/attachment.repository.ts';
import { createViaForm, documentForm, itemId, pdfBytes, reviewAndSignViaWeb } from './documentsFixture.ts';

const DATA_DIR = (process.env.GONGKAI_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'gongkai-downloads-')));
const FILE_NAME = '参保通知（附件）.pdf';

/** Every file under the attachment store, at any depth. */
const storedFileCount = () => readdirSync(join(DATA_DIR, 'attachments'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

async function draftWithAttachment(web: WebTestApp): Promise<{ editor: WebClient; id: string; attachmentId: string; bytes: Buffer }> {
  const editor = await web.signedIn('editorA');
  const id = await createViaForm(web, editor, documentForm(await itemId(web, '规范性文件')));
  const bytes = await pdfBytes(`Attachment ${id}`);
  assert.equal((await editor.postFile(`/admin/documents/${id}/attachments`, { field: 'file', name: FILE_NAME, bytes })).statusCode, 303);
  return { editor, id, attachmentId: (await listAttachments(web.engine.db, id))[0]!.id, bytes };
}

describeEachEngine('attachment downloads', (open) => {
  it('lets the staff who may open the draft download its attachment (private, no-store); other agencies get 403, the public 404', async () => {
    const web = await buildWebTestApp(await open());
    const { id, attachmentId, bytes } = await draftWithAttachment(web);
    const url = `/admin/documents/${id}/attachments/${attachmentId}`;
    const reviewer = await web.signedIn('reviewerA');
    assert.match((await reviewer.get(`/admin/documents/${id}`)).body, new RegExp(`href="${url}"`), 'the staff page links the file');
    const download = await reviewer.get(url);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['cache-control'], 'private, no-store');
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.deepEqual(download.rawPayload, bytes);
    assert.equal((await (await web.signedIn('editorB')).get(url)).statusCode, 403);
    assert.equal((await web.client().get(url)).statusCode, 303, 'anonymous visitors are sent to the login page');
    assert.equal((await web.client().get(`/documents/${id}/attachments/${attachmentId}`)).statusCode, 404, 'a draft attachment is never public');
  });

  it('streams public downloads with length, the sha256 as ETag, an RFC 5987 name, and answers If-None-Match with 304', async () => {
    const web = await buildWebTestApp(await open());
    const { editor, id, attachmentId, bytes } = await draftWithAttachment(web);
    assert.equal((await editor.post(`/admin/documents/${id}/submit`, {})).statusCode, 303);
    assert.equal((await reviewAndSignViaWeb(web, id)).signed.statusCode, 303);

    const visitor = web.client();
    const url = `/documents/${id}/attachments/${attachmentId}`;
    const download = await visitor.get(url);
    const etag = `"${createHash('sha256').update(bytes).digest('hex')}"`;
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, bytes);
    assert.equal(download.headers['content-length'], String(bytes.length));
    assert.equal(download.headers.etag, etag);
    assert.equal(download.headers['content-disposition'], `attachment; filename="________.pdf"; filename*=UTF-8''${encodeURIComponent(FILE_NAME).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const cached = await web.app.inject({ method: 'GET', url, headers: { 'if-none-match': ifNoneMatch } });
      assert.equal(cached.statusCode, 304, ifNoneMatch);
      assert.equal(cached.body, '');
      assert.equal(cached.headers.etag, etag);
    }
    assert.equal((await web.app.inject({ method: 'GET', url, headers: { 'if-none-match': '"other"' } })).statusCode, 200);
  });

  it('refuses an upload to a document in review without writing the file', async () => {
    const web = await buildWebTestApp(await open());
    const { editor, id } = await draftWithAttachment(web);
    assert.equal((await editor.post(`/admin/documents/${id}/submit`, {})).statusCode, 303);
    const before = storedFileCount();
    const refused = await editor.postFile(`/admin/documents/${id}/attachments`, { field: 'file', name: '补充.pdf', bytes: await pdfBytes(`late ${id}`) });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /待复核/);
    assert.equal(storedFileCount(), before);
    assert.doesNotMatch((await editor.get(`/admin/documents/${id}`)).body, /上传附件/, 'no upload form while the document is in review');
  });
});
