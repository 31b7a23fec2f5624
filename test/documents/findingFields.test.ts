import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentContent } from '../../src/domain/documents/document.ts';
import { findingFieldLabel, FINDING_FIELD_LABELS } from '../../src/domain/documents/findingFields.ts';
import { runPrePublicationChecks } from '../../src/domain/documents/prePublicationChecks.ts';

/** Everything empty, an interpretation with no policy: the checks find something in most fields. */
const EMPTY: DocumentContent = {
  kind: 'interpretation', title: '', publisher: '', formedOn: null, documentNumber: null, subjectCategory: null, genre: null, keywords: [],
  summary: null, validity: 'repealed', repealedOn: null, legalForm: null, disclosureMode: 'proactive', source: null, bodyHtml: '', items: [],
};

describe('findingFieldLabel', () => {
  it('names the body, metadata fields and attachments in Chinese, and an unknown field neutrally', () => {
    assert.equal(findingFieldLabel('bodyHtml'), '正文');
    assert.equal(findingFieldLabel('formedOn'), '成文日期');
    assert.equal(findingFieldLabel('attachments.通知.pdf'), '附件「通知.pdf」');
    assert.equal(findingFieldLabel('somethingNew'), '文件信息');
  });

  it('has a label for every field the pre-publication checks report', () => {
    const findings = runPrePublicationChecks({ content: EMPTY, attachments: [], sensitiveWords: [], links: [], linkedPolicies: 0 });
    const fields = [...new Set(findings.map((f) => f.field))];
    assert.ok(fields.includes('bodyHtml') && fields.includes('links') && fields.includes('repealedOn'), fields.join());
    for (const field of fields) assert.ok(field in FINDING_FIELD_LABELS, field);
  });
});
