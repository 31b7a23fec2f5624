/**
 * A catalog repeats its cells (issue 12): a run of lines read as one 公开时限 or 公开主体 in other rows
 * is read so where a narrow column gives its lines' widths nothing to tell (…内予以 / 公开 | 政务 / 服务 / 窗口).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readLineStream } from '../../../src/importers/text/lineStream.ts';

const HEADER = [
  '序号 公开事项 公开内容（要素） 公开依据 公开时限 公开主体 公开渠道和载体 公开对象 公开方式 网站所属栏目 公开类型',
  '一级事项 二级事项 全社会 特定群体 主动 依申请',
];
/** A 公开时限 whose last line is short (内): its end shows by width. */
const ENDS_SHORT = ['信息形', '成或变', '更 5 个', '工作日', '内'];
/** One whose last line is as wide as the narrow column's full lines minus a character (公开): no width tells its end. */
const ENDS_FULL = ['信息生', '成或者', '变更之', '日起', '20 个', '工作日', '内予以', '公开'];
const SUBJECT = ['政务', '服务', '窗口'];

function row(seq: string, name: readonly string[], timeLimit: readonly string[], subject: readonly string[]): string[] {
  return [
    `${seq} 机构`, '信息', ...name, '机构名称、办公', '地址、办公电话', '《中华人民共和', '国政府信息公开', '条例》',
    ...timeLimit, ...subject, '■政府网站', '□两微一端', '√ √ 政府信息', '公开/机构', '管理', '公开',
  ];
}

/** Each row's 公开时限 and 公开主体, without line breaks. */
function timeAndSubject(lines: readonly string[], labels = ['公开时限', '公开主体']): string[][] {
  const table = readLineStream(lines.join('\n'));
  assert.ok(table);
  const at = labels.map((label) => table.rows[0]!.findIndex((c) => c.text === label));
  return table.rows.slice(1).map((r) => at.map((k) => r[k]!.text.replace(/\s/g, '')));
}

/** The header, a row whose widths part 公开时限 from 公开主体, and a row without 公开主体. */
const OPENING_ROWS = [...HEADER, ...row('1', ['机构概', '况'], ENDS_SHORT, SUBJECT), ...row('2', ['内设机', '构'], ENDS_FULL, [])];

describe('line stream: cells a catalog repeats (pdftotext -raw)', () => {
  it('reads a 公开时限 and 公开主体 read alone in other rows as two cells where they follow each other', () => {
    const read = timeAndSubject([
      ...OPENING_ROWS,
      ...row('3', ['领导分', '工'], ENDS_FULL, SUBJECT),
      ...row('4', ['机构职', '能'], ENDS_SHORT, SUBJECT),
    ]);
    assert.deepEqual(read[2], ['信息生成或者变更之日起20个工作日内予以公开', '政务服务窗口']);
    // The rows whose widths already told stay as they were.
    assert.deepEqual(read.map((r) => r[1]), ['政务服务窗口', '', '政务服务窗口', '政务服务窗口']);
  });

  it('gives nothing to a text read glued: another text of its column followed by another column\'s', () => {
    // The first reading glues the 公开主体 to the 公开时限 in three rows: that reading repeats as well.
    const read = timeAndSubject([
      ...OPENING_ROWS,
      ...['3', '4', '5'].flatMap((seq) => row(seq, ['领导分', '工'], ENDS_FULL, SUBJECT)),
    ]);
    assert.deepEqual(read.slice(2).map((r) => r[1]), ['政务服务窗口', '政务服务窗口', '政务服务窗口']);
  });

  it('reads a cut row\'s cells at the next page\'s top so that each, with its start before the break, makes a text seen elsewhere', () => {
    const read = timeAndSubject([
      ...OPENING_ROWS,
      ...row('3', ['机构职', '能'], ENDS_SHORT, SUBJECT),
      // Cut after its first line: -raw prints that line whole, every cell's first line side by side.
      '4 机构 领导分 机构名称、办公 《中华人民共和 信息生 政务 ■政府网站 √ √ 政府信息 管理',
      ...HEADER,
      '信息', '工', '地址、办公电话', '国政府信息公开', '条例》', ...ENDS_FULL.slice(1), '服务', '窗口', '□两微一端', '公开/机构', '公开',
      ...row('5', ['机构职', '能'], ENDS_SHORT, SUBJECT),
    ]);
    assert.deepEqual(read[3], ['信息生成或者变更之日起20个工作日内予以公开', '政务服务窗口']);
  });

  it('parts qingtongxia at 65% width: 公开时限 and 公开主体 of the rows whose 公开时限 ends on a full line', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/qingtongxia-five-w65.txt', import.meta.url), 'utf8');
    const table = readLineStream(text);
    assert.ok(table);
    const labels = table.rows[0]!.map((c) => c.text);
    const bySeq = new Map(table.rows.slice(1).map((r) => [r[0]!.text, Object.fromEntries(r.map((c, k) => [labels[k]!, c.text.replace(/\s/g, '')]))]));
    for (const seq of ['7', '10', '12']) {
      assert.deepEqual([bySeq.get(seq)!['公开时限'], bySeq.get(seq)!['公开主体']], ['信息生成或者变更之日起20个工作日内予以公开', '政务服务窗口'], seq);
    }
  });

  it('parts, before a break, a cell whose lines beyond the cut row\'s count make a text the next column holds elsewhere', () => {
    // qingtongxia at 65% width, row 5: 形成或 / 者变更 / 之日起 / 20 个 | 政务 / 服务 / 窗口 above the break; the 公开主体 does not go on.
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/qingtongxia-five-w65.txt', import.meta.url), 'utf8');
    const table = readLineStream(text);
    assert.ok(table);
    const labels = table.rows[0]!.map((c) => c.text);
    const row = table.rows.find((r) => r[0]!.text === '5')!;
    const cell = (label: string): string => row[labels.indexOf(label)]!.text.replace(/\s/g, '');
    assert.equal(cell('公开主体'), '政务服务窗口');
    assert.match(cell('公开时限'), /^形成或者变更之日起20个工作日内/);
  });
});
