/**
 * Registers as agencies keep them: a title row, a two-row header with a merged 征求意见 group,
 * synonyms for every column, dates as Excel serials and typed text, merged cells, outcome texts
 * in the agency's words; and the problems that stop an import, each naming its row and column.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { readRegisterFile } from '../../../src/importers/applications/readRegisterFile.ts';
import { stopParseWorkers } from '../../../src/importers/workers/parsePool.ts';
import { seedCalendar } from '../../calendar/seedCalendar.ts';

after(() => stopParseWorkers());

async function agencyWorkbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2025年台账');
  sheet.mergeCells('A1:J1');
  sheet.getCell('A1').value = '中卫市医疗保障局2025年政府信息公开申请登记台账';
  const top = ['序号', '收到申请日期', '申请人姓名', '申请人类别', '申请渠道', '所需政府信息', '征求意见', null, '办结日期', '处理结果'];
  const leaf = [null, null, null, null, null, null, '开始日期', '结束日期', null, null];
  sheet.getRow(2).values = top;
  sheet.getRow(3).values = leaf;
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'I', 'J']) sheet.mergeCells(`${col}2:${col}3`);
  sheet.mergeCells('G2:H2');
  rows.forEach((row, i) => (sheet.getRow(4 + i).values = row));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('an agency’s own 台账', () => {
  it('reads a title row, a two-row header, serial and typed dates, merged cells and outcome words', async () => {
    const bytes = await agencyWorkbook([
      [1, 45926, '王伟', '自然人', '现场', '2025年医保定点名单', null, null, '2025/10/20', '同意公开'],
      [2, '2025年10月9日', '宁夏塞上商贸有限公司', '商业企业', '网上', '某项目招标文件', '2025.10.13', '2025-10-24', '2025年11月5日', '不予公开（涉及商业秘密，第三方不同意公开）'],
      [3, '2025-10-10', '李娜', '自然人', null, '某决定全文', null, null, '2025-10-15', '申请人撤回'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    workbook.getWorksheet(1)!.mergeCells('E5:E6'); // 申请渠道 merged over rows 2 and 3: the same channel
    const read = await readRegisterFile(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), seedCalendar);
    assert.deepEqual(read.issues, []);
    assert.equal(read.agency, '中卫市医疗保障局');
    assert.deepEqual(read.records.map((r) => [r.ref, r.receivedOn, r.applicantType, r.channel, r.deliveryForm]), [
      ['1', '2025-09-26', 'naturalPerson', 'inPerson', 'other'],
      ['2', '2025-10-09', 'commercial', 'online', 'other'],
      ['3', '2025-10-10', 'naturalPerson', 'online', 'other'],
    ]);
    assert.deepEqual(read.records[1]!.events, [
      { type: 'consultationStarted', on: '2025-10-13', kind: 'thirdParty' },
      { type: 'consultationEnded', on: '2025-10-24' },
      { type: 'answered', on: '2025-11-05', outcome: 'withheld.thirdParty' },
    ]);
    assert.deepEqual(read.records[2]!.events, [{ type: 'withdrawn', on: '2025-10-15' }]);
  });

  it('reports impossible data and unknown words with row and column, and guesses nothing', async () => {
    const bytes = await agencyWorkbook([
      [1, '2025-10-09', '王伟', '自然人', '现场', '甲', null, null, '2025-10-01', '予以公开'],
      [2, '2025-10-09', '李娜', '自然人', '现场', '乙', null, null, '2025-10-20', '已办理'],
      [3, '2025-13-01', '张强', '外国人', '飞鸽', '丙', null, null, null, null],
    ]);
    const read = await readRegisterFile(bytes, seedCalendar);
    const messages = read.issues.map((issue) => issue.message);
    assert.ok(messages.some((m) => m.startsWith('第4行“办理记录”') && m.includes('早于收到申请日期')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('第5行“办理结果”') && m.includes('“已办理”不是可识别的办理结果')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('第6行“收到日期”') && m.includes('“2025-13-01”不是可识别的日期')));
    assert.ok(messages.some((m) => m.startsWith('第6行“申请人类型”') && m.includes('外国人')));
    assert.ok(messages.some((m) => m.startsWith('第6行“申请方式”') && m.includes('飞鸽')));
    assert.deepEqual(read.issues.map((i) => i.row), [4, 5, 6, 6, 6]);
  });

  it('CSV: extensions beyond 20 working days and a missing approver are issues; a missing column names the header row', async () => {
    const csv = [
      '受理编号,登记日期,申请人名称,申请人类型,申请事项,延期日期,延长天数,批准人,答复日期,答复结果',
      'A-1,2025-11-03,某律师事务所,法律服务机构,甲,2025-11-20；2025-11-25,15；10,张主任；张主任,2025-12-30,部分公开',
      'A-2,2025-11-03,某研究所,科研机构,乙,2025-11-20,5,,2025-12-10,本机关不掌握',
    ].join('\n');
    const read = await readRegisterFile(new TextEncoder().encode(csv), seedCalendar);
    const messages = read.issues.map((i) => i.message);
    assert.ok(messages.some((m) => m.startsWith('第2行') && m.includes('累计不得超过20个工作日')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('第3行') && m.includes('须记录批准人')), messages.join('\n'));
    const noType = await readRegisterFile(new TextEncoder().encode('编号,收到日期,申请人,申请内容\n1,2025-11-03,王伟,甲\n'), seedCalendar);
    assert.deepEqual(noType.issues, [{ row: 1, field: '表头', message: '第1行表头缺少“申请人类型”列' }]);
  });

  it('JSON: each problem names the application, its 编号 and the field, in Chinese', async () => {
    const file = { agency: '某局', applications: [
      { ref: 'X-1', receivedOn: '2025-02-30', channel: 'online', applicantType: 'naturalPerson', applicant: { name: '王伟' }, request: '甲', deliveryForm: 'paper', events: [] },
      { ref: 'X-2', receivedOn: '2025-03-03', channel: 'email', applicantType: 'naturalPerson', applicant: { name: '李娜', idType: 'residentId', idNumber: '640502199001011234' }, request: '乙', deliveryForm: 'paper', events: [{ type: 'answered', on: '2025-03-10', outcome: 'granted?' }] },
    ] };
    const read = await readRegisterFile(new TextEncoder().encode(JSON.stringify(file)), seedCalendar);
    const messages = read.issues.map((i) => i.message);
    assert.deepEqual(read.issues.map((i) => i.row), [1, 2, 2]);
    assert.equal(messages[0], '第1件申请（编号 X-1）“收到日期”：不是有效日期（应为 YYYY-MM-DD）');
    assert.ok(messages.some((m) => m.startsWith('第2件申请（编号 X-2）“申请方式”：取值不在约定的代码中')));
    assert.ok(messages.some((m) => m.startsWith('第2件申请（编号 X-2）“第1项办理记录的办理结果”')));
    assert.ok(!messages.some((m) => /[a-z]{4,}/.test(m.replace(/applications-contract\.md|YYYY-MM-DD/g, ''))), messages.join('\n'));
  });
});
