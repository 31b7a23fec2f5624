/** Documents for web tests, made through the use cases and signed off by three different people (填表人 ≠ 复核人 ≠ 审签人). */
import assert from 'node:assert/strict';
import PDFDocument from 'pdfkit';
import type { WebClient, WebTestApp } from '../helpers/webApp.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { contextFor } from '../helpers/appContext.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { submitDocument, reviewDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { linkInterpretation } from '../../src/app/documents/linkInterpretation.ts';

export const ITEM_NORMATIVE = { level1: '基本信息', level2: '规范性文件' };

export interface FixtureDocument {
  title: string;
  kind?: 'policy' | 'interpretation' | 'other';
  bodyHtml?: string;
  summary?: string;
  documentNumber?: string;
  internalNote?: string;
  items?: { level1: string; level2: string }[];
  formedOn?: string;
}

export async function draftDocument(t: WebTestApp, doc: FixtureDocument): Promise<string> {
  const ctx = contextFor(t.engine, undefined, t.clock);
  const { documentId } = await createDocument(ctx, {
    agencyId: t.agencyA,
    metadata: {
      kind: doc.kind ?? 'policy', title: doc.title, publisher: '中卫市医疗保障局', formedOn: doc.formedOn ?? '2026-02-27',
      documentNumber: doc.documentNumber ?? '卫医保发〔2026〕1号', subjectCategory: '卫生、体育', genre: '通知', keywords: '医保,通知',
      summary: doc.summary ?? `${doc.title}的内容概述`, validity: 'effective', disclosureMode: 'proactive', source: '本机关',
    },
    bodyHtml: doc.bodyHtml ?? `<p>${doc.title}正文。</p>`,
    items: doc.items ?? [ITEM_NORMATIVE],
    internalNote: doc.internalNote ?? null,
  });
  return documentId;
}

const signer = (t: WebTestApp, id: string, name: string) =>
  contextFor(t.engine, { id, name, roles: ['editor', 'reviewer', 'approver'], agencyId: t.agencyA, regionId: null } satisfies Actor, t.clock);

export async function passWorkflow(t: WebTestApp, documentId: string, publishAt?: string): Promise<void> {
  const [preparer, reviewer, approver] = [signer(t, 'fixture-preparer', '填表甲'), signer(t, 'fixture-reviewer', '复核乙'), signer(t, 'fixture-approver', '审签丙')];
  await submitDocument(preparer, { documentId });
  await reviewDocument(reviewer, { documentId, decision: 'pass', comment: '复核意见：内部' });
  await confirmSecrecyReview(reviewer, { documentId, note: '保密审查内部记录' });
  await approveDocument(approver, { documentId, decision: 'approve', publishAt });
}

/** A published policy and (optionally) its published, linked 解读. */
export async function publishDocument(t: WebTestApp, doc: FixtureDocument): Promise<string> {
  const id = await draftDocument(t, doc);
  await passWorkflow(t, id);
  return id;
}

export async function publishWithInterpretation(t: WebTestApp, doc: FixtureDocument): Promise<{ policyId: string; interpretationId: string }> {
  const policyId = await publishDocument(t, doc);
  const interpretationId = await draftDocument(t, { title: `《${doc.title}》政策解读`, kind: 'interpretation', items: [{ level1: '基本信息', level2: '政策解读' }] });
  await linkInterpretation(contextFor(t.engine, undefined, t.clock), { policyId, interpretationId });
  await passWorkflow(t, interpretationId);
  return { policyId, interpretationId };
}

/** 复核 (with 保密审查) by reviewerA and 审签 by approverA through the forms, after editorA submitted; the approver's client and response. */
export async function reviewAndSignViaWeb(web: WebTestApp, documentId: string, approveForm: Record<string, string> = { publishAt: '', changeNote: '' }) {
  const reviewer = await web.signedIn('reviewerA');
  await reviewer.get(`/admin/documents/${documentId}`);
  assert.equal((await reviewer.post(`/admin/documents/${documentId}/review`, { decision: 'pass' })).statusCode, 303);
  assert.equal((await reviewer.post(`/admin/documents/${documentId}/secrecy`, { note: '' })).statusCode, 303);
  const approver = await web.signedIn('approverA');
  await approver.get(`/admin/documents/${documentId}`);
  return { approver, signed: await approver.post(`/admin/documents/${documentId}/approve`, { decision: 'approve', ...approveForm }) };
}

export async function itemId(web: WebTestApp, level2: string): Promise<string> {
  const catalog = await getPublishedCatalog(web.engine.db, web.agencyA);
  return catalog!.items.find((i) => i.level2 === level2)!.id;
}

export function documentForm(item: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    kind: 'policy', title: '关于做好2026年城乡居民基本医疗保险参保工作的通知', publisher: '中卫市医疗保障局', formedOn: '2026-02-27',
    documentNumber: '卫医保发〔2026〕3号', subjectCategory: '卫生、体育', genre: '通知', keywords: '参保，居民医保', summary: '部署2026年度城乡居民医保参保缴费工作。',
    validity: 'effective', repealedOn: '', disclosureMode: 'proactive', source: '本机关', bodyHtml: '<p>各县（区）医疗保障局：现将有关事项通知如下。</p>',
    internalNote: '内部：请法规科核对', items: item, ...overrides,
  };
}

export async function createViaForm(web: WebTestApp, editor: WebClient, form: Record<string, string>): Promise<string> {
  await editor.get(`/admin/agencies/${web.agencyA}/documents/new`);
  const created = await editor.post(`/admin/agencies/${web.agencyA}/documents`, form);
  assert.equal(created.statusCode, 303, created.body.slice(0, 500));
  const id = /\/admin\/documents\/([0-9a-f-]+)\?done=created/.exec(String(created.headers.location))?.[1];
  assert.ok(id);
  return id;
}

export function pdfBytes(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}

