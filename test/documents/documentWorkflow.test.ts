import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { completeInput, documentWorld, ITEM, publishNew } from './documentFixtures.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { updateDocument } from '../../src/app/documents/updateDocument.ts';
import { submitDocument, reviewDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { publishDueDocuments } from '../../src/app/documents/publishDueDocuments.ts';
import { withdrawDocument } from '../../src/app/documents/withdrawDocument.ts';
import { repealDocument } from '../../src/app/documents/repealDocument.ts';
import { getDocumentForStaff, getPublicDocument } from '../../src/app/documents/getDocument.ts';
import { listPublicDocuments } from '../../src/app/documents/listDocuments.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import { SYSTEM_ACTOR } from '../../src/domain/accounts/roles.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';

const code = (c: string) => (e: DomainError) => e.code === c;

describeEachEngine('document workflow', (open) => {
  it('walks 草稿 → 复核 → 保密审查 → 审签, assigns 索引号 in sequence, audits every step', async () => {
    const world = await documentWorld(await open());
    const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput({ summary: '', formedOn: '' }) });
    await assert.rejects(submitDocument(world.editor, { documentId }), (e: DomainError) => e.code === 'validation.failed' && e.issues.some((i) => i.path === 'summary') && e.issues.some((i) => i.path === 'formedOn'));
    await updateDocument(world.editor, { documentId, ...completeInput() });
    await assert.rejects(reviewDocument(world.reviewer, { documentId, decision: 'pass' }), code('workflow.invalid_transition'));
    await submitDocument(world.editor, { documentId });
    await assert.rejects(approveDocument(world.reviewer, { documentId, decision: 'approve' }), code('forbidden'));
    await reviewDocument(world.reviewer, { documentId, decision: 'pass' });
    await assert.rejects(approveDocument(world.approver, { documentId, decision: 'approve' }), (e: DomainError) => /保密审查/.test(e.message));
    await confirmSecrecyReview(world.reviewer, { documentId });
    const first = await approveDocument(world.approver, { documentId, decision: 'approve' });
    assert.deepEqual([first.status, first.indexNumber, first.revision], ['published', '640500001/2026-00001', 1]);
    const second = await publishNew(world, { title: '第二份文件' });
    assert.equal(second.indexNumber, '640500001/2026-00002');
    const { events } = await queryAuditEvents(world.engine.db, { agencyIds: [world.agencyId], limit: 100, offset: 0 });
    const actions = events.filter((e) => e.entityId === documentId).map((e) => e.action).reverse();
    assert.deepEqual(actions, ['document.created', 'document.updated', 'document.submitted', 'document.review_passed', 'document.secrecy_confirmed', 'document.published']);
  });

  it('refuses a second signature by one person in a round: 填表人 ≠ 复核人 ≠ 审签人, system admins included', async () => {
    const world = await documentWorld(await open());
    const allRoles = contextFor(world.engine, { id: 'u-all', name: '全能', roles: ['editor', 'reviewer', 'approver'], agencyId: world.agencyId, regionId: null }, world.clock);
    const sysadmin = contextFor(world.engine, { id: 'u-sys', name: '系统管理员', roles: ['system_admin'], agencyId: null, regionId: null }, world.clock);
    const refused = (pattern: RegExp) => (e: DomainError) => e.code === 'forbidden' && pattern.test(e.message);
    const { documentId } = await createDocument(allRoles, { agencyId: world.agencyId, ...completeInput() });
    await submitDocument(allRoles, { documentId });
    await assert.rejects(reviewDocument(allRoles, { documentId, decision: 'pass' }), refused(/您已是本文件的填表人，不能再复核/));
    await reviewDocument(sysadmin, { documentId, decision: 'pass' });
    await confirmSecrecyReview(sysadmin, { documentId });
    await assert.rejects(approveDocument(allRoles, { documentId, decision: 'approve' }), refused(/您已是本文件的填表人，不能再审签/));
    await assert.rejects(approveDocument(sysadmin, { documentId, decision: 'return', comment: '自审自退' }), refused(/您已是本文件的复核人，不能再审签/));
    assert.equal((await approveDocument(world.approver, { documentId, decision: 'approve' })).status, 'published');

    await updateDocument(allRoles, { documentId, ...completeInput({ title: '第二轮' }) });
    await submitDocument(world.editor, { documentId });
    await reviewDocument(allRoles, { documentId, decision: 'pass' });
    await confirmSecrecyReview(world.reviewer, { documentId });
    await assert.rejects(approveDocument(allRoles, { documentId, decision: 'approve' }), refused(/复核人/));
    assert.equal((await approveDocument(sysadmin, { documentId, decision: 'approve' })).revision, 2, 'who signed an earlier round may sign this one in another role');
    const staffView = await getDocumentForStaff(world.editor, { documentId });
    assert.deepEqual([staffView.submittedBy, staffView.reviewedBy, staffView.approvedBy], ['u-editor', 'u-all', 'u-sys']);
  });

  it('edits after publication as a new revision with the same 索引号, the public sees the old text until sign-off', async () => {
    const world = await documentWorld(await open());
    const { documentId, indexNumber } = await publishNew(world);
    const reopened = await updateDocument(world.editor, { documentId, ...completeInput({ title: '修订后的标题' }) });
    assert.deepEqual(reopened, { status: 'draft', reopened: true });
    assert.equal((await getPublicDocument(world.engine.db, documentId))?.title, '中卫市医疗保障局关于调整城乡居民医保门诊报销比例的通知');
    await submitDocument(world.editor, { documentId });
    await reviewDocument(world.reviewer, { documentId, decision: 'pass' });
    await assert.rejects(approveDocument(world.approver, { documentId, decision: 'approve' }), /保密审查/, 'the old 保密审查 does not cover the new text');
    await confirmSecrecyReview(world.approver, { documentId });
    const again = await approveDocument(world.approver, { documentId, decision: 'approve', changeNote: '更正标题' });
    assert.deepEqual([again.indexNumber, again.revision], [indexNumber, 2]);
    const staff = await getDocumentForStaff(world.editor, { documentId });
    assert.deepEqual(staff.revisions.map((r) => [r.number, r.content.title, r.changeNote]), [[2, '修订后的标题', '更正标题'], [1, '中卫市医疗保障局关于调整城乡居民医保门诊报销比例的通知', null]]);
    const publicView = await getPublicDocument(world.engine.db, documentId);
    assert.deepEqual([publicView?.title, publicView?.revision, publicView?.publishedOn], ['修订后的标题', 2, '2026-03-02']);
  });

  it('schedules publication and publishDueDocuments publishes when the time comes', async () => {
    const world = await documentWorld(await open());
    const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput() });
    await submitDocument(world.editor, { documentId });
    await reviewDocument(world.reviewer, { documentId, decision: 'pass' });
    await confirmSecrecyReview(world.reviewer, { documentId });
    const scheduled = await approveDocument(world.approver, { documentId, decision: 'approve', publishAt: '2026-03-03T00:00:00.000Z' });
    assert.deepEqual([scheduled.status, scheduled.indexNumber], ['scheduled', null]);
    const system = contextFor(world.engine, SYSTEM_ACTOR, world.clock);
    assert.deepEqual(await publishDueDocuments(system), { published: [], held: [] });
    assert.equal(await getPublicDocument(world.engine.db, documentId), null, 'nothing public before the time');
    world.clock.advanceMinutes(24 * 60);
    const due = await publishDueDocuments(system);
    assert.deepEqual(due.published, [{ documentId, indexNumber: '640500001/2026-00001' }]);
    assert.equal((await getPublicDocument(world.engine.db, documentId))?.publishedOn, '2026-03-03');
  });

  it('withdrawal and repeal keep the record with its reason; withdrawn documents leave search, 索引号 is not reused', async () => {
    const world = await documentWorld(await open());
    const a = await publishNew(world, { title: '将被撤回的医保公示' });
    const b = await publishNew(world, { title: '将被废止的医保办法' });
    await assert.rejects(withdrawDocument(world.approver, { documentId: a.documentId, reason: ' ' }), code('validation.failed'));
    await withdrawDocument(world.approver, { documentId: a.documentId, reason: '内容有误，已重新发布' });
    await repealDocument(world.approver, { documentId: b.documentId, reason: '被新办法替代', on: '2026-03-01' });
    const withdrawn = await getPublicDocument(world.engine.db, a.documentId);
    assert.equal(withdrawn?.state, 'withdrawn');
    assert.match(String(withdrawn?.notice), /撤回原因：内容有误/);
    assert.deepEqual([withdrawn?.bodyHtml, withdrawn?.attachments, withdrawn?.indexNumber], ['', [], a.indexNumber]);
    const repealed = await getPublicDocument(world.engine.db, b.documentId);
    assert.deepEqual([repealed?.validity, repealed?.repealedOn, repealed?.indexNumber], ['repealed', '2026-03-01', b.indexNumber]);
    assert.match(String(repealed?.notice), /废止.*被新办法替代/);
    const hits = await searchDocuments(world.engine.db, { query: '医保' });
    assert.deepEqual(hits.results.map((r) => r.id), [b.documentId]);
    assert.deepEqual((await searchDocuments(world.engine.db, { query: '医保', validity: 'effective' })).results, []);
    const listed = await listPublicDocuments(world.engine.db, { item: { agencyId: world.agencyId, ...ITEM } });
    assert.deepEqual(listed.documents.map((d) => d.state).sort(), ['live', 'withdrawn']);
    const c = await publishNew(world, { title: '新文件' });
    assert.equal(c.indexNumber, '640500001/2026-00003');
  });
});
