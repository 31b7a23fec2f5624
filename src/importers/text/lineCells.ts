/**
 * The line-stream reader's cell scores: what a run of lines looks like as one
 * cell of each column (a 《title》, a time phrase, a check-box list, an office
 * name …) and how its lines wrap.
 */
import { compact, looksCategory, looksColumnPath, looksSubject, looksTimeLimit } from '../table/cellText.ts';
import { boxListScore } from './lineChannels.ts';
import { onPageEnd } from './linePageCut.ts';
import { CHANNEL_NOTE, type Col, type Token } from './lineTokens.ts';

/** Longest cell, in lines, each column is allowed (a 二级事项 of 60 characters takes 15 lines of a four-character column). */
export const MAX_LINES: Record<Col, number> = {
  seq: 1,
  marks: 1,
  level1: 6,
  level2: 16,
  content: 30,
  basis: 30,
  timeLimit: 24,
  subject: 10,
  channels: 30,
  modeText: 4,
  category: 4,
  column: 24,
  remarks: 10,
};


export const NEG = -1e9;
const NUMBERED_TITLE = /^\d{1,2}[.．、]《/;
/** The end of a text that goes on: 伪造证明材料或者 / 办公地址、 / （仅指. */
const OPEN_END = /([、，,（(《“]|或者|以及|及其|和|与)$/;
/** The tail of a document number a line wrapped before: 〔2017〕94 号） or 号）. */
const DOC_NUMBER_TAIL = /^([〔[]\d{4}[〕\]]\d*\s*号|\d*\s*号[）)])/;
/** A Chinese list numeral before the text: 一、 二、 十一、. */
const LIST_NUMERAL = /^[一二三四五六七八九十]{1,3}、/;

/** The last line of a wrapped 管理 / 公开 or 主动公 / 开, which a page break leaves alone at the next page's top. */
const CUT_TAIL = /^公?开$/;

export const CELL_COST = 2;
export const SKIP_LINE = -12;
export const MAX_CELL = 30;

/** A cell's score from its text and its lines' wrapping; NEG when it cannot be one cell. */
function cellScore(col: Col, seg: readonly Token[], text: string): number {
  const n = seg.length;
  if (col === 'seq') return n === 1 && seg[0]!.int ? 3 : NEG;
  if (col === 'marks') return n === 1 && seg[0]!.mark ? 2 : NEG;
  if (col === 'channels') {
    const s = boxListScore(seg, text);
    return s === null ? NEG : s - CELL_COST;
  }
  let s = -CELL_COST;
  // The form's note to a box label (其他（注明）) alone on a line belongs to the box list.
  if (seg.some((t) => CHANNEL_NOTE.test(compact(t.text)))) s -= 3;
  // A cell does not begin with a particle that binds to the word before it: that line continues a cell.
  if (/^[的之了着]/.test(text)) s -= 2;
  // A name does not end on an enumeration comma, an opening bracket or a conjunction: its text goes on.
  if ((col === 'level1' || col === 'level2') && OPEN_END.test(text)) s -= 2;
  // Nor is a name one character: a lone 划 / 作 is the last line of a name wrapped over two (发展规 / 划).
  if ((col === 'level1' || col === 'level2') && text.length === 1) s -= 3;
  // Wrapping: every line but the last is about as wide as the widest.
  let widest = 0;
  for (const t of seg) widest = Math.max(widest, t.width);
  const narrow = widest - Math.max(2, widest * 0.2);
  for (let k = 0; k < n - 1; k++) {
    const t = seg[k]!;
    if (t.digits || seg[k + 1]!.numbered || DOC_NUMBER_TAIL.test(compact(seg[k + 1]!.text))) continue;
    if (t.width < narrow) s -= 2.5;
  }
  if (col !== 'timeLimit') for (const t of seg) if (t.int) s -= 3;
  // A title's end without its start (例》（国务院令…） after a page break) goes on the 公开依据 it began in.
  if (col !== 'basis' && (text.match(/》/g) ?? []).length > (text.match(/《/g) ?? []).length) s -= 3;
  // So does the tail of a document number (〔2017〕94 号）, 第 97 号）) the line before could not hold.
  if (col !== 'basis' && DOC_NUMBER_TAIL.test(text)) s -= 3;
  // A cell closes the brackets it opens: one left open (…（医保发〔2022〕27) goes on with the next line (号）).
  if ((text.match(/[（(]/g) ?? []).length > (text.match(/[）)]/g) ?? []).length) s -= 1.5;
  // A numbered 《title》 on a later line starts a list of 公开依据 (1.《条例》 2.《意见》): no other cell holds one.
  if (col !== 'basis' && seg.slice(1).some((t) => NUMBERED_TITLE.test(compact(t.text)))) s -= 4;
  // A numbered list of 公开依据 starts at its first item: text before a numbered 《title》 is another cell's.
  else if (col === 'basis' && !/^(\d{1,2}[.．、]|《)/.test(text) && seg.slice(1).some((t) => NUMBERED_TITLE.test(compact(t.text)))) s -= 3;
  switch (col) {
    case 'level1':
      s += text.length <= 8 ? 0.5 : text.length <= 12 ? 0 : -2;
      // The upper level of a two-level list is the one numbered 一、二、 (一、概况信息).
      if (LIST_NUMERAL.test(text)) s += 1.5;
      // A 一级事项 takes a few lines, four in a narrow column (七、其 / 他应公 / 开的政 / 府信息).
      if (n > 4) s -= 1;
      if (text.includes('《')) s -= 3;
      break;
    case 'level2':
      s += text.length <= 20 ? 0.6 : text.length <= 30 ? 0 : -1.5;
      if (text.includes('《')) s -= 2;
      if (/栏目|[-—/／]/.test(text)) s -= 1.5;
      if (LIST_NUMERAL.test(text)) s -= 1.5;
      // A name is short: a line that could end the long cell above rather than start this name goes there.
      s -= 0.35 * Math.max(0, n - 2);
      break;
    case 'content':
      s += /[、，。,]/.test(text) ? 1 : 0.5;
      if (text.startsWith('《')) s -= 1;
      break;
    case 'basis':
      s += text.includes('《') ? 2 : /条例|办法|规定|意见|通知|要点|法/.test(text) ? 1 : -2;
      if (/^(\d{1,2}[.．、]|《|根据)/.test(text)) s += 0.5;
      break;
    case 'timeLimit':
      s += looksTimeLimit(text) ? 2.5 : -2;
      if (text.includes('《')) s -= 3;
      if (/^(形成|信息|政府信息|每年|每季|每月|即时|自|在|于)/.test(text)) s += 0.5;
      if (/(日|内|前|开|布|）|\)|时|公开)$/.test(text)) s += 0.5;
      if (/(工作|个|之)$/.test(text)) s -= 1;
      break;
    case 'subject':
      s += looksSubject(text) ? 2.5 : text.length <= 6 ? -0.5 : -2;
      // A 公开主体 does not begin with the tail of a time phrase.
      if (/^[内日起前]/.test(text)) s -= 1;
      break;
    case 'column':
      s += looksColumnPath(text) || /网站|栏目/.test(text) ? 1.5 : -1;
      if (/栏目$/.test(text)) s += 0.5;
      // No column of a site is named by one character: a path ending …目录/政 goes on (策解读).
      if (/[/／\-—][^/／\-—]$/.test(text)) s -= 1;
      break;
    case 'modeText':
      s += /^(主动|依申请)(公开)?$/.test(text) ? 3 : CUT_TAIL.test(text) ? 0.5 : -4;
      break;
    case 'category':
      s += looksCategory(text) ? 3 : CUT_TAIL.test(text) ? 0.5 : -4;
      break;
    case 'remarks':
      // Rarely filled, and briefly; text after the last column is more often the next row's.
      s -= 3 + (n - 1);
      break;
  }
  return s;
}


/** Scores of every possible cell: score[c][i * MAX_CELL + len - 1], NEG where impossible; and the longest possible cell. */
export function cellScores(tokens: readonly Token[], cols: readonly Col[]): { scores: Float64Array[]; longest: Int32Array[] } {
  const n = tokens.length;
  const longest: Int32Array[] = [];
  const scores = cols.map((col) => {
    const out = new Float64Array(n * MAX_CELL).fill(NEG);
    const most = new Int32Array(n);
    longest.push(most);
    for (let i = 0; i < n; i++) {
      let text = '';
      for (let len = 1; len <= MAX_LINES[col] && i + len <= n; len++) {
        const t = tokens[i + len - 1]!;
        if (len > 1) {
          const prev = tokens[i + len - 2]!;
          // Cells on one line are different cells; a cell beside the 序号 is one line.
          if (prev.line === t.line || !prev.lastOnLine || prev.besideSeq) break;
        }
        if (col !== 'marks' && t.mark) break;
        if (col !== 'channels' && t.box) break;
        text += compact(t.text);
        const score = cellScore(col, tokens.slice(i, i + len), text);
        // A cell a page break cuts shows only the start of its text on the page's last line: its shape says less.
        const cut = col !== 'seq' && col !== 'marks' && col !== 'channels' && onPageEnd(tokens, i + len - 1);
        out[i * MAX_CELL + len - 1] = cut ? Math.max(score, -CELL_COST) : score;
        most[i] = len;
      }
    }
    return out;
  });
  return { scores, longest };
}

