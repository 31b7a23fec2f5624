import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { createViaForm, documentForm, itemId } from './documentsFixture.ts';

process.env.GONGKAI_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'gongkai-sign-off-'));

/** 填表人, 复核人 and 审签人 must be three different people; the system admin gets no bypass (条例第十七条). */
describeEachEngine('separation of sign-off duties through the web', (open) => {
  it('catalog: the system admin who reviewed a version is told why it cannot sign it off, and the POST is refused', async () => {
    const web = await buildWebTestApp(await open());
    const sysadmin = await web.signedIn('sysadmin');
    await sysadmin.get(`/admin/agencies/${web.agencyA}`);
    const started = await sysadmin.post(`/admin/agencies/${web.agencyA}/drafts`, {});
    const versionId = /\/admin\/versions\/([^?#]+)/.exec(started.headers.location as string)![1]!;
    await sysadmin.get(`/admin/versions/${versionId}`);
    assert.equal((await sysadmin.post(`/admin/versions/${versionId}/submit`, { lintReason: '来源目录原有的检查错误，下一版统一更正' })).statusCode, 303);
    const asPreparer = (await sysadmin.get(`/admin/versions/${versionId}`)).body;
    assert.match(asPreparer, /您已是本版本的填表人，不能再复核/);
    assert.doesNotMatch(asPreparer, /复核通过/, 'no review button for the 填表人');
    const ownReview = await sysadmin.post(`/admin/versions/${versionId}/review`, { decision: 'pass' });
    assert.equal(ownReview.statusCode, 403);
    assert.match(ownReview.body, /您已是本版本的填表人，不能再复核/);

    const reviewer = await web.signedIn('reviewerA');
    const reviewPage = await reviewer.get(`/admin/versions/${versionId}`);
    assert.match(reviewPage.body, /复核通过/);
    assert.equal((await reviewer.post(`/admin/versions/${versionId}/review`, { decision: 'pass' })).statusCode, 303);
    const ownApproval = await sysadmin.post(`/admin/versions/${versionId}/approve`, { decision: 'approve' });
    assert.equal(ownApproval.statusCode, 403);
    assert.match(ownApproval.body, /您已是本版本的填表人，不能再审签/);
    assert.equal((await getCatalogVersion(web.engine.db, versionId))!.version.status, 'reviewed');

    const approver = await web.signedIn('approverA');
    assert.match((await approver.get(`/admin/versions/${versionId}`)).body, /审签发布/);
    assert.equal((await approver.post(`/admin/versions/${versionId}/approve`, { decision: 'approve' })).statusCode, 303);
    const signed = (await getCatalogVersion(web.engine.db, versionId))!.version;
    assert.deepEqual([signed.status, signed.preparer, signed.reviewer, signed.approver], ['published', '系统管理员', '张华', '李新忠']);
  });

  it('documents: the 复核人 of a round sees no 审签 button, only the reason, and the POST is refused', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const id = await createViaForm(web, editor, documentForm(await itemId(web, '规范性文件')));
    assert.equal((await editor.post(`/admin/documents/${id}/submit`, {})).statusCode, 303);
    const sysadmin = await web.signedIn('sysadmin');
    await sysadmin.get(`/admin/documents/${id}`);
    assert.equal((await sysadmin.post(`/admin/documents/${id}/review`, { decision: 'pass' })).statusCode, 303);
    assert.equal((await sysadmin.post(`/admin/documents/${id}/secrecy`, { note: '不涉密' })).statusCode, 303);
    const page = (await sysadmin.get(`/admin/documents/${id}`)).body;
    assert.match(page, /您已是本文件的复核人，不能再审签/);
    assert.doesNotMatch(page, /审签发布/);
    const refused = await sysadmin.post(`/admin/documents/${id}/approve`, { decision: 'approve', publishAt: '', changeNote: '' });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /您已是本文件的复核人，不能再审签/);
    const approver = await web.signedIn('approverA');
    await approver.get(`/admin/documents/${id}`);
    assert.equal((await approver.post(`/admin/documents/${id}/approve`, { decision: 'approve', publishAt: '', changeNote: '' })).statusCode, 303);
  });
});
