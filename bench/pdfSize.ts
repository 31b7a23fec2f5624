/**
 * PDF export size and time for the five seed catalogs (shared/golden), with the font the
 * export resolves (the npm package @embedpdf/fonts-sc unless GONGKAI_CJK_FONT says otherwise).
 * pdfkit embeds a subset of the font, so the size follows the characters used, not the 8 MB font.
 * Run: node --import tsx bench/pdfSize.ts [FONT_FILE]   (or npm run bench -- bench/pdfSize.ts)
 * FONT_FILE stands for GONGKAI_CJK_FONT, e.g. Debian's /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc.
 */
import { exportPdf } from '../src/exporters/pdf.ts';
import { findCjkFont } from '../src/exporters/fonts.ts';
import { goldens } from '../test/fixtures/catalogFiles.ts';

const cjkFontFile = process.argv[2];
console.log(`font: ${findCjkFont(cjkFontFile).regular.file}`);
let total = 0;
for (const golden of goldens()) {
  const started = performance.now();
  const bytes = await exportPdf(golden.catalog, { cjkFontFile });
  total += bytes.length;
  console.log(`${golden.catalog.agency}: ${(bytes.length / 1024).toFixed(0)} KB, ${(performance.now() - started).toFixed(0)} ms`);
}
console.log(`five catalogs: ${(total / 1024).toFixed(0)} KB`);
