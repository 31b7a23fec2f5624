/**
 * The line-stream reader's tokens: the form's columns in order, and the pieces
 * a PDF text line is cut into (a cell's line, or several cells side by side).
 */
import { CHECKBOX_GLYPHS, compact, isHan, isMark } from '../table/cellText.ts';
import { MARKS_LABEL } from '../table/headerVocabulary.ts';

export type Col = 'seq' | 'level1' | 'level2' | 'content' | 'basis' | 'timeLimit' | 'subject' | 'channels' | 'marks' | 'modeText' | 'category' | 'column' | 'remarks';
export const ORDER: Col[] = ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'marks', 'modeText', 'category', 'column', 'remarks'];
export const LABELS: Record<Col, string> = {
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

export interface Token {
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


export const BOX_START = new RegExp(`^\\s*(${CHECKBOX_GLYPHS.source})`);
export const INT = /^\d{1,3}$/;

export function width(text: string): number {
  let w = 0;
  for (const ch of compact(text)) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** Cut one extracted line into the cells it holds. */
export function splitLine(line: string): string[] {
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

