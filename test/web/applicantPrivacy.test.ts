import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';
import { publishDocument } from './documentsFixture.ts';
import { markersOf, seedPrivateApplications, THIRD_PARTY } from './privacySeed.ts';
import { emptyScan, scanPosts, scanQueries, scanUrls } from './privacyScan.ts';
import { isAdminPath, isPublicPath, registeredRoutes, urlsFor, type ParameterValues } from './routeList.ts';
import { ANONYMOUS_ACTOR } from '../../src/app/accounts/getActor.ts';
import { getApplicationStatus } from '../../src/app/applications/getApplicationStatus.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { listRegions } from '../../src/storage/repositories/region.repository.ts';
import type { Engine } from '../../src/storage/database.ts';

/** A world with a published document and the seeded applications, and the ids to fill routes with. */
async function world(engine: Engine) {
  const t = await buildWebTestApp(engine);
  const publishedId = await publishDocument(t, { title: '关于医保基金使用情况的通知' });
  const seeded = await seedPrivateApplications(t);
  const items = async (agencyId: string) => ((await getPublishedCatalog(engine.db, agencyId))?.items ?? []).slice(0, 2).map((i) => i.id);
  const catalogs = await Promise.all([t.agencyA, t.agencyB].map((id) => getPublishedCatalog(engine.db, id)));
  const users = await engine.db.selectFrom('users').select('id').execute();
  const applicationIds = [...seeded.idsA, ...seeded.idsB];
  const values: ParameterValues = {
    byName: {
      agencyId: [t.agencyA, t.agencyB],
      itemId: [...(await items(t.agencyA)), ...(await items(t.agencyB))],
      documentId: [publishedId, seeded.draftId],
      regionId: (await listRegions(engine.db)).map((r) => r.id),
      format: ['xlsx', 'docx', 'pdf', 'csv', 'json'],
      versionId: catalogs.map((c) => c!.version.id),
      userId: users.map((u) => u.id),
      applicationId: applicationIds,
    },
    fallback: [...applicationIds, ...seeded.trackingNos, 'unknown'],
  };
  return { t, seeded, values, markersA: markersOf(seeded.a), markersB: markersOf(seeded.b) };
}

const getUrls = (t: WebTestApp, values: ParameterValues, keep: (path: string) => boolean) =>
  registeredRoutes(t.app).filter((r) => keep(r.path) && r.methods.includes('GET')).flatMap((r) => urlsFor(r.path, values));

describeEachEngine('applicants\u2019 personal data stays on the staff pages of their agency (条例第四十五条；《个人信息保护法》)', (open) => {
  it('no public route — pages, feeds, /api/v1, the sitemap, search, the tracking lookup — carries any of it', async () => {
    const { t, seeded, values, markersA, markersB } = await world(await open());
    const markers = [...markersA, ...markersB, THIRD_PARTY];
    const routes = registeredRoutes(t.app).filter((r) => isPublicPath(r.path));
    const paths = routes.map((r) => r.path);
    for (const expected of ['/search', '/sitemap.xml', '/agencies/:agencyId/feed.xml', '/api/v1/documents', '/documents/:documentId']) assert.ok(paths.includes(expected), `route list lacks ${expected}`);
    const lookup = `trackingNo=${seeded.lookup.trackingNo}&queryCode=${seeded.lookup.queryCode}&no=${seeded.lookup.trackingNo}&code=${seeded.lookup.queryCode}`;
    const urls = getUrls(t, values, isPublicPath);
    for (const client of [t.client(), await t.signedIn('editorA')]) {
      const scan = await scanUrls(client, [...urls, ...urls.map((u) => `${u}?${lookup}`)], markers, emptyScan());
      for (const url of urls.filter((u) => /search|^\/api\//.test(u))) await scanQueries(client, url, markers, scan);
      const posts = routes.filter((r) => r.methods.includes('POST') && !['/login', '/logout'].includes(r.path)).flatMap((r) => urlsFor(r.path, values));
      await scanPosts(client, posts, { ...seeded.lookup, no: seeded.lookup.trackingNo, code: seeded.lookup.queryCode }, markers, scan);
      assert.deepEqual(scan.leaks, [], `${scan.requests} requests`);
      assert.ok(scan.requests > 100 && (scan.statuses.get(200) ?? 0) > 40, `the scan reached real pages: ${JSON.stringify([...scan.statuses])}`);
    }
    const status = await getApplicationStatus(contextFor(t.engine, ANONYMOUS_ACTOR, t.clock), seeded.lookup.trackingNo, seeded.lookup.queryCode);
    assert.ok(!markers.some((m) => JSON.stringify(status).toLowerCase().includes(m)), 'the status lookup answers without personal data');
  });

  it('a region supervisor sees none of it; agency B\u2019s staff see none of A\u2019s; the scan does see what staff may', async () => {
    const { t, seeded, values, markersA, markersB } = await world(await open());
    const urls = getUrls(t, values, isAdminPath).flatMap((u) => [u, `${u}?agencyId=${t.agencyA}`, `${u}?agencyId=${t.agencyB}`]);
    const supervisor = await t.signedIn('supervisor');
    const bySupervisor = await scanUrls(supervisor, urls, [...markersA, ...markersB, THIRD_PARTY], emptyScan());
    assert.deepEqual(bySupervisor.leaks, [], `${bySupervisor.requests} requests as supervisor`);
    assert.equal((await supervisor.get(`/admin/applications/${seeded.idsA[1]}/casefile.pdf`)).statusCode, 403);
    const staffB = await t.signedIn('editorB');
    const byB = await scanUrls(staffB, urls, [...markersA, THIRD_PARTY], emptyScan());
    assert.deepEqual(byB.leaks, [], `${byB.requests} requests as agency B`);
    assert.equal((await staffB.get(`/admin/applications/${seeded.idsA[1]}/casefile.pdf`)).statusCode, 403);
    // The same scan trips on B's own staff page (the 转主动公开 form lists B's answered request) and on A's 案卷.
    const own = await scanUrls(staffB, ['/admin/applications/proactive'], markersB, emptyScan());
    assert.ok(own.leaks.some((l) => l.includes(seeded.b[1]!.request.split(' ')[0]!.toLowerCase())), own.leaks.join('\n'));
    const caseFile = await scanUrls(await t.signedIn('editorA'), [`/admin/applications/${seeded.idsA[1]}/casefile.pdf`], markersA, emptyScan());
    assert.ok(caseFile.leaks.some((l) => l.includes(seeded.a[1]!.idNumber.toLowerCase())), caseFile.leaks.join('\n'));
  });

  it('audit summaries name tracking numbers, never the applicant; the search index holds no application', async () => {
    const { t, seeded, markersA, markersB } = await world(await open());
    const markers = [...markersA, ...markersB, THIRD_PARTY];
    const events = await t.engine.db.selectFrom('audit_events').selectAll().where('entity_type', '=', 'application').execute();
    assert.ok(events.length >= 8, `${events.length} application audit events`);
    for (const event of events) {
      const text = JSON.stringify(event).toLowerCase();
      assert.deepEqual(markers.filter((m) => text.includes(m)), [], `${event.action}: ${event.summary}`);
    }
    assert.ok(events.filter((e) => e.action !== 'application.submitted').every((e) => seeded.trackingNos.some((no) => e.summary.includes(`申请 ${no}`))), 'summaries say 申请 <受理编号>');
    for (const marker of markers) {
      // No document has the marker; a partial match of some of its words (银川市 in a public notice) is not the application.
      const found = await searchDocuments(t.engine.db, { query: marker });
      assert.equal(found.results.filter((r) => r.missing.length === 0).length, 0, `search for ${marker}`);
      assert.ok(found.results.every((r) => !`${r.titleHtml}${r.snippetHtml}`.replace(/<\/?mark>/g, '').includes(marker)), `search for ${marker}`);
    }
  });
});
