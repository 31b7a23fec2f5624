import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { NOTICE_2027_SAMPLE } from '../calendar/noticeTexts.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';
import { recordDeadline } from '../../src/app/calendar/recordDeadline.ts';
import { listAuditEvents } from '../../src/app/audit/listAuditEvents.ts';
import { listCalendarDays } from '../../src/storage/repositories/calendar.repository.ts';

function setToday(web: WebTestApp, date: string): void {
  web.clock.advanceMinutes((Date.parse(`${date}T02:00:00.000Z`) - Date.parse(web.clock.now())) / 60_000);
}

const fieldError = (body: string, field: string) => new RegExp(`<p id="${field}-error" class="field-error">([^<]+)</p>`).exec(body)?.[1];

describeEachEngine('工作日历 in the back office', (open) => {
  it('is for system admins only', async () => {
    const web = await buildWebTestApp(await open());
    for (const user of ['editorA', 'adminA', 'supervisor'] as const) {
      const client = await web.signedIn(user);
      assert.equal((await client.get('/admin/calendar')).statusCode, 403, user);
      await client.get('/admin');
      assert.equal((await client.post('/admin/calendar/notice', { text: NOTICE_2027_SAMPLE, confirm: '1' })).statusCode, 403, user);
      assert.equal((await client.post('/admin/calendar/day', { date: '2026-10-09', kind: 'off', name: '国庆节' })).statusCode, 403, user);
    }
    assert.equal((await listCalendarDays(web.engine.db, 2027)).length, 0);
    const admin = await web.signedIn('sysadmin');
    assert.match((await admin.get('/admin')).body, /href="\/admin\/calendar"/);
    const page = await admin.get('/admin/calendar?year=2026');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<a href="\/admin\/calendar\?year=2026" aria-current="page">2026年<\/a>/);
    assert.match(page.body, /2026-02-14<\/td><td>周六<\/td><td><span class="day-kind day-kind-makeup_workday">调休上班<\/span><\/td><td>春节/);
    assert.match(page.body, /来源：/);
  });

  it('previews a pasted notice, saves it on confirmation and reports the deadlines it moved; warns from 1 November while next year is missing', async () => {
    const web = await buildWebTestApp(await open());
    setToday(web, '2026-11-05');
    await recordDeadline(contextFor(web.engine, undefined, web.clock), {
      subjectType: 'test', subjectId: 'd1', label: '测试期限', rule: { amount: 20, unit: 'working_day', trigger: 'formed_or_changed' }, startDate: '2027-01-25',
    });
    const admin = await web.signedIn('sysadmin');
    const page = await admin.get('/admin/calendar');
    assert.match(page.body, /<strong>请导入节假日安排：<\/strong>2027年的调休安排尚未公布/);

    const preview = await admin.post('/admin/calendar/notice', { text: NOTICE_2027_SAMPLE });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /预览：国务院办公厅关于2027年部分节假日安排的通知/);
    assert.match(preview.body, /<th scope="row" class="nowrap">春节<\/th><td><span class="nowrap">2027-02-05<\/span> 至 <span class="nowrap">2027-02-12<\/span><\/td><td>8<\/td>/);
    assert.match(preview.body, /2027年尚未导入，将新增：新增 13 天，删除 0 天，更改 0 天/);
    assert.equal((await listCalendarDays(web.engine.db, 2027)).length, 0, 'a preview saves nothing');

    const saved = await admin.post('/admin/calendar/notice', { text: NOTICE_2027_SAMPLE, noticeSource: '', noticeYear: '', confirm: '1' });
    assert.equal(saved.statusCode, 200);
    assert.match(saved.body, /已保存2027年节假日安排（13 天）/);
    assert.match(saved.body, /重算已存期限：检查 1 个期限，1 个截止日期变动（1 个推迟 \d+ 天），1 个由暂定转为确定/);
    // Over 春节 2027 (除夕 02-05 Fri, 初一 02-06): the law alone gives 02-05 and 02-08 off, so 20 working days after
    // 2027-01-25 end on 02-24 (01-26…29, 02-01…04, 02-09…12, 02-15…19, 02-22…24); the sample notice adds 02-09…12 off
    // and the 调休上班 days 01-31 and 02-20 (01-26…29, 01-31, 02-01…04, 02-15…19, 02-20, 02-22…26): 02-26, two days later.
    assert.match(saved.body, /测试期限：2027-02-24（暂定） → 2027-02-26（推迟 2 天/);
    assert.doesNotMatch(saved.body, /请导入节假日安排/);
    assert.equal((await listCalendarDays(web.engine.db, 2027)).length, 13);
    const { events } = await listAuditEvents(contextFor(web.engine, undefined, web.clock), { limit: 5 });
    assert.ok(events.some((e) => e.action === 'calendar.notice_imported' && e.actorName === '系统管理员'));
  });

  it('refuses an unreadable notice next to the text field, keeping the text; and enforces CSRF', async () => {
    const web = await buildWebTestApp(await open());
    const admin = await web.signedIn('sysadmin');
    await admin.get('/admin/calendar');
    const bad = await admin.post('/admin/calendar/notice', { text: '国务院办公厅关于2027年部分节假日安排的通知\n元旦放假' });
    assert.equal(bad.statusCode, 400);
    assert.match(fieldError(bad.body, 'text') ?? '', /节假日通知无法识别/);
    assert.match(bad.body, /元旦放假<\/textarea>/);
    const forged = await admin.post('/admin/calendar/notice', { text: NOTICE_2027_SAMPLE, confirm: '1' }, null);
    assert.equal(forged.statusCode, 403);
    assert.match(forged.body, /请求已失效/);
    assert.equal((await listCalendarDays(web.engine.db, 2027)).length, 0);
  });

  it('sets and clears a single day with its summary; bad input comes back next to the field', async () => {
    const web = await buildWebTestApp(await open());
    const admin = await web.signedIn('sysadmin');
    await admin.get('/admin/calendar');
    const bad = await admin.post('/admin/calendar/day', { date: '2026-13-40', kind: 'off', name: '国庆节' });
    assert.equal(bad.statusCode, 400);
    assert.match(fieldError(bad.body, 'date') ?? '', /日期格式错误/);
    assert.match(bad.body, /value="2026-13-40"/);
    const noName = await admin.post('/admin/calendar/day', { date: '2026-10-09', kind: 'off', name: '' });
    assert.equal(fieldError(noName.body, 'name'), '请填写节日名称');

    const set = await admin.post('/admin/calendar/day', { date: '2026-10-09', kind: 'off', name: '国庆节', daySource: '' });
    assert.equal(set.statusCode, 200);
    assert.match(set.body, /2026-10-09 已设为放假（国庆节）/);
    assert.match(set.body, /重算已存期限：检查 0 个期限，0 个截止日期变动/);
    assert.equal((await listCalendarDays(web.engine.db, 2026)).find((d) => d.date === '2026-10-09')?.kind, 'off');
    const cleared = await admin.post('/admin/calendar/day', { date: '2026-10-09', kind: 'clear', name: '' });
    assert.match(cleared.body, /2026-10-09 已恢复为按周一至周五计算/);
    assert.equal((await listCalendarDays(web.engine.db, 2026)).find((d) => d.date === '2026-10-09'), undefined);
  });
});
