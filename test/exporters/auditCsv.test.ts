import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportAuditCsv } from '../../src/exporters/audit/auditCsv.ts';

describe('exportAuditCsv', () => {
  it('writes a BOM, the Chinese header and rows, quoting commas and making formula-like cells inert', () => {
    const bytes = exportAuditCsv([
      { at: '2026-03-05 01:00', actorName: '=HYPERLINK("x")', actionLabel: '修改目录事项', agencyName: '中卫市医疗保障局', summary: '+1, -2', changes: '@备注：— → 甲' },
    ]);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    assert.equal(text, '时间（北京时间）,操作人,操作,单位,内容,变更\r\n2026-03-05 01:00,"\'=HYPERLINK(""x"")",修改目录事项,中卫市医疗保障局,"\'+1, -2",\'@备注：— → 甲\r\n');
  });
});
