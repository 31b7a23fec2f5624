/**
 * Ticks that `pdftotext -raw` prints as one run after the 公开渠道 cell ("✓ ✓ ✓"), without their
 * columns (issue 12): placed where the run says (unticked boxes printed, every column ticked), by
 * what the catalog itself says where it does not, every such row named in a finding; never guessed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../../src/importers/importCatalogText.ts';
import { declaredMode, isTickRun, placeRun, rowList, type TickGroup } from '../../../src/importers/text/lineTicks.ts';

const HEADER = [
  '序号 公开事项 公开内容（要素） 公开依据 公开时限 公开主体 公开渠道和载体 公开对象 公开方式 所属“五公开”类型',
  '一级事项 二级事项 全社会 特定群体 主动 依申请 决策 执行 管理 服务 结果',
];

/** A row as -raw prints it: 序号 and the first lines of the short cells on one line, then each wrapped cell, then the run. */
function row(seq: string, level2: string, run: string | null): string[] {
  const first = seq === '' ? `${level2} 名称、办公地址、办公` : `${seq} 概况信息 ${level2} 名称、办公地址、办公`;
  const lines = [first, '时间、办公电话', '《中华人民共和国政府信息', '公开条例》', '形成或者变更', '之日起 20 个', '工作日内', '某县医疗', '保障局', '☑政府网站', '☐两微一端'];
  return run === null ? lines : [...lines, run];
}

function read(summary: string, ...rows: string[][]) {
  const text = ['某县医疗保障局政务公开事项目录', summary, ...HEADER, ...rows.flat()].join('\n');
  return importText(Buffer.from(text));
}

const NONE_ON_REQUEST = '政府信息：主动公开一级事项 1 项，二级事项 3 项；依申请公开二级事项 0 项';

const GROUPS: TickGroup[] = [
  { field: 'audience', name: '公开对象', labels: ['全社会', '特定群体'] },
  { field: 'mode', name: '公开方式', labels: ['主动', '依申请'] },
  { field: 'fiveTypes', name: '所属“五公开”类型', labels: ['决策', '执行', '管理', '服务', '结果'] },
];

describe('line stream ticks: runs without positions (pdftotext -raw)', () => {
  it('reads the columns from a run that prints the unticked boxes too, and names no row', () => {
    const { catalog, findings } = read(NONE_ON_REQUEST, row('1', '机构信息', '□ ✓ ✓ □ □ ✓ □ □ ✓'));
    const item = catalog.items[0]!;
    assert.deepEqual([item.audience, item.mode, item.fiveTypes], [['特定群体'], ['主动公开'], ['执行', '结果']]);
    assert.deepEqual(findings.filter((f) => /勾选/.test(f.message)), []);
    assert.equal(isTickRun('□ ✓ ✓ □'), true);
    assert.equal(isTickRun('□政府网站'), false);
  });

  it('gives one tick to each single-choice group as the summary declares, and names those rows for checking', () => {
    const { catalog, findings } = read(NONE_ON_REQUEST, row('1', '机构信息', '✓ ✓ ✓'), row('2', '领导信息', '✓ ✓ ✓ ✓'));
    assert.deepEqual(catalog.items.map((i) => [i.audience, i.mode]), [[['全社会'], ['主动公开']], [['全社会'], ['主动公开']]]);
    const messages = findings.map((f) => f.message);
    assert.ok(messages.some((m) => m.startsWith('公开对象') && m.includes('推定为“全社会”') && m.endsWith('序号 1、2')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('公开方式') && m.includes('推定为“主动公开”')), messages.join('\n'));
  });

  it('leaves 五公开 ticks out where the run cannot say which of the five, and asks for them', () => {
    const { catalog, findings } = read(NONE_ON_REQUEST, row('1', '机构信息', '✓ ✓ ✓'), row('2', '领导信息', '✓ ✓ ✓ ✓'));
    assert.deepEqual(catalog.items.map((i) => i.fiveTypes), [[], []]);
    assert.ok(findings.some((f) => f.message.startsWith('所属“五公开”类型') && f.message.includes('未能导入，请补填：序号 1、2')));
  });

  it('follows the mode most items are declared with and says how many the summary declares otherwise', () => {
    const summary = '政府信息：主动公开一级事项 1 项，二级事项 2 项；依申请公开二级事项 1 项';
    const { catalog, findings } = read(summary, row('1', '机构信息', '✓ ✓ ✓'), row('2', '领导信息', '✓ ✓ ✓'), row('3', '内设机构', '✓ ✓ ✓'));
    assert.deepEqual(catalog.items.map((i) => i.mode), [['主动公开'], ['主动公开'], ['主动公开']]);
    assert.ok(findings.some((f) => f.message.startsWith('公开方式') && f.message.includes('另有 1 项为依申请公开')));
    assert.deepEqual(declaredMode(null, { proactiveLevel1: null, proactiveLevel2: 1, onRequestLevel2: 4, proactive: null, onRequest: null }), { mode: '依申请公开', others: 1 });
    assert.equal(declaredMode(null, { proactiveLevel1: null, proactiveLevel2: 2, onRequestLevel2: 2, proactive: null, onRequest: null }), null);
  });

  it('places nothing by inference where the catalog declares no mode', () => {
    const { catalog, findings } = read('', row('1', '机构信息', '✓ ✓ ✓'));
    assert.deepEqual([catalog.items[0]!.audience, catalog.items[0]!.mode], [[], []]);
    assert.ok(findings.some((f) => f.message.startsWith('公开对象') && f.message.includes('未能导入')));
  });

  it('reads fewer ticks than groups as unplaced, but a summary of only 主动公开 still gives the mode', () => {
    const { catalog, findings } = read(NONE_ON_REQUEST, row('1', '机构信息', '✓'));
    assert.deepEqual([catalog.items[0]!.audience, catalog.items[0]!.mode], [[], ['主动公开']]);
    assert.ok(findings.some((f) => f.message.startsWith('公开对象') && f.message.includes('未能导入，请补填：序号 1')));
  });

  it('leaves a row that prints no tick blank, and shares a merged run among the rows of its 序号', () => {
    const { catalog } = read(NONE_ON_REQUEST, row('1', '机构信息', null), row('2', '领导信息', '✓ ✓ ✓'), row('', '内设机构', null));
    assert.deepEqual(catalog.items.map((i) => i.mode), [[], ['主动公开'], ['主动公开']]);
  });

  it('places every column of a run that ticks them all, without inference', () => {
    const all = placeRun('✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓', GROUPS, null);
    assert.deepEqual(all.placed, ['exact', 'exact', 'exact']);
    assert.deepEqual(rowList(['1', '2', '3', '5', '“政策解读”']), '1–3、5、“政策解读”');
    assert.deepEqual(rowList(['1', '2', '4', '5', '6']), '序号 1、2、4–6');
  });
});
