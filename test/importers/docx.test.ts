import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exportDocx } from '../../src/exporters/docx.ts';
import { buildForm } from '../../src/exporters/form.ts';
import { readDocx } from '../../src/importers/docx/readDocx.ts';
import { docxFromBody, formToGrid, goldens } from '../fixtures/catalogFiles.ts';

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;

describe('readDocx', () => {
  for (const golden of goldens()) {
    it(`gives back the exported form of ${golden.name}: text, merges, spans`, async () => {
      const table = readDocx(await exportDocx(golden.catalog));
      const form = buildForm(golden.catalog);
      assert.deepEqual(table.before, [form.title, form.metaLine, form.summaryLine]);
      assert.deepEqual(table.rows, formToGrid(form));
    });
  }

  it('reads vertical merges (vMerge restart/continue), gridSpan and gridBefore', async () => {
    const bytes = await docxFromBody(
      p('标题') +
        '<w:tbl>' +
        `<w:tr>${tc(p('A'), '<w:vMerge w:val="restart"/>')}${tc(p('B'), '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${tc(p(''), '<w:vMerge/>')}${tc(p('C'))}${tc(p('D'))}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('E'))}${tc(p('F'))}</w:tr>` +
        '</w:tbl>' +
        p('附注'),
    );
    const table = readDocx(bytes);
    assert.deepEqual(table.before, ['标题']);
    assert.deepEqual(table.after, ['附注']);
    assert.deepEqual(table.rows, [
      [{ text: 'A' }, { text: 'B', colSpan: 2 }],
      [{ text: '', mergedFromAbove: true }, { text: 'C' }, { text: 'D' }],
      [{ text: '', colSpan: 1 }, { text: 'E' }, { text: 'F' }],
    ]);
  });

  it('reads Wingdings symbols, w14 check-boxes and FORMCHECKBOX fields as ticked/unticked boxes', async () => {
    const sym = (char: string) => `<w:r><w:sym w:font="Wingdings" w:char="${char}"/></w:r>`;
    const w14 = (checked: boolean) =>
      `<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>${checked ? '☒' : '☐'}</w:t></w:r></w:sdtContent></w:sdt>`;
    const field = (xml: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox>${xml}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const bytes = await docxFromBody(
      '<w:tbl><w:tr>' +
        tc(`<w:p>${sym('F0FE')}${run('政府网站 ')}${sym('F0A8')}${run('两微一端')}</w:p>`) +
        tc(`<w:p>${w14(true)}${run('政府公报')}${w14(false)}${run('报刊')}</w:p>`) +
        tc(`<w:p>${field('<w:checked/>')}${run('广播电视')}${field('<w:default w:val="0"/>')}${run('其他')}${field('<w:default w:val="1"/><w:checked w:val="0"/>')}${run('精准推送')}</w:p>`) +
        tc(`<w:p><w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>R£</w:t></w:r></w:p>`) +
        '</w:tr></w:tbl>',
    );
    const [row] = readDocx(bytes).rows;
    assert.equal(row![0]!.text, '☑政府网站 ☐两微一端');
    assert.deepEqual(row![0]!.checkboxes, [
      { checked: true, label: '政府网站' },
      { checked: false, label: '两微一端' },
    ]);
    assert.deepEqual(row![1]!.checkboxes, [
      { checked: true, label: '政府公报' },
      { checked: false, label: '报刊' },
    ]);
    assert.deepEqual(
      row![2]!.checkboxes?.map((b) => b.checked),
      [true, false, false],
    );
    assert.equal(row![3]!.text, '☑☐');
  });

  it('refuses a zip without word/document.xml and a broken document.xml with a clear error', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/other.xml', '<x/>');
    assert.throws(() => readDocx(new Uint8Array(0)), { code: 'import.unreadable' });
    assert.throws(() => readDocx(Buffer.from('hello')), { code: 'import.unreadable' });
    const broken = await docxFromBody('<w:tbl><w:tr>');
    assert.throws(() => readDocx(broken), { code: 'import.unreadable' });
  });
});
