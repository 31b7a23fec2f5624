/**
 * Table 三 over a page break in PDFs made by real software. Its label cells merge across columns
 * (一、… over three, （一）… over two, the group cells over rows), and each page's part of the table is
 * rebuilt from that page's own lines, so a page with only merged labels has fewer columns than the
 * next. The checker's consistent report (test/domain/annualReport/consistentReport.ts), 2021 and
 * 2019 formats, as a web page converted by LibreOffice and printed by Chromium (an officer's
 * “另存为 PDF”), must read the same tables, cell for cell, as the web page, without problems.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readAnnualReportFile, readAnnualReportHtml } from '../../../src/importers/annualReport/index.ts';
import { readPdfLayouts } from '../../../src/importers/pdf/readPdf.ts';
import { stopParseWorkers } from '../../../src/importers/workers/parsePool.ts';
import { as2019, consistentReport, OVERVIEW_TEXT } from '../../domain/annualReport/consistentReport.ts';
import { reportHtml } from '../../helpers/annualReportPages.ts';
import { launchChromium, requireChromium } from '../../helpers/browser.ts';
import { convertWithLibreOffice } from '../../helpers/libreOffice.ts';

const PAGES = {
  '2021': reportHtml({ agency: '某县医疗保障局', year: 2025, tables: consistentReport(), overview: OVERVIEW_TEXT }),
  '2019': reportHtml({ agency: '某县医疗保障局', year: 2020, tables: as2019(consistentReport()), overview: OVERVIEW_TEXT.replaceAll('2025年', '2020年') }),
};

/**
 * Chromium's print layouts: paper and margins. Each puts table 三's page break elsewhere (A4 2 cm
 * cuts the row 2.申请人逾期未按收费… of the 2021 table in two; A5 0 cm leaves the table's outer frame
 * running on empty to the foot of the page; A5 2 cm is so narrow that pdfjs gives two cells' numbers
 * as one text item, "15 2").
 */
const PRINTS = [
  { format: 'A4', margin: '1cm' },
  { format: 'A4', margin: '2cm' },
  { format: 'A5', margin: '0cm' },
  { format: 'A5', margin: '1cm' },
  { format: 'A5', margin: '2cm' },
  { format: 'Letter', margin: '1cm' },
] as const;

/** Every copy of each page: its maker and layout, and its bytes. */
const copies = new Map<string, { maker: string; bytes: Uint8Array }[]>();

/** The pages printed to PDF by Chromium in every layout of PRINTS, as the print dialog saves them. */
async function printWithChromium(pages: readonly string[]): Promise<Map<string, { maker: string; bytes: Uint8Array }[]>> {
  requireChromium();
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const printed = new Map<string, { maker: string; bytes: Uint8Array }[]>();
    for (const html of pages) {
      await tab.setContent(html);
      const copiesOfPage: { maker: string; bytes: Uint8Array }[] = [];
      for (const { format, margin } of PRINTS) {
        const bytes = await tab.pdf({ format, margin: { top: margin, bottom: margin, left: margin, right: margin } });
        copiesOfPage.push({ maker: `Chromium ${format} ${margin}`, bytes: new Uint8Array(bytes) });
      }
      printed.set(html, copiesOfPage);
    }
    return printed;
  } finally {
    await browser.close();
  }
}

before(async () => {
  const pages = Object.values(PAGES);
  const office = await convertWithLibreOffice(pages, 'pdf');
  const printed = await printWithChromium(pages);
  for (const page of pages) copies.set(page, [{ maker: 'LibreOffice', bytes: office.get(page)! }, ...printed.get(page)!]);
});
after(() => stopParseWorkers());

/** Whether table 三 runs over a page break: its first row and its last on different pages. */
async function table3OverBreak(bytes: Uint8Array): Promise<boolean> {
  const texts = (await readPdfLayouts(bytes)).map((layout) => layout.boxes.map((box) => box.str).join('').normalize('NFKC').replace(/\s/g, ''));
  return texts.findIndex((text) => text.includes('一、本年新收')) < texts.findIndex((text) => text.includes('四、结转下年度'));
}

for (const [format, page] of Object.entries(PAGES)) {
  describe(`the ${format}-format report as PDF, table 三 over a page break`, () => {
    const web = readAnnualReportHtml(page);

    it('every copy reads the same tables cell for cell as the web page, the same blanks, no problems', async () => {
      for (const { maker, bytes } of copies.get(page)!) {
        const reading = await readAnnualReportFile(bytes);
        assert.equal(reading.format, format, maker);
        assert.deepEqual(reading.problems, [], maker);
        assert.deepEqual(reading.tables, web.tables, maker);
        assert.deepEqual(reading.blanks, web.blanks, maker);
      }
    });

    it('the copies do put table 三 over a page break (else this test would not test it)', async () => {
      const overBreak = [];
      for (const { maker, bytes } of copies.get(page)!) if (await table3OverBreak(bytes)) overBreak.push(maker);
      assert.ok(overBreak.length >= 3, `table 三 over a page break in ${overBreak.join('、') || 'no copy'}`);
    });
  });
}
