import assert from 'node:assert/strict';
import { it } from 'node:test';
import { listApplications } from '../../src/app/applications/listApplications.ts';
import { recordApplicationEvent } from '../../src/app/applications/recordApplicationEvent.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';
import { COMPANY, contextAs, PERSON, registered, submittedOnline, trackingNumbersOf } from './applicationsFixture.ts';

/** Today is 2026-03-02 (the web test clock): one overdue, one fresh, one closed, one company, one online. */
async function seed(web: WebTestApp) {
  const overdue = await registered(web, { ...PERSON, name: '王五', request: '2025年第四季度财政预算执行情况' }, { channel: 'inPerson', on: '2026-01-05' });
  const fresh = await registered(web, PERSON, { channel: 'inPerson', on: '2026-03-02' }, 'TZ-2026-007');
  const company = await registered(web, COMPANY, { channel: 'fax', on: '2026-02-26' });
  const closed = await registered(web, { ...PERSON, name: '赵六', request: '某路段道路改造项目批复文件' }, { channel: 'post', on: '2026-02-10', signedFor: true });
  await recordApplicationEvent(await contextAs(web, 'editorA'), closed.id, { type: 'answered', on: '2026-02-27', outcome: 'unavailable.notHeld' });
  const online = await submittedOnline(web, { ...PERSON, name: '孙七', request: '本镇2025年低保名单公示情况' });
  return { overdue, fresh, company, closed, online };
}

describeEachEngine('依申请公开 register (back office)', (open) => {
  it('filters by stage, due within N working days, overdue, applicant type and outcome, and searches by number, 台账编号 and name', async () => {
    const web = await buildWebTestApp(await open());
    const s = await seed(web);
    const editor = await web.signedIn('editorA');
    const rows = async (query: string) => {
      const page = await editor.get(`/admin/applications${query}`);
      assert.equal(page.statusCode, 200, page.body.slice(0, 500));
      return trackingNumbersOf(page.body).sort();
    };
    const sorted = (...xs: { trackingNo: string }[]) => xs.map((x) => x.trackingNo).sort();
    assert.deepEqual(await rows(''), sorted(s.overdue, s.fresh, s.company, s.closed, { trackingNo: s.online.trackingNo }));
    assert.deepEqual(await rows('?status=unconfirmed'), [s.online.trackingNo]);
    assert.deepEqual(await rows('?status=closed'), sorted(s.closed));
    assert.deepEqual(await rows('?overdue=1'), sorted(s.overdue));
    assert.deepEqual(await rows('?dueWithin=3'), sorted(s.overdue), 'due within 3 working days counts the overdue one, not the fresh one');
    assert.deepEqual(await rows('?dueWithin=25'), sorted(s.overdue, s.fresh, s.company));
    assert.deepEqual(await rows('?applicantType=commercial'), sorted(s.company));
    assert.deepEqual(await rows('?outcome=unavailable.notHeld'), sorted(s.closed));
    assert.deepEqual(await rows(`?q=${s.fresh.trackingNo}`), sorted(s.fresh));
    assert.deepEqual(await rows('?q=TZ-2026-007'), sorted(s.fresh));
    assert.deepEqual(await rows(`?q=${encodeURIComponent('王五')}`), sorted(s.overdue));
    assert.deepEqual(await rows('?q=nobody&status=open'), []);

    const page = (await editor.get('/admin/applications')).body;
    assert.match(page, /王五/, 'staff see the applicant column');
    assert.match(page, new RegExp(`${s.overdue.trackingNo}[\\s\\S]*?due-overdue`), 'the overdue due date is marked');
    const ctx = await contextAs(web, 'editorA');
    const listed = await listApplications(ctx, web.agencyA, {});
    for (const row of listed.rows.filter((r) => r.dueOn)) assert.ok(page.includes(row.dueOn!), `due date ${row.dueOn} shown`);
  });

  it('pages through the register and keeps the filters in the pager links', async () => {
    const web = await buildWebTestApp(await open());
    for (let i = 0; i < 32; i++) await registered(web, { ...PERSON, request: `第${i + 1}项不同的申请内容` }, { channel: 'inPerson', on: '2026-03-02' });
    const editor = await web.signedIn('editorA');
    const first = await editor.get('/admin/applications?status=processing');
    assert.equal(trackingNumbersOf(first.body).length, 30);
    assert.match(first.body, /第 1 \/ 2 页（共 32 条）/);
    assert.match(first.body, /href="\/admin\/applications\?agency=[^"]*status=processing&amp;page=2"/);
    const second = await editor.get(`/admin/applications?agency=${web.agencyA}&status=processing&page=2`);
    assert.equal(trackingNumbersOf(second.body).length, 2);
  });

  it('keeps agency B out of A (403), gives supervisors counts only, and a system admin an agency selector', async () => {
    const web = await buildWebTestApp(await open());
    const s = await seed(web);
    const other = await web.signedIn('editorB');
    assert.equal((await other.get(`/admin/applications?agency=${web.agencyA}`)).statusCode, 403);
    assert.equal((await other.get(`/admin/applications/${s.fresh.id}`)).statusCode, 403);
    const own = await other.get('/admin/applications');
    assert.equal(own.statusCode, 200);
    assert.deepEqual(trackingNumbersOf(own.body), [], 'B sees its own, empty register');
    assert.equal((await other.post(`/admin/applications/${s.fresh.id}/events/withdrawn`, { on: '2026-03-02' })).statusCode, 403);
    assert.equal((await other.post(`/admin/applications/${s.online.applicationId}/confirm`, { on: '2026-03-02' })).statusCode, 403);

    const supervisor = await web.signedIn('supervisor');
    const redirect = await supervisor.get('/admin/applications');
    assert.equal(redirect.statusCode, 303);
    assert.equal(redirect.headers.location, '/admin/applications/overview');
    const overview = await supervisor.get('/admin/applications/overview');
    assert.equal(overview.statusCode, 200);
    for (const personal of ['张三', '王五', '孙七', '某某科技有限公司', '医保基金', s.fresh.trackingNo]) assert.ok(!overview.body.includes(personal), personal);
    assert.match(overview.body, /<td>1<\/td>/, 'one awaiting confirmation');
    assert.equal((await supervisor.get(`/admin/applications/${s.fresh.id}`)).statusCode, 403);
    assert.equal((await supervisor.get(`/admin/applications?agency=${web.agencyA}`)).statusCode, 403);
    assert.equal((await supervisor.post(`/admin/applications/${s.fresh.id}/events/withdrawn`, { on: '2026-03-02' })).statusCode, 403);

    const admin = await web.signedIn('sysadmin');
    const adminPage = await admin.get(`/admin/applications?agency=${web.agencyB}`);
    assert.match(adminPage.body, /<select id="agency" name="agency"/);
    assert.deepEqual(trackingNumbersOf(adminPage.body), []);
    assert.equal(trackingNumbersOf((await admin.get(`/admin/applications?agency=${web.agencyA}`)).body).length, 5);
  });

  it('shows the dashboard block: awaiting confirmation, due within 3 working days, overdue', async () => {
    const web = await buildWebTestApp(await open());
    await seed(web);
    web.clock.advanceMinutes(60 * 24 * 23);
    const editor = await web.signedIn('editorA');
    const dashboard = await editor.get('/admin');
    assert.match(dashboard.body, /<a href="\/admin\/applications">依申请公开<\/a>/);
    const count = (label: string) => Number(new RegExp(`<strong>(\\d+)</strong> ${label}`).exec(dashboard.body)?.[1]);
    assert.equal(count('件待确认收到'), 1);
    assert.equal(count('件已逾期'), 1, '2026-03-25: the January one is past due');
    assert.equal(count('件即将到期'), 2, 'due by 30 March: the fax of 26 February (26 March) and the one of 2 March (30 March)');
    const supervisor = await web.signedIn('supervisor');
    assert.match((await supervisor.get('/admin')).body, /href="\/admin\/applications\/overview">依申请公开<\/a>/);
  });
});
