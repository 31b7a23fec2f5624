/** Header wording and tick glyphs of the form's variants: each one read alone and through the interpreter. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fieldOfLabel, isHeaderRow } from '../../src/importers/table/headerVocabulary.ts';
import { readChannels } from '../../src/importers/table/channelMarks.ts';
import { isMark } from '../../src/importers/table/cellText.ts';
import { interpretTable } from '../../src/importers/table/interpretTable.ts';
import { importText } from '../../src/importers/importCatalogText.ts';

const row = (cells: string[]) => cells.map((text) => ({ text }));

describe('header vocabulary variants', () => {
  it('公开期限 → 公开时限', () => {
    assert.deepEqual(fieldOfLabel('公开期限'), { kind: 'timeLimit' });
    assert.deepEqual(fieldOfLabel('期限'), { kind: 'timeLimit' });
  });

  it('一级事项名称 / 二级事项名称 → 一级事项 / 二级事项', () => {
    assert.deepEqual(fieldOfLabel('一级事项名称'), { kind: 'level1' });
    assert.deepEqual(fieldOfLabel('二级事项名称'), { kind: 'level2' });
    assert.deepEqual(fieldOfLabel('一级 事项 名称'), { kind: 'level1' });
  });

  it('公开类别 → 公开类型', () => {
    assert.deepEqual(fieldOfLabel('公开类别'), { kind: 'category' });
    assert.deepEqual(fieldOfLabel('公开类型'), { kind: 'category' });
  });

  it('does not widen to neighbouring words', () => {
    assert.equal(fieldOfLabel('三级事项名称'), null);
    assert.equal(fieldOfLabel('保存期限说明'), null);
    assert.equal(fieldOfLabel('信息类别'), null);
  });

  it('reads a table headed only with the variants', () => {
    const header = ['序号', '一级事项名称', '二级事项名称', '公开内容', '公开依据', '公开期限', '公开主体', '公开类别'];
    assert.ok(isHeaderRow(header));
    const { catalog } = interpretTable({
      before: [],
      rows: [row(header), row(['1', '机构信息', '机构职能', '职责、内设机构', '《中华人民共和国政府信息公开条例》', '形成或者变更之日起20个工作日内', '办公室', '管理公开'])],
      after: [],
    });
    const item = catalog.items[0]!;
    assert.equal(item.level1, '机构信息');
    assert.equal(item.level2, '机构职能');
    assert.equal(item.timeLimit, '形成或者变更之日起20个工作日内');
    assert.equal(item.category, '管理公开');
  });
});

describe('☒ (U+2612) is a ticked mark wherever ☑ is', () => {
  it('in the 公开渠道和载体 check-box list', () => {
    assert.deepEqual(readChannels('☒政府网站 ☐政府公报 ☒政务服务中心').channels, ['政府网站', '政务服务中心']);
    assert.deepEqual(readChannels('☒政府网站 ☐政府公报').channels, readChannels('☑政府网站 ☐政府公报').channels);
  });

  it('as a tick cell', () => {
    assert.equal(isMark('☒'), true);
    assert.equal(isMark(' ☒ '), true);
    assert.equal(isMark('☐'), false);
  });

  it('in the 公开对象 / 公开方式 tick columns of a table', () => {
    const header1 = ['序号', '公开事项', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', ''];
    const header2 = ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请'];
    const { catalog } = interpretTable({
      before: [],
      rows: [
        row(header1),
        row(header2),
        row(['1', '机构信息', '机构职能', '职责', '《条例》', '20个工作日内', '办公室', '☒政府网站 ☐政府公报', '☒', '', '', '☒']),
        row(['2', '机构信息', '领导信息', '姓名', '《条例》', '20个工作日内', '办公室', '☑政府网站', '', '☑', '☑', '']),
      ],
      after: [],
    });
    const [a, b] = catalog.items;
    assert.deepEqual(a!.audience, ['全社会']);
    assert.deepEqual(a!.mode, ['依申请公开']);
    assert.deepEqual(a!.channels, ['政府网站']);
    assert.deepEqual(b!.audience, ['特定群体']);
    assert.deepEqual(b!.mode, ['主动公开']);
  });

  it('in tab-separated text', () => {
    const text = [
      '序号\t一级事项\t二级事项\t公开内容\t公开依据\t公开时限\t公开主体\t公开渠道和载体\t全社会\t特定群体\t主动\t依申请',
      '1\t机构信息\t机构职能\t职责\t《条例》\t20个工作日内\t办公室\t☒政府网站 ☐政府公报\t☒\t\t☒\t',
      '2\t机构信息\t领导信息\t姓名\t《条例》\t20个工作日内\t办公室\t☐政府网站 ☒政府公报\t\t☒\t\t☒',
      '3\t机构信息\t内设机构\t名称\t《条例》\t20个工作日内\t办公室\t☒政府网站 ☐政府公报\t☒\t\t☒\t',
    ].join('\n');
    const items = importText(new TextEncoder().encode(text)).catalog.items;
    assert.deepEqual(items, importText(new TextEncoder().encode(text.replace(/☒/g, '☑'))).catalog.items);
    assert.deepEqual(
      items.map((item) => [item.audience, item.mode, item.channels]),
      [
        [['全社会'], ['主动公开'], ['政府网站']],
        [['特定群体'], ['依申请公开'], ['政府公报']],
        [['全社会'], ['主动公开'], ['政府网站']],
      ],
    );
  });
});
