/**
 * Export → import of generated registers: the contract JSON, the 台账 as .xlsx (through the parse
 * worker) and as CSV (UTF-8 with BOM, and GB18030 as Chinese Excel writes it) read back to the
 * same applications, ledgers and all.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { exportRegisterCsv, exportRegisterJson, exportRegisterXlsx } from '../../../src/exporters/applications/registerFiles.ts';
import { readRegisterFile } from '../../../src/importers/applications/readRegisterFile.ts';
import { stopParseWorkers } from '../../../src/importers/workers/parsePool.ts';
import { generateRegister } from '../../helpers/applicationRegisterGenerator.ts';
import { seedCalendar } from '../../calendar/seedCalendar.ts';

after(() => stopParseWorkers());

const register = generateRegister({ seed: 7, count: 250 });

/** Node decodes GB18030 but cannot encode it: glibc's iconv makes the bytes. */
function gb18030(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }));
}

describe('application register round trip', () => {
  it('JSON: the contract file reads back unchanged', async () => {
    const read = await readRegisterFile(exportRegisterJson(register), seedCalendar);
    assert.equal(read.format, 'json');
    assert.deepEqual(read.issues, []);
    assert.equal(read.agency, register.agency);
    assert.deepEqual(read.records, register.applications);
  });

  it('xlsx: the 台账 with Chinese headers, real date cells and list cells reads back unchanged', async () => {
    const read = await readRegisterFile(await exportRegisterXlsx(register), seedCalendar);
    assert.equal(read.format, 'xlsx');
    assert.deepEqual(read.issues, []);
    assert.equal(read.agency, register.agency);
    assert.deepEqual(read.records, register.applications);
  });

  it('CSV: UTF-8 with BOM and GB18030 without read back unchanged', async () => {
    const utf8 = exportRegisterCsv(register);
    for (const bytes of [utf8, gb18030(utf8)]) {
      const read = await readRegisterFile(bytes, seedCalendar);
      assert.equal(read.format, 'csv');
      assert.deepEqual(read.issues, []);
      assert.deepEqual(read.records, register.applications);
    }
  });

  it('CSV: a cell that looks like a formula is made inert on export and restored on import', async () => {
    const tricky = { ...register, applications: [{ ...register.applications[0]!, request: '=HYPERLINK("http://x","点我")' }] };
    const bytes = exportRegisterCsv(tricky);
    assert.match(new TextDecoder().decode(bytes), /'=HYPERLINK/);
    const read = await readRegisterFile(bytes, seedCalendar);
    assert.deepEqual(read.issues, []);
    assert.equal(read.records[0]!.request, '=HYPERLINK("http://x","点我")');
  });
});
