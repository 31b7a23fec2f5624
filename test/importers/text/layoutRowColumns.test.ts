/** Fixed-column text (pdftotext -layout): each table row's own column edges (issue 12). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../../src/importers/importCatalogText.ts';
import { rowColumns } from '../../../src/importers/text/layoutRowColumns.ts';
import { layoutColumns } from '../../../src/importers/text/layoutColumns.ts';
import { boxListEdge } from '../../../src/importers/text/layoutCells.ts';

/** Words at their character positions on one line. */
const words = (...pairs: [number, string][]) => pairs.reduce((line, [at, text]) => line.padEnd(at) + text, '');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('layout text: a row\'s own columns', () => {
  it('moves a text column to where the row\'s unpushed words start, one-to-one and keeping the shift steady', () => {
    const columns = [0, 10, 20, 30, 34, 38].map((at) => ({ at, tick: false }));
    const lines = [words([0, '1'], [10, '《条例》第'], [18, '形成或者'], [36, '管理'], [40, '门户网站/']), words([18, '变更'], [36, '公开'], [40, '政务公开'])];
    // 18 is the time column's (two lines start there); 36 and 40 are 34's and 38's, not 34 left empty and 38 at 36.
    assert.deepEqual(rowColumns(columns, lines).map((c) => c.at), [0, 10, 18, 30, 36, 40]);
  });

  it('keeps a text column where the page has it when the row moves it left without a word of its own there', () => {
    const columns = [0, 10, 20, 26].map((at) => ({ at, tick: false }));
    const lines = [words([0, '31'], [8, '《条例》（国务院令'], [18, '即时公开'])];
    assert.deepEqual(rowColumns(columns, lines).map((c) => c.at), [0, 8, 20, 26]);
  });

  it('gives the column of check-box lists the edge where the check-boxes start, and the columns before it the edges before', () => {
    const leaves = [0, 24, 37, 42, 46, 62].map((start) => ({ start, tick: false }));
    const row = (n: string) => [
      words([0, n], [24, '《中华人民共和国政'], [34, '即时公开'], [39, '综合办'], [43, '☑政府网站'], [60, '政务公开']),
      words([24, '府信息公开条例》'], [39, '公室'], [43, '☐两微一端']),
      words([43, '☐政府公报']),
    ];
    const lines = [...row('1'), ...row('2')];
    assert.equal(boxListEdge(lines), 43);
    assert.deepEqual(layoutColumns(leaves, lines, { column: 4, at: 43 }).map((c) => c.at), [0, 24, 37, 39, 43, 60]);
  });

  it('moves the column of check-box lists, not the column before it, to the row\'s check-boxes', () => {
    const columns = [0, 24, 34, 39, 47].map((at, j) => ({ at, tick: false, boxes: j === 4 }));
    const lines = [words([0, '6'], [24, '《中华人民共和国政'], [34, '形成或者变更'], [41, '中卫市医疗'], [47, '■政府网站']), words([34, '作日内'], [42, '□政府公报'])];
    assert.deepEqual(rowColumns(columns, lines).map((c) => c.at), [0, 24, 34, 39, 42]);
  });

  it('reads a word pushed to the row\'s edge of the next column (号） 之日起) into that column', () => {
    const header = words([0, '序号'], [5, '二级事项'], [14, '公开依据'], [32, '公开时限'], [44, '公开主体'], [52, '公开渠道和载体']);
    const row = (n: string, level2: string) => [
      words([0, n], [5, level2], [14, '《中华人民共和国政府信息公开'], [30, '形成或者变更'], [44, '办公室'], [52, '■政府网站']),
      words([14, '条例》（国务院令第'], [23, '711'], [27, '号）'], [30, '之日起'], [34, '20'], [37, '个工'], [52, '□两微一端']),
      words([30, '作日内'], [52, '□政府公报']),
    ];
    const other = (n: string, level2: string) => [
      words([0, n], [5, level2], [14, '《中华人民共和国政府信息公开条'], [32, '形成或者变更'], [44, '办公室'], [52, '■政府网站']),
      words([14, '例》'], [32, '之日起 20 个工'], [52, '□两微一端']),
      words([32, '作日内'], [52, '□政府公报']),
    ];
    const text = [header, ...other('1', '机构信息'), ...row('2', '领导信息'), ...other('3', '内设机构')].join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.seq, i.basis[0], i.timeLimit]), [
      ['1', '《中华人民共和国政府信息公开条例》', '形成或者变更之日起20个工作日内'],
      ['2', '《中华人民共和国政府信息公开条例》（国务院令第711号）', '形成或者变更之日起20个工作日内'],
      ['3', '《中华人民共和国政府信息公开条例》', '形成或者变更之日起20个工作日内'],
    ]);
  });
});
