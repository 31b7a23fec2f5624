/**
 * The PDF export's Chinese font: GONGKAI_CJK_FONT first, then the font shipped through npm
 * (@embedpdf/fonts-sc, so `npm install` alone gives PDF export), then the system's Noto Sans CJK
 * only when the package is missing. The real export with the packaged font carries real Chinese text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagedFontDir, resolveCjkFont } from '../../src/exporters/fonts.ts';
import { exportPdf } from '../../src/exporters/pdf.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { goldens } from '../fixtures/catalogFiles.ts';

/** A folder that looks like Debian's fonts-noto-cjk (empty files: only their names matter to the resolver). */
function fakeSystemFonts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-fonts-'));
  writeFileSync(join(dir, 'NotoSansCJK-Regular.ttc'), '');
  writeFileSync(join(dir, 'NotoSansCJK-Bold.ttc'), '');
  return dir;
}

describe('the Chinese font for the PDF export', () => {
  const packagedDir = packagedFontDir();

  it('ships with npm install: @embedpdf/fonts-sc resolves to its fonts folder', () => {
    assert.ok(packagedDir, 'npm package @embedpdf/fonts-sc is not installed');
    assert.match(packagedDir, /node_modules\/@embedpdf\/fonts-sc\/fonts$/);
  });

  it('prefers the packaged Regular and Bold over the system font', () => {
    const font = resolveCjkFont({ packagedDir, systemDirs: [fakeSystemFonts()], useFontconfig: false });
    assert.deepEqual(font, {
      regular: { file: join(packagedDir!, 'NotoSansHans-Regular.otf'), face: '' },
      bold: { file: join(packagedDir!, 'NotoSansHans-Bold.otf'), face: '' },
    });
  });

  it('takes GONGKAI_CJK_FONT over the package (a .ttc names its Simplified Chinese face)', () => {
    const file = join(fakeSystemFonts(), 'NotoSansCJK-Regular.ttc');
    const font = resolveCjkFont({ override: file, packagedDir, systemDirs: [], useFontconfig: false });
    assert.deepEqual(font.regular, { file, face: 'NotoSansCJKsc-Regular' });
    assert.deepEqual(font.bold, font.regular);
  });

  it('ignores an override that does not exist and falls back to the package', () => {
    const font = resolveCjkFont({ override: '/nonexistent/font.otf', packagedDir, systemDirs: [], useFontconfig: false });
    assert.equal(font.regular.file, join(packagedDir!, 'NotoSansHans-Regular.otf'));
  });

  it('falls back to the system font only when the package is missing', () => {
    const dir = fakeSystemFonts();
    const font = resolveCjkFont({ packagedDir: null, systemDirs: ['/nonexistent', dir], useFontconfig: false });
    assert.deepEqual(font.bold, { file: join(dir, 'NotoSansCJK-Bold.ttc'), face: 'NotoSansCJKsc-Bold' });
  });

  it('says in Chinese what to do when no font is anywhere', () => {
    assert.throws(
      () => resolveCjkFont({ packagedDir: null, systemDirs: ['/nonexistent'], useFontconfig: false }),
      (error: unknown) => error instanceof DomainError && /npm install/.test(error.message) && /GONGKAI_CJK_FONT/.test(error.message),
    );
  });

  it('exports 中卫市医疗保障局 as a PDF whose text is Chinese, with the packaged font subset-embedded', async () => {
    const golden = goldens().find((g) => g.name.startsWith('000'))!;
    const file = join(mkdtempSync(join(tmpdir(), 'gongkai-pdf-')), '000.pdf');
    const bytes = await exportPdf(golden.catalog);
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.match(text, /中卫市医疗保障局/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    assert.match(fonts, /[A-Z]{6}\+NotoSansHans-Regular .*yes\s+yes\s+yes/); // subset, embedded, unicode map
    assert.match(fonts, /[A-Z]{6}\+NotoSansHans-Bold /);
    assert.ok(bytes.length < 400 * 1024, `PDF is ${bytes.length} bytes: the font is not subset`);
  });
});
