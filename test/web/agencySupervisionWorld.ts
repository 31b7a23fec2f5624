/**
 * Agency A of the web test app with a catalog that has one periodic item (政策解读, 每季度) and a document
 * published late under 部门文件, published by its real editor, reviewer and approver accounts.
 */
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { reviewDocument, submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
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

/** Published on 2026-03-02 (the test clock), formed on 2026-01-05: due 2026-02-02 by the 20 working days, so late. */
async function publishLate(web: WebTestApp): Promise<string> {
  const [editor, reviewer, approver] = [await as(web, 'editorA'), await as(web, 'reviewerA'), await as(web, 'approverA')];
  const { documentId } = await createDocument(editor, { agencyId: web.agencyA, ...completeInput({ title: LATE_TITLE, formedOn: '2026-01-05' }), items: [EVENT] });
  await submitDocument(editor, { documentId });
  await reviewDocument(reviewer, { documentId, decision: 'pass' });
  await confirmSecrecyReview(reviewer, { documentId, note: '经审查不涉密' });
  await approveDocument(approver, { documentId, decision: 'approve' });
  return documentId;
}

/** On 2026-07-01 two quarters of 政策解读 have passed without a publication, and the late document stays late. */
export async function supervisionWorld(engine: Engine) {
  const web = await buildWebTestApp(engine);
  await loadCatalog(contextFor(engine, undefined, web.clock), catalogWithPeriodicItem(), { publish: true });
  const lateDocumentId = await publishLate(web);
  web.clock.advanceMinutes(121 * 24 * 60);
  return { web, lateDocumentId };
}
