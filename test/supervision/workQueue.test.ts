/**
 * The officer's work queue (issue 11): lines by kind for the signed-in person, each checked against the role
 * table — a due application, a document waiting for its reviewer (not for the 填表人 who also holds 复核人),
 * a returned one for its editor, the 年报 from 2 January, the 指南 and 目录 older than 12 months.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { updateAgencyContact } from '../../src/app/applications/agencyContact.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { reviewDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { addCatalogItem } from '../../src/app/catalog/addCatalogItem.ts';
import { reviewCatalogVersion, submitCatalogVersion } from '../../src/app/catalog/changeVersionStatus.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { toCatalogDocument } from '../../src/domain/catalog/toDocument.ts';
import { presentFindings } from '../../src/web/admin/findings.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import { FORM } from '../helpers/applicationFixtures.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { queueWorld } from './queueWorld.ts';

const DAY = 24 * 60;

describeEachEngine('work queue', (open) => {
  it('lists applications due within 3 working days, then overdue, by count and with the register link', async () => {
    const world = await queueWorld(await open());
    await registerApplication(await world.staff('xiaowang'), { agencyId: world.agencyId, fields: FORM, receipt: { channel: 'inPerson', on: '2026-03-02' } });
    assert.deepEqual(await world.titles('xiaowang', 'application'), [], 'due on 2026-03-30: not yet');
    world.clock.advanceMinutes(DAY * 24); // 2026-03-26, due 2026-03-30 is within 3 working days
    const [due] = (await workQueue(await world.staff('fuhe'))).lines.filter((l) => l.kind === 'application');
    assert.equal(due!.title, '1 件申请将在3个工作日内到期');
    assert.equal(due!.dueOn, '2026-03-31');
    assert.equal(due!.href, `/admin/applications?agency=${world.agencyId}&dueWithin=3`);
    assert.doesNotMatch(JSON.stringify(await workQueue(await world.staff('fuhe'))), new RegExp(`${FORM.name}|${FORM.phone}`), 'no applicant data');
    world.clock.advanceMinutes(DAY * 6); // 2026-04-01
    const [overdue] = (await workQueue(await world.staff('xiaowang'))).lines.filter((l) => l.kind === 'application');
    assert.deepEqual([overdue!.title, overdue!.tone, overdue!.href], ['1 件申请已超过答复期限', 'overdue', `/admin/applications?agency=${world.agencyId}&overdue=1`]);
  });

  it('lists a submitted document for a reviewer, not for its 填表人 who is also a reviewer; then for the approver', async () => {
    const world = await queueWorld(await open());
    const documentId = await world.submitted('bianji', '关于医保窗口延时服务的通知');
    const waiting = '复核文件《关于医保窗口延时服务的通知》';
    const line = (await workQueue(await world.staff('fuhe'))).groups.find((g) => g.kind === 'signOff')!.lines[0]!;
    assert.deepEqual([line.title, line.href, line.since], [waiting, `/admin/documents/${documentId}`, '2026-03-02']);
    assert.deepEqual(await world.titles('bianji', 'signOff'), [], 'the 填表人 cannot be its 复核人');
    assert.deepEqual(await world.titles('shenqian', 'signOff'), [], 'not yet reviewed');
    assert.deepEqual(await world.titles('xiaowang', 'signOff'), []);
    await reviewDocument(await world.staff('fuhe'), { documentId, decision: 'pass' });
    await confirmSecrecyReview(await world.staff('fuhe'), { documentId, note: '经审查不涉密' });
    assert.deepEqual(await world.titles('fuhe', 'signOff'), []);
    assert.deepEqual(await world.titles('shenqian', 'signOff'), ['审签文件《关于医保窗口延时服务的通知》']);
  });

  it('lists a returned document for the editor who prepared it only', async () => {
    const world = await queueWorld(await open());
    const documentId = await world.submitted('xiaowang', '关于医保经办网点调整的公告');
    await reviewDocument(await world.staff('fuhe'), { documentId, decision: 'return', comment: '请补充网点地址' });
    assert.deepEqual(await world.titles('xiaowang', 'signOff'), ['修改退回的文件《关于医保经办网点调整的公告》']);
    assert.deepEqual(await world.titles('bianji', 'signOff'), [], 'another editor');
    assert.deepEqual(await world.titles('fuhe', 'signOff'), []);
  });

  it('shows the 年报 of last year from 2 January, for those who prepare or sign it', async () => {
    const world = await queueWorld(await open(), '2027-01-02T02:00:00.000Z');
    const [line] = (await workQueue(await world.staff('xiaowang'))).lines.filter((l) => l.kind === 'annualReport');
    assert.deepEqual([line!.title, line!.dueOn, line!.tone, line!.href], ['2026年度政府信息公开工作年度报告尚未发布', '2027-01-31', 'due', '/admin/reports']);
    assert.equal((await world.titles('shenqian', 'annualReport')).length, 1);
    assert.deepEqual(await world.titles('guanli', 'annualReport'), [], 'the agency admin neither prepares nor signs it');
    world.clock.advanceMinutes(DAY * 30); // 2027-02-01
    assert.deepEqual(await world.titles('xiaowang', 'annualReport'), ['2026年度政府信息公开工作年度报告已逾期未发布']);
  });

  it('asks for the 指南 contact details when missing or older than 12 months, and for a 目录 not updated for 12 months', async () => {
    const world = await queueWorld(await open());
    assert.deepEqual(await world.titles('guanli', 'staleness'), ['尚未填写政府信息公开指南的工作机构联系方式']);
    await updateAgencyContact(await world.staff('guanli'), world.agencyId, { officeName: '中卫市医疗保障局办公室', phone: '0955-7012345' });
    assert.deepEqual(await world.titles('guanli', 'staleness'), []);
    assert.deepEqual(await world.titles('xiaowang', 'staleness'), []);
    world.clock.advanceMinutes(DAY * 365); // 2027-03-02: exactly 12 months, not older
    assert.deepEqual(await world.titles('guanli', 'staleness'), []);
    world.clock.advanceMinutes(DAY);
    const lines = (await workQueue(await world.staff('xiaowang'))).lines.filter((l) => l.kind === 'staleness');
    assert.deepEqual(lines.map((l) => [l.title, l.since, l.href]), [
      ['政府信息公开目录超过12个月未更新（第1版）', '2026-03-02', `/admin/agencies/${world.agencyId}`],
      ['政府信息公开指南（工作机构联系方式）超过12个月未核对更新', '2026-03-02', `/admin/agencies/${world.agencyId}/contact`],
    ]);
    assert.deepEqual(await world.titles('fuhe', 'staleness'), [], 'a reviewer edits neither');
  });

  it('counts lint errors of the catalog being revised for its editors, and routes the version through 复核 like a document', async () => {
    const world = await queueWorld(await open());
    const findingsOf = async (versionId: string) => presentFindings(toCatalogDocument((await getCatalogVersion(world.engine.db, versionId))!, '中卫市医疗保障局'));
    const onVersionPage = async (versionId: string) => (await findingsOf(versionId)).counts.error;
    const published = await onVersionPage(world.versionId);
    assert.ok(published > 0, 'the real golden catalog has errors');
    const [before] = (await workQueue(await world.staff('xiaowang'))).lines.filter((l) => l.kind === 'lint');
    assert.deepEqual([before!.title, before!.href], [`已发布的目录第1版有 ${published} 处检查错误`, `/admin/versions/${world.versionId}#findings-title`], 'as many as the version page shows');
    const bianji = await world.staff('bianji');
    const { versionId } = await startDraft(bianji, world.agencyId);
    await addCatalogItem(bianji, { versionId, item: {
      seq: '37', level1: '概况信息', level2: '窗口服务', content: '服务窗口地址和时间', basis: ['《中华人民共和国政府信息公开条例》'], timeLimit: '形成或者变更之日起20个工作日内',
      subject: '中卫市医疗保障局', channels: [], audience: ['全社会'], mode: ['主动公开'], fiveTypes: null, column: null, category: null, remarks: null,
    } });
    const [lint] = (await workQueue(await world.staff('xiaowang'))).lines.filter((l) => l.kind === 'lint');
    assert.ok((await findingsOf(versionId)).findings.some((f) => f.message === '第37项“窗口服务”没有勾选任何公开渠道和载体'), 'the new item lacks a channel');
    assert.deepEqual([lint!.title, lint!.href], [`正在修订的目录第2版有 ${await onVersionPage(versionId)} 处检查错误`, `/admin/versions/${versionId}#findings-title`]);
    assert.deepEqual(await world.titles('fuhe', 'lint'), [], 'reviewers do not edit the catalog');
    await submitCatalogVersion(bianji, { versionId, lintReason: '来源目录原有的检查错误，下一版统一更正' });
    assert.deepEqual(await world.titles('fuhe', 'signOff'), ['复核政府信息公开目录第2版']);
    assert.deepEqual(await world.titles('bianji', 'signOff'), [], 'its 填表人 holds 复核人 too but may not review it');
    await reviewCatalogVersion(await world.staff('fuhe'), { versionId, decision: 'return', comment: '请补充公开渠道' });
    assert.deepEqual(await world.titles('bianji', 'signOff'), ['修改退回的政府信息公开目录第2版']);
    assert.deepEqual(await world.titles('xiaowang', 'signOff'), []);
  });
});
