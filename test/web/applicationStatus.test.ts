import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { contextFor } from '../helpers/appContext.ts';
import { listApplications } from '../../src/app/applications/listApplications.ts';
import { confirmReceipt } from '../../src/app/applications/confirmReceipt.ts';
import { registerSentLettersSource } from '../../src/app/applications/getApplicationStatus.ts';
import { STATUS_RATE_LIMIT } from '../../src/web/public/applicationRoutes.tsx';
import { APPLICATION, applyAndReadReceipt, clientAt, VALID_ID } from './applicationHelpers.ts';

/** The page without what legitimately differs between two answers: the CSRF token and the echoed number. */
const comparable = (html: string, typed: string) => html.replace(/name="_csrf" value="[^"]+"/, '').replaceAll(typed, '#');

describeEachEngine('application status page (受理编号 + 查询码)', (open) => {
  it('shows the stage, dates and history for the right code, and nothing personal', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    const { trackingNo, queryCode } = await applyAndReadReceipt(web, client);
    await client.get('/apply/status');
    const before = await client.post('/apply/status', { trackingNo, queryCode });
    assert.equal(before.statusCode, 200);
    assert.ok(before.body.includes('已提交，待确认收到'));
    assert.ok(before.body.includes('待工作人员确认'));
    const [row] = (await listApplications(contextFor(web.engine), web.agencyA, {})).rows;
    await confirmReceipt(contextFor(web.engine), row!.id, web.clock.today());
    const spaced = `${trackingNo.replace('-', ' ')}`;
    const after = await client.post('/apply/status', { trackingNo: spaced, queryCode: ` ${queryCode} ` });
    assert.equal(after.statusCode, 200, 'spaces and a missing hyphen are forgiven');
    for (const text of ['办理中', '收到申请日期', '答复期限', '2026-03-30', '网上提交申请', '本机关收到申请', '已发出的文书']) assert.ok(after.body.includes(text), text);
    for (const personal of [APPLICATION.name, VALID_ID, APPLICATION.phone, APPLICATION.email, APPLICATION.request, APPLICATION.address, queryCode]) {
      assert.ok(!after.body.includes(personal), `no ${personal} on the status page`);
    }
  });

  it('says a provisional due date has the law\'s holidays deducted and awaits only the 调休 arrangement', async () => {
    const web = await buildWebTestApp(await open());
    web.clock.advanceMinutes(60 * 24 * 300);
    const client = web.client();
    const { trackingNo, queryCode } = await applyAndReadReceipt(web, client);
    const ctx = contextFor(web.engine, undefined, web.clock);
    const [row] = (await listApplications(ctx, web.agencyA, {})).rows;
    await confirmReceipt(ctx, row!.id, web.clock.today());
    const page = (await client.post('/apply/status', { trackingNo, queryCode })).body;
    assert.match(page, /【暂定】答复期限已按《全国年节及纪念日放假办法》扣除法定节假日，所在年份的调休安排尚未公布，公布后可能调整。/);
    assert.doesNotMatch(page, /节假日安排尚未公布/);
  });

  it('lists the letters sent (title, number, date) from the letters module, each with a download form that never repeats the 查询码', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    const { trackingNo, queryCode } = await applyAndReadReceipt(web, client);
    registerSentLettersSource(async () => [{ id: 'letter-1', title: '政府信息公开申请补正告知书', number: '中医保依申〔2026〕3号', sentOn: '2026-03-04' }]);
    try {
      await client.get('/apply/status');
      const page = await client.post('/apply/status', { trackingNo, queryCode });
      assert.ok(page.body.includes('政府信息公开申请补正告知书（中医保依申〔2026〕3号）'));
      assert.ok(page.body.includes('2026-03-04发出'));
      assert.ok(page.body.includes('action="/apply/status/letters/letter-1"'), 'a 下载 PDF form per letter');
      assert.ok(!page.body.includes(queryCode), 'the form carries a short-lived token, not the 查询码');
    } finally {
      registerSentLettersSource(async () => []);
    }
  });

  it('gives the same answer for a wrong code and an unknown number; asks for both when one is empty', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    const { trackingNo, queryCode } = await applyAndReadReceipt(web, client);
    await client.get('/apply/status');
    const wrongCode = await client.post('/apply/status', { trackingNo, queryCode: queryCode === '00000000' ? '11111111' : '00000000' });
    const unknown = '20260302-000000' === trackingNo ? '20260302-000001' : '20260302-000000';
    const unknownNumber = await client.post('/apply/status', { trackingNo: unknown, queryCode });
    assert.equal(wrongCode.statusCode, unknownNumber.statusCode);
    assert.equal(comparable(wrongCode.body, trackingNo), comparable(unknownNumber.body, unknown));
    assert.ok(wrongCode.body.includes('未查到该申请：请核对受理编号和查询码'));
    assert.ok(!wrongCode.body.includes('办理中') && !wrongCode.body.includes('待确认收到'));
    const empty = await client.post('/apply/status', { trackingNo, queryCode: '' });
    assert.equal(empty.statusCode, 400);
    assert.ok(empty.body.includes('请填写受理编号和查询码'));
  });

  it('keeps the query code and the applicant out of the request log', async () => {
    const lines: string[] = [];
    const web = await buildWebTestApp(await open(), { logLevel: 'info', logDestination: { write: (line) => lines.push(line) } });
    const client = web.client();
    const { trackingNo, queryCode } = await applyAndReadReceipt(web, client);
    await client.get('/apply/status');
    await client.post('/apply/status', { trackingNo, queryCode });
    assert.ok(lines.some((line) => line.includes('/apply/status')), 'requests are logged');
    for (const secret of [queryCode, APPLICATION.name, VALID_ID, APPLICATION.phone, APPLICATION.request]) assert.ok(!lines.join('\n').includes(secret), secret);
  });

  it('limits lookups per address (the rate-limit plugin), with a Chinese page', async () => {
    const web = await buildWebTestApp(await open());
    const client = clientAt(web, '192.0.2.44');
    await client.get('/apply/status');
    let last = 0;
    for (let i = 0; i <= STATUS_RATE_LIMIT.max; i++) last = (await client.post('/apply/status', { trackingNo: '20260302-123456', queryCode: '12345678' })).statusCode;
    assert.equal(last, 429);
    const refused = await client.post('/apply/status', { trackingNo: '20260302-123456', queryCode: '12345678' });
    assert.ok(refused.body.includes('请求过于频繁'));
    const other = clientAt(web, '192.0.2.45');
    await other.get('/apply/status');
    assert.equal((await other.post('/apply/status', { trackingNo: '20260302-123456', queryCode: '12345678' })).statusCode, 404);
  });
});
