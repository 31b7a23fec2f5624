import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';
import { getCatalogVersion, getPublishedCatalog, listCatalogVersions } from '../../src/app/catalog/readCatalog.ts';
import { listAuditEvents } from '../../src/app/audit/listAuditEvents.ts';
import { toCatalogDocument } from '../../src/domain/catalog/toDocument.ts';
import { exportCatalog } from '../../src/exporters/index.ts';
import { stopPdfWorker } from '../../src/importers/pdf/index.ts';

after(stopPdfWorker);

/** The agency's published catalog as a Word file made by the exporter. */
async function docxOf(web: WebTestApp, agencyId: string, name: string): Promise<Uint8Array> {
  const view = (await getPublishedCatalog(web.engine.db, agencyId))!;
  return exportCatalog(toCatalogDocument(view, name), 'docx');
}

async function counts(web: WebTestApp) {
  const versions = (await listCatalogVersions(web.engine.db, web.agencyA)).length;
  const previews = await web.engine.db.selectFrom('import_previews').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { versions, previews: Number(previews.n) };
}

describeEachEngine('catalog import in the back office', (open) => {
  it('uploads a .docx, previews the items and findings without saving, then saves a draft with an audit event', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const agencyPage = await editor.get(`/admin/agencies/${web.agencyA}`);
    assert.match(agencyPage.body, new RegExp(`href="/admin/agencies/${web.agencyA}/import"`));
    const form = await editor.get(`/admin/agencies/${web.agencyA}/import`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /enctype="multipart\/form-data"/);

    const before = await counts(web);
    const uploaded = await editor.postFile(`/admin/agencies/${web.agencyA}/import`, { field: 'file', name: '医保局目录.docx', bytes: await docxOf(web, web.agencyA, '中卫市医疗保障局') });
    assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 400));
    const previewUrl = uploaded.headers.location as string;
    assert.match(previewUrl, /^\/admin\/imports\/[0-9a-f-]{36}$/);
    assert.deepEqual(await counts(web), { versions: before.versions, previews: 1 }, 'a preview saves no version');

    const preview = await editor.get(previewUrl);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /医保局目录\.docx/);
    assert.match(preview.body, /读取事项<\/dt><dd>36 项/);
    assert.match(preview.body, /政府信息公开指南/);
    assert.match(preview.body, /检查结果/);
    assert.match(preview.body, /保存为新草稿/);

    const saved = await editor.post(`${previewUrl}/confirm`, {});
    assert.equal(saved.statusCode, 303);
    const versionId = /\/admin\/versions\/([^?]+)\?done=imported/.exec(saved.headers.location as string)![1]!;
    const draft = (await getCatalogVersion(web.engine.db, versionId))!;
    const published = (await getPublishedCatalog(web.engine.db, web.agencyA))!;
    assert.equal(draft.version.status, 'draft');
    assert.equal(draft.version.source, '医保局目录.docx');
    assert.deepEqual(draft.items.map((i) => [i.level1, i.level2, i.timeLimit]), published.items.map((i) => [i.level1, i.level2, i.timeLimit]));
    assert.notEqual(published.version.id, versionId, 'the published version is unchanged');
    const { events } = await listAuditEvents(contextFor(web.engine, undefined, web.clock), { limit: 1 });
    assert.deepEqual([events[0]!.action, events[0]!.actorName, events[0]!.entityId], ['catalog.loaded', '伊玉红', versionId]);
    assert.equal((await counts(web)).previews, 0, 'the preview is used up');
    const page = await editor.get(saved.headers.location as string);
    assert.match(page.body, /导入的目录已保存为新草稿/);
    assert.equal((await editor.post(`${previewUrl}/confirm`, {})).statusCode, 404, 'a preview saves once');
  });

  it('refuses bad files on the upload page with the message next to the file field, saving nothing', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    await editor.get(`/admin/agencies/${web.agencyA}/import`);
    const before = await counts(web);
    const good = await docxOf(web, web.agencyA, '中卫市医疗保障局');
    const cases: [string, Uint8Array, RegExp][] = [
      ['损坏.docx', good.slice(0, Math.floor(good.length / 2)), /已损坏或不完整/],
      ['空文件.docx', new Uint8Array(0), /请选择要导入的目录文件/],
      ['沙坡头.docx', await docxOf(web, web.agencyB, '中卫市沙坡头区医疗保障局'), /文件中的责任单位是「中卫市沙坡头区医疗保障局」，不是「中卫市医疗保障局」/],
      ['旧格式.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), /已加密或为旧版/],
      ['过大.docx', new Uint8Array(50 * 1024 * 1024 + 10), /文件超过 50 MB/],
    ];
    for (const [name, bytes, message] of cases) {
      const response = await editor.postFile(`/admin/agencies/${web.agencyA}/import`, { field: 'file', name, bytes });
      assert.equal(response.statusCode, 400, name);
      const fieldError = /<p id="file-error" class="field-error">([^<]+)<\/p>/.exec(response.body);
      assert.ok(fieldError, `${name}: message next to the file field`);
      assert.match(fieldError[1]!, message, name);
      assert.match(response.body, /aria-invalid="true"/);
      if (bytes.length > 0) assert.ok(response.body.includes(`上次选择的文件：${name}`), `${name}: the chosen file is named again`);
    }
    assert.deepEqual(await counts(web), before, 'nothing saved');
  });

  it('lets only the agency\'s editors import, checks CSRF, and keeps each preview to its uploader', async () => {
    const web = await buildWebTestApp(await open());
    const bytes = await docxOf(web, web.agencyA, '中卫市医疗保障局');
    const editorB = await web.signedIn('editorB');
    await editorB.get('/admin');
    assert.equal((await editorB.get(`/admin/agencies/${web.agencyA}/import`)).statusCode, 403);
    assert.equal((await editorB.postFile(`/admin/agencies/${web.agencyA}/import`, { field: 'file', name: 'a.docx', bytes })).statusCode, 403);
    const reviewer = await web.signedIn('reviewerA');
    assert.equal((await reviewer.get(`/admin/agencies/${web.agencyA}/import`)).statusCode, 403, 'reviewers do not import');
    assert.equal((await counts(web)).previews, 0);

    const editor = await web.signedIn('editorA');
    await editor.get(`/admin/agencies/${web.agencyA}/import`);
    const forged = await editor.postFile(`/admin/agencies/${web.agencyA}/import`, { field: 'file', name: 'a.docx', bytes }, {}, null);
    assert.equal(forged.statusCode, 403);
    assert.match(forged.body, /请求已失效/);
    const uploaded = await editor.postFile(`/admin/agencies/${web.agencyA}/import`, { field: 'file', name: 'a.docx', bytes });
    const previewUrl = uploaded.headers.location as string;
    assert.equal((await reviewer.get(previewUrl)).statusCode, 403, 'another user cannot open the preview');
    await editorB.get('/admin');
    assert.equal((await editorB.post(`${previewUrl}/confirm`, {})).statusCode, 403, 'nor save it');
    assert.equal((await editor.post(`${previewUrl}/confirm`, {}, 'forged-token')).statusCode, 403);
    assert.equal((await counts(web)).versions, 1);
  });

  it('will not save an import while the agency has a version in progress', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    await editor.get(`/admin/agencies/${web.agencyA}`);
    const draft = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {});
    assert.equal(draft.statusCode, 303);
    const uploaded = await editor.postFile(`/admin/agencies/${web.agencyA}/import`, { field: 'file', name: 'a.docx', bytes: await docxOf(web, web.agencyA, '中卫市医疗保障局') });
    const preview = await editor.get(uploaded.headers.location as string);
    assert.match(preview.body, /已有在办的<a href="\/admin\/versions\/[^"]+">目录第2版<\/a>（草稿）/);
    assert.doesNotMatch(preview.body, /保存为新草稿<\/button>/);
    const refused = await editor.post(`${uploaded.headers.location as string}/confirm`, {});
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /同时只能有一个在办版本/);
    assert.equal((await counts(web)).versions, 2);
  });
});
