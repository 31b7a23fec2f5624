/** A published catalog (golden 中卫), staff of each role, and a complete document input. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../src/storage/database.ts';
import { contextFor, goldenCatalog, TestClock } from '../helpers/appContext.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import type { Actor, Role } from '../../src/domain/accounts/roles.ts';
import { diskAttachmentStore } from '../../src/storage/files/diskAttachmentStore.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { submitDocument, reviewDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';

export const ITEM = { level1: '概况信息', level2: '机构信息' };

export function completeInput(patch: Record<string, unknown> = {}) {
  return {
    metadata: {
      kind: 'policy', title: '中卫市医疗保障局关于调整城乡居民医保门诊报销比例的通知', publisher: '中卫市医疗保障局', formedOn: '2026-02-25',
      documentNumber: '卫医保发〔2026〕3号', subjectCategory: '卫生、体育\\医药管理', genre: '通知', keywords: '医保，报销', summary: '调整城乡居民门诊报销比例。', ...patch,
    },
    bodyHtml: '<p>各县（区）医疗保障局：现将门诊报销比例调整事项通知如下。</p>',
    items: [ITEM],
    internalNote: '内部备注：请法规科把关',
  };
}

/** `catalog`: the golden 中卫 catalog unless a test passes a changed copy. */
export async function documentWorld(engine: Engine, catalog: unknown = goldenCatalog()) {
  const clock = new TestClock('2026-03-02T02:00:00.000Z');
  const admin = contextFor(engine, undefined, clock);
  const { agencyId } = await loadCatalog(admin, catalog, { publish: true });
  const as = (role: Role, name: string) => contextFor(engine, { id: `u-${role}`, name, roles: [role], agencyId, regionId: null } satisfies Actor, clock);
  const files = diskAttachmentStore(mkdtempSync(join(tmpdir(), 'gongkai-attachments-')));
  const world = { engine, clock, admin, agencyId, files, editor: as('editor', '伊玉红'), reviewer: as('reviewer', '张华'), approver: as('approver', '李新忠') };
  return world;
}

export type DocumentWorld = Awaited<ReturnType<typeof documentWorld>>;

/** Create and walk a document all the way to publication (filed under ITEM unless `items` are given). */
export async function publishNew(world: DocumentWorld, patch: Record<string, unknown> = {}, body?: string, items = [ITEM]) {
  const input = completeInput(patch);
  const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...input, bodyHtml: body ?? input.bodyHtml, items });
  await submitDocument(world.editor, { documentId });
  await reviewDocument(world.reviewer, { documentId, decision: 'pass' });
  await confirmSecrecyReview(world.reviewer, { documentId, note: '经审查不涉密' });
  const result = await approveDocument(world.approver, { documentId, decision: 'approve' });
  return { documentId, ...result };
}
