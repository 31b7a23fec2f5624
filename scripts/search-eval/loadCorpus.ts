/**
 * Loads the relevance corpus into a fresh database through the app, as staff would: the five seed
 * catalogs (seedDemoData), then every document created, given its PDF attachment, submitted,
 * reviewed, secrecy-checked and signed off by three different people of its agency, with the clock
 * at the document's own publication time. Returns fixture key ↔ document id.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../src/storage/database.ts';
import { contextFor, TestClock } from '../../test/helpers/appContext.ts';
import { seedDemoData } from '../../src/app/demo/seedDemoData.ts';
import type { Actor, Role } from '../../src/domain/accounts/roles.ts';
import { diskAttachmentStore } from '../../src/storage/files/diskAttachmentStore.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { addAttachment } from '../../src/app/documents/addAttachment.ts';
import { submitDocument, reviewDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { linkInterpretation } from '../../src/app/documents/linkInterpretation.ts';
import { EVAL_AGENCIES, type AgencyKey, type CorpusDocument } from './corpus/model.ts';

export interface LoadedCorpus {
  documentIdByKey: Map<string, string>;
  keyByDocumentId: Map<string, string>;
  agencyIdByKey: Map<AgencyKey, string>;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function seedAgencies(engine: Engine): Promise<Map<AgencyKey, string>> {
  await seedDemoData(contextFor(engine, undefined, new TestClock('2021-01-04T02:00:00.000Z')));
  const rows = await engine.db.selectFrom('agencies').select(['id', 'name']).execute();
  const ids = new Map<AgencyKey, string>();
  for (const agency of EVAL_AGENCIES) {
    const row = rows.find((r) => r.name === agency.catalogName);
    if (!row) throw new Error(`seed agency missing: ${agency.catalogName}`);
    ids.set(agency.key, row.id);
  }
  return ids;
}

export async function loadCorpus(engine: Engine, docs: readonly CorpusDocument[], pdfs: ReadonlyMap<string, Uint8Array>): Promise<LoadedCorpus> {
  const agencyIdByKey = await seedAgencies(engine);
  const files = diskAttachmentStore(mkdtempSync(join(tmpdir(), 'gongkai-eval-attachments-')));
  const documentIdByKey = new Map<string, string>();
  for (const doc of docs) {
    const agencyId = agencyIdByKey.get(doc.agency)!;
    const clock = new TestClock(doc.publishedAt);
    const as = (role: Role) => contextFor(engine, { id: `eval-${role}-${doc.agency}`, name: `${role}-${doc.agency}`, roles: [role], agencyId, regionId: null } satisfies Actor, clock);
    const [editor, reviewer, approver] = [as('editor'), as('reviewer'), as('approver')];
    const { documentId } = await createDocument(editor, {
      agencyId,
      metadata: {
        kind: doc.kind, title: doc.title, publisher: doc.publisher, formedOn: doc.formedOn, documentNumber: doc.documentNumber ?? '',
        subjectCategory: doc.subjectCategory, genre: doc.genre, keywords: doc.keywords.join('，'), summary: doc.summary, validity: 'effective', disclosureMode: 'proactive', source: '本机关',
      },
      bodyHtml: doc.body.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
      items: [{ level1: doc.item[0], level2: doc.item[1] }],
    });
    const pdf = pdfs.get(doc.key);
    if (doc.attachment && pdf) await addAttachment(editor, { documentId, fileName: doc.attachment.fileName, bytes: pdf }, files);
    if (doc.interprets) await linkInterpretation(editor, { policyId: documentIdByKey.get(doc.interprets)!, interpretationId: documentId });
    await submitDocument(editor, { documentId });
    await reviewDocument(reviewer, { documentId, decision: 'pass' });
    await confirmSecrecyReview(reviewer, { documentId, note: '经审查不涉密' });
    await approveDocument(approver, { documentId, decision: 'approve' });
    documentIdByKey.set(doc.key, documentId);
  }
  return { documentIdByKey, keyByDocumentId: new Map([...documentIdByKey].map(([k, id]) => [id, k])), agencyIdByKey };
}
