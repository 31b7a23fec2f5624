/**
 * Hostile attachments (issue "one request must not stop the site"): Word files whose XML
 * inflates far past what a parser survives are refused when sniffed (per-part cap), and a
 * PDF of a million text runs is refused by the text reader's work count, in a worker.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractAttachmentText } from '../../src/importers/attachmentText/extractText.ts';
import { sniffAttachment } from '../../src/importers/attachmentText/sniffAttachment.ts';
import { MAX_XML_PART_BYTES } from '../../src/importers/limits.ts';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { docxFromBody } from '../fixtures/catalogFiles.ts';
import { operatorBombPdf, paragraphBombDocx } from './hostileFiles.ts';

after(stopParseWorkers);

describe('hostile attachments', () => {
  for (const megabytes of [10, 40]) {
    it(`refuses a small Word file with ${megabytes} MB of document.xml before any parser sees it`, () => {
      const bytes = paragraphBombDocx(megabytes);
      assert.ok(bytes.length < 130 * 1024, `small on disk (${bytes.length} bytes)`);
      assert.throws(() => sniffAttachment(bytes), { code: 'import.too_large', message: /word\/document\.xml 解压后超过 8 MB/ });
    });
  }

  it('still reads the text of a Word file just under the per-part cap, in a worker', async () => {
    assert.equal(MAX_XML_PART_BYTES, 8 * 1024 * 1024);
    const bytes = paragraphBombDocx(1);
    assert.equal(sniffAttachment(bytes), 'docx');
    const { text, problem } = await extractAttachmentText('docx', bytes);
    assert.equal(problem, null);
    assert.ok(text.startsWith('公开\n'), text.slice(0, 20));
  });

  it('refuses a ~100 KB PDF of 1.3 million text runs by counting them (import.too_large)', async () => {
    const bytes = operatorBombPdf(1_300_000);
    assert.ok(bytes.length < 120 * 1024, `small on disk (${bytes.length} bytes)`);
    assert.equal(sniffAttachment(bytes), 'pdf');
    await assert.rejects(extractAttachmentText('pdf', bytes), { code: 'import.too_large', message: /PDF 文字片段过多/ });
  });

  it('keeps reading ordinary attachments after the refusals', async () => {
    const bytes = await docxFromBody('<w:p><w:r><w:t>申请人联系方式见附件</w:t></w:r></w:p>');
    assert.deepEqual(await extractAttachmentText('docx', bytes), { text: '申请人联系方式见附件', problem: null });
    assert.deepEqual(await extractAttachmentText('pdf', operatorBombPdf(300)), { text: 'x'.repeat(300), problem: null });
  });
});
