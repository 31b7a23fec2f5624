import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { fieldError, inputValue } from './applicationHelpers.ts';

const CONTACT = {
  officeName: '中卫市医疗保障局办公室',
  address: '宁夏中卫市沙坡头区鼓楼西街12号',
  postcode: '755000',
  hours: '工作日 8:30—12:00，14:30—18:00',
  phone: '0955-7012345',
  fax: '0955-7012346',
  email: 'gk@zwyb.example.cn',
  supervisionPhone: '0955-7019999',
  website: 'https://ybj.zw.example.gov.cn/zfxxgk',
};

describeEachEngine('contact details of the disclosure office (条例第十二条)', (open) => {
  it('an agency admin edits them with field errors in Chinese; the 依申请公开 page and the 指南 show them', async () => {
    const web = await buildWebTestApp(await open());
    const admin = await web.signedIn('adminA');
    assert.ok((await admin.get('/admin')).body.includes(`href="/admin/agencies/${web.agencyA}/contact"`), 'linked from 工作台');
    assert.ok(!(await (await web.signedIn('reviewerA')).get('/admin')).body.includes('/contact"'), 'not for those who may not edit it');
    const agencyPage = await admin.get(`/admin/agencies/${web.agencyA}`);
    assert.ok(agencyPage.body.includes(`href="/admin/agencies/${web.agencyA}/contact"`), 'linked from the agency admin page');
    const form = await admin.get(`/admin/agencies/${web.agencyA}/contact`);
    assert.equal(form.statusCode, 200);
    const bad = await admin.post(`/admin/agencies/${web.agencyA}/contact`, { ...CONTACT, postcode: '75500', email: 'not-an-address', website: 'ybj.zw.example' });
    assert.equal(bad.statusCode, 400);
    assert.equal(fieldError(bad.body, 'postcode'), '邮政编码应为6位数字');
    assert.equal(fieldError(bad.body, 'email'), '电子邮箱格式不正确');
    assert.equal(fieldError(bad.body, 'website'), '网站地址应以 http:// 或 https:// 开头，例如 https://ybj.example.gov.cn');
    assert.equal(inputValue(bad.body, 'address'), CONTACT.address, 'typed values are kept');
    const saved = await admin.post(`/admin/agencies/${web.agencyA}/contact`, CONTACT);
    assert.equal(saved.statusCode, 303);
    assert.ok((await admin.get(String(saved.headers.location))).body.includes('联系方式已保存'));
    await admin.post(`/admin/agencies/${web.agencyA}/contact`, { ...CONTACT, phone: '0955-7012399' });
    const audit = (await admin.get('/admin/audit?action=agency.contact_updated')).body;
    assert.ok(audit.includes('修改单位联系方式') && audit.includes('0955-7012399'), 'the audit page names the action and shows the change');
    assert.ok(!audit.includes('其他信息'), 'the second save shows the changed phone only, no unnamed field (the old save time)');
    await admin.post(`/admin/agencies/${web.agencyA}/contact`, CONTACT);
    const visitor = web.client();
    for (const path of ['apply', 'guide']) {
      const page = await visitor.get(`/agencies/${web.agencyA}/${path}`);
      for (const value of Object.values(CONTACT).filter((v) => path === 'guide' || v !== CONTACT.supervisionPhone)) assert.ok(page.body.includes(value), `${path}: ${value}`);
      assert.ok(page.body.includes('href="tel:09557012345"'), `${path}: the phone is a tel: link`);
      assert.ok(page.body.includes(`href="${CONTACT.website}"`), `${path}: the website is a link`);
    }
  });

  it('falls back to the catalog preamble per field, and keeps other agencies and visitors out', async () => {
    const web = await buildWebTestApp(await open());
    const dawukou = await loadCatalog(contextFor(web.engine, undefined, web.clock), goldenCatalog('004_10e874960aa90f81'), { publish: true });
    const before = await web.client().get(`/agencies/${dawukou.agencyId}/apply`);
    assert.ok(before.body.includes('0952—2171166') && before.body.includes('朝阳西街99号'), 'the preamble facts');
    assert.ok(before.body.includes('尚未填写'), 'what neither states is marked missing');
    const sysadmin = await web.signedIn('sysadmin');
    const prefilled = await sysadmin.get(`/admin/agencies/${dawukou.agencyId}/contact`);
    assert.equal(inputValue(prefilled.body, 'phone'), '0952—2171166', 'the form starts from the preamble');
    await sysadmin.post(`/admin/agencies/${dawukou.agencyId}/contact`, { fax: '0952-2171167', email: 'dwk@example.cn' });
    const after = await web.client().get(`/agencies/${dawukou.agencyId}/guide`);
    for (const value of ['0952-2171167', 'dwk@example.cn', '0952—2171166', '朝阳西街99号']) assert.ok(after.body.includes(value), value);

    const editorB = await web.signedIn('editorB');
    assert.equal((await editorB.get(`/admin/agencies/${web.agencyA}/contact`)).statusCode, 403);
    assert.equal((await editorB.post(`/admin/agencies/${web.agencyA}/contact`, CONTACT)).statusCode, 403);
    const supervisor = await web.signedIn('supervisor');
    assert.equal((await supervisor.get(`/admin/agencies/${web.agencyA}/contact`)).statusCode, 403);
    const anonymous = web.client();
    assert.equal((await anonymous.get(`/admin/agencies/${web.agencyA}/contact`)).statusCode, 303);
    const editorA = await web.signedIn('editorA');
    assert.equal((await editorA.post(`/admin/agencies/${web.agencyA}/contact`, CONTACT, 'forged-token')).statusCode, 403, 'CSRF');
    assert.ok(!(await web.client().get(`/agencies/${web.agencyA}/apply`)).body.includes(CONTACT.address), 'nothing was saved by B, the supervisor or a forged post');
  });
});
