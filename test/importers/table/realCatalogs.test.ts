/** Rules found on real published catalogs (test/fixtures/import-corpus/real/); each case failed before its rule. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../../src/importers/importCatalogText.ts';
import { readChannels } from '../../../src/importers/table/channelMarks.ts';
import { readSpacedRows } from '../../../src/importers/text/spacedRows.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const LIMIT = '主动公开信息内容发生变化的，医疗卫生机构应当自该信息形成或者变更之日起20个工作日内予以调整。法律、法规、规章对更新期限另有规定的，从其规定。';

describe('real catalogs', () => {
  it('keeps a row whose merged 一级事项 cell the page dropped in its columns (the 时限 seen above stays 时限)', () => {
    const text = [
      '序号 | 一级事项 | 公开内容 | 公开时限 | 公开主体 | 公开渠道 |',
      `1 | 服务信息 | 医保、价格、收费 | ${LIMIT} | 各医疗机构 | 现场 |`,
      `2 | 科室分布、人员标识 | ${LIMIT} | 各医疗机构 | 现场 | |`,
    ].join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.level1, i.content, i.timeLimit, i.subject, i.channels]), [
      ['服务信息', '医保、价格、收费', LIMIT, '各医疗机构', ['入户/现场']],
      ['服务信息', '科室分布、人员标识', LIMIT, '各医疗机构', ['入户/现场']],
    ]);
  });

  it('keeps a numbered 公开内容 that mentions 门户网站 (it is no list of channels)', () => {
    const text = [
      '类别 | 一级事项 | 二级事项 | 公开内容 | 公开依据 | 公开时限 | 公开主体 | 公开渠道 |',
      '综合政务 | 机构信息 | 机关简介 | 1. 机关名称 2. 门户网站 3. 办公地址 4. 办公时间 | 《中华人民共和国政府信息公开条例》 | 20个工作日内 | 市医保局 | 政府网站 |',
    ].join('\n');
    const { catalog } = importText(utf8(text));
    assert.equal(catalog.items[0]!.level2, '机关简介');
    assert.equal(catalog.items[0]!.content, '1.机关名称2.门户网站3.办公地址4.办公时间');
  });

  it('reads an upper header line that gives 公开事项 no place for its sub-columns (公开事项 | 公开内容 over 一级事项 | 二级事项)', () => {
    const text = [
      '公开事项 | 公开内容(要素) | 公开依据 | 公开时限 | 公开范围 | 公开渠道 | 公开方式 | |',
      '一级事项 | 二级事项 | |||||',
      '机关信息 | 机关简介 | 机关职能,机构设置 | 《中华人民共和国政府信息公开条例》 | 信息形成之日起20个工作日内 | 全社会 | 政府网站 | 主动公开 |',
    ].join('\n');
    const { catalog } = importText(utf8(text));
    const item = catalog.items[0]!;
    assert.deepEqual([item.level1, item.level2, item.content, item.audience, item.mode], ['机关信息', '机关简介', '机关职能,机构设置', ['全社会'], ['主动公开']]);
  });

  it('reads a web table copied with one space between cells and one row per line', () => {
    const text = [
      '某市人力资源和社会保障局政府信息主动公开事项目录',
      '事项类别 事项名称 公开内容 公开依据 条款内容 公开渠道 公开时限 公开责任',
      '机构职能信息 领导信息 主要领导姓名、职务。 《中华人民共和国政府信息公开条例》 第二十条:机关职能。 政府网站 20个工作日内。 组织人事科',
      '机构职能信息 机构信息 机关名称、办公地址。 《中华人民共和国政府信息公开条例》 第二十条:机关职能。 政府网站 20个工作日内。 办公室',
    ].join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.level1, i.level2, i.content, i.basis, i.subject, i.channels]), [
      ['机构职能信息', '领导信息', '主要领导姓名、职务。', ['《中华人民共和国政府信息公开条例》'], '组织人事科', ['政府网站']],
      ['机构职能信息', '机构信息', '机关名称、办公地址。', ['《中华人民共和国政府信息公开条例》'], '办公室', ['政府网站']],
    ]);
    // A line that is no row of the same width (prose, a cell with a space) leaves the text to the other readers.
    assert.equal(readSpacedRows(`${text}\n说明 本目录 自公布之日起施行`), null);
  });

  it('reads 政务新媒体 as 两微一端 and a named web outlet that is no channel of the form as 其他', () => {
    assert.deepEqual(readChannels('嵩明政府网站、政务新媒体').channels, ['政府网站', '两微一端']);
    const outlet = readChannels('政府门户网站、政府采购网');
    assert.deepEqual(outlet.channels, ['政府网站', '其他']);
    assert.equal(outlet.notes.其他, '政府采购网');
  });
});
