import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRegisterFile } from '../../../src/importers/applications/readRegisterFile.ts';
import { exportRegisterCsv, exportRegisterJson } from '../../../src/exporters/applications/registerFiles.ts';
import { BREAKAGES, invalidRegister, type Breakage } from '../../helpers/invalidApplicationRegister.ts';
import { seedCalendar } from '../../calendar/seedCalendar.ts';

describe('invalid registers: one impossible application stops the import and is named', () => {
  for (const breakage of Object.keys(BREAKAGES) as Breakage[]) {
    it(breakage, async () => {
      const register = invalidRegister(31, breakage);
      const json = await readRegisterFile(exportRegisterJson(register), seedCalendar);
      assert.ok(json.issues.length > 0, 'JSON: refused');
      assert.ok(json.issues.every((issue) => issue.row === 18 && issue.message.startsWith(`第18件申请（编号 ${register.brokenRef}）`)), JSON.stringify(json.issues));
      if (breakage === 'outcomeNotAKey') return; // a CSV carries outcome words, not keys: 同意公开 is a known word there
      const csv = await readRegisterFile(exportRegisterCsv(register), seedCalendar);
      // Row 1 is the title, row 2 the header: the 18th application is on row 20.
      assert.ok(csv.issues.length > 0 && csv.issues.every((issue) => issue.row === 20 && issue.message.startsWith('第20行')), JSON.stringify(csv.issues));
    });
  }
});
