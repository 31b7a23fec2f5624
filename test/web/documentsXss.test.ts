import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { createViaForm, documentForm, itemId, passWorkflow } from './documentsFixture.ts';

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "'><svg onload=alert(3)>", '</textarea><script>alert(4)</script>', 'javascript:alert(5)'];
const TEXT_FIELDS = ['title', 'publisher', 'documentNumber', 'subjectCategory', 'genre', 'keywords', 'summary', 'source'] as const;

function assertInert(html: string, where: string): void {
  assert.ok(!/<script>alert/i.test(html), `${where}: raw <script>`);
  assert.ok(!/<img src=x onerror/i.test(html), `${where}: raw <img onerror>`);
  assert.ok(!/<svg onload/i.test(html), `${where}: raw <svg onload>`);
  assert.ok(!/href="javascript:/i.test(html), `${where}: javascript: link`);
}

describeEachEngine('document pages escape every field', (open) => {
  it('renders hostile text in every form field escaped on admin and public pages', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const item = await itemId(web, '规范性文件');
    for (const [n, payload] of PAYLOADS.entries()) {
      const fields = Object.fromEntries(TEXT_FIELDS.map((f) => [f, `${f === 'keywords' ? 'k' : f}${n}${payload}`.slice(0, f === 'keywords' ? 28 : 90)]));
      const body = `<p>正文${n}</p>${payload}<a href="javascript:alert(6)">链接</a><img src="x" onerror="alert(7)">`;
      const id = await createViaForm(web, editor, documentForm(item, { ...fields, internalNote: payload, bodyHtml: body }));
      const admin = await editor.get(`/admin/documents/${id}`);
      assertInert(admin.body, `admin page ${n}`);
      assert.ok(admin.body.includes('&lt;') || admin.body.includes('&quot;') || payload.startsWith('javascript'), `admin page ${n} shows the text escaped`);
      assertInert((await editor.get(`/admin/documents/${id}/edit`)).body, `edit form ${n}`);
      assertInert((await editor.get(`/admin/agencies/${web.agencyA}/documents`)).body, `admin list ${n}`);
      await passWorkflow(web, id);
      const visitor = web.client();
      for (const url of [`/documents/${id}`, `/search?q=${encodeURIComponent(`title${n}`)}`, `/agencies/${web.agencyA}/content`]) {
        const response = await visitor.get(url);
        assert.equal(response.statusCode, 200, url);
        assertInert(response.body, url);
      }
      const api = await visitor.get(`/api/v1/documents/${id}`);
      assert.match(String(api.headers['content-type']), /^application\/json/, 'the API is data, served as JSON');
      const page = (await visitor.get(`/documents/${id}`)).body;
      assert.ok(page.includes(`正文${n}`));
      assert.ok(!/<[^>]*\sonerror=/i.test(page), 'the body lost its event handlers');
      const feed = (await visitor.get(`/agencies/${web.agencyA}/feed.xml`)).body;
      assertInert(feed, 'feed');
    }
  });
});
