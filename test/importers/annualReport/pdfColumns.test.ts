/**
 * Placing the text of a PDF table without lines in its cells (pdfColumns.ts): what is read, and
 * what is refused rather than guessed. Lines are built here from runs at given x positions.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findColumns, rowsOf } from '../../../src/importers/annualReport/pdfColumns.ts';
import { runLines, type Run, type RunLine } from '../../../src/importers/annualReport/pdfRuns.ts';

const SIZE = 10;
/** A run of `text` starting at x (10 pt a character). */
const run = (text: string, x: number, top = 0): Run => ({ text, top, x, right: x + text.length * SIZE, centre: x + (text.length * SIZE) / 2, size: SIZE });
const line = (top: number, ...runs: [string, number][]): RunLine => ({ top, runs: runs.map(([text, x]) => run(text, x, top)) });
const header = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((text, index) => run(text, 300 + index * 60 - (text.length * SIZE) / 2));
const at = (column: number) => 300 + column * 60 - 5;

describe('PDF tables without lines: columns and rows by position', () => {
  const columns = findColumns(header, [], 7)!;

  it('puts each number under its header column; an empty column stays blank', () => {
    const rows = rowsOf([line(0, ['1.属于国家秘密', 100], ['3', at(0)], ['4', at(6)])], columns, true);
    assert.deepEqual(rows?.[0]?.map((cell) => cell.text), ['1.属于国家秘密', '3', '', '', '', '', '', '4']);
  });

  it('joins a wrapped label, takes the numbers between its lines, drops a group heading of its own', () => {
    const rows = rowsOf(
      [line(0, ['（三）', 40]), line(10, ['1.属于国家秘', 100]), line(15, ['0', at(0)], ['0', at(6)]), line(20, ['密', 100]), line(30, ['2.其他', 100], ['1', at(0)])],
      columns,
      true,
    );
    assert.deepEqual(rows?.map((row) => row[0]?.text), ['1.属于国家秘密', '2.其他']);
    assert.equal(rows?.[0]?.[7]?.text, '0');
  });

  it('refuses two numbers in one cell, and numbers beside a bare group heading, instead of guessing', () => {
    assert.equal(rowsOf([line(0, ['1.属于国家秘密', 100], ['3', at(0)]), line(5, ['4', at(0)])], columns, true), null);
    assert.equal(rowsOf([line(0, ['（三）不予公开', 40], ['3', at(0)]), line(10, ['1.属于国家秘密', 100], ['1', at(0)])], columns, true), null);
  });

  it('finds no columns when the header gives six and no data line has seven numbers', () => {
    const six = header.filter((_, index) => index !== 2);
    assert.equal(findColumns(six, [line(0, ['1.', 100], ['3', at(0)], ['4', at(6)])], 7), null);
    const full = line(0, ['1.', 100], ...Array.from({ length: 7 }, (_, index): [string, number] => [String(index), at(index)]));
    assert.equal(findColumns(six, [full], 7)?.length, 7, 'the widest data line gives the columns');
  });
});

describe('PDF text lines for the position reader', () => {
  const box = (str: string, top: number, x = 100) => ({ str, x, top, right: x + str.length * SIZE, bottom: top + SIZE, size: SIZE });
  const texts = (lines: RunLine[]) => lines.map((one) => one.runs.map((part) => part.text).join(' '));

  it('drops a page number at the foot or head of a page, not a number inside the page', () => {
    const page = [box('- 3 -', 5, 280), box('（七）总计', 100), box('3', 100, 300), box('3', 400, 300), box('第3页 共5页', 800, 260)];
    assert.deepEqual(texts(runLines([page])), ['（七）总计 3', '3']);
  });

  it('splits one pdfjs item that holds the headers of several cells at its spaces', () => {
    const [header] = runLines([[{ ...box('本年制发件数 本年废止件数', 100), right: 100 + 12 * SIZE + 40 }]]);
    assert.deepEqual(texts([header!]), ['本年制发件数 本年废止件数']);
    assert.equal(header!.runs.length, 2);
    assert.equal(header!.runs[1]!.x, 100 + 6 * SIZE + 40);
  });
});
