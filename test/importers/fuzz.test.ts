/**
 * Fuzz: thousands of damaged Word, Excel and text files built from the seeds go through importCatalogFile
 * (fuzzFiles.ts; the PDF part is fuzzPdf.test.ts, its own file so that each has the runner's whole time limit),
 * then empty, oversized, OLE, zip-bomb and hostile files are refused with the right codes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { isDomainError } from '../../src/domain/shared/errors.ts';
import { docxFromBody } from '../fixtures/catalogFiles.ts';
import { hostileCorpus } from './hostileFiles.ts';
import { fuzzFormats } from './fuzzFiles.ts';

describe('fuzz: damaged files through importCatalogFile', () => {
  fuzzFormats(['docx', 'xlsx', 'text']);

  it('refuses empty, oversized-looking, OLE and junk files with the right codes', async () => {
    await assert.rejects(importCatalogFile(new Uint8Array(0)), { code: 'import.unreadable' });
    await assert.rejects(importCatalogFile(new Uint8Array(51 * 1024 * 1024)), { code: 'import.too_large' });
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await assert.rejects(importCatalogFile(ole), { code: 'import.unreadable', message: /文件已加密或为旧版 \.doc\/\.xls 格式/ });
    const junk = new Uint8Array(5000).map((_, i) => (i * 7919) % 256);
    await assert.rejects(importCatalogFile(junk), { code: 'import.unreadable' });
  });

  it('refuses a zip bomb before inflating past the cap', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', new Uint8Array(210 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    assert.ok(bomb.length < 1024 * 1024, `bomb is small (${bomb.length} bytes)`);
    await assert.rejects(importCatalogFile(bomb), { code: 'import.too_large' });
    // A bomb whose headers lie about the sizes is stopped while inflating.
    const liar = new Uint8Array(bomb);
    const view = new DataView(liar.buffer);
    for (let at = 0; at < liar.length - 4; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1000, true);
      if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, 1000, true);
    }
    await assert.rejects(importCatalogFile(liar), { code: 'import.too_large' });
  });

  it('refuses the hostile corpus (XML bombs under the zip cap, a PDF of a million text runs) with a Chinese import.too_large', async () => {
    for (const { name, bytes } of hostileCorpus()) {
      await assert.rejects(importCatalogFile(bytes), (error: unknown) => {
        assert.ok(isDomainError(error) && error.code === 'import.too_large', `${name}: ${String(error)}`);
        assert.match(error.message, /[\u4e00-\u9fff]/, `${name}: a Chinese message`);
        return true;
      });
    }
  });

  it('refuses a document without a catalog table: import.no_table', async () => {
    const noTable = await docxFromBody('<w:p><w:r><w:t>某局政务公开目录</w:t></w:r></w:p><w:p><w:r><w:t>（表格另附）</w:t></w:r></w:p>');
    await assert.rejects(importCatalogFile(noTable), { code: 'import.no_table' });
  });
});
