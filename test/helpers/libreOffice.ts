import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FILTERS = { docx: 'docx:MS Word 2007 XML', pdf: 'pdf:writer_pdf_Export' } as const;

/**
 * Web pages converted by LibreOffice (real office software) to Word or PDF in one batch: one start of
 * soffice for all of them, with a private profile so parallel test files do not share a lock.
 * Returns the bytes keyed by the page.
 */
export async function convertWithLibreOffice(pages: readonly string[], target: 'docx' | 'pdf'): Promise<Map<string, Uint8Array>> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-lo-'));
  try {
    const inputs = pages.map((page, i) => {
      const file = join(dir, `page-${String(i).padStart(3, '0')}.html`);
      writeFileSync(file, page);
      return file;
    });
    const out = join(dir, 'out');
    await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', FILTERS[target], '--outdir', out, ...inputs], { timeout: 300_000 });
    return new Map(pages.map((page, i) => [page, new Uint8Array(readFileSync(join(out, `page-${String(i).padStart(3, '0')}.${target}`)))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
