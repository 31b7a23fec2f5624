/** Agency 中卫市医疗保障局 (golden catalog, published) with its staff as real accounts, for the work-queue tests. */
import { createUser } from '../../src/app/accounts/createUser.ts';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import type { AppContext } from '../../src/app/context.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import type { Role } from '../../src/domain/accounts/roles.ts';
import type { WorkQueueKind } from '../../src/domain/supervision/workQueue.ts';
import type { Engine } from '../../src/storage/database.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor, goldenCatalog, TestClock } from '../helpers/appContext.ts';
import { completeInput } from '../documents/documentFixtures.ts';

/** 'bianji' holds 填表人 and 复核人 at once: the one who may not review what they submitted. */
const STAFF: Record<string, Role[]> = {
  bianji: ['editor', 'reviewer'],
  xiaowang: ['editor'],
  fuhe: ['reviewer'],
  shenqian: ['approver'],
  guanli: ['agency_admin'],
};

export async function queueWorld(engine: Engine, startsAt = '2026-03-02T02:00:00.000Z') {
  const clock = new TestClock(startsAt);
  const system = contextFor(engine, undefined, clock);
  const { agencyId, versionId } = await loadCatalog(system, goldenCatalog(), { publish: true });
  for (const [username, roles] of Object.entries(STAFF)) {
    await createUser(system, { username, displayName: `${username}同志`, password: 'correct horse battery', roles, agencyId });
  }
  const staff = async (username: string): Promise<AppContext> => {
    const user = await findUserByUsername(engine.db, username);
    return contextFor(engine, (await getActorForUser(engine.db, user!.id))!, clock);
  };
  /** The titles of one kind of line in this person's queue. */
  const titles = async (username: string, kind: WorkQueueKind) => (await workQueue(await staff(username))).lines.filter((l) => l.kind === kind).map((l) => l.title);
  /** A complete document submitted by `username` (its 填表人). */
  const submitted = async (username: string, title: string) => {
    const editor = await staff(username);
    const { documentId } = await createDocument(editor, { agencyId, ...completeInput({ title }) });
    await submitDocument(editor, { documentId });
    return documentId;
  };
  return { engine, clock, system, agencyId, versionId, staff, titles, submitted };
}
