/**
 * Layouts and wordings met on catalogs the importer had not seen (test/fixtures/import-corpus/real/,
 * nanchuan / baodi / gaizhou / ynwss / kyqq): each case failed before its rule.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../../src/importers/importCatalogText.ts';
import { fieldOfLabel } from '../../../src/importers/table/headerVocabulary.ts';
import { agencyFromTitle } from '../../../src/importers/table/headerBlock.ts';
import { findHeader } from '../../../src/importers/table/headerPass.ts';
import { readChannels } from '../../../src/importers/table/channelMarks.ts';
import { splitBasis } from '../../../src/importers/table/basisSplitter.ts';
import { headerRows, streamCells } from '../../../src/importers/text/pipeCells.ts';
import { readPipeTable } from '../../../src/importers/text/pipeTable.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const pick = (text: string) =>
  importText(utf8(text)).catalog.items.map((i) => [i.seq, i.level1, i.level2, i.content, i.subject, i.audience, i.mode]);
const HEADER = ['序号', '公开事项', '公开内容', '公开时限', '公开主体', '公开对象', '公开方式', '一级', '二级', '全社会', '特定群体', '主动', '依申请'];

describe('tables copied as one cell per line', () => {
  it('splits the cells at |, keeps a lone | as an empty cell and drops || padding', () => {
    const cells = streamCells(['行政许可 |', '建设项目', '审批 |', '|', '√ | ||']).map((c) => c.text);
    assert.deepEqual(cells, ['行政许可', '建设项目\n审批', '', '√']);
  });

  it('splits the header at the first sub-label after a group label', () => {
    assert.deepEqual(headerRows(HEADER), [HEADER.slice(0, 7), HEADER.slice(7)]);
  });

  it('reads rows by their 序号, with the header repeated before every row and empty tick cells kept', () => {
    const header = HEADER.map((h) => `${h} |`);
    const row1 = ['1 |', '行政许可 |', '环评文件审批 |', '受理情况公示 |', '20个工作日内 |', '市级生态环境部门 |', '√ |', '|', '√ |', '|'];
    const row2 = ['2 |', '|', '污染设施拆除审批 |', '核准结果 |', '20个工作日内 |', '市级生态环境部门 |', '|', '√ |', '|', '√ |'];
    const text = ['生态环境领域基层政务公开标准目录', ...header, ...row1, ...header, ...row2].join('\n');
    assert.deepEqual(pick(text), [
      ['1', '行政许可', '环评文件审批', '受理情况公示', '市级生态环境部门', ['全社会'], ['主动公开']],
      ['2', '行政许可', '污染设施拆除审批', '核准结果', '市级生态环境部门', ['特定群体'], ['依申请公开']],
    ]);
  });

  it('reads rows opened by a lone | line, each cell on its own line', () => {
    const cell = (t: string) => ` ${t}  | `;
    const text = [
      '| ', ...['序号', '一级事项', '二级事项', '公开内容', '公开时限', '公开主体'].map(cell),
      '| ', ...['1', '综合业务', '政策', '《社会救助暂行办法》', '10个工作日内', '民政局'].map(cell), '||',
      '| ', ...['2', '监督', '信访通讯地址', '10个工作日内', '民政局'].map(cell), '|||',
    ].join('\n');
    assert.deepEqual(pick(text).map((r) => r.slice(0, 5)), [
      ['1', '综合业务', '政策', '《社会救助暂行办法》', '民政局'],
      ['2', '综合业务', '监督', '信访通讯地址', '民政局'],
    ]);
  });

  it('reads a lower header line whose labels wrap inside their cells, and drops the | after the title', () => {
    const text = [
      '社会救助领域基层政务公开标准目录 | ||||||',
      '序 号 | 公开事项 | 公开内容 | 公开主体 | 公开对象 | 公开方式 | ||||',
      '一级 事项 | 二级 事项 | 全',
      '社 会 |',
      '特定 群众 | 主 动 | 依申',
      '请公 开 |',
      '1 | 综合 业务 | 政策 法规 文件 | 《社会救助暂行办法》 | 民政局 |',
      '√ |', '|', '√ |', '|',
    ].join('\n');
    const table = readPipeTable(text)!;
    assert.deepEqual(table.before, ['社会救助领域基层政务公开标准目录']);
    const grid = table.rows.map((r) => r.map((c) => c.text.replace(/\s+/g, '')));
    assert.deepEqual(grid[1], ['一级事项', '二级事项', '全社会', '特定群众', '主动', '依申请公开']);
    assert.deepEqual(grid[2], ['1', '综合业务', '政策法规文件', '《社会救助暂行办法》', '民政局', '√', '', '√', '', '']);
  });
});

describe('wordings of unseen catalogs', () => {
  it('公开内容和标准 → 公开内容; 责任科室 → 公开主体 where the form has no 公开主体 column', () => {
    assert.deepEqual(fieldOfLabel('公开内容和标准'), { kind: 'content' });
    const text = ['序号 | 一级事项 | 二级事项 | 公开内容和标准 | 公开时限 | 责任科室 |', '1 | 机关简介 | 联系我们 | 【办公地址】 | 20个工作日内 | 办公室 |'].join('\n');
    assert.deepEqual(pick(text)[0]!.slice(0, 5), ['1', '机关简介', '联系我们', '【办公地址】', '办公室']);
  });

  it('keeps 公开主体 and gives 责任科室 no field when both are there', () => {
    const text = ['一级事项 | 二级事项 | 公开内容 | 公开主体 | 责任科室 |', '政策法规 | 规范性文件 | 部门印发的文件 | 旗人民政府办公室 | 综合组 |'].join('\n');
    assert.equal(pick(text)[0]![4], '旗人民政府办公室');
  });

  it('takes the agency out of a 信息主动公开 title, and none out of a 领域 title', () => {
    assert.equal(agencyFromTitle('重庆市南川区医疗保障局信息主动公开全清单'), '重庆市南川区医疗保障局');
    assert.equal(agencyFromTitle('社会救助领域基层政务公开标准目录'), null);
  });

  it('reads a numbered or spaced list of channel names without boxes as each channel', () => {
    const all = ['政府网站', '两微一端', '政务服务中心', '便民服务站'];
    assert.deepEqual(readChannels('1.政府网站 2.两微一端 3.政务服务中心 4.便民服务站').channels, all);
    assert.deepEqual(readChannels('政府网站 两微一端 政务服务中心 便民服务站').channels, all);
    assert.deepEqual(readChannels('国务院令第711号 政府网站').channels, ['政府网站']);
  });

  it('gives an unknown group label (公开层级) its unknown sub-labels (县级 | 乡、村级) in the lower header line', () => {
    const cells = (texts: string[]) => texts.map((text) => ({ text, merged: false }));
    const upper = cells(['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开对象', '公开层级']);
    const lower = cells(['一级事项', '二级事项', '全社会', '特定群体', '县级', '乡、村级']);
    const reading = findHeader([upper, lower])!;
    const leaves = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '全社会', '特定群体', '县级', '乡、村级'];
    assert.deepEqual(reading.header[0]!.map((c) => c.text), leaves);
  });

  it('keeps 及相关规定 with its title and splits at the later 、, also after a bracket left open', () => {
    const cell = '《信息公开条例》及相关规定、根据国务院《社会救助暂行办法》、《关于全面实施临时救助制度的通知》(辽政办发(2014)74号、《关于做好临时救助工作的通知》';
    assert.deepEqual(splitBasis(cell), [
      '《信息公开条例》及相关规定',
      '根据国务院《社会救助暂行办法》',
      '《关于全面实施临时救助制度的通知》(辽政办发(2014)74号',
      '《关于做好临时救助工作的通知》',
    ]);
    assert.deepEqual(splitBasis('《中华人民共和国社会保险法》及《社会保险费征缴暂行条例》'), ['《中华人民共和国社会保险法》', '《社会保险费征缴暂行条例》']);
  });
});
