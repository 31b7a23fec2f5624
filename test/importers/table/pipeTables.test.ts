/** Tables copied from web pages with | between cells (each case failed before the pipe reader). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../../src/importers/importCatalogText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('| tables', () => {
  it('reads a Markdown table whose cells run over several lines (事项类别 | 事项名称 | 公开责任)', () => {
    const text = [
      '| 事项类别 | 事项名称 | 公开内容 | 公开依据 | 条款内容 | 公开渠道 | 公开时限 | 公开责任 |',
      '|---|---|---|---|---|---|---|---|',
      '| 机构职能信息 |',
      '领导信息',
      '|',
      '领导姓名、职务。 | 《中华人民共和国政府信息公开条例》 | 第二十条 | 门户网站 | 20个工作日内。 | 办公室 |',
      '| 机构职能信息 |',
      '机构信息',
      '|',
      '机关名称、办公地址。 | 《中华人民共和国政府信息公开条例》 | 第二十条 | 门户网站 | 20个工作日内。 | 人事科 |',
    ].join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.level1, i.level2, i.content, i.subject, i.channels]), [
      ['机构职能信息', '领导信息', '领导姓名、职务。', '办公室', ['政府网站']],
      ['机构职能信息', '机构信息', '机关名称、办公地址。', '人事科', ['政府网站']],
    ]);
  });

  it('reads two header lines whose lower one lists only the groups’ sub-labels', () => {
    const text = [
      '政务公开标准目录',
      '类别 | 公开事项 | 公开内容(要素) | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 | 公开对象 | 公开方式 |',
      '一级事项 | 二级事项 | 全社会 | 特定 对象 | 主动 公开 | 依申请公开 |',
      '综合政务 | 机构信息 | 机关简介 | 机关名称、办公地址 | 《中华人民共和国政府信息公开条例》 | 20个工作日内 | 市医保局 | 政府网站 | √ | | √ | |',
      '综合政务 | 机构信息 | 机关职能 | 本部门职责 | 《中华人民共和国政府信息公开条例》 | 20个工作日内 | 市医保局 | 政府网站 | | √ | | √ |',
    ].join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.level1, i.level2, i.content, i.audience, i.mode]), [
      ['机构信息', '机关简介', '机关名称、办公地址', ['全社会'], ['主动公开']],
      ['机构信息', '机关职能', '本部门职责', ['特定群体'], ['依申请公开']],
    ]);
  });
});
