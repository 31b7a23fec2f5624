/**
 * What a scale-out run needs in its database, made through the app's use cases (never SQL):
 * the five demo agencies (the same seed as `gongkai serve --seed`), one staff account that may
 * draft documents for the first agency, and one published document for the public pages.
 */
import { databaseAuditLog } from '../../src/app/audit.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { seedDemoData } from '../../src/app/demo/seedDemoData.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { reviewDocument, submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { systemClock } from '../../src/app/systemClock.ts';
import { SYSTEM_ACTOR } from '../../src/domain/accounts/roles.ts';
import type { Engine } from '../../src/storage/database.ts';
import { listAgencies } from '../../src/storage/repositories/agency.repository.ts';

export interface ScaleData {
  agencyId: string;
  agencyName: string;
  /** A published document: its public page is one of the measured pages. */
  documentId: string;
  staff: { username: string; password: string; displayName: string };
  /** A query that finds the published document. */
  searchQuery: string;
}

export const STAFF = { username: 'scale-editor', password: 'scale-out-correct-horse', displayName: '压测填报员' };

export async function prepareScaleData(engine: Engine): Promise<ScaleData> {
  const ctx = { actor: SYSTEM_ACTOR, db: engine.db, clock: systemClock, audit: databaseAuditLog(systemClock) };
  await seedDemoData(ctx);
  const agency = (await listAgencies(engine.db))[0];
  if (!agency) throw new Error('the demo seed loaded no agency');
  const item = (await getPublishedCatalog(engine.db, agency.id))?.items.find((i) => i.level2);
  if (!item) throw new Error('the first demo agency has no published item');
  await createUser(ctx, { ...STAFF, roles: ['editor'], agencyId: agency.id });
  const paragraph = '为进一步规范医疗保障基金使用，维护参保人员合法权益，根据有关规定，现将定点医药机构协议管理有关事项公告如下。';
  const { documentId } = await createDocument(ctx, {
    agencyId: agency.id,
    metadata: {
      kind: 'policy', title: '关于定点医药机构协议管理有关事项的公告', publisher: agency.name, formedOn: systemClock.today(), documentNumber: '医保发〔2026〕7号',
      subjectCategory: '卫生、体育', genre: '公告', keywords: '定点医药机构', summary: '扩容压测用的公开文件。', validity: 'effective', disclosureMode: 'proactive',
    },
    bodyHtml: Array.from({ length: 20 }, (_, n) => `<p>${n + 1}. ${paragraph}</p>`).join(''),
    items: [{ level1: item.level1, level2: item.level2 }],
  });
  // 填表人, 复核人 and 审签人 are three different people (the system submits).
  const signer = async (username: string, role: 'reviewer' | 'approver', displayName: string) => {
    const { id } = await createUser(ctx, { username, password: STAFF.password, displayName, roles: [role], agencyId: agency.id });
    return { ...ctx, actor: { id, name: displayName, roles: [role] as const, agencyId: agency.id, regionId: null } };
  };
  const reviewer = await signer('scale-reviewer', 'reviewer', '压测复核人');
  const approver = await signer('scale-approver', 'approver', '压测审签人');
  await submitDocument(ctx, { documentId });
  await reviewDocument(reviewer, { documentId, decision: 'pass' });
  await confirmSecrecyReview(reviewer, { documentId });
  await approveDocument(approver, { documentId, decision: 'approve' });
  return { agencyId: agency.id, agencyName: agency.name, documentId, staff: STAFF, searchQuery: '定点医药机构' };
}

/** The form a staff member posts to save a new document draft (POST /admin/agencies/:id/documents). */
export function draftForm(title: string, publisher: string): Record<string, string> {
  return {
    kind: 'other', title, publisher, formedOn: '', documentNumber: '', subjectCategory: '', genre: '', keywords: '压测',
    summary: '', validity: 'effective', repealedOn: '', disclosureMode: 'proactive', source: '',
    bodyHtml: `<p>${title}：扩容压测写入的草稿正文。</p>`, internalNote: '',
  };
}
