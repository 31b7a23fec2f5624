import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { approveCatalogVersion, reviewCatalogVersion, submitCatalogVersion } from '../../src/app/catalog/changeVersionStatus.ts';
import { setOnePersonException } from '../../src/app/catalog/setOnePersonException.ts';
import { getOnePersonException, getVersionSignOffNotes, listVersionSignOffNotes } from '../../src/app/catalog/signOffRecord.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import { lintCatalog } from '../../src/domain/catalog/lint.ts';
import { toCatalogDocument } from '../../src/domain/catalog/toDocument.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';

const person = (agencyId: string, roles: Actor['roles'], name: string): Actor => ({ id: `u-${name}`, name, roles, agencyId, regionId: null });
const REASON = '来源目录原有的检查错误，下一版统一更正';

describeEachEngine('catalog sign-off rules: lint reasons and the one-person exception', (open) => {
  it('refuses to submit a version with lint errors without a reason of 10 characters, and keeps the reason for the reviewer', async () => {
    const engine = await open();
    const { agencyId } = await loadCatalog(contextFor(engine), goldenCatalog(), { publish: true });
    const editor = contextFor(engine, person(agencyId, ['editor'], '伊玉红'));
    const { versionId } = await startDraft(editor, agencyId);
    const draft = (await getCatalogVersion(engine.db, versionId))!;
    const errors = lintCatalog(toCatalogDocument(draft, '')).filter((f) => f.severity === 'error').length;
    assert.ok(errors > 0);
    for (const lintReason of [undefined, '', '来源原有问题']) {
      await assert.rejects(submitCatalogVersion(editor, { versionId, lintReason }), (e: DomainError) => {
        assert.equal(e.code, 'validation.failed');
        assert.match(e.message, new RegExp(`^本版本有${errors}处检查错误，不能直接提交复核`));
        assert.equal(e.issues[0]?.path, 'lintReason');
        return true;
      });
    }
    assert.equal((await getCatalogVersion(engine.db, versionId))!.version.status, 'draft', 'a refused submission changes nothing');
    await submitCatalogVersion(editor, { versionId, lintReason: `  ${REASON} ` });
    const notes = await getVersionSignOffNotes(engine.db, agencyId, versionId);
    assert.deepEqual(notes.submission && [notes.submission.reason, notes.submission.errorCount, notes.submission.by], [REASON, errors, '伊玉红']);
    assert.equal((await listVersionSignOffNotes(engine.db, agencyId)).get(versionId)?.submission?.reason, REASON);
    const { events } = await queryAuditEvents(engine.db, { agencyIds: [agencyId], action: 'catalog.submitted', limit: 1, offset: 0 });
    assert.deepEqual(events[0]?.after, { status: 'submitted', comment: null, lintErrors: errors, lintReason: REASON });
  });

  it('submits a catalog without lint errors with no reason, and records none', async () => {
    const engine = await open();
    const { agencyId } = await loadCatalog(contextFor(engine), goldenCatalog('002_b92ae7b28fe97c0b'), { publish: true });
    const editor = contextFor(engine, person(agencyId, ['editor'], '填表甲'));
    const { versionId } = await startDraft(editor, agencyId);
    await submitCatalogVersion(editor, { versionId });
    assert.deepEqual(await getVersionSignOffNotes(engine.db, agencyId, versionId), { submission: null, exceptionNotes: [] });
  });

  it('lets one person prepare, review and sign only while the audited exception is on, and notes it in the history', async () => {
    const engine = await open();
    const { agencyId } = await loadCatalog(contextFor(engine), goldenCatalog('002_b92ae7b28fe97c0b'), { publish: true });
    const alone = contextFor(engine, person(agencyId, ['editor', 'reviewer', 'approver'], '马一人'));
    const admin = contextFor(engine, person(agencyId, ['agency_admin'], '单位管理员'));
    const { versionId } = await startDraft(alone, agencyId);
    await submitCatalogVersion(alone, { versionId });
    await assert.rejects(reviewCatalogVersion(alone, { versionId, decision: 'pass' }), (e: DomainError) => e.code === 'forbidden' && /您已是本版本的填表人，不能再复核/.test(e.message));

    await assert.rejects(setOnePersonException(alone, { agencyId, enabled: true, reason: '本单位仅有一名工作人员' }), (e: DomainError) => e.code === 'forbidden');
    await assert.rejects(setOnePersonException(admin, { agencyId, enabled: true, reason: '人手少' }), (e: DomainError) => e.code === 'validation.failed' && /不少于10个字/.test(e.message));
    assert.equal(await getOnePersonException(engine.db, agencyId), null);
    await setOnePersonException(admin, { agencyId, enabled: true, reason: '本单位仅有一名工作人员负责政务公开' });
    await reviewCatalogVersion(alone, { versionId, decision: 'pass' });
    await approveCatalogVersion(alone, { versionId, decision: 'approve' });
    assert.equal((await getCatalogVersion(engine.db, versionId))!.version.status, 'published');

    const note = '马一人按单人单位例外签批（理由：本单位仅有一名工作人员负责政务公开，由单位管理员于2026-03-02开启）';
    assert.deepEqual((await listVersionSignOffNotes(engine.db, agencyId)).get(versionId)?.exceptionNotes, [note, note]);
    const { events } = await queryAuditEvents(engine.db, { agencyIds: [agencyId], action: 'agency.sign_off_exception_changed', limit: 5, offset: 0 });
    assert.deepEqual(events.map((e) => [e.actorName, e.after]), [['单位管理员', { enabled: true, reason: '本单位仅有一名工作人员负责政务公开' }]]);

    await setOnePersonException(admin, { agencyId, enabled: false });
    assert.equal(await getOnePersonException(engine.db, agencyId), null);
    const next = await startDraft(alone, agencyId);
    await submitCatalogVersion(alone, { versionId: next.versionId });
    await assert.rejects(reviewCatalogVersion(alone, { versionId: next.versionId, decision: 'pass' }), (e: DomainError) => e.code === 'forbidden');
  });
});
