import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentContent } from '../../src/domain/documents/document.ts';
import { internalLinks } from '../../src/domain/documents/internalLinks.ts';
import { blocking, runPrePublicationChecks, type CheckInput } from '../../src/domain/documents/prePublicationChecks.ts';
import { DEFAULT_SENSITIVE_WORDS, findSensitiveWords } from '../../src/domain/documents/sensitiveWords.ts';
import { nextDocumentStatus } from '../../src/domain/documents/workflow.ts';

const complete: DocumentContent = {
  kind: 'policy', title: '关于调整城乡居民医保门诊报销比例的通知', publisher: '中卫市医疗保障局', formedOn: '2026-02-10',
  documentNumber: '卫医保发〔2026〕3号', subjectCategory: '卫生、体育\\医药管理', genre: '通知', keywords: ['医保', '报销'],
  summary: '调整门诊报销比例。', validity: 'effective', repealedOn: null, legalForm: null, disclosureMode: 'proactive', source: null,
  bodyHtml: '<p>各县（区）医疗保障局：现将有关事项通知如下。</p>', items: [{ agencyId: 'a', level1: '政策文件', level2: '规范性文件' }],
};
const input = (patch: Partial<CheckInput> = {}, content: Partial<DocumentContent> = {}): CheckInput => ({
  content: { ...complete, ...content }, attachments: [], sensitiveWords: DEFAULT_SENSITIVE_WORDS, links: [], linkedPolicies: 0, ...patch,
});

describe('pre-publication checks', () => {
  it('passes a complete, clean document', () => {
    assert.deepEqual(runPrePublicationChecks(input()), []);
  });

  it('blocks missing required metadata and warns about recommended fields', () => {
    const findings = runPrePublicationChecks(input({}, { publisher: '', formedOn: null, summary: null, keywords: [], items: [], bodyHtml: '' }));
    assert.deepEqual(blocking(findings).map((f) => f.field).sort(), ['bodyHtml', 'formedOn', 'items', 'publisher', 'summary']);
    assert.deepEqual(findings.filter((f) => f.severity === 'warn').map((f) => f.field), ['keywords']);
  });

  it('requires a 废止日期 exactly when the document is not effective', () => {
    assert.equal(blocking(runPrePublicationChecks(input({}, { validity: 'repealed' })))[0]?.field, 'repealedOn');
    assert.equal(blocking(runPrePublicationChecks(input({}, { repealedOn: '2026-01-01' })))[0]?.field, 'repealedOn');
  });

  it('blocks personal data in the body and in an attachment, naming where it is', () => {
    const findings = blocking(runPrePublicationChecks(input(
      { attachments: [{ displayName: '名单.xlsx', text: '张三 640502199001011239' }] },
      { bodyHtml: '<p>联系电话：<b>13812345678</b></p>' },
    )));
    assert.deepEqual(findings.map((f) => [f.code, f.field]), [['personal_data', 'bodyHtml'], ['personal_data', 'attachments.名单.xlsx']]);
    assert.doesNotMatch(findings[0]!.message, /12345678/);
  });

  it('applies the configured sensitive words with their severity', () => {
    const findings = runPrePublicationChecks(input({ sensitiveWords: [...DEFAULT_SENSITIVE_WORDS, { word: 'ABC内部', severity: 'block' }] }, { bodyHtml: '<p>机密★1年 内部资料 ａｂｃ内部</p>' }));
    assert.deepEqual(findings.map((f) => [f.severity, f.message]), [
      ['block', '含敏感词「机密★」1处'], ['warn', '含敏感词「内部资料」1处'], ['block', '含敏感词「ABC内部」1处'],
    ]);
    assert.deepEqual(findSensitiveWords('无', DEFAULT_SENSITIVE_WORDS), []);
  });

  it('blocks site links to documents that do not exist and warns about unknown site pages', () => {
    const html = '<a href="/documents/d1">甲</a><a href="https://gk.example.gov.cn/documents/d2/attachments/x1">乙</a><a href="../catalog">丙</a><a href="https://www.gov.cn/">外</a><a href="#top">顶</a>';
    const links = internalLinks(html, ['https://gk.example.gov.cn']);
    assert.deepEqual(links.map((l) => l.kind), ['document', 'attachment', 'page']);
    const findings = runPrePublicationChecks(input({ links: links.map((link) => ({ link, exists: link.kind === 'document' })) }));
    assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['link.broken', 'block'], ['link.unverified', 'warn']]);
  });

  it('blocks an interpretation that is not linked to its policy document', () => {
    assert.equal(blocking(runPrePublicationChecks(input({}, { kind: 'interpretation' })))[0]?.code, 'interpretation.unlinked');
    assert.deepEqual(runPrePublicationChecks(input({ linkedPolicies: 1 }, { kind: 'interpretation' })), []);
  });
});

describe('document workflow', () => {
  it('walks draft → 复核 → 审签 → published or scheduled, and refuses skipping steps', () => {
    assert.equal(nextDocumentStatus('draft', 'submit'), 'submitted');
    assert.equal(nextDocumentStatus('submitted', 'review_pass'), 'reviewed');
    assert.equal(nextDocumentStatus('reviewed', 'approve_now'), 'published');
    assert.equal(nextDocumentStatus('reviewed', 'approve_scheduled'), 'scheduled');
    assert.equal(nextDocumentStatus('scheduled', 'publish_due'), 'published');
    assert.equal(nextDocumentStatus('published', 'edit'), 'draft');
    assert.throws(() => nextDocumentStatus('draft', 'approve_now'), /草稿/);
    assert.throws(() => nextDocumentStatus('submitted', 'edit'), /待复核/);
    assert.throws(() => nextDocumentStatus('withdrawn', 'submit'), /已撤回/);
  });
});
