import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { documentWorld, publishNew } from './documentFixtures.ts';
import { XSS_PAYLOADS } from './xssPayloads.ts';
import { getPublicDocument } from '../../src/app/documents/getDocument.ts';
import { PUBLIC_DOCUMENT_FIELDS } from '../../src/app/documents/presentDocument.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { linkInterpretation } from '../../src/app/documents/linkInterpretation.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { completeInput } from './documentFixtures.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';

describeEachEngine('public document presenter', (open) => {
  it('shows exactly the pinned public fields — never notes, reviewer comments, 保密审查 or staff names', async () => {
    const world = await documentWorld(await open());
    const { documentId } = await publishNew(world);
    const view = await getPublicDocument(world.engine.db, documentId);
    assert.deepEqual(Object.keys(view!).sort(), [
      'agencyId', 'attachments', 'bodyHtml', 'disclosureMode', 'disclosureModeLabel', 'documentNumber', 'formedOn', 'genre', 'id', 'indexNumber', 'items',
      'keywords', 'kind', 'kindLabel', 'legalForm', 'legalFormLabel', 'notice', 'publishedOn', 'publisher', 'relatedInterpretations', 'relatedPolicies', 'repeal',
      'repealedOn', 'revision', 'source', 'state', 'subjectCategory', 'summary', 'title', 'url', 'validity', 'validityLabel', 'withdrawal',
    ]);
    assert.deepEqual(Object.keys(view!).sort(), [...PUBLIC_DOCUMENT_FIELDS].sort());
    const text = JSON.stringify(view);
    for (const secret of ['内部备注', '经审查不涉密', '伊玉红', '张华', '李新忠', 'u-editor']) assert.ok(!text.includes(secret), secret);
  });

  it('stores XSS payloads in every field as inert text or sanitized HTML, and search snippets escape them', async () => {
    const world = await documentWorld(await open());
    for (const payload of XSS_PAYLOADS) {
      const short = payload.slice(0, 90);
      const fields = { title: `医保${payload}`, publisher: short, documentNumber: short, subjectCategory: short, genre: short, keywords: [payload.slice(0, 28)], summary: `医保${payload}`, source: short };
      const { documentId } = await publishNew(world, fields, `<p>医保正文</p>${payload}`);
      const view = await getPublicDocument(world.engine.db, documentId);
      assert.doesNotMatch(String(view!.bodyHtml), /<script|\son\w+=|javascript:|<iframe|<svg/i, payload);
      assert.equal(view!.publisher, payload.slice(0, 90).trim(), 'plain fields keep the text as typed; pages escape it');
    }
    const { results } = await searchDocuments(world.engine.db, { query: '医保', pageSize: 50 });
    assert.equal(results.length, XSS_PAYLOADS.length);
    for (const hit of results) {
      assert.doesNotMatch(hit.titleHtml + hit.snippetHtml, /<(?!\/?mark>)/, 'only <mark> tags');
    }
  });

  it('links a policy and its 解读 both ways; an unlinked 解读 cannot be submitted', async () => {
    const world = await documentWorld(await open());
    const policy = await publishNew(world, { kind: 'policy', title: '医保门诊办法' });
    const { documentId: interpretationId } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput({ kind: 'interpretation', title: '《医保门诊办法》政策解读' }) });
    await assert.rejects(submitDocument(world.editor, { documentId: interpretationId }), (e: { issues: { message: string }[] }) => e.issues.some((i) => /政策解读须关联/.test(i.message)));
    await linkInterpretation(world.editor, { policyId: policy.documentId, interpretationId });
    await submitDocument(world.editor, { documentId: interpretationId });
    const policyView = await getPublicDocument(world.engine.db, policy.documentId);
    assert.deepEqual(policyView!.relatedInterpretations, [], 'an unpublished 解读 is not shown publicly');
  });
});
