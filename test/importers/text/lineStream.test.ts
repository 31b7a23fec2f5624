/**
 * The line-stream reader on text as `pdftotext -raw` prints a catalog table (issue 12): cells in
 * reading order, each wrapped over lines, the first lines of neighbouring cells joined on one line
 * when the cell before is one line, and a row cut by a page break going on under the repeated header.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readLineStream } from '../../../src/importers/text/lineStream.ts';
import { withoutRepeatedHeaders } from '../../../src/importers/text/lineHeader.ts';
import { splitLine, startsBoxes, width } from '../../../src/importers/text/lineTokens.ts';

const HEADER = ['序号 公开事项 公开内容（要素） 公开依据 公开时限 公开主体 公开渠道和载体 公开方式', '一级事项 二级事项 主动 依申请'];

/** A row as -raw prints it: 序号 beside the 一级事项's first line, wrapped cells one line after another. */
function row(seq: string, level1: string[], level2: string, content: string[]): string[] {
  const [first, ...rest] = level1;
  const lines = [`${seq} ${first ?? level2}`, ...rest];
  return [
    ...(first === undefined ? [`${seq} ${level2} ${content[0]!}`] : [...lines, `${level2} ${content[0]!}`]),
    ...content.slice(1),
    '《中华人民共和国政府信息',
    '公开条例》',
    '形成或者变',
    '更之日起',
    '20 个工作',
    '日内',
    '☑政府网站',
    '☐两微一端',
    '✓',
  ];
}

function cells(text: string): string[][] {
  const table = readLineStream(text);
  assert.ok(table);
  return table.rows.slice(1).map((r) => r.map((c) => c.text));
}

describe('line stream: cells of one line (pdftotext -raw)', () => {
  it('cuts a line where a 《title》, a box or a cell after the ticks starts', () => {
    assert.deepEqual(splitLine('本单位政府信息公开制度 《中华人民共和国政府信息'), ['本单位政府信息公开制度', '《中华人民共和国政府信息']);
    assert.deepEqual(splitLine('政府开放日活动的方案、 《中华人民共和国政府信息'), ['政府开放日活动的方案、', '《中华人民共和国政府信息']);
    assert.deepEqual(splitLine('形成或者变 ☑政府网站'), ['形成或者变', '☑政府网站']);
    assert.deepEqual(splitLine('✓ ✓ ✓ 每季度'), ['✓ ✓ ✓', '每季度']);
    // Two titles of one 公开依据 stay together.
    assert.deepEqual(splitLine('《预算法》 《预算法实施条例》'), ['《预算法》 《预算法实施条例》']);
  });

  it('keeps a box list printed inline as one cell, and 口 alone (窗口 wrapped) is no box', () => {
    assert.deepEqual(splitLine('政府公报 ¨发布会/听证会', true), ['政府公报 ¨发布会/听证会']);
    assert.deepEqual(splitLine('广播电视 口报', true), ['广播电视 口报']);
    assert.equal(startsBoxes('口'), false);
    // A channel's name before the boxes is a wrapped label (政务服务中心 ¨便 / 民服务站), not a 公开主体.
    assert.deepEqual(splitLine('政务服务中心 ¨便', true), ['政务服务中心 ¨便']);
    assert.deepEqual(splitLine('民服务站 ¨入户/现场', true), ['民服务站 ¨入户/现场']);
    assert.equal(startsBoxes('口政府网站'), true);
  });

  it('parts the one-line 公开主体 -raw prints before an inline box list (办公室 þ 政府网站 ¨两微一)', () => {
    assert.deepEqual(splitLine('办公室 þ 政府网站 ¨两微一', true), ['办公室', 'þ 政府网站 ¨两微一']);
    assert.deepEqual(splitLine('区医疗保障局 口门户网站 口两微', true), ['区医疗保障局', '口门户网站 口两微']);
    assert.deepEqual(splitLine('政务大厅 þ 政府网站 ¨两微一', true), ['政务大厅', 'þ 政府网站 ¨两微一']);
  });

  it('drops a repeated header with its broken first label (序 / 号) and marks where the page starts', () => {
    const { lines, pageStarts } = withoutRepeatedHeaders(
      ['1 概况信息', '日起', '序', '号', ...HEADER, '日内', '2 领导信息'],
      ['序', '号', ...HEADER],
      ['序', '号'],
    );
    assert.deepEqual(lines, ['1 概况信息', '日起', '日内', '2 领导信息']);
    assert.deepEqual([...pageStarts], [2]);
  });
});

describe('line stream: rows of pdftotext -raw text', () => {
  const text = [
    ...HEADER,
    ...row('1', ['一、概况', '信息'], '机构信息', ['机构名称、办公地址、办', '公时间、办公电话']),
    ...row('2', ['三、行政', '权力运行'], '权力清单', ['本部门权力清单（包括职', '权名称、子项名称）']),
    ...row('3', [], '领导信息', ['领导班子成员姓名、职', '务、主要或分管工作']),
    '4 政府开放日 政府开放日活动的方案、 《中华人民共和国政府信息 形成或者变 ☑政府网站 ✓',
    ...HEADER,
    '图片、信息 公开条例》（国务院令第',
    '711 号）',
    '更之日起',
    '20 个工作',
    '日内',
    '☐两微一端',
    ...row('5', [], '部门信息', ['本单位印发的所有文字信', '息、图片信息']),
  ].join('\n');

  it('reads one row a 序号, a wrapped cell ending its line, and the 二级事项 beside the 公开内容', () => {
    const rows = cells(text);
    assert.deepEqual(rows.map((r) => r[0]), ['1', '2', '3', '4', '5']);
    assert.equal(rows[1]![1], '三、行政\n权力运行');
    assert.equal(rows[1]![2], '权力清单');
    assert.equal(rows[1]![3], '本部门权力清单（包括职\n权名称、子项名称）');
  });

  it('goes on with the row a page break cut, cell by cell', () => {
    const cut = cells(text)[3]!;
    assert.equal(cut[2], '政府开放日');
    assert.equal(cut[3], '政府开放日活动的方案、\n图片、信息');
    assert.equal(cut[4], '《中华人民共和国政府信息\n公开条例》（国务院令第\n711 号）');
    assert.equal(cut[5], '形成或者变\n更之日起\n20 个工作\n日内');
    assert.equal(cut[7], '☑政府网站\n☐两微一端');
  });

  it('gives a box label the page break cut its end back (lines without a box at the top of the page)', () => {
    const cutLabel = [
      ...HEADER,
      ...row('1', [], '机构信息', ['机构名称、办公地址、办', '公时间、办公电话']).slice(0, -1),
      '☐社区（村）/',
      '✓',
      ...HEADER,
      '企事业单位公',
      '示栏',
      '☐精准推送（注明）',
      '☐其他（注明）',
      ...row('2', [], '领导信息', ['领导班子成员姓名、职', '务、主要或分管工作']),
    ].join('\n');
    const rows = cells(cutLabel);
    assert.equal(rows.length, 2);
    assert.equal(rows[0]![3], '机构名称、办公地址、办\n公时间、办公电话');
    assert.equal(rows[0]![7], '☑政府网站\n☐两微一端\n☐社区（村）/\n企事业单位公\n示栏\n☐精准推送（注明）\n☐其他（注明）');
  });

  it('starts the 公开依据 at its first numbered 《title》, not inside the 公开内容 above it', () => {
    const numbered = [
      ...HEADER,
      '1 政府信息公开年',
      '度工作报告',
      '公开政府信息公开年度工作报',
      '告',
      '1.《中华人民共和国政府信息公开',
      '条例》',
      '2.《中共中央办公厅、国务院办公',
      '厅《关于全面推进政务公开工作的',
      '意见》',
      '3.《国务院办公厅印发<关于全面',
      '推进政务公开工作的意见>实施细',
      '则的通知》',
      '每年 1 月 15 日',
      '之前',
      '大武口区医',
      '疗保障局',
      '☑政府网站',
      '☐两微一端',
      '✓',
      ...row('2', [], '领导信息', ['领导班子成员姓名、职', '务、主要或分管工作']),
    ].join('\n');
    const first = cells(numbered)[0]!;
    assert.equal(first[3], '公开政府信息公开年度工作报\n告');
    assert.ok(first[4]!.startsWith('1.《中华人民共和国政府信息公开'));
  });

  it('gives the end of a title after a page break back to the 公开依据, not to the 公开内容 (例》（国务院令…）)', () => {
    const cutTitle = [
      ...HEADER,
      '1 公共服务 参保人员异地就 备案渠道及咨询电话公开 《中华人民共和国政府信息公开条 信息形成或变 大武口区医 ■政府网站 ✓',
      ...HEADER,
      '医登记备案 例》（国务院令第 711 号） 更之日起 20 个',
      '工作日内',
      '疗保障局',
      '□两微一端',
      ...row('2', [], '领导信息', ['领导班子成员姓名、职', '务、主要或分管工作']),
    ].join('\n');
    const first = cells(cutTitle)[0]!;
    assert.ok(!first[3]!.includes('例》'));
    assert.equal(first[4], '《中华人民共和国政府信息公开条\n例》（国务院令第 711 号）');
  });

  it('goes on after a page break with the cell the break cut, not with a short one that had ended (医疗保险个 | 人权益查询)', () => {
    const wrapped = (seq: string, level2: string[], content: string[]): string[] => [
      `${seq} 公共服务 ${level2[0]!}`,
      ...level2.slice(1),
      ...content,
      '《中华人民共和国政府信息公开条',
      '例》（国务院令第 711 号）',
      '信息形成或变',
      '更之日起 20 个',
      '工作日内',
      '大武口区医',
      '疗保障局',
      '■政府网站',
      '□两微一端',
      '✓',
    ];
    const text = [
      ...HEADER,
      ...wrapped('1', ['参保人员基本', '信息查询'], ['参保人员基本信息查询方', '式及咨询电话']),
      ...wrapped('2', ['医疗保险个人', '账户查询'], ['医疗保险个人账户查询流', '程及办理方式']),
      '3 公共服务 参保人员异地 备案渠道及咨询电话 《中华人民共和国政府信息公开条 信息形成或变 大武口区医 ■政府网站 ✓',
      ...HEADER,
      '就医登记备案 例》（国务院令第 711 号） 更之日起 20 个',
      '工作日内',
      '疗保障局 □两微一端',
      ...wrapped('4', ['生育保险待遇', '核准支付'], ['生育保险待遇核准支付的', '条件及办理流程']),
    ].join('\n');
    const cut = cells(text).find((r) => r[0] === '3')!;
    assert.equal(cut[2], '参保人员异地\n就医登记备案');
    assert.equal(cut[3], '备案渠道及咨询电话');
    assert.equal(cut[4], '《中华人民共和国政府信息公开条\n例》（国务院令第 711 号）');
  });

  it('measures “ ” full width, as a Chinese font prints them, so 预决算及“三 is no short last line (no extra item)', () => {
    assert.equal(width('预决算及“三'), width('财务管理：财政') - 2);
    const quoted = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/seed002-oneline.txt', import.meta.url), 'utf8');
    const level2 = cells(quoted).map((r) => r[1]); // no 序号 column: 二级事项 is the second
    assert.ok(level2.includes('财务管理：财政\n预决算及“三\n公”经费'), level2.join(' | '));
  });

  it('reads a 二级事项 wrapped over nine lines of a narrow column as one cell, not two rows', () => {
    const narrow = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/huinong-five.txt', import.meta.url), 'utf8');
    const level2 = cells(narrow).map((r) => r[2]);
    const long = '以欺诈、伪\n造证明材料\n或者其他手\n段骗取社会\n保险基金支\n出行为的处\n罚（仅指医\n疗保险、生\n育保险）';
    assert.ok(level2.includes(long), level2.join(' | '));
  });

  it('reads a cell after the ticks on their line as the next cell of the row, not a new row (备注)', () => {
    const header = ['序号 公开事项 公开内容（要素） 公开依据 公开时限 公开主体 公开渠道和载体 公开方式 备注', '一级事项 二级事项 主动 依申请'];
    const withRemark = [
      ...header,
      ...row('1', ['一、概况', '信息'], '机构信息', ['机构名称、办公地址、办', '公时间、办公电话']).slice(0, -1),
      '✓ 每季度',
      '更新',
      ...row('2', [], '领导信息', ['领导班子成员姓名、职', '务、主要或分管工作']),
    ].join('\n');
    const rows = cells(withRemark);
    assert.deepEqual(rows.map((r) => r[0]), ['1', '2']);
    const remarks = readLineStream(withRemark)!.rows[0]!.findIndex((c) => c.text === '备注');
    assert.equal(rows[0]![remarks], '每季度\n更新');
  });

  it('starts no row at a wrapped line of a long 二级事项 where the 序号 numbers every row', () => {
    const long = [
      ...HEADER,
      ...row('1', ['六、行政', '处罚'], '机构信息', ['机构名称、办公地址、办', '公时间、办公电话']),
      ...row('2', [], '领导信息', ['领导班子成员姓名、职', '务、主要或分管工作']),
      '3 以欺诈、伪',
      '造证明材料',
      '或者其他手',
      '段骗取社会',
      '保险待遇的',
      '处罚（仅指',
      '医疗保险、',
      '生育保险）',
      '依据本部门权责清单公开',
      '处罚事项名称、依据、条',
      '件、程序、结果',
      ...row('', [], '', []).slice(1),
      ...row('4', [], '下属单位', ['下属单位职责、领导成员', '姓名、职务、办公电话']),
    ].join('\n');
    const rows = cells(long);
    assert.deepEqual(rows.map((r) => r[0]), ['1', '2', '3', '4']);
    // Which of these lines name the group (一级事项) the text cannot tell; none starts a row of its own.
    assert.equal(`${rows[2]![1]}\n${rows[2]![2]}`.replace(/^\n/, ''), '以欺诈、伪\n造证明材料\n或者其他手\n段骗取社会\n保险待遇的\n处罚（仅指\n医疗保险、\n生育保险）');
    assert.equal(rows[2]![3], '依据本部门权责清单公开\n处罚事项名称、依据、条\n件、程序、结果');
  });
});

describe('line stream: narrow columns (pdftotext -raw)', () => {
  const tail = ['1.《中华人民共和国', '政府信息公开条例》', '形成或者', '变更之日', '起 20 个', '工作日内', '☑政府网站', '☐两微一端', '✓'];
  const narrow = [
    ...HEADER,
    ...['1 一、行', '政权力', '运行', '行政处罚', '结果公开', '对本单位涉及的行', '政处罚事项的处罚', '结果公开', ...tail],
    ...['2 二、重', '点领域', '财务管', '理：包括', '财政预决', '算等', '本单位财务信息情', '况，包括财政预决', '算', ...tail],
    ...['3 基本医疗', '保险参保', '人员享受', '门诊慢特', '病病种待', '遇认定', '事项名称、设定依', '据、受理条件、办', '理流程', ...tail],
    ...['4 生育保险', '待遇核准', '支付', '事项名称、设定依', '据、受理条件', ...tail],
  ].join('\n');

  it('reads the cell numbered 一、二、 as the 一级事项, the upper level of the list', () => {
    const rows = cells(narrow);
    assert.deepEqual(rows.map((r) => r[1]), ['一、行\n政权力\n运行', '二、重\n点领域', '', '']);
    assert.equal(rows[1]![2], '财务管\n理：包括\n财政预决\n算等');
  });

  it('keeps a 一级事项 wrapped over four lines of a narrow column whole (七、其 / 他应公 / 开的政 / 府信息)', () => {
    const other = ['5 七、其', '他应公', '开的政', '府信息', '其他应公', '开的政府', '信息', '业务培训、部门简', '讯等', ...tail];
    const rows = cells([narrow, ...other].join('\n'));
    assert.deepEqual(rows[4]!.slice(1, 3), ['七、其\n他应公\n开的政\n府信息', '其他应公\n开的政府\n信息']);
  });

  it('keeps a 二级事项 wrapped over more than twelve lines of a narrow column as one cell', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/longde-five-narrow.txt', import.meta.url), 'utf8');
    const level2 = cells(text).map((r) => compactText(r[2]!));
    assert.ok(level2.includes('缴费单位迟延履行缴费，伪造、变造、故意毁灭有关账册、材料，或者不设账册致使社会保险缴费基数无法确定的处罚（仅指医疗保险、生育保险）'), level2.join(' | '));
  });

  it('keeps a 二级事项 wrapped over six lines of a narrow column as one cell', () => {
    const rows = cells(narrow);
    assert.equal(rows[2]![2], '基本医疗\n保险参保\n人员享受\n门诊慢特\n病病种待\n遇认定');
    assert.equal(rows[3]![2], '生育保险\n待遇核准\n支付');
  });

  it('does not end a name on a conjunction or an enumeration comma (以欺诈、 / … / 材料或者 / 其他手段)', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/seed001-national-narrow.txt', import.meta.url), 'utf8');
    const rows = cells(text);
    const long = '以欺诈、\n伪造证明\n材料或者\n其他手段\n骗取社会\n保险待遇\n的处罚\n（仅指医\n疗保险、\n生育保\n险）';
    assert.ok(rows.some((r) => r[2] === long), rows.map((r) => r[2]).join(' | '));
    assert.ok(!rows.some((r) => /或者$/.test(r[1]!.replace(/\n/g, ''))));
  });

  it('gives no cell a line wider than its column prints (the 二级事项 of a narrow form is no 一级事项)', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/longde-five-narrow.txt', import.meta.url), 'utf8');
    const rows = cells(text);
    assert.ok(rows.some((r) => r[2]!.startsWith('缴费单位\n迟延履行\n缴费，伪')), rows.map((r) => r[2]).join(' | '));
    assert.deepEqual(rows.filter((r) => /缴费单位|社会保险/.test(r[1]!)).map((r) => r[1]), []);
  });

  it('starts a numbered list of 公开依据 at its first item, leaving the text above it to the 公开内容', () => {
    const basis = ['1.《中华人民共和', '国政府信息公开条', '例》', '2.《国务院办公厅', '关于全面推进政务', '公开工作的意见》'];
    const tail = ['形成或', '变更之', '日起 20', '个工作', '日内', '西吉县', '人力资', '源和社', '会保障', '局', '■门户网站', '□两微一端', '√'];
    const text = [
      ...HEADER,
      ...['1 概况信', '息部门', '文件', '基本信息 区医保局办公地', '址、办公电话传', '真、邮政编码', ...basis, ...tail],
      ...['2 领导信息 领导姓名、职务、', '照片、简历、主管', '或分管工作', ...basis, ...tail],
    ].join('\n');
    const first = cells(text)[0]!;
    assert.deepEqual(first.slice(1, 4), ['概况信\n息部门\n文件', '基本信息', '区医保局办公地\n址、办公电话传\n真、邮政编码']);
    assert.equal(first[4], basis.join('\n'));
  });

  it('keeps channel names a page break cuts (部门网站、社区 / （村）/企事业单 | 位公示栏) in their row: no extra row', () => {
    const header = ['一级事', '项', '二级事项 公开内容 依据 时限 公开主', '体', '公开渠道 公开', '方式', '公开类', '型', '网站所属栏目'];
    const tail = ['1.《中华人民共和国政府', '信息公开条例》', '形成或变', '更之日起', '20 个工作', '日内公开', '局办公', '室'];
    const text = [
      ...header,
      ...['部门文', '件', '其他应公开', '的文件', '人大议案和政协提案办', '理结果', '《中华人民共和国政府信', '息公开条例》（国务院令'],
      ...['第 711 号修订）二十条', '即时公开 局办公', '室', '部门网站 主动', '公开', '执行公', '开', '政府信息公开/', '法定主动公开', '内容/部门文件'],
      ...['政策法规 与区医保局履职相关的', '法律法规、规范性文件', '1.《中华人民共和国政府', '信息公开条例》', '形成或变', '更之日起', '局办公', '室'],
      ...['部门网站、社区', '（村）/企事业单', '主动', '公开', '决策公', '开', '政府信息公开/', '法定主动公开'],
      ...header,
      ...['等 2.《中共中央办公厅、国', '务院办公厅《关于全面推', '进政务公开工作的意见》', '20 个工作', '日内公开', '位公示栏 内容/部门文件'],
      ...['政府文件 区医保局制发的主动公', '开的石大医保发的正式', '文件', ...tail, '部门网站', '主动', '公开', '执行公', '开', '政府信息公开/', '法定主动公开', '内容/部门文件'],
    ].join('\n');
    const rows = cells(text);
    assert.deepEqual(rows.map((r) => r[1]), ['其他应公开\n的文件', '政策法规', '政府文件']);
    assert.equal(rows[1]![6], '部门网站、社区\n（村）/企事业单\n位公示栏');
  });

  it('parts the 公开时限 and 公开主体 of a row a page break cut column by column (形成或 / 变更之 / 西吉县 / 人力资)', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/xiji-kou-narrow.txt', import.meta.url), 'utf8');
    const table = readLineStream(text)!;
    const at = (label: string): number => table.rows[0]!.findIndex((c) => c.text === label);
    const cut = (seq: string): string[] => table.rows.find((r) => r[0]!.text === seq)!.map((c) => compactText(c.text));
    assert.deepEqual([cut('9')[at('公开时限')], cut('9')[at('公开主体')]], ['形成或变更之日起20个工作日内公开', '西吉县人力资源和社会保障局']);
    assert.deepEqual([cut('11')[at('公开时限')], cut('11')[at('公开主体')]], ['每年1月15日之前', '西吉县人力资源和社会保障局']);
  });

  it('goes on after a page break with the cell still in a bracket, not with a cell the cut row does not have (…公开期 | 限另有规定的，从其规定）)', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/zhongning-oneline-narrow.txt', import.meta.url), 'utf8');
    const table = readLineStream(text)!;
    const at = (label: string): number => table.rows[0]!.findIndex((c) => c.text === label);
    const rows = table.rows.slice(1).map((r) => r.map((c) => compactText(c.text)));
    const plan = rows.find((r) => r[at('公开内容')] === '出台工作计划、方案、总结等')!;
    assert.deepEqual([plan[at('二级事项')], plan[at('公开时限')]], ['部门文件', '形成或变更之日起20个工作日内（法律、法规对政府信息公开期限另有规定的，从其规定）']);
    // The next row (政策解读) is a row of its own, not cells merged into the cut one.
    assert.ok(rows.some((r) => r[at('二级事项')] === '政策解读' && r[at('公开内容')] === '医疗政策解读'));
  });

  it('ends no 网站所属栏目 path on a one-character column name (…目录/政 / 策解读)', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/zhongning-oneline-narrow.txt', import.meta.url), 'utf8');
    const table = readLineStream(text)!;
    const at = (label: string): number => table.rows[0]!.findIndex((c) => c.text === label);
    const paths = table.rows.slice(1).map((r) => compactText(r[at('网站所属栏目')]!.text));
    assert.ok(paths.includes('市政府网站/政务公开/政府信息公开目录/政策解读'), paths.join(' | '));
    assert.deepEqual(paths.filter((p) => /\/[^/]$/.test(p)), []);
  });

  it('reads a 公开依据 that does not start with its 《title》 as its own cell, not the 公开内容\'s end (中共中央办公厅…印发《…》)', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/zhongning-oneline-narrow.txt', import.meta.url), 'utf8');
    const table = readLineStream(text)!;
    const at = (label: string): number => table.rows[0]!.findIndex((c) => c.text === label);
    const row = table.rows.slice(1).map((r) => r.map((c) => compactText(c.text))).find((r) => r[at('二级事项')] === '政务公开负面清单')!;
    assert.deepEqual([row[at('公开内容')], row[at('公开依据')]], ['事项类别、名称、内容及不予公开的依据等', '中共中央办公厅国务院办公厅印发《关于全面推进政务公开工作的意见》']);
  });

  it('does not go on after a page break with a cell of a column that never wraps (医保局 | 单公开处罚事项…)', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/seed001-national-narrow.txt', import.meta.url), 'utf8');
    const table = readLineStream(text)!;
    const at = (label: string): number => table.rows[0]!.findIndex((c) => c.text === label);
    const cut = table.rows.find((r) => r[0]!.text === '29')!.map((c) => compactText(c.text));
    assert.deepEqual([cut[at('公开时限')], cut[at('公开主体')]], ['即时公开', '医保局']);
  });

  it('keeps the tail of a document number (〔2016〕80 号）) on the 公开依据 the line before could not finish', () => {
    const basis = ['《国务院办公厅关于推', '进政务公开工作的意', '见》（国办发', '〔2016〕80 号）'];
    const tail = ['形成或者变', '更之日起', '20 个工作', '日内', '☑政府网站', '☐两微一端', '✓'];
    const text = [
      ...HEADER,
      ...['1 机构信息 机构名称、办公地址、办', '公时间、办公电话', ...basis, ...tail],
      ...['2 领导信息 领导姓名、职务、主', '要或分管工作', ...basis, ...tail],
    ].join('\n');
    const rows = cells(text);
    assert.deepEqual(rows.map((r) => [r[4], r[5]]), [1, 2].map(() => [basis.join('\n'), tail.slice(0, 4).join('\n')]));
  });

  it('parts a 序号 from a name that starts with 年度/月度 (2 年度报告), not from a quantity (20 个工作, 3 月底前)', () => {
    assert.deepEqual(splitLine('2 年度报告 公开年度工作'), ['2', '年度报告', '公开年度工作']);
    assert.deepEqual(splitLine('20 个工作'), ['20 个工作']);
    assert.deepEqual(splitLine('3 月底前'), ['3 月底前']);
  });

  it('reads no name of one character: 发展规 / 划 after a long 公开内容 is the next row\'s 一级事项', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/zhongning-oneline-narrow.txt', import.meta.url), 'utf8');
    const rows = cells(text);
    assert.ok(rows.some((r) => r[0] === '发展规\n划'), rows.map((r) => r[0]).join(' | '));
    assert.deepEqual(rows.filter((r) => compactLength(r[0]!) === 1 || compactLength(r[1]!) === 1).map((r) => r.slice(0, 2)), []);
  });

  it('cuts a row\'s first line printed whole above a page break into its cells, the box list among them', () => {
    const line = '18 基本医疗保险（生 事项名称、设定依据、受理条 政务服务窗 þ 政府网站 ¨两微一端 ¨ 主动公 按年度更';
    assert.deepEqual(splitLine(line, true), ['18', '基本医疗保险（生', '事项名称、设定依据、受理条', '政务服务窗', 'þ 政府网站 ¨两微一端 ¨', '主动公', '按年度更']);
    assert.deepEqual(splitLine('政府公报 ¨发布会/听证会', true), ['政府公报 ¨发布会/听证会']);
  });

  it('keeps a box label\'s note wrapped alone (口其他 / （注明）) with the boxes, not on the 网站所属栏目 below', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/xiji-kou-narrow.txt', import.meta.url), 'utf8');
    const table = readLineStream(text)!;
    const column = table.rows[0]!.findIndex((c) => c.text === '网站所属栏目');
    assert.deepEqual(splitLine('定） （注明）', true), ['定）', '（注明）']);
    const paths = table.rows.slice(1).map((r) => r[column]!.text);
    assert.deepEqual(paths.filter((p) => p.includes('注明')), []);
  });

  it('parts a one-character cell end from the next cell on a page\'s first line (等 2.《中共中央办公厅、国)', () => {
    assert.deepEqual(splitLine('等 2.《中共中央办公厅、国', false, true), ['等', '2.《中共中央办公厅、国']);
    // Elsewhere one character before a space is no cell of its own.
    assert.deepEqual(splitLine('等 2.《中共中央办公厅、国'), ['等 2.《中共中央办公厅、国']);
  });

  it('parts a cell that starts with an opening quote from the cell before it (部门经费预决算 “三公”经费…)', () => {
    assert.deepEqual(splitLine('8 财务管理 部门经费预决算 “三公”经费、专项经费、财政收'), ['8', '财务管理', '部门经费预决算', '“三公”经费、专项经费、财政收']);
    // A quote inside a cell's words stays: 预决算及“三 is one line of one cell.
    assert.deepEqual(splitLine('预决算及“三'), ['预决算及“三']);
  });

  it('reads 口 starting a word on a row\'s first line (5 公共服务 口腔种植医疗服务) as text, not a box', () => {
    assert.deepEqual(splitLine('5 公共服务 口腔种植医疗服务', true), ['5', '公共服务', '口腔种植医疗服务']);
  });
});

function compactText(text: string): string {
  return text.replace(/\s/g, '');
}

function compactLength(text: string): number {
  return text.replace(/\s/g, '').length;
}
