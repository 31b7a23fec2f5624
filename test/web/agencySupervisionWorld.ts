/**
 * Agency A of the web test app with a catalog that has one periodic item (政策解读, 每季度), a document published
 * late under 部门文件 and one whose link leads to a withdrawn document, by its real editor, reviewer and approver.
 */
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { reviewDocument, submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { withdrawDocument } from '../../src/app/documents/withdrawDocument.ts';
import type { AppContext } from '../../src/app/context.ts';
import type { CatalogItem } from '../../src/domain/catalog/catalog.ts';
import type { Engine } from '../../src/storage/database.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { completeInput } from '../documents/documentFixtures.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { buildWebTestApp, type TestUser, type WebTestApp } from '../helpers/webApp.ts';

export const PERIODIC = { level1: '基本信息', level2: '政策解读' };
export const EVENT = { level1: '基本信息', level2: '部门文件' };
export const LATE_TITLE = '迟发的部门文件';
export const LINKING_TITLE = '链接失效的通知';

/** The golden 中卫 catalog with 政策解读 published every quarter. */
function catalogWithPeriodicItem() {
  const catalog = goldenCatalog() as { declared: unknown; items: CatalogItem[] };
  const items = catalog.items.map((item) => (item.level2 === PERIODIC.level2 ? { ...item, timeLimit: '每季度' } : item));
  return { ...catalog, declared: null, items };
}

async function as(web: WebTestApp, username: TestUser): Promise<AppContext> {
  const user = await findUserByUsername(web.engine.db, username);
  return contextFor(web.engine, (await getActorForUser(web.engine.db, user!.id))!, web.clock);
}

/** A document of agency A taken through sign-off by its three officers, published on the test clock's day. */
async function publish(web: WebTestApp, patch: Record<string, unknown>, bodyHtml?: string): Promise<string> {
  const [editor, reviewer, approver] = [await as(web, 'editorA'), await as(web, 'reviewerA'), await as(web, 'approverA')];
  const input = completeInput(patch);
  const { documentId } = await createDocument(editor, { agencyId: web.agencyA, ...input, bodyHtml: bodyHtml ?? input.bodyHtml, items: [EVENT] });
  await submitDocument(editor, { documentId });
  await reviewDocument(reviewer, { documentId, decision: 'pass' });
  await confirmSecrecyReview(reviewer, { documentId, note: '经审查不涉密' });
  await approveDocument(approver, { documentId, decision: 'approve' });
  return documentId;
}

/**
 * On 2026-07-01 two quarters of 政策解读 have passed without a publication; the document formed on 2026-01-05 and
 * published on 2026-03-02 missed its 2026-02-02 deadline; another one links to a document since withdrawn.
 */
export async function supervisionWorld(engine: Engine) {
  const web = await buildWebTestApp(engine);
  await loadCatalog(contextFor(engine, undefined, web.clock), catalogWithPeriodicItem(), { publish: true });
  const lateDocumentId = await publish(web, { title: LATE_TITLE, formedOn: '2026-01-05' });
  const withdrawnId = await publish(web, { title: '已撤回的通知' });
  const linkingDocumentId = await publish(web, { title: LINKING_TITLE }, `<p>详见<a href="/documents/${withdrawnId}">此前的通知</a>。</p>`);
  await withdrawDocument(await as(web, 'approverA'), { documentId: withdrawnId, reason: '内容已过时' });
  web.clock.advanceMinutes(121 * 24 * 60);
  return { web, lateDocumentId, linkingDocumentId };
}
