import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getPublishedCatalog, getCatalogVersion, listCatalogVersions } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { updateCatalogItem } from '../../src/app/catalog/updateCatalogItem.ts';
import { approveCatalogVersion, reviewCatalogVersion, submitCatalogVersion } from '../../src/app/catalog/changeVersionStatus.ts';
import { getAgency } from '../../src/app/agencies/getAgency.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import { computeSummary } from '../../src/domain/catalog/summary.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';

const staff = (agencyId: string, role: Actor['roles'][number], name: string): Actor => ({ id: `u-${role}`, name, roles: [role], agencyId, regionId: null });

describeEachEngine('catalog load and sign-off workflow', (open) => {
  it('loads golden 中卫 as the published catalog, under 宁夏 → 中卫市, with the computed summary', async () => {
    const ctx = contextFor(await open());
    const loaded = await loadCatalog(ctx, goldenCatalog(), { publish: true });
    assert.equal(loaded.itemCount, 36);
    const agency = await getAgency(ctx.db, loaded.agencyId);
    assert.deepEqual(agency?.regionNames, ['宁夏回族自治区', '中卫市']);
    const catalog = await getPublishedCatalog(ctx.db, loaded.agencyId);
    assert.equal(catalog?.items.length, 36);
    assert.equal(catalog?.version.preparer, '伊玉红');
    assert.deepEqual(catalog?.items[0]?.channels, ['政府网站']);
    const summary = computeSummary(catalog!.items);
    assert.equal(summary.proactiveLevel2, catalog!.items.filter((i) => i.mode.includes('主动公开')).length);
  });

  it('leaves nothing behind when a load fails half-way (bad item 30 of 36)', async () => {
    const ctx = contextFor(await open());
    const doc = goldenCatalog() as { items: { channels: string[] }[] };
    doc.items[29]!.channels = ['微信朋友圈'];
    await assert.rejects(loadCatalog(ctx, doc, { publish: true }), (e: DomainError) => e.code === 'validation.failed' && /items\.29\.channels/.test(e.message));
    const failingDb = { ...ctx, audit: { record: async () => { throw new Error('disk full'); } } };
    await assert.rejects(loadCatalog(failingDb, goldenCatalog(), { publish: true }), /disk full/);
    for (const table of ['agencies', 'regions', 'catalog_versions', 'catalog_items', 'audit_events'] as const) {
      const row = await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      assert.equal(Number(row?.n), 0, `${table} must be empty`);
    }
  });

  it('walks 填表人 → 复核人 → 审签人, supersedes the old version and audits every step', async () => {
    const engine = await open();
    const admin = contextFor(engine);
    const { agencyId, versionId: v1 } = await loadCatalog(admin, goldenCatalog(), { publish: true });
    const editor = contextFor(engine, staff(agencyId, 'editor', '伊玉红'));
    const reviewer = contextFor(engine, staff(agencyId, 'reviewer', '张华'));
    const approver = contextFor(engine, staff(agencyId, 'approver', '李新忠'));

    const { versionId } = await startDraft(editor, agencyId);
    const draft = await getCatalogVersion(editor.db, versionId);
    const first = draft!.items[0]!;
    await updateCatalogItem(editor, { itemId: first.id, item: { ...first, content: '机构名称、办公地址、办公时间、联系电话' } });
    await assert.rejects(reviewCatalogVersion(reviewer, { versionId, decision: 'pass' }), (e: DomainError) => e.code === 'workflow.invalid_transition');
    await submitCatalogVersion(editor, { versionId, lintReason: '来源目录原有的检查错误，下一版统一更正' });
    await assert.rejects(updateCatalogItem(editor, { itemId: first.id, item: first }), (e: DomainError) => e.code === 'workflow.invalid_transition');
    await assert.rejects(reviewCatalogVersion(reviewer, { versionId, decision: 'return' }), (e: DomainError) => e.code === 'validation.failed');
    await reviewCatalogVersion(reviewer, { versionId, decision: 'return', comment: '请补充传真号码' });
    await submitCatalogVersion(editor, { versionId, lintReason: '来源目录原有的检查错误，下一版统一更正' });
    await reviewCatalogVersion(reviewer, { versionId, decision: 'pass' });
    await assert.rejects(approveCatalogVersion(reviewer, { versionId, decision: 'approve' }), (e: DomainError) => e.code === 'forbidden');
    await approveCatalogVersion(approver, { versionId, decision: 'approve' });

    const published = await getPublishedCatalog(engine.db, agencyId);
    assert.equal(published?.version.id, versionId);
    assert.equal(published?.items[0]?.content, '机构名称、办公地址、办公时间、联系电话');
    assert.equal(published?.version.approver, '李新忠');
    const versions = await listCatalogVersions(engine.db, agencyId);
    assert.deepEqual(versions.map((v) => [v.number, v.status]), [[2, 'published'], [1, 'superseded']]);
    assert.equal(versions[1]?.id, v1);
    const { events } = await queryAuditEvents(engine.db, { agencyIds: [agencyId], limit: 100, offset: 0 });
    assert.deepEqual(events.map((e) => e.action).reverse(), [
      'agency.created', 'catalog.loaded', 'catalog.draft_started', 'catalog.item_updated', 'catalog.submitted',
      'catalog.returned', 'catalog.submitted', 'catalog.review_passed', 'catalog.superseded', 'catalog.published',
    ]);
    const edit = events.find((e) => e.action === 'catalog.item_updated')!;
    assert.match(JSON.stringify(edit.before), /传真/);
    assert.doesNotMatch(JSON.stringify(edit.after), /传真/);
  });

  it('refuses a second signature by one person: 填表人 ≠ 复核人 ≠ 审签人, system admins included', async () => {
    const engine = await open();
    const system = contextFor(engine);
    const { agencyId } = await loadCatalog(system, goldenCatalog(), { publish: true });
    const allRoles = contextFor(engine, { id: 'u-all', name: '全能', roles: ['editor', 'reviewer', 'approver'], agencyId, regionId: null });
    const sysadmin = contextFor(engine, { id: 'u-sys', name: '系统管理员', roles: ['system_admin'], agencyId: null, regionId: null });
    const approver = contextFor(engine, staff(agencyId, 'approver', '李新忠'));
    const refused = (pattern: RegExp) => (e: DomainError) => e.code === 'forbidden' && pattern.test(e.message);

    const { versionId } = await startDraft(allRoles, agencyId);
    await submitCatalogVersion(allRoles, { versionId, lintReason: '来源目录原有的检查错误，下一版统一更正' });
    await assert.rejects(reviewCatalogVersion(allRoles, { versionId, decision: 'pass' }), refused(/您已是本版本的填表人，不能再复核/));
    await assert.rejects(reviewCatalogVersion(allRoles, { versionId, decision: 'return', comment: '自己退回' }), refused(/填表人/));
    await reviewCatalogVersion(sysadmin, { versionId, decision: 'pass' });
    await assert.rejects(approveCatalogVersion(allRoles, { versionId, decision: 'approve' }), refused(/您已是本版本的填表人，不能再审签/));
    await assert.rejects(approveCatalogVersion(sysadmin, { versionId, decision: 'approve' }), refused(/您已是本版本的复核人，不能再审签/));
    await approveCatalogVersion(approver, { versionId, decision: 'approve' });
    const signed = (await getPublishedCatalog(engine.db, agencyId))!.version;
    assert.deepEqual([signed.preparer, signed.reviewer, signed.approver], ['全能', '系统管理员', '李新忠']);

    const { versionId: next } = await startDraft(system, agencyId);
    await submitCatalogVersion(system, { versionId: next, lintReason: '来源目录原有的检查错误，下一版统一更正' });
    await assert.rejects(reviewCatalogVersion(system, { versionId: next, decision: 'pass' }), refused(/填表人/), 'the CLI operator / system counts as one person too');
  });

  it('forbids staff of one agency from touching another (editor of A on B)', async () => {
    const engine = await open();
    const admin = contextFor(engine);
    const a = await loadCatalog(admin, goldenCatalog('000_16624d944bb0d70d'), { publish: true });
    const b = await loadCatalog(admin, goldenCatalog('003_d1b07a4c651a3051'), { publish: true });
    const editorA = contextFor(engine, staff(a.agencyId, 'editor', '甲'));
    await assert.rejects(startDraft(editorA, b.agencyId), (e: DomainError) => e.code === 'forbidden');
    await assert.rejects(loadCatalog(editorA, goldenCatalog('003_d1b07a4c651a3051'), { publish: false }), (e: DomainError) => e.code === 'forbidden');
    const reviewerA = contextFor(engine, staff(a.agencyId, 'reviewer', '乙'));
    await assert.rejects(startDraft(reviewerA, a.agencyId), (e: DomainError) => e.code === 'forbidden');
  });

  it('rejects a bad item edit field by field and keeps the stored item', async () => {
    const engine = await open();
    const admin = contextFor(engine);
    const { agencyId } = await loadCatalog(admin, goldenCatalog(), { publish: true });
    const editor = contextFor(engine, staff(agencyId, 'editor', '伊玉红'));
    const { versionId } = await startDraft(editor, agencyId);
    const item = (await getCatalogVersion(engine.db, versionId))!.items[2]!;
    await assert.rejects(updateCatalogItem(editor, { itemId: item.id, item: { ...item, level1: '', channels: ['飞鸽传书'] } }), (e: DomainError) => {
      const paths = e.issues.map((i) => i.path).sort();
      return e.code === 'validation.failed' && paths.includes('level1') && paths.includes('channels');
    });
    assert.deepEqual((await getCatalogVersion(engine.db, versionId))!.items[2], item);
  });
});
