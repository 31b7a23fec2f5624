/** Fixed-column text (pdftotext -layout): a number between two cells goes where the cells' wrapping needs it (issue 12). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { settleNumbers } from '../../../src/importers/text/layoutWrap.ts';

/** A row of two text columns from their lines, settled, back as the two columns' lines. */
function settle(left: string[], right: string[]): [string[], string[]] {
  const cells = left.map((text, l) => [text, right[l] ?? '']);
  settleNumbers(cells, [0, 1]);
  return [cells.map((c) => c[0]!), cells.map((c) => c[1]!)];
}

describe('layout text: numbers between two cells', () => {
  it('gives the next cell a number its lines above and below leave a hole for (灵武市 | 20 个工作)', () => {
    const [basis, time] = settle(
      ['《中华人民共和国政府信', '息公开条例》及国家、自', '治区、银川市、灵武市 20 个工作', '2021 年政务公开工作要'],
      ['形成或变', '更之日起', '', '日内（法'],
    );
    assert.equal(basis[2], '治区、银川市、灵武市');
    assert.equal(time[2], '20 个工作');
  });

  it('gives the next cell a number its short line needs, not one the left line needs to be full', () => {
    assert.deepEqual(settle(['国家、自治区、灵武市 20', '2021 年要点'], ['个工作', '日内（法']), [['国家、自治区、灵武市', '2021 年要点'], ['20 个工作', '日内（法']]);
    // 第 711 号 fills the left line, and the right line is full without it: it stays.
    assert.deepEqual(settle(['（国务院令第 711', '号）'], ['变更之日', '起工作日']), [['（国务院令第 711', '号）'], ['变更之日', '起工作日']]);
  });

  it('gives back to the left cell a number line the right cell ended above (第 | 711 号)', () => {
    const [basis, time] = settle(['《中华人民共和国政', '府信息公开条例》', '(国务院令第', '修订)二十条'], ['即时公开', '', '711 号', '']);
    assert.deepEqual(basis, ['《中华人民共和国政', '府信息公开条例》', '(国务院令第 711 号', '修订)二十条']);
    assert.deepEqual(time, ['即时公开', '', '', '']);
  });

  it('leaves a centred cell\'s lines apart when the left cell\'s line is its last', () => {
    const left = ['《中华人民共和国政府信息', '', '公开条例》'];
    const right = ['作出决定之日起', '', '20 个工作日内'];
    assert.deepEqual(settle(left, right), [left, right]);
  });
});
