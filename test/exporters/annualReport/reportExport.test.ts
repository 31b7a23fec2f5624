/**
 * The whole annual report as HTML, Word and PDF: read back (the importer for HTML, word/document.xml
 * for .docx, pdftotext for the PDF) it carries the title, the six headings in order, every label and
 * figure of tables 二–四 and, in Word, the merged cells of the national format.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SECTION_TITLES_2021 } from '../../../src/domain/annualReport/index.ts';
import { exportAnnualReportDocx, exportAnnualReportPdf, renderAnnualReportHtml, type RenderableReport } from '../../../src/exporters/annualReport/index.ts';
import { reportTableLayouts, type TableLayout } from '../../../src/exporters/annualReport/tableLayout.ts';
import { readAnnualReportHtml } from '../../../src/importers/annualReport/index.ts';
import { sampleTables } from './sampleTables.ts';

function report(format: '2021' | '2019'): RenderableReport {
  return {
    agency: '某县医疗保障局',
    year: 2026,
    tables: sampleTables(format),
    sections: {
      overview: '2026年，本局全年共收到政府信息公开申请31件。\n（一）主动公开\n本年度主动公开政府信息<156>条 & 更新栏目3个。',
      proactive: '', requests: '', reviews: '',
      problems: '一是公开内容不够全面。\n二是解读形式较为单一。',
      other: '本年度未收取信息处理费。',
    },
  };
}

const headings = SECTION_TITLES_2021.map(({ number, title }) => `${number}、${title}`);
const compact = (text: string) => text.replace(/\s+/g, '');

/** The non-empty texts of a layout, row by row: what a reader meets cell after cell. */
function layoutTexts(layout: TableLayout): string[] {
  return layout.rows.flat().map((cell) => cell.text).filter((text) => text !== '');
}

function pdfText(bytes: Uint8Array, ...options: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gongkai-report-')), 'report.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [...options, file, '-'], { encoding: 'utf8' });
}

describe('annual report as HTML', () => {
  it('has the title, the six headings in order, escaped text, and tables the importer reads back', () => {
    const html = renderAnnualReportHtml(report('2021'));
    assert.match(html, /<title>某县医疗保障局2026年政府信息公开工作年度报告<\/title>/);
    const positions = headings.map((heading) => html.indexOf(`<h2>${heading}</h2>`));
    assert.ok(positions.every((position) => position > 0), 'every heading');
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
    assert.match(html, /本年度主动公开政府信息&lt;156&gt;条 &amp; 更新栏目3个/);
    const reading = readAnnualReportHtml(html);
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.tables.table4, report('2021').tables.table4);
    assert.match(reading.text ?? '', /二是解读形式较为单一/);
  });
});

describe('annual report as .docx', () => {
  for (const format of ['2021', '2019'] as const) {
    it(`has every label and figure of tables 二–四 in order, merged as the format (${format})`, async () => {
      const zip = await JSZip.loadAsync(await exportAnnualReportDocx(report(format)));
      const xml = await zip.file('word/document.xml')!.async('string');
      const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((match) => match[1] ?? '');
      assert.equal(tables.length, 3);
      const layouts = reportTableLayouts(report(format).tables);
      [layouts.table2, layouts.table3, layouts.table4].forEach((layout, index) => {
        const cells = [...(tables[index] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
          [...(cell[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
        );
        assert.deepEqual(cells.filter((text) => text !== ''), layoutTexts(layout), `table ${index + 2}`);
      });
      const table3 = tables[1] ?? '';
      assert.match(table3, /<w:gridSpan w:val="3"\/><w:vMerge w:val="restart"\/>[\s\S]*?本列数据的勾稽关系/);
      assert.match(table3, /<w:gridSpan w:val="7"\/>[\s\S]*?申请人情况/);
      assert.match(table3, /<w:gridSpan w:val="5"\/>[\s\S]*?法人或其他组织/);
      const restarts = (table3.match(/w:vMerge w:val="restart"/g) ?? []).length;
      assert.equal(restarts, format === '2021' ? 8 : 7, 'note, 自然人, 总计, 三、本年度办理结果, （三）（四）（五）and 2021\'s （六）');
      // Rows covered by merged cells: note 2, 自然人 1, 总计 1, 三、本年度办理结果 21 (2019: 19), （三）7, （四）2, （五）4, 2021's （六）2.
      const continued = (table3.match(/<w:vMerge w:val="continue"\/>/g) ?? []).length;
      assert.equal(continued, format === '2021' ? 40 : 36);
      assert.equal((tables[2]?.match(/<w:vMerge w:val="continue"\/>/g) ?? []).length, 5, '行政复议\'s five columns over two header rows');
      assert.equal((table3.match(/<w:tblHeader\/>/g) ?? []).length, 3, 'the three header rows repeat on every page');
      assert.match(tables[2] ?? '', /<w:gridSpan w:val="10"\/>[\s\S]*?行政诉讼/);
    });
  }

  it('has the title and the six headings in order', async () => {
    const zip = await JSZip.loadAsync(await exportAnnualReportDocx(report('2021')));
    const text = compact((await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ''));
    const positions = ['某县医疗保障局', '2026年政府信息公开工作年度报告', ...headings].map((part) => text.indexOf(part));
    assert.ok(positions.every((position) => position >= 0));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
  });
});

describe('annual report as PDF', () => {
  for (const format of ['2021', '2019'] as const) {
    it(`has every heading, and every row of figures on its line (${format})`, async () => {
      const bytes = await exportAnnualReportPdf(report(format));
      const text = compact(pdfText(bytes));
      for (const heading of headings) assert.ok(text.includes(heading), heading);
      assert.ok(text.includes('2026年政府信息公开工作年度报告'));
      const layoutLines = pdfText(bytes, '-layout').split('\n').map((line) => line.trim().split(/\s+/));
      const layouts = reportTableLayouts(report(format).tables);
      for (const layout of [layouts.table2, layouts.table3, layouts.table4]) {
        for (const row of layout.rows) {
          const figures = row.filter((cell) => cell.role === 'value' && !cell.blank).map((cell) => cell.text);
          if (figures.length === 0) continue;
          const found = layoutLines.some((words) => words.join(' ').endsWith(figures.join(' ')));
          assert.ok(found, `figures ${figures.join(' ')}`);
        }
      }
    });
  }

  it('repeats table 三 header on the next page', async () => {
    const pages = pdfText(await exportAnnualReportPdf(report('2021'))).split('\f');
    const withHeader = pages.filter((page) => compact(page).includes('申请人情况'));
    assert.ok(withHeader.length >= 2, `header on ${withHeader.length} page(s)`);
  });
});
