/** Header pass on small hand-made grids: one-line and two-line headers, groups with sub-columns, a repeated header. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expand } from '../../../src/importers/table/draft.ts';
import { findHeader } from '../../../src/importers/table/headerPass.ts';
import type { Field } from '../../../src/importers/table/headerVocabulary.ts';
import { sourceColumns } from '../../../src/importers/table/sourceColumns.ts';

const grid = (...rows: string[][]) => rows.map((cells) => expand(cells.map((text) => ({ text }))));
const kinds = (fields: readonly (Field | null)[]) =>
  fields.map((f) => (f === null ? null : 'value' in f ? `${f.kind}:${f.value}` : f.kind));

describe('header pass', () => {
  it('reads a one-line header below the title lines', () => {
    const head = findHeader(grid(['某局政务公开目录'], ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道'], ['1', 'a', 'b', 'c', 'd', 'e', 'f', 'g']));
    assert.ok(head);
    assert.equal(head.headerAt, 1);
    assert.equal(head.dataAt, 2);
    assert.deepEqual(kinds(head.fields), ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels']);
  });

  it('reads 公开事项 over 一级事项/二级事项 and 公开方式/所属“五公开”类型 over their tick columns', () => {
    const rows = grid(
      ['序号', '公开事项', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开方式', '', '所属“五公开”类型', '', '', '', '', '网站所属栏目', '备注'],
      ['', '一级事项', '二级事项', '', '', '', '', '', '主动公开', '依申请', '决策', '执行', '管理', '服务', '结果', '', ''],
      ['1', '概况信息', '机构职责', '职责', '《条例》', '20个工作日内', '办公室', '■政府网站', '√', '', '', '', '', '', '√', '某栏目', ''],
    );
    const head = findHeader(rows)!;
    assert.equal(head.dataAt, 2);
    assert.deepEqual(kinds(head.fields), ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'mode:主动公开', 'mode:依申请公开', 'five:决策', 'five:执行', 'five:管理', 'five:服务', 'five:结果', 'column', 'remarks']);
    assert.deepEqual(sourceColumns(head.header, head.fields), [
      { field: 'seq', label: '序号', group: null, parts: null },
      { field: 'level1', label: '一级事项', group: '公开事项', parts: null },
      { field: 'level2', label: '二级事项', group: '公开事项', parts: null },
      { field: 'content', label: '公开内容（要素）', group: null, parts: null },
      { field: 'basis', label: '公开依据', group: null, parts: null },
      { field: 'timeLimit', label: '公开时限', group: null, parts: null },
      { field: 'subject', label: '公开主体', group: null, parts: null },
      { field: 'channels', label: '公开渠道和载体', group: null, parts: null },
      { field: 'mode', label: '公开方式', group: null, parts: ['主动公开', '依申请'] },
      { field: 'fiveTypes', label: '所属“五公开”类型', group: null, parts: ['决策', '执行', '管理', '服务', '结果'] },
      { field: 'column', label: '网站所属栏目', group: null, parts: null },
      { field: 'remarks', label: '备注', group: null, parts: null },
    ]);
  });

  it('reads an upper row that lists its labels without placeholders (text readers)', () => {
    const rows = grid(['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道', '公开对象'], ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体']);
    const head = findHeader(rows)!;
    assert.deepEqual(kinds(head.fields), ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'audience:全社会', 'audience:特定群体']);
    const columns = sourceColumns(head.header, head.fields);
    assert.deepEqual(columns.map((c) => [c.field, c.label, c.group ?? null]), [
      ['seq', '序号', null],
      ['level1', '一级事项', '公开事项'],
      ['level2', '二级事项', '公开事项'],
      ['content', '公开内容', null],
      ['basis', '公开依据', null],
      ['timeLimit', '公开时限', null],
      ['subject', '公开主体', null],
      ['channels', '公开渠道', null],
      ['audience', '公开对象', null],
    ]);
  });

  it('keeps a group without sub-columns as a column of words (公开方式: 主动公开)', () => {
    const head = findHeader(grid(['序号', '一级事项', '二级事项', '公开内容', '公开方式', '备注']))!;
    assert.deepEqual(kinds(head.fields), ['seq', 'level1', 'level2', 'content', 'modeText', 'remarks']);
    assert.deepEqual(sourceColumns(head.header, head.fields).map((c) => c.field), ['seq', 'level1', 'level2', 'content', 'mode', 'remarks']);
  });

  it('stops the header block at the first data row, not at a header repeated after a page break', () => {
    const rows = grid(['序号', '一级事项', '二级事项', '公开内容'], ['1', '概况信息', '机构职责', '职责'], ['序号', '一级事项', '二级事项', '公开内容'], ['2', '概况信息', '领导信息', '姓名']);
    const head = findHeader(rows)!;
    assert.equal(head.header.length, 1);
    assert.equal(head.dataAt, 1);
  });

  it('finds no header in a grid without the form’s labels', () => {
    assert.equal(findHeader(grid(['姓名', '电话'], ['张三', '123'])), null);
  });
});
