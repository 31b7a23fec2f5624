import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { listApplications } from '../../src/app/applications/listApplications.ts';
import { contextFor } from '../helpers/appContext.ts';
import { APPLY_RATE_LIMIT } from '../../src/web/public/applicationRoutes.tsx';
import { APPLICATION, applyAndReadReceipt, applyOnce, clientAt, fieldError, inputValue, issuedTokenOf, WRONG_ID } from './applicationHelpers.ts';

describeEachEngine('online application form (依申请公开, citizen side)', (open) => {
  it('a valid form gives a receipt with the 受理编号 and 查询码 once, never in a URL; the page works as a plain form', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    const page = await client.get(`/agencies/${web.agencyA}/apply`);
    assert.ok(!page.body.includes('在线申请表将在后续版本提供'));
    assert.match(page.body, /<form method="post" action="\/agencies\/[^"]+\/apply#application-form"/);
    for (const label of ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '联系人', '证件类型', '统一社会信用代码', '名称、文号或者便于查询的其他特征性描述', '纸质', '电子', '邮寄', '电子邮件', '自行领取', '当场阅读']) {
      assert.ok(page.body.includes(label), label);
    }
    assert.match(page.body, /name="phone" type="tel" value="" autocomplete="tel" inputmode="tel"/);
    assert.ok(page.body.includes('href="/apply/status"'), 'the status page is linked');
    const { trackingNo, queryCode, sent, receipt } = await applyAndReadReceipt(web, client);
    assert.match(trackingNo, /^\d{8}-\d{6}$/);
    assert.match(queryCode, /^\d{8}$/);
    assert.ok(!String(sent.headers.location).includes(queryCode));
    assert.ok(receipt.body.includes('第三十一条') && receipt.body.includes('20个工作日'));
    assert.equal((await client.get('/apply/receipt')).statusCode, 404, 'the receipt is shown once');
    const staff = contextFor(web.engine);
    const rows = (await listApplications(staff, web.agencyA, {})).rows;
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.trackingNo, trackingNo);
  });

  it('a wrong ID check digit shows the message next to the field and keeps every value typed', async () => {
    const web = await buildWebTestApp(await open());
    const response = await applyOnce(web, web.client(), { ...APPLICATION, idNumber: WRONG_ID });
    assert.equal(response.statusCode, 400);
    assert.match(fieldError(response.body, 'idNumber') ?? '', /居民身份证号码不正确.*GB 11643/);
    assert.equal(inputValue(response.body, 'idNumber'), WRONG_ID);
    assert.match(response.body, /<li><a href="#idNumber">居民身份证号码不正确/, 'the summary at the top links to the field');
    for (const field of ['name', 'phone', 'address', 'email'] as const) assert.equal(inputValue(response.body, field), APPLICATION[field], field);
    assert.ok(response.body.includes(`>${APPLICATION.request}</textarea>`));
    assert.match(response.body, /id="medium-electronic" name="medium" value="electronic" checked/);
    assert.match(response.body, /id="way-email" name="way" value="email" checked/);
    const organisation = await applyOnce(web, web.client(), { ...APPLICATION, applicantType: 'commercial', idType: 'creditCode', idNumber: '91110000600037341M', contactName: '' });
    assert.match(fieldError(organisation.body, 'idNumber') ?? '', /统一社会信用代码不正确/);
    assert.equal(fieldError(organisation.body, 'contactName'), '请填写联系人姓名');
  });

  it('an empty description is refused next to its field; a 200 KB field gets a clear Chinese message, not a bare 413', async () => {
    const web = await buildWebTestApp(await open());
    const empty = await applyOnce(web, web.client(), { ...APPLICATION, request: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(fieldError(empty.body, 'request') ?? '', /^请填写所需政府信息/);
    const long = await applyOnce(web, web.client(), { ...APPLICATION, request: '医'.repeat(3001) });
    assert.match(fieldError(long.body, 'request') ?? '', /过长（最多3000字，现有3001字）/);
    const huge = await applyOnce(web, web.client(), { ...APPLICATION, request: 'x'.repeat(200 * 1024) });
    assert.equal(huge.statusCode, 413);
    assert.match(huge.body, /提交的内容太多（超过64KB）/);
    assert.match(huge.body, /<form method="post" action="\/agencies\//, 'the form is shown again');
    assert.ok(!/at .*\.ts:\d+|FST_ERR|Payload Too Large/.test(huge.body), 'no stack, no English');
    assert.equal((await listApplications(contextFor(web.engine), web.agencyA, {})).rows.length, 0);
  });

  it('refuses a filled honeypot and a too-fast or stale post, keeping the form; submits once enough time has passed', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    const trap = await applyOnce(web, client, { ...APPLICATION, homepage: 'http://spam.example' });
    assert.equal(trap.statusCode, 400);
    assert.equal(inputValue(trap.body, 'homepage'), '', 'the trap is rendered empty again');
    assert.equal(inputValue(trap.body, 'name'), APPLICATION.name);
    const stale = await applyOnce(web, client, APPLICATION, 25 * 3600);
    assert.match(stale.body, /已超过一天/);
    const forged = await client.post(`/agencies/${web.agencyA}/apply`, { ...APPLICATION, _issued: `${Date.parse(web.clock.now()) - 60_000}.${'A'.repeat(43)}` });
    assert.match(forged.body, /表单已失效/);
    assert.equal((await listApplications(contextFor(web.engine), web.agencyA, {})).rows.length, 0, 'nothing stored');
    const fast = await applyOnce(web, client, APPLICATION, 1);
    assert.equal(fast.statusCode, 400);
    assert.match(fast.body, /提交过快/);
    assert.equal(inputValue(fast.body, 'phone'), APPLICATION.phone);
    web.clock.advanceMinutes(1);
    const retry = await client.post(`/agencies/${web.agencyA}/apply`, { ...APPLICATION, _issued: issuedTokenOf(fast.body) });
    assert.equal(retry.statusCode, 303, 'the kept form goes through when sent again');
  });

  it('refuses a duplicate with the use case message and the 6th submission from one address within an hour', async () => {
    const web = await buildWebTestApp(await open());
    const client = clientAt(web, '203.0.113.7');
    await applyAndReadReceipt(web, client);
    const duplicate = await applyOnce(web, client, APPLICATION);
    assert.equal(duplicate.statusCode, 409);
    assert.match(duplicate.body, /请勿重复提交/);
    for (let i = 1; i < 5; i++) await applyAndReadReceipt(web, client, { ...APPLICATION, request: `第${i}份不同的申请：医保基金第${i}季度支出明细` });
    const flood = await applyOnce(web, client, { ...APPLICATION, request: '第六份申请：2024年度药品集中带量采购结余留用资金' });
    assert.equal(flood.statusCode, 429);
    assert.match(flood.body, /提交过于频繁/);
    assert.equal(inputValue(flood.body, 'name'), APPLICATION.name);
    const elsewhere = clientAt(web, '198.51.100.20');
    await applyAndReadReceipt(web, elsewhere, { ...APPLICATION, request: '第六份申请：2024年度药品集中带量采购结余留用资金' });
    const stored = JSON.stringify(await web.engine.db.selectFrom('application_submissions').selectAll().execute());
    assert.ok(!stored.includes('203.0.113.7') && !stored.includes('198.51.100.20'), 'the raw address is never stored');
  });

  it('puts the rate-limit plugin in front of the form per address, with a Chinese page', async () => {
    const web = await buildWebTestApp(await open());
    const client = clientAt(web, '192.0.2.99');
    const statuses: number[] = [];
    for (let i = 0; i <= APPLY_RATE_LIMIT.max; i++) statuses.push((await client.post(`/agencies/${web.agencyA}/apply`, APPLICATION, null)).statusCode);
    assert.equal(statuses[0], 403, 'no CSRF token: refused, but counted');
    assert.equal(statuses.at(-1), 429);
    const refused = await client.post(`/agencies/${web.agencyA}/apply`, APPLICATION, null);
    assert.ok(refused.body.includes('请求过于频繁'));
  });
});
