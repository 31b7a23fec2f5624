/**
 * Text extracted from a PDF table where every cell is broken over short lines
 * and the cells of a row follow one another line by line (序号, 一级事项,
 * 二级事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道, ticks, 栏目).
 *
 * The lines are cut into cells and the cells assigned to the form's columns
 * by one segmentation that keeps the form's column order within a row and
 * scores every candidate cell by what its text looks like (a 《title》, a time
 * phrase, a check-box list, an office name …) and by the wrapping of its
 * lines: all lines of a wrapped cell but the last are about as wide as the
 * column. Rows restart at a 序号 (a new row) or at 二级事项/公开内容 (a row
 * whose other cells are merged with the row above).
 */
import type { GridRow, SourceTable } from '../table/grid.ts';
import { CHECKBOX_GLYPHS, compact, isHan, isMark, looksCategory, looksColumnPath, looksSubject, looksTimeLimit } from '../table/cellText.ts';
import { MARKS_LABEL } from '../table/headerVocabulary.ts';
import { channelOfLabel } from '../table/channelMarks.ts';
import { columnsOfHeaderText, headerLabels, isLabelStart } from './headerColumns.ts';

type Col = 'seq' | 'level1' | 'level2' | 'content' | 'basis' | 'timeLimit' | 'subject' | 'channels' | 'marks' | 'modeText' | 'category' | 'column' | 'remarks';
const ORDER: Col[] = ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'marks', 'modeText', 'category', 'column', 'remarks'];
const LABELS: Record<Col, string> = {
  seq: '序号',
  level1: '一级事项',
  level2: '二级事项',
  content: '公开内容',
  basis: '公开依据',
  timeLimit: '公开时限',
  subject: '公开主体',
  channels: '公开渠道和载体',
  marks: MARKS_LABEL,
  modeText: '公开方式',
  category: '公开类型',
  column: '网站所属栏目',
  remarks: '备注',
};

interface Token {
  text: string;
  line: number;
  /** The token shares its line with a 序号: a one-line cell. */
  besideSeq: boolean;
  lastOnLine: boolean;
  width: number;
  /** Precomputed shape of the token (the scores look at them many times). */
  box: boolean;
  mark: boolean;
  int: boolean;
  digits: boolean;
  numbered: boolean;
}

/** Longest cell, in lines, each column is allowed. */
const MAX_LINES: Record<Col, number> = {
  seq: 1,
  marks: 1,
  level1: 6,
  level2: 8,
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

const BOX_START = new RegExp(`^\\s*(${CHECKBOX_GLYPHS.source})`);
const INT = /^\d{1,3}$/;

function width(text: string): number {
  let w = 0;
  for (const ch of compact(text)) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** Cut one extracted line into the cells it holds. */
function splitLine(line: string): string[] {
  const t = line.trim();
  if (t === '') return [];
  if (BOX_START.test(t) || isMark(t)) return [t];
  const parts: string[] = [];
  let rest = t;
  const lead = /^(\d{1,3})\s+(\S.*)$/.exec(rest);
  if (lead && !/^[年月日号个]/.test(lead[2]!)) {
    parts.push(lead[1]!);
    rest = lead[2]!;
  }
  let marks: string | null = null;
  const tail = /^(.*?\S)\s+([√✓✔](?:\s*[√✓✔])*)$/.exec(rest);
  if (tail) {
    rest = tail[1]!;
    marks = tail[2]!;
  }
  // A space between two Han characters (or after a closing bracket) separates two cells.
  let start = 0;
  for (let i = 1; i < rest.length - 1; i++) {
    if (!/\s/.test(rest[i]!)) continue;
    let j = i;
    while (j < rest.length && /\s/.test(rest[j]!)) j++;
    const before = rest[i - 1]!;
    const after = rest[j];
    const left = rest.slice(start, i);
    // A numbered title (1.《…) after a space starts a 公开依据 cell too.
    const startsCell = isHan(after) || /^\d{1,2}[.．、]《/.test(rest.slice(j));
    if ((isHan(before) || /[）)》」”]/.test(before)) && startsCell && compact(left).length >= 2 && compact(rest.slice(j)).length >= 2) {
      parts.push(left.trim());
      start = j;
    }
    i = j - 1;
  }
  parts.push(rest.slice(start).trim());
  if (marks) parts.push(marks);
  return parts.filter((p) => p !== '');
}

interface Seg {
  col: Col;
  from: number;
  to: number; // inclusive
}

const NEG = -1e9;

const CELL_COST = 2;
const SKIP_LINE = -12;
const MAX_CELL = 30;

/** A cell of channel names without boxes: every name (split at 、，,) is a channel the form knows. */
function namedChannels(text: string): boolean {
  const names = text.split(/[、，,；;]/).filter((name) => name !== '');
  return names.length > 0 && names.length <= 6 && names.every((name) => channelOfLabel(name) !== null && name.length <= 14);
}

/** A cell's score from its text and its lines' wrapping; NEG when it cannot be one cell. */
function cellScore(col: Col, seg: readonly Token[], text: string): number {
  const n = seg.length;
  if (col === 'seq') return n === 1 && seg[0]!.int ? 3 : NEG;
  if (col === 'marks') return n === 1 && seg[0]!.mark ? 2 : NEG;
  if (col === 'channels') {
    // Channels named in words (部门网站、政务服务中心) where the form has no boxes.
    if (!seg[0]!.box) return namedChannels(text) ? 1.5 - CELL_COST : NEG;
    let s = 1 - CELL_COST;
    for (const t of seg) {
      if (t.box) s += 0.5;
      else if (t.width > 16) s -= 2;
    }
    return s;
  }
  let s = -CELL_COST;
  // A cell does not begin with a particle that binds to the word before it: that line continues a cell.
  if (/^[的之了着]/.test(text)) s -= 2;
  // Wrapping: every line but the last is about as wide as the widest.
  let widest = 0;
  for (const t of seg) widest = Math.max(widest, t.width);
  const narrow = widest - Math.max(2, widest * 0.2);
  for (let k = 0; k < n - 1; k++) {
    const t = seg[k]!;
    if (t.digits || seg[k + 1]!.numbered) continue;
    if (t.width < narrow) s -= 2.5;
  }
  if (col !== 'timeLimit') for (const t of seg) if (t.int) s -= 3;
  switch (col) {
    case 'level1':
      s += text.length <= 8 ? 0.5 : text.length <= 12 ? 0 : -2;
      if (n > 3) s -= 1;
      if (text.includes('《')) s -= 3;
      break;
    case 'level2':
      s += text.length <= 20 ? 0.6 : text.length <= 30 ? 0 : -1.5;
      if (text.includes('《')) s -= 2;
      if (/栏目|[-—/／]/.test(text)) s -= 1.5;
      // A name is short: a line that could end the long cell above rather than start this name goes there.
      s -= 0.5 * Math.max(0, n - 2);
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
      break;
    case 'modeText':
      s += /^(主动|依申请)(公开)?$/.test(text) ? 3 : -4;
      break;
    case 'category':
      s += looksCategory(text) ? 3 : -4;
      break;
    case 'remarks':
      // Rarely filled, and briefly; text after the last column is more often the next row's.
      s -= 3 + (n - 1);
      break;
  }
  return s;
}

/** A row restarts at 序号 (new row) or at a lower column (cells merged with the row above). */
function transition(prev: Col | null, next: Col, order: readonly Col[]): number {
  const a = prev === null ? -1 : order.indexOf(prev);
  const b = order.indexOf(next);
  if (b > a) {
    let s = 0;
    // A row that skips its 二级事项 or 公开内容 is unusual.
    for (const must of ['level2', 'content'] as Col[]) {
      const k = order.indexOf(must);
      if (k >= 0 && k > a && k < b && (prev === 'seq' || prev === 'level1' || prev === 'level2')) s -= 2;
    }
    return s;
  }
  if (next === 'seq') return 0;
  // Another 公开内容 under the same merged cells.
  if (next === 'content' && prev === 'content') return -1.5;
  if (next === 'level2') return -1;
  if (next === 'level1') return -2;
  if (next === 'content') return -3;
  return -6;
}

/** Scores of every possible cell: score[c][i * MAX_CELL + len - 1], NEG where impossible; and the longest possible cell. */
function cellScores(tokens: readonly Token[], cols: readonly Col[]): { scores: Float64Array[]; longest: Int32Array[] } {
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
        out[i * MAX_CELL + len - 1] = cellScore(col, tokens.slice(i, i + len), text);
        most[i] = len;
      }
    }
    return out;
  });
  return { scores, longest };
}

function segment(
  tokens: readonly Token[],
  cols: readonly Col[],
  cells: { scores: Float64Array[]; longest: Int32Array[] },
  typical: Partial<Record<Col, number>>,
  centred: boolean,
): Seg[] {
  const n = tokens.length;
  const C = cols.length;
  // Against the column's typical wrapped width: lines much wider (any line) or much
  // narrower (a line that is not the cell's last) do not belong. Prefix counts per column.
  const tooWide = cols.map((col) => {
    const w = typical[col];
    const prefix = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + (w !== undefined && tokens[i]!.width > w * 1.3 + 3 ? 1 : 0);
    return prefix;
  });
  const tooNarrow = cols.map((col) => {
    const w = typical[col];
    const prefix = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      const exempt = t.digits || next?.numbered === true;
      prefix[i + 1] = prefix[i]! + (w !== undefined && !exempt && t.width < w - Math.max(2, w * 0.2) ? 1 : 0);
    }
    return prefix;
  });
  const trans = cols.map((p) => cols.map((c) => transition(p, c, cols)));
  const first = cols.map((c) => transition(null, c, cols));
  // State: tokens < i consumed, last cell in column p (C: none yet), and whether that cell was
  // one line with more cells beside it on the line: cells printed side by side on one line are
  // centred together, so a cell beside a one-line cell is one line too.
  const S = (C + 1) * 2;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(S).fill(NEG));
  const backFrom = Array.from({ length: n + 1 }, () => new Int32Array(S).fill(-1));
  const backState = Array.from({ length: n + 1 }, () => new Int32Array(S).fill(-1));
  // A line no cell can take (a stray page header, a second tick line) is dropped at a high cost, so a reading always exists.
  const skipped = Array.from({ length: n + 1 }, () => new Uint8Array(S));
  best[0]![C * 2] = 0;
  for (let i = 0; i < n; i++) {
    for (let state = 0; state < S; state++) {
      const start = best[i]![state]!;
      if (start <= NEG / 2) continue;
      const p = state >> 1;
      const oneLine = (state & 1) === 1;
      if (start + SKIP_LINE > best[i + 1]![state]!) {
        best[i + 1]![state] = start + SKIP_LINE;
        backFrom[i + 1]![state] = i;
        backState[i + 1]![state] = state;
        skipped[i + 1]![state] = 1;
      }
      for (let c = 0; c < C; c++) {
        const t = p === C ? first[c]! : trans[p]![c]!;
        if (t <= -6) continue;
        const scores = cells.scores[c]!;
        const prefix = tooWide[c]!;
        const narrow = tooNarrow[c]!;
        const maxLen = oneLine ? 1 : cells.longest[c]![i]!;
        for (let len = 1; len <= maxLen && i + len <= n; len++) {
          const s = scores[i * MAX_CELL + len - 1]!;
          if (s <= NEG / 2) continue;
          const v = start + t + s - 4 * (prefix[i + len]! - prefix[i]!) - 2.5 * (narrow[i + len - 1]! - narrow[i]!);
          const end = tokens[i + len - 1]!;
          const next = (c * 2) | (centred && len === 1 && !end.lastOnLine ? 1 : 0);
          if (v > best[i + len]![next]!) {
            best[i + len]![next] = v;
            backFrom[i + len]![next] = i;
            backState[i + len]![next] = state;
            skipped[i + len]![next] = 0;
          }
        }
      }
    }
  }
  let state = 0;
  for (let k = 1; k < S; k++) if (best[n]![k]! > best[n]![state]!) state = k;
  const segs: Seg[] = [];
  let j = n;
  while (j > 0 && state >= 0) {
    const i = backFrom[j]![state]!;
    if (i < 0) break;
    if (skipped[j]![state] === 0) segs.push({ col: cols[state >> 1]!, from: i, to: j - 1 });
    state = backState[j]![state]!;
    j = i;
  }
  return segs.reverse();
}

const HEADER_WORDS = /公开事项|公开内容|公开依据|公开时限/;

/** A long line that is the header printed on one line (pdftotext -raw): its labels cover most of it. */
function mostlyLabels(line: string): boolean {
  const covered = headerLabels(line).join('').length;
  return covered >= 12 && covered >= compact(line).length * 0.8;
}

/**
 * The data lines without the header and title that a page break prints again: a line that is
 * mostly labels, and the header block's lines (全社 / 会 / 特定 …) that follow it.
 */
function withoutRepeatedHeaders(body: readonly string[], above: readonly string[]): string[] {
  const seen = new Set(above.map(compact));
  const out: string[] = [];
  let inHeader = false;
  for (const line of body) {
    const c = compact(line);
    if (mostlyLabels(line)) inHeader = true;
    else if (!(inHeader && seen.has(c)) && !(seen.has(c) && c.length > 8)) inHeader = false;
    if (inHeader || (seen.has(c) && c.length > 8)) continue;
    out.push(line);
  }
  return out;
}

/** Header lines: mostly labels, or a fragment of a label broken over lines (序 / 号 / 全社 / 会). */
const headerish = (line: string): boolean =>
  compact(line).length <= 2 || isLabelStart(line) || headerLabels(line).join('').length >= compact(line).length * 0.6;

/** The first data line: the first 序号 where the header has one, else the first line after the header block. */
function firstDataLine(lines: readonly string[], headStart: number, headerAt: number): number {
  let end = headerAt + 1;
  while (end < lines.length && headerish(lines[end]!)) end++;
  const numbered = headerLabels(lines.slice(headStart, end).join('')).some((label) => /^(序号|编号)$/.test(label));
  if (!numbered) return end < lines.length ? end : -1;
  return lines.findIndex((l, k) => k > headerAt && /^\s*\d{1,3}(\s|$)/.test(l));
}

const FIELD_COL: Partial<Record<string, Col>> = {
  seq: 'seq',
  level1: 'level1',
  level2: 'level2',
  content: 'content',
  basis: 'basis',
  timeLimit: 'timeLimit',
  subject: 'subject',
  channels: 'channels',
  column: 'column',
  category: 'category',
  remarks: 'remarks',
};

/** The columns in the header's order; tick groups (their columns lost in the text) become one 勾选标记 column. */
function columnsOfHeader(headerText: string): Col[] {
  const columns = columnsOfHeaderText(headerText);
  if (!columns) return ORDER.filter((c) => c !== 'modeText' && c !== 'category' && (c !== 'column' || /栏目/.test(headerText)) && (c !== 'remarks' || /备注/.test(headerText)));
  const cols: Col[] = [];
  for (const column of columns) {
    const ticks = column.parts && column.parts.length > 0;
    const col = ticks ? 'marks' : column.field === 'mode' ? 'modeText' : FIELD_COL[column.field];
    if (col && !cols.includes(col)) cols.push(col);
  }
  return cols;
}

export function readLineStream(text: string): SourceTable | null {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
  // A header line is mostly labels; a title (某局政务公开事项目录) names one among other words.
  const headerAt = lines.findIndex((l) => HEADER_WORDS.test(compact(l)) && headerLabels(l).join('').length >= compact(l).length * 0.6);
  if (headerAt < 0) return null;
  // The header may start a line or two earlier (序 / 号).
  let headStart = headerAt;
  while (headStart > 0 && (compact(lines[headStart - 1]!).length <= 2 || isLabelStart(lines[headStart - 1]!)) && !/^\d+$/.test(compact(lines[headStart - 1]!))) headStart--;
  const dataAt = firstDataLine(lines, headStart, headerAt);
  if (dataAt < 0) return null;
  const headerText = compact(lines.slice(headStart, dataAt).join(''));
  const body = withoutRepeatedHeaders(lines.slice(dataAt), lines.slice(0, dataAt));
  const cols = columnsOfHeader(headerText);
  const tokens: Token[] = [];
  const split = body.map(splitLine);
  // Cells centred in their rows (Word's PDF) print the 序号 alone on its line; top-aligned cells
  // (pdftotext -raw) print it beside the first lines of the next cells, which may wrap.
  const seqLines = split.filter((parts) => parts.length > 0 && INT.test(compact(parts[0]!)));
  const centred = seqLines.length > 0 && seqLines.filter((parts) => parts.length === 1).length >= seqLines.length / 2;
  split.forEach((parts, index) => {
    const seqFirst = centred && parts.length > 1 && INT.test(compact(parts[0]!));
    parts.forEach((part, k) => {
      const c = compact(part);
      tokens.push({
        text: part,
        line: index,
        besideSeq: seqFirst && k > 0,
        lastOnLine: k === parts.length - 1,
        width: width(part),
        box: BOX_START.test(part),
        mark: isMark(part),
        int: INT.test(c),
        digits: /^\d+$/.test(c),
        numbered: /^\d{1,2}[.．、]/.test(c),
      });
    });
  });
  if (tokens.length === 0) return null;
  const base = cellScores(tokens, cols);
  let segs = segment(tokens, cols, base, {}, centred);
  // Second pass: learn how wide each column wraps and penalise lines much wider.
  const widths: Partial<Record<Col, number[]>> = {};
  for (const seg of segs) {
    for (let k = seg.from; k < seg.to; k++) (widths[seg.col] ??= []).push(tokens[k]!.width);
  }
  const wide: Partial<Record<Col, number>> = {};
  for (const [col, list] of Object.entries(widths) as [Col, number[]][]) {
    const sorted = [...list].sort((a, b) => a - b);
    wide[col] = sorted[Math.floor(sorted.length / 2)]!;
  }
  segs = segment(tokens, cols, base, wide, centred);

  const rows: GridRow[] = [cols.map((c) => ({ text: LABELS[c] }))];
  let current: string[] | null = null;
  let lastIndex = -1;
  for (const seg of segs) {
    const k = cols.indexOf(seg.col);
    if (current === null || k <= lastIndex) {
      current = cols.map(() => '');
      rows.push(current.map((t) => ({ text: t })));
    }
    const cellText = tokens.slice(seg.from, seg.to + 1).map((t) => t.text).join('\n');
    current[k] = cellText;
    rows[rows.length - 1] = current.map((t) => ({ text: t }));
    lastIndex = k;
  }
  const columns = columnsOfHeaderText(lines.slice(headStart, dataAt).join(''));
  return { before: lines.slice(0, headStart), rows, after: [], ...(columns ? { columns } : {}) };
}
