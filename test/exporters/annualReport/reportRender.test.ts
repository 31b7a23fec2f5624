/**
 * Rendering check of the 年报 files for a person to look at: the PDF and the Word file (through
 * LibreOffice headless) rendered to PNG in test-artifacts/render/. LibreOffice's reading of the Word
 * file must still carry every heading and table 三's rows of figures, and the PDF embeds its font.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECTION_TITLES_2021 } from '../../../src/domain/annualReport/index.ts';
import { exportAnnualReportDocx, exportAnnualReportPdf, type RenderableReport } from '../../../src/exporters/annualReport/index.ts';
import { reportTableLayouts } from '../../../src/exporters/annualReport/tableLayout.ts';
import { sampleSections } from '../../app/reports/reportFixtures.ts';
import { sampleTables } from './sampleTables.ts';

const OUT = join(process.cwd(), 'test-artifacts', 'render');
const REPORT: RenderableReport = { agency: '中卫市医疗保障局', year: 2026, tables: sampleTables('2021'), sections: sampleSections() };

function pngs(prefix: string): string[] {
  return readdirSync(OUT).filter((name) => name.startsWith(prefix) && name.endsWith('.png'));
}

describe('rendering: the 年报 as PNG pages', () => {
  it('PDF → PNG with pdftoppm; the CJK font is embedded', async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'annual-report.pdf');
    writeFileSync(file, await exportAnnualReportPdf(REPORT));
    assert.match(execFileSync('pdffonts', [file], { encoding: 'utf8' }), /yes\s+yes\s+yes/); // embedded, subset, unicode map
    execFileSync('pdftoppm', ['-r', '60', '-png', file, join(OUT, 'annual-report-pdf')]);
    assert.ok(pngs('annual-report-pdf').length >= 3, 'title and sections, table 三 over two pages');
  });

  it('Word → PDF (LibreOffice) → PNG, headings and table 三 figures as LibreOffice reads them', async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'annual-report-word.docx');
    writeFileSync(file, await exportAnnualReportDocx(REPORT));
    const profile = mkdtempSync(join(tmpdir(), 'gongkai-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(OUT, 'annual-report-word.pdf');
    assert.ok(existsSync(pdf));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const { number, title } of SECTION_TITLES_2021) assert.ok(text.replace(/\s+/g, '').includes(`${number}、${title}`), title);
    const lines = text.split('\n').map((line) => line.trim().split(/\s+/).join(' '));
    for (const row of reportTableLayouts(REPORT.tables).table3.rows.slice(3)) {
      const figures = row.filter((cell) => cell.role === 'value' && !cell.blank).map((cell) => cell.text).join(' ');
      assert.ok(lines.some((line) => line.endsWith(figures)), `row of figures ${figures}`);
    }
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, 'annual-report-docx')]);
    assert.ok(pngs('annual-report-docx').length >= 3);
  });
});
