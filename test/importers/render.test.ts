/**
 * Rendering check: 中卫市医疗保障局 (golden 000) exported to .pdf and .docx and
 * rendered to PNG in test-artifacts/ (pdftoppm; the docx through LibreOffice
 * headless; the test command installs poppler-utils and libreoffice-writer-nogui) for a person to look at. The test checks the PNGs
 * exist and that the PDF embeds the CJK font (no tofu: pdffonts lists Noto).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocx } from '../../src/exporters/docx.ts';
import { exportPdf } from '../../src/exporters/pdf.ts';
import { goldens } from '../fixtures/catalogFiles.ts';

const OUT = join(process.cwd(), 'test-artifacts', 'render');

describe('rendering: the exported 000 catalog as PNG pages', () => {
  const golden = goldens().find((g) => g.name.startsWith('000'))!;

  it('pdf → PNG with pdftoppm; the CJK font is embedded', async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, '000.pdf');
    writeFileSync(file, await exportPdf(golden.catalog));
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    assert.match(fonts, /NotoSansHans/); // the font shipped through npm (@embedpdf/fonts-sc)
    assert.match(fonts, /yes\s+yes\s+yes/); // embedded, subset, unicode map
    execFileSync('pdftoppm', ['-r', '80', '-png', file, join(OUT, '000-pdf')]);
    assert.ok(readdirSync(OUT).some((f) => f.startsWith('000-pdf') && f.endsWith('.png')));
  });

  it('docx → PDF (LibreOffice) → PNG', async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, '000-word.docx');
    writeFileSync(file, await exportDocx(golden.catalog));
    const profile = mkdtempSync(join(tmpdir(), 'gongkai-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(OUT, '000-word.pdf');
    assert.ok(existsSync(pdf));
    execFileSync('pdftoppm', ['-r', '80', '-png', pdf, join(OUT, '000-docx')]);
    assert.ok(readdirSync(OUT).some((f) => f.startsWith('000-docx') && f.endsWith('.png')));
  });
});
