/**
 * The annual-report reader on Word and PDF files made by real office software: the web page
 * fixtures converted by LibreOffice (test/fixtures/annual-reports/README.md; the "-unruled" PDFs from
 * the same pages without table lines, read by position) must read the same tables, cell for cell, as
 * their HTML source — blanks included — through readAnnualReportFile,
 * which parses them in the parse worker pool. Bad files give one Chinese problem, never an exception.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { readAnnualReportFile, readAnnualReportHtml, readAnnualReportText } from '../../../src/importers/annualReport/index.ts';
import { overviewOf, splitSections } from '../../../src/domain/annualReport/sections.ts';
import { quotedNumbers } from '../../../src/domain/annualReport/textChecks.ts';
import { SCANNED_PDF } from '../../../src/importers/annualReport/readPdfReport.ts';
import { stopParseWorkers } from '../../../src/importers/workers/parsePool.ts';
import { zipArchive } from '../hostileFiles.ts';

after(() => stopParseWorkers());

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/annual-reports/${name}`, import.meta.url)));

for (const [name, format] of [['shanghai-office-2019', '2019'], ['blank-cells-2021', '2021']] as const) {
  describe(`${name}: Word and PDF read as the web page (${format} format)`, () => {
    const page = readAnnualReportHtml(fixture(`${name}.html`));

    for (const kind of ['docx', 'pdf', 'unruled.pdf'] as const) {
      it(`${kind}: the same tables cell for cell, the same blanks, no problems`, async () => {
        const reading = await readAnnualReportFile(fixture(`${name}${kind === 'unruled.pdf' ? '-' : '.'}${kind}`));
        assert.equal(reading.format, format);
        assert.deepEqual(reading.problems, []);
        assert.deepEqual(reading.tables, page.tables);
        assert.deepEqual(reading.blanks, page.blanks);
      });
    }
  });
}

describe('blank-cells-2021 printed to PDF by Chromium (double cell borders, Kangxi radical code points in the text layer)', () => {
  it('reads the same tables cell for cell as the web page, no problems', async () => {
    const reading = await readAnnualReportFile(fixture('blank-cells-2021-chromium.pdf'));
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.tables, page2021().tables);
    assert.deepEqual(reading.blanks, page2021().blanks);
    assert.ok(reading.text?.includes('二、主动公开政府信息情况'), 'ideographs, not radicals');
  });
});

describe('blank cells stay blank in Word and PDF (blank-cells-2021)', () => {
  for (const kind of ['docx', 'pdf'] as const) {
    it(`${kind}: a blank cell is null and listed, its neighbours keep their columns`, async () => {
      const reading = await readAnnualReportFile(fixture(`blank-cells-2021.${kind}`));
      const { table2, table3, table4 } = reading.tables;
      assert.deepEqual(table3?.newReceived, { naturalPerson: 41, commercial: 6, research: null, publicInterest: 1, legal: 2, other: 0, total: 50 });
      assert.deepEqual(table3?.['withheld.administrativeQuery'], { naturalPerson: null, commercial: null, research: null, publicInterest: null, legal: null, other: null, total: null });
      assert.deepEqual(table3?.['withheld.threeSecurities'], { naturalPerson: 1, commercial: 0, research: null, publicInterest: 0, legal: 0, other: 0, total: 1 });
      assert.deepEqual(table2?.normativeDocuments, { issued: 2, repealed: null, inForce: 7 });
      assert.deepEqual(table2?.enforcement, { decisions: null });
      assert.deepEqual(table4?.litigationDirect, { upheld: 1, corrected: null, other: null, pending: 0, total: 1 });
      for (const where of ['table2.normativeDocuments.repealed', 'table3.withheld.administrativeQuery.total', 'table3.carriedForward.research', 'table4.litigationDirect.other'])
        assert.ok(reading.blanks.includes(where), where);
      assert.equal(reading.blanks.length, 35);
    });

    it(`${kind}: the text has section 一's sentence on one line, as the web page has it (R8, R10)`, async () => {
      const reading = await readAnnualReportFile(fixture(`blank-cells-2021.${kind}`));
      const sentence = (text: string | null) => text?.split('\n').find((line) => line.includes('本局共收到政府信息公开申请'));
      assert.equal(sentence(reading.text), sentence(page2021().text));
      assert.ok(reading.text?.includes('六、其他需要报告的事项\n本年度未收取信息处理费。'));
      assert.ok(reading.text?.includes('一、本年新收政府信息公开申请数量 41 6 1 2 0 50'), 'a table row is one line');
    });
  }
});

describe('the text that R8 and R10 read is the same in every kind (blank-cells-2021)', () => {
  const numbersOf = (text: string | null) => quotedNumbers(overviewOf(text ?? '') ?? '').map((quoted) => `${quoted.quote}=${quoted.value}`);
  const sectionsOf = (text: string | null) => splitSections(text ?? '').map((section) => section.number + section.title);
  for (const kind of ['docx', 'pdf', 'unruled.pdf', 'chromium.pdf'] as const) {
    it(`${kind}: the six sections and the figures quoted in section 一, as in the web page`, async () => {
      const reading = await readAnnualReportFile(fixture(`blank-cells-2021${kind.endsWith('.pdf') && kind !== 'pdf' ? '-' : '.'}${kind}`));
      assert.deepEqual(sectionsOf(reading.text), sectionsOf(page2021().text));
      assert.equal(sectionsOf(reading.text).length, 6);
      assert.deepEqual(numbersOf(reading.text), numbersOf(page2021().text));
      assert.ok(numbersOf(reading.text).length >= 4, numbersOf(reading.text).join(' '));
    });
  }
});

function page2021() {
  return readAnnualReportHtml(fixture('blank-cells-2021.html'));
}

describe('a web page saved as Word, everything inside a layout table', () => {
  it('reads the tables inside the layout table as the page reads them', async () => {
    const zip = await JSZip.loadAsync(fixture('blank-cells-2021.docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const body = /<w:body>([\s\S]*?)(<w:sectPr[\s\S]*)?<\/w:body>/.exec(xml)!;
    const wrapped = `<w:body><w:tbl><w:tr><w:tc><w:p/>${body[1]}<w:p/></w:tc></w:tr></w:tbl>${body[2] ?? ''}</w:body>`;
    zip.file('word/document.xml', xml.replace(body[0], wrapped));
    const reading = await readAnnualReportFile(await zip.generateAsync({ type: 'uint8array' }));
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.tables, page2021().tables);
  });
});

describe('a report whose tables were pasted as text (杨凌示范区审计局 2022, text converted by LibreOffice)', () => {
  const text = readAnnualReportText(fixture('yangling-audit-2022.txt'));
  for (const kind of ['docx', 'pdf'] as const) {
    it(`${kind}: read as text, as the text copy reads, and says so`, async () => {
      const reading = await readAnnualReportFile(fixture(`yangling-audit-2022.${kind}`));
      assert.ok(reading.problems[0]?.includes('已按文字读取表格内容'), reading.problems[0]);
      assert.deepEqual(reading.tables.table2, text.tables.table2);
      assert.equal(reading.format, '2021');
      assert.ok(reading.text?.includes('2022年,未收到依申请公开事项.'));
    });
  }
});

describe('files that cannot be read give one Chinese problem', () => {
  const docx = fixture('blank-cells-2021.docx');
  const cases: [string, Uint8Array, RegExp][] = [
    ['a scanned PDF (pages as images, no text layer)', fixture('blank-cells-2021-scanned.pdf'), new RegExp(`^${SCANNED_PDF}$`)],
    ['an empty file', new Uint8Array(0), /^文件是空的/],
    ['a legacy .doc or an encrypted Word file (OLE)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /旧版 \.doc 格式或已加密/],
    ['a Word file cut short (corrupt zip)', docx.subarray(0, Math.floor(docx.length / 2)), /已损坏或不完整/],
    ['an Excel workbook given as the report', zipArchive({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }), /Excel 表格（\.xlsx），不是年度报告/],
    ['a zip that is not Word', zipArchive({ 'readme.txt': new TextEncoder().encode('hello') }), /压缩包不是 Word/],
    ['a Word file whose document.xml is not XML', zipArchive({ 'word/document.xml': new TextEncoder().encode('<w:document><w:body><w:p>') }), /Word 文件内容已损坏/],
    ['a damaged PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\nstartxref\n0\n%%EOF\n' + 'x'.repeat(200)), /PDF 文件已损坏/],
    ['an image given as the report', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /无法识别的文件格式/],
  ];
  for (const [what, bytes, expected] of cases) {
    it(what, async () => {
      const reading = await readAnnualReportFile(bytes);
      assert.equal(reading.problems.length, 1, reading.problems.join(' / '));
      assert.match(reading.problems[0]!, expected);
      assert.deepEqual(reading.tables, { table2: null, table2Format: null, table3: null, table4: null });
      assert.equal(reading.text, null);
    });
  }
});
