import assert from 'node:assert/strict';
import { it } from 'node:test';
import { getApplication } from '../../src/app/applications/getApplication.ts';
import { listApplications } from '../../src/app/applications/listApplications.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { contextAs, PERSON, registered, submittedOnline } from './applicationsFixture.ts';

const ORDINARY_LETTER = '平常信函，以政府信息公开工作机构与申请人确认之日为收到申请之日（条例第三十一条第（二）项）';
const textOf = (html: string, id: string) => new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</(?:p|dd)>`).exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';

describeEachEngine('依申请公开 case page (back office)', (open) => {
  it('registers a letter by ordinary post with its 第三十一条 reason and hands out the 受理回执; bad input changes nothing', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const form = await editor.get('/admin/applications/new');
    assert.equal(form.statusCode, 200);
    const bad = await editor.post('/admin/applications', { ...PERSON, name: '', agencyId: web.agencyA, receiptKind: '', receivedOn: '2026-02-27' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /id="name-error"/);
    assert.match(bad.body, /id="receiptKind-error"[^>]*>请选择收到申请的方式/);
    const ctx = await contextAs(web, 'editorA');
    assert.equal((await listApplications(ctx, web.agencyA)).total, 0, 'nothing half-written');

    const slip = await editor.post('/admin/applications', { ...PERSON, agencyId: web.agencyA, receiptKind: 'postOrdinary', receivedOn: '2026-02-27', ref: '信-031' });
    assert.equal(slip.statusCode, 200, slip.body.slice(0, 800));
    assert.match(slip.body, /政府信息公开申请受理回执/);
    const trackingNo = /<dt>受理编号<\/dt><dd class="slip-code">(\d{8}-\d{6})<\/dd>/.exec(slip.body)?.[1];
    assert.ok(trackingNo, 'tracking number on the slip');
    assert.match(slip.body, /<dt>查询码<\/dt><dd class="slip-code">\d{8}<\/dd>/);
    assert.ok(slip.body.includes(ORDINARY_LETTER));
    const stored = (await listApplications(ctx, web.agencyA)).rows[0]!;
    assert.equal(stored.receivedOn, '2026-02-27');
    assert.equal(stored.receivedBasis, ORDINARY_LETTER);
    assert.equal(stored.ref, '信-031');
    const viewsBefore = (await queryAuditEvents(web.engine.db, { action: 'application.viewed', limit: 1, offset: 0 })).total;
    const page = await editor.get(`/admin/applications/${stored.id}`);
    assert.ok(page.body.includes(ORDINARY_LETTER));
    const views = await queryAuditEvents(web.engine.db, { action: 'application.viewed', limit: 1, offset: 0 });
    assert.equal(views.total, viewsBefore + 1, 'each view of the applicant is audited');
    assert.equal(views.events[0]!.entityId, stored.id);
    assert.ok(!JSON.stringify(views.events[0]).includes('张三'), 'the audit line names the number, not the person');
    const handlerId = /<option value="([0-9a-f-]{36})">伊玉红<\/option>/.exec(page.body)?.[1];
    assert.equal((await editor.post(`/admin/applications/${stored.id}/handler`, { handlerId: handlerId! })).statusCode, 303);
    assert.match((await editor.get('/admin/applications')).body, /data-label="承办人" class="cell-handler">伊玉红</);
    assert.ok(page.body.includes(`href="/admin/applications/${stored.id}/letters">文书</a>`));
  });

  it('refuses an extension beyond 20 working days with the Chinese message and nothing changes; the explanation lists the pause and the extension', async () => {
    const web = await buildWebTestApp(await open());
    const application = await registered(web, PERSON, { channel: 'inPerson', on: '2026-03-02' });
    web.clock.advanceMinutes(60 * 24 * 18);
    const editor = await web.signedIn('editorA');
    const base = `/admin/applications/${application.id}`;
    await editor.get(base);
    assert.equal((await editor.post(`${base}/events/consultationStarted`, { on: '2026-03-04', kind: 'thirdParty', party: '某医药公司' })).statusCode, 303);
    assert.equal((await editor.post(`${base}/events/consultationEnded`, { on: '2026-03-10', party: '某医药公司' })).statusCode, 303);
    const ctx = await contextAs(web, 'editorA');
    const before = await getApplication(ctx, application.id);

    const refused = await editor.post(`${base}/events/extended`, { on: '2026-03-20', workingDays: '25', approvedBy: '王主任' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /id="act-extended-error"[^>]*>\s*<p>延长期限累计不得超过20个工作日（条例第三十三条），本次延长后为25个/);
    const unchanged = await getApplication(ctx, application.id);
    assert.equal(unchanged.events.length, before.events.length);
    assert.equal(unchanged.application.dueOn, before.application.dueOn);
    const noApprover = await editor.post(`${base}/events/extended`, { on: '2026-03-20', workingDays: '5', approvedBy: '' });
    assert.match(noApprover.body, /延长答复期限须记录批准人/);

    assert.equal((await editor.post(`${base}/events/extended`, { on: '2026-03-20', workingDays: '15', approvedBy: '王主任' })).statusCode, 303);
    const page = (await editor.get(`${base}?done=extended`)).body;
    const detail = await getApplication(ctx, application.id);
    assert.match(page, /<h3 id="why-title">为什么是这一天<\/h3>/);
    assert.match(page, /征求第三方意见（条例第三十二条）：某医药公司，2026-03-04 至 2026-03-10，其间4个工作日不计入答复期限/);
    assert.match(page, /2026-03-20 经王主任同意延长答复期限15个工作日（条例第三十三条第二款）/);
    assert.ok(textOf(page, 'due-on').includes(detail.application.dueOn!), `${textOf(page, 'due-on')} vs ${detail.application.dueOn}`);
    assert.equal(detail.clock!.dueOn, detail.application.dueOn);
    assert.equal(textOf(page, 'correction-notice-due'), detail.clock!.correctionNoticeDue);
    assert.match(page, /还可延长5个工作日/);
  });

  it('refuses an extension after the running due date', async () => {
    const web = await buildWebTestApp(await open());
    const late = await registered(web, PERSON, { channel: 'inPerson', on: '2026-01-05' });
    const editor = await web.signedIn('editorA');
    await editor.get(`/admin/applications/${late.id}`);
    const refused = await editor.post(`/admin/applications/${late.id}/events/extended`, { on: '2026-03-02', workingDays: '5', approvedBy: '王主任' });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes(`延长须在答复期限 ${late.dueOn} 届满前决定`));
  });

  it('confirms an online application, sends one 补正 notice, computes and records a fee, answers — showing only the valid actions', async () => {
    const web = await buildWebTestApp(await open());
    const sent = await submittedOnline(web, PERSON);
    web.clock.advanceMinutes(60 * 24 * 10);
    const editor = await web.signedIn('editorA');
    const base = `/admin/applications/${sent.applicationId}`;
    const unconfirmed = (await editor.get(base)).body;
    assert.match(unconfirmed, /id="act-confirm"/);
    assert.ok(!unconfirmed.includes('id="act-answered"'));
    assert.equal((await editor.post(`${base}/confirm`, { on: '2026-03-02' })).statusCode, 303);

    const noList = await editor.post(`${base}/events/correctionRequested`, { on: '2026-03-03', periodWorkingDays: '10', note: '' });
    assert.equal(noList.statusCode, 400);
    assert.match(noList.body, /请写明需要补正的全部事项/);
    assert.equal((await editor.post(`${base}/events/correctionRequested`, { on: '2026-03-03', periodWorkingDays: '10', note: '1.请写明所需信息的文号\n2.请补充身份证明' })).statusCode, 303);
    const waiting = (await editor.get(base)).body;
    assert.match(waiting, /id="act-correctionReceived"/);
    assert.ok(!waiting.includes('id="act-extended"') && !waiting.includes('id="act-correctionRequested"'));
    const again = await editor.post(`${base}/events/correctionRequested`, { on: '2026-03-04', periodWorkingDays: '5', note: '再补一项' });
    assert.match(again.body, /补正只能一次性告知（条例第三十条）/);
    assert.equal((await editor.post(`${base}/events/correctionReceived`, { on: '2026-03-05' })).statusCode, 303);

    const preview = await editor.post(`${base}/fee`, { on: '2026-03-06', method: 'perPage', pages: '250', step: 'preview' });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /按量计收：应收 4,700元/);
    assert.match(preview.body, /第201—250页：50页×40元\/页=2,000元/);
    assert.equal((await editor.post(`${base}/fee`, { on: '2026-03-06', method: 'perPage', pages: '250', step: 'record' })).statusCode, 303);
    assert.equal((await editor.post(`${base}/events/feePaid`, { on: '2026-03-09' })).statusCode, 303);
    assert.equal((await editor.post(`${base}/events/answered`, { on: '2026-03-10', outcome: 'granted' })).statusCode, 303);
    const closed = (await editor.get(base)).body;
    assert.match(closed, /2026-03-06 发出收费通知（4700元）/);
    assert.match(closed, /该申请已办结，不能再办理/);
    assert.ok(!closed.includes('id="act-'));
  });

  it('marks a due date 【暂定】 when the next year\'s holiday notice is not loaded, on the register and the case page', async () => {
    const web = await buildWebTestApp(await open());
    web.clock.advanceMinutes(60 * 24 * 300);
    const application = await registered(web, PERSON, { channel: 'inPerson', on: '2026-12-21' });
    assert.equal(application.provisional, true, application.dueOn ?? '');
    const editor = await web.signedIn('editorA');
    const register = (await editor.get('/admin/applications')).body;
    assert.match(register, new RegExp(`${application.dueOn}</span><span class="provisional">【暂定】</span>`));
    const page = (await editor.get(`/admin/applications/${application.id}`)).body;
    assert.match(textOf(page, 'due-on'), new RegExp(`${application.dueOn}【暂定】`));
    // One wording everywhere: the law's holidays are deducted, only the 调休 arrangement of 2027 is awaited.
    assert.match(page, /【暂定】2027年的调休安排尚未公布：已按《全国年节及纪念日放假办法》扣除法定节假日（元旦、[^）]*），调休上班日和调休放假日未计入，结果为暂定/);
    assert.match(register, /标【暂定】的期限：已按《全国年节及纪念日放假办法》扣除法定节假日，所在年份的调休安排尚未公布，公布后可能调整。/);
    assert.doesNotMatch(page + register, /节假日安排尚未公布|期限可能在公布后调整/);
  });
});
