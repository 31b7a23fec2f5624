/**
 * Wrap-boundary pass: where a text reader cut wrapped lines into cells (PDF
 * text, one cell's lines after another's), the line between one row's last
 * cell and the next row's 二级事项 can land on the wrong side; widths alone
 * cannot tell. The text itself can, where a line repeats its neighbours:
 *
 * - sibling names wrap alike: a 二级事项 whose first line is the second line
 *   of the 二级事项 above, after a row that ends with a line equal to that
 *   name's first line, lost that line to the row above (医疗保险 / 个人权益 /
 *   查询 then 医疗保险 / 个人权益 / 电话号码);
 * - a cell that breaks off a name it quotes: the row above's last cell ends
 *   with the start of that row's 二级事项 and the next row's first line is
 *   exactly the rest of it (…栏目建议 / 提案办理 under 建议提案办理).
 *
 * Only rows whose cells hold wrapped lines are looked at; a line moves only
 * on an exact match of both lines, so a grid read from cells is left alone.
 */
import { compact } from './cellText.ts';
import type { Cell } from './draft.ts';
import type { Field } from './headerVocabulary.ts';

const linesOf = (cell: Cell): string[] => cell.text.split('\n').filter((l) => compact(l) !== '');

/** The index of a row's last cell holding text (ticks aside), or −1. */
function lastTextCell(row: readonly Cell[], fields: readonly (Field | null)[]): number {
  for (let i = row.length - 1; i >= 0; i--) {
    const kind = fields[i]?.kind;
    if (kind === 'audience' || kind === 'mode' || kind === 'five' || kind === 'marks') continue;
    if (compact(row[i]!.text) !== '') return i;
  }
  return -1;
}

/** The next row's 二级事项 is its first cell with text: a row under the same merged 一级事项. */
function firstIsLevel2(row: readonly Cell[], level2: number): boolean {
  return row.slice(0, level2).every((c) => compact(c.text) === '') && linesOf(row[level2]!).length > 0;
}

/** 医疗保险 / 个人权益 / 查询 above 个人权益 / 电话号码: the row above's last line 医疗保险 goes down. */
function siblingPrefix(above: Cell[], below: Cell[], level2: number, last: number): boolean {
  const name = linesOf(above[level2]!);
  const tail = linesOf(above[last]!);
  const next = linesOf(below[level2]!);
  if (last <= level2 || name.length < 2 || tail.length < 2 || next.length < 1) return false;
  if (compact(tail[tail.length - 1]!) !== compact(name[0]!) || compact(next[0]!) !== compact(name[1]!)) return false;
  above[last] = { ...above[last]!, text: tail.slice(0, -1).join('\n') };
  below[level2] = { ...below[level2]!, text: [tail[tail.length - 1]!, ...next].join('\n') };
  return true;
}

/** …栏目建议 above 提案办理 / 业务工作, the row above being 建议提案办理: 提案办理 goes up. */
function brokenName(above: Cell[], below: Cell[], level2: number, last: number): boolean {
  const name = compact(above[level2]!.text);
  const tail = compact(above[last]!.text);
  const next = linesOf(below[level2]!);
  if (last <= level2 + 1 || name.length < 4 || next.length < 2) return false;
  const rest = compact(next[0]!);
  const cut = name.length - rest.length;
  if (cut < 2 || rest.length < 2 || !name.endsWith(rest) || !tail.endsWith(name.slice(0, cut)) || tail.endsWith(name)) return false;
  above[last] = { ...above[last]!, text: `${above[last]!.text}\n${next[0]!}` };
  below[level2] = { ...below[level2]!, text: next.slice(1).join('\n') };
  return true;
}

/** Moves the lines a reader put on the wrong side of a row boundary; returns how many moved. */
export function repairWrapBoundaries(rows: Cell[][], dataAt: number, fields: readonly (Field | null)[]): number {
  const level2 = fields.findIndex((f) => f?.kind === 'level2');
  if (level2 < 0) return 0;
  let moved = 0;
  for (let r = Math.max(dataAt, 0); r + 1 < rows.length; r++) {
    const above = rows[r]!;
    const below = rows[r + 1]!;
    if (above.length <= level2 || below.length <= level2 || !firstIsLevel2(below, level2)) continue;
    const last = lastTextCell(above, fields);
    if (last < 0) continue;
    if (siblingPrefix(above, below, level2, last) || brokenName(above, below, level2, last)) moved++;
  }
  return moved;
}
