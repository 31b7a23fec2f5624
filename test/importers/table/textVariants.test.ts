/** Text layouts the seeds do not have: each case failed before its fix (issue 12, import that generalises). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../../src/importers/importCatalogText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BASIS_OPEN = '《中共中央办公厅、国务院办公厅《关于全面推进政务公开工作的意见》';

describe('text variants', () => {
  it('reads a Word table copied as text: quoted cells with line breaks, "" for a quote, CRLF', () => {
    const text = [
      '序号\t一级事项\t二级事项\t公开内容\t公开依据\t公开时限\t公开主体\t公开渠道和载体',
      '1\t概况信息\t机构信息\t名称、地址\t《条例》\t20个工作日内\t办公室\t"■政府网站\n□两微一端\n□政府公报"',
      '2\t概况信息\t领导信息\t"姓名、""职务""\n照片"\t《条例》\t20个工作日内\t办公室\t"□政府网站\n■两微一端"',
      '3\t概况信息\t内设机构\t名称\t《条例》\t20个工作日内\t办公室\t■政府网站',
    ].join('\r\n');
    const { catalog } = importText(utf8(text));
    assert.equal(catalog.items.length, 3);
    assert.deepEqual(catalog.items[0]!.channels, ['政府网站']);
    assert.equal(catalog.items[1]!.content, '姓名、"职务"照片');
    assert.deepEqual(catalog.items[1]!.channels, ['两微一端']);
  });

  it('keeps rows apart in a catalog without 序号 whose 公开依据 has an unbalanced 《 as written', () => {
    const rows = ['机构职责', '领导分工', '部门文件'].map((level2) => `概况信息\t${level2}\t${level2}的内容\t${BASIS_OPEN}\t20个工作日内\t办公室`);
    const { catalog } = importText(utf8(['一级事项\t二级事项\t公开内容\t公开依据\t公开时限\t公开主体', ...rows].join('\n')));
    assert.deepEqual(catalog.items.map((i) => i.level2), ['机构职责', '领导分工', '部门文件']);
  });

  it('reads 事项名称 beside 一级事项 as the 二级事项', () => {
    const text = ['序号\t一级事项\t事项名称\t公开内容\t公开依据\t公开时限', '1\t机构信息\t机构概况\t名称\t《条例》\t20个工作日内', '2\t机构信息\t内设机构\t科室\t《条例》\t20个工作日内', '3\t公共服务\t医保经办服务窗口\t窗口地址\t《条例》\t即时'].join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.level1, i.level2]), [['机构信息', '机构概况'], ['机构信息', '内设机构'], ['公共服务', '医保经办服务窗口']]);
    assert.deepEqual(catalog.columns?.map((c) => [c.field, c.label]).slice(1, 3), [['level1', '一级事项'], ['level2', '事项名称']]);
  });
});
