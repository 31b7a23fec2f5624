/** 口 as a character (口腔, 窗口, 出入口) and as an unticked box (口两微一端); the tick glyphs of the form's variants. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../../src/importers/importCatalogText.ts';
import { readChannels } from '../../../src/importers/table/channelMarks.ts';
import { isMark, looksChannelList } from '../../../src/importers/table/cellText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('口 as a character and as a box', () => {
  it('is a box before a channel name, alone, or at the end of a line; a character elsewhere', () => {
    assert.deepEqual(readChannels('■门户网站 口两微一端 口政府公报').channels, ['政府网站']);
    assert.deepEqual(readChannels('口门户网站 ■两微一端').channels, ['两微一端']);
    assert.equal(looksChannelList('口腔种植医疗服务价格、口腔科诊疗项目'), false);
    assert.equal(looksChannelList('医保经办服务窗口、出入口、口岸'), false);
    assert.equal(looksChannelList('出入口公开时间、窗口公开电话'), false);
  });

  it('keeps rows whose cells begin with 口腔 or hold 窗口/出入口 in their columns', () => {
    const text = [
      '序号\t一级事项\t二级事项\t公开内容\t公开依据\t公开时限\t公开主体\t公开渠道和载体',
      '1\t公共服务\t口腔种植医疗服务价格\t口腔种植价格、口腔科项目\t《条例》\t20个工作日内\t办公室\t■门户网站 口两微一端 口政府公报',
      '2\t公共服务\t医保经办服务窗口\t窗口地址、出入口位置\t《条例》\t即时\t办公室\t口门户网站 ■政务服务中心',
      '3\t公共服务\t口岸信息\t口岸名称\t《条例》\t即时\t办公室\t■门户网站',
    ].join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.level2, i.content, i.channels]), [
      ['口腔种植医疗服务价格', '口腔种植价格、口腔科项目', ['政府网站']],
      ['医保经办服务窗口', '窗口地址、出入口位置', ['政务服务中心']],
      ['口岸信息', '口岸名称', ['政府网站']],
    ]);
  });

  it('does not take a PDF text line that begins with 口腔 for a channel box', () => {
    const text = ['序号 一级事项 二级事项 公开内容 公开依据 公开时限 公开主体 公开渠道和载体', '1', '公共', '服务', '口腔种植', '价格', '口腔种植医疗服务价', '格、收费标准', '《条例》', '即时公开', '医保局', '■门户网站', '口两微一端', '2', '公共', '服务', '医保经办', '窗口', '窗口地址、出入口', '《条例》', '即时公开', '医保局', '■门户网站', '口两微一端'].join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.level2, i.content, i.channels]), [
      ['口腔种植价格', '口腔种植医疗服务价格、收费标准', ['政府网站']],
      ['医保经办窗口', '窗口地址、出入口', ['政府网站']],
    ]);
  });
});

describe('tick glyphs', () => {
  it('reads ☑ ☒ þ ✓ √ ■ alone as ticks and ☐ □ ¨ 口 alone as none', () => {
    for (const glyph of ['☑', '☒', 'þ', '✓', '√', '■']) assert.equal(isMark(glyph), true, glyph);
    for (const glyph of ['☐', '□', '¨', '口']) assert.equal(isMark(glyph), false, glyph);
  });

  it('reads Wingdings boxes þ (ticked) and ¨ (unticked) in a channel list', () => {
    assert.deepEqual(readChannels('þ 政府网站 ¨两微一端 ¨ 政府公报 þ政务服务中心').channels, ['政府网站', '政务服务中心']);
  });
});
