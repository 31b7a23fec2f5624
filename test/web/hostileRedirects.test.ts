import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { contextFor } from '../helpers/appContext.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { safeNextPath } from '../../src/web/shared/errors.ts';
import { safeLocation } from '../../src/web/shared/headerGuard.ts';
import { draftDocument } from './documentsFixture.ts';
import { HOSTILE_QUERIES } from '../search/hostileQueries.ts';
import { HEADER_BREAKING_NEXT, isSameSitePath, OFF_SITE_NEXT } from './hostileUrls.ts';
import { cookiesFrom, listen, rawRequest, signInOverHttp } from './realHttp.ts';

const HOSTILE_NEXT = [...HEADER_BREAKING_NEXT, ...OFF_SITE_NEXT];

/** Every answer to a hostile next= is a redirect to a path on this site that Node could write. */
function assertStaysOnSite(response: { status: number; headers: Record<string, unknown> }, what: string): void {
  assert.equal(response.status, 303, what);
  assert.ok(isSameSitePath(response.headers.location), `${what}: Location ${JSON.stringify(response.headers.location)}`);
}

describeEachEngine('hostile redirect targets (real server)', (open) => {
  it('keeps serving after every hostile next= on /display and /login, anonymous and signed in, and never leaves the site', async (t) => {
    const web = await buildWebTestApp(await open());
    const base = await listen(web);
    t.after(() => web.app.close());
    const anonymous = cookiesFrom(await rawRequest(base, '/login'));
    const signedIn = await signInOverHttp(base, 'editorA');
    for (const next of HOSTILE_NEXT) {
      for (const [who, cookie] of [['anonymous', anonymous], ['signed in', signedIn]] as const) {
        assertStaysOnSite(await rawRequest(base, `/display?mode=large&next=${next}`, { cookie }), `/display ${who} ${next}`);
      }
      assertStaysOnSite(await rawRequest(base, `/login?next=${next}`, { cookie: signedIn }), `/login signed in ${next}`);
      const page = await rawRequest(base, `/login?next=${next}`, { cookie: anonymous });
      assert.equal(page.status, 200, `/login anonymous ${next}`);
    }
    assert.equal((await rawRequest(base, '/')).status, 200, 'the server still answers');
    assert.equal((await rawRequest(base, '/display?mode=large&next=/%E4%B8%AD')).headers.location, '/%E4%B8%AD', 'non-ASCII paths are kept, percent-encoded');
  });

  it('follows the display switch of a search page for every hostile query and stays on the site', async (t) => {
    const web = await buildWebTestApp(await open());
    const base = await listen(web);
    t.after(() => web.app.close());
    for (const query of HOSTILE_QUERIES) {
      const page = await rawRequest(base, `/search?q=${encodeURIComponent(query)}`);
      assert.equal(page.status, 200, JSON.stringify(query));
      const href = /class="display-switch" href="([^"]+)"/.exec(page.body)?.[1];
      assert.ok(href, 'the page has a display switch');
      const switched = await rawRequest(base, href.replaceAll('&amp;', '&'));
      assertStaysOnSite(switched, `switch from search ${JSON.stringify(query)}`);
    }
    assert.equal((await rawRequest(base, '/')).status, 200, 'the server still answers');
  });

  it('keeps serving when a reviewer opens a draft whose body points an <img> at a hostile redirect', async (t) => {
    const web = await buildWebTestApp(await open());
    const base = await listen(web);
    t.after(() => web.app.close());
    const documentId = await draftDocument(web, { title: '含恶意图片的草稿', bodyHtml: '<p>正文</p><img src="/display?mode=large&amp;next=/%0aX" alt="图">' });
    await submitDocument(contextFor(web.engine, undefined, web.clock), { documentId });
    const reviewer = await signInOverHttp(base, 'reviewerA');
    const page = await rawRequest(base, `/admin/documents/${documentId}`, { cookie: reviewer });
    assert.equal(page.status, 200);
    const src = /<img src="([^"]*display[^"]*)"/.exec(page.body)?.[1];
    assert.ok(src, 'the image survives sanitising, so the browser will fetch it');
    const image = await rawRequest(base, src.replaceAll('&amp;', '&'), { cookie: reviewer });
    assertStaysOnSite(image, 'the image request');
    assert.equal((await rawRequest(base, `/admin/documents/${documentId}`, { cookie: reviewer })).status, 200, 'the server still answers');
  });
});

describe('redirect helpers', () => {
  it('accepts only same-site paths and encodes what Node would refuse', () => {
    for (const next of HOSTILE_NEXT) {
      const decoded = (() => { try { return decodeURIComponent(next); } catch { return next; } })();
      const safe = safeNextPath(decoded);
      assert.ok(safe === null || isSameSitePath(safe), `${next} → ${String(safe)}`);
    }
    assert.equal(safeNextPath('/admin/audit?page=2'), '/admin/audit?page=2');
    assert.equal(safeNextPath('/search?q=http://a.example'), '/search?q=http://a.example', 'a // in the query is harmless');
    assert.equal(safeLocation('/文件?x=1'), '/%E6%96%87%E4%BB%B6?x=1');
    assert.equal(safeLocation('/a\nb'), '/');
  });
});
