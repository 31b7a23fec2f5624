/**
 * The line-stream reader's tokens: the form's columns in order, and the pieces
 * a PDF text line is cut into (a cell's line, or several cells side by side).
 */
import { CHECKBOX_GLYPHS, compact, isHan, isMark, looksSubject } from '../table/cellText.ts';
import { channelOfLabel } from '../table/channelMarks.ts';
import { CHANNELS } from '../../domain/catalog/vocabulary.ts';
import { MARKS_LABEL } from '../table/headerVocabulary.ts';
import { boxBeforeCutName } from './layoutCells.ts';

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
  /** The first token after a header a page break printed again: the cut row's cells may go on here. */
  pageStart: boolean;
  /** Beside another cell's end on the lines at a page's top that hold the ends of the cut row's cells. */
  besideCutEnd: boolean;
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

/** Punctuation below the CJK blocks that a Chinese font prints full width (“三公”经费, ……). */
const WIDE_PUNCTUATION = /[“”‘’…—·]/;

export function width(text: string): number {
  let w = 0;
  for (const ch of compact(text)) w += ch.charCodeAt(0) > 0x2e80 || WIDE_PUNCTUATION.test(ch) ? 2 : 1;
  return w;
}

const BOX_GLYPHS = new RegExp(CHECKBOX_GLYPHS.source, 'g');
/** A character no cell's line continues with after a space: a title's 《 or a box glyph. */
const CELL_OPENER = new RegExp(`^(《|${CHECKBOX_GLYPHS.source})`);

/** The national form's note to the boxes 精准推送 and 其他, alone: （注明）. */
export const CHANNEL_NOTE = /^[（(]注明[)）]$/;
/** A bracketed note alone on its line: （注明）, (注明). */
export const BOX_NOTE = /^[（(][^（()）]{1,6}[)）]$/;

/** A box glyph anywhere in the text (口 where a box stands, not 口 alone: 窗口 wrapped). */
export const holdsBox = (text: string): boolean => (CHECKBOX_GLYPHS.test(text) || INLINE_KOU.test(text)) && compact(text) !== '口';
/** Where boxes are printed inline, a 口 after a space is a box whatever its label (口报 / 刊: 报刊 wrapped). */
const INLINE_KOU = /\s口/;

/** A line that starts a check box list: a box glyph, but not 口 alone (the last character of 窗口 wrapped). */
export function startsBoxes(text: string): boolean {
  return BOX_START.test(text) && compact(text) !== '口';
}

/**
 * Channel cells that print several boxes on a line and wrap it like text (þ 政府网站 ¨两微一端 ¨ /
 * 政府公报 ¨发布会): there a box glyph inside a line is part of the list, not the start of a cell.
 */
export function printsBoxesInline(lines: readonly string[]): boolean {
  return lines.filter((line) => (line.match(BOX_GLYPHS) ?? []).length >= 2).length >= 3;
}

/**
 * -raw joins a one-line 公开主体 and the first line of an inline box list (办公室 þ 政府网站 ¨两微一):
 * an office's name (政务大厅 too) before the list's first box, the form's first channel, is its own
 * cell; a label wrapped inside the list (政务服务中心 ¨便 / 民服务站 ¨入户) is not.
 */
function subjectBeforeBoxes(line: string): string[] | null {
  // The words before the list's first box: the 公开主体 and, when they are one line too, the cells before it
  // (即时公开 局办公室 þ 政府网站 ¨两微一端).
  const words = line.trim().split(/\s+/);
  const at = words.findIndex((word, k) => k > 0 && startsBoxes(word));
  if (at < 1 || words.slice(0, at).some(holdsBox)) return null;
  const list = words.slice(at).join(' ');
  const firstLabel = list.replace(BOX_START, '').split(BOX_GLYPHS)[0]!;
  const listStarts = channelOfLabel(firstLabel) === CHANNELS[0];
  return listStarts && looksSubject(words[at - 1]!) ? [...splitLine(words.slice(0, at).join(' ')), list] : null;
}

/**
 * -raw prints a row's first lines on one line when the page ends there (18 基本医疗保险（生 事项名称… 政务服务窗
 * þ 政府网站 ¨两微一端 ¨ 主动公 按年度更): the cells before the first box, the box list, and the words after its
 * last box that name no channel (the 公开方式 and 备注 beside it) are cut apart.
 */
function firstLineWithBoxes(line: string): string[] | null {
  const at = line.search(CHECKBOX_GLYPHS);
  if (!/^\d{1,3}\s+\S/.test(line) || at <= 0) return null;
  let boxes = line.slice(at);
  const lastBox = Math.max(...[...boxes.matchAll(BOX_GLYPHS)].map((m) => m.index));
  const after = boxes.slice(lastBox + 1);
  const tail = /^\s+\S/.test(after) && channelOfLabel(after.trim().split(/\s+/)[0]!) === null ? after.trim() : '';
  if (tail !== '') boxes = boxes.slice(0, lastBox + 1);
  return [...splitLine(line.slice(0, at)), boxes.trim(), ...(tail !== '' ? splitLine(tail) : [])];
}

/**
 * An inline box list's line that starts with two words before its first box (口 政府公报 ¨发布会/听证会): a box's
 * label is one word, so the first word is the end of another cell the page break cut (窗口's 口, the 公开主体).
 */
function cellBeforeLabel(line: string): string[] | null {
  const words = line.split(/\s+/);
  // 口 before a channel name's start the line cut is a box (口报 / 刊); 口 alone is none (窗口 wrapped), nor is 口腔.
  const boxed = (word: string): boolean => holdsBox(word) || startsBoxes(word) || boxBeforeCutName(word);
  const firstBox = words.findIndex(boxed);
  if (firstBox < 2 || words.slice(0, firstBox).some(boxed)) return null;
  return [words[0]!, words.slice(1).join(' ')];
}

/**
 * Cut one extracted line into the cells it holds. The lines at a page's top (`pageStart`, up to the next row)
 * hold the ends of the cut row's cells side by side, each of which may be one character (等 2.《中共中央办公厅…:
 * a 公开内容's last word, then the 公开依据; 开 新: the ends of 主动公 / 开 and 按年度更 / 新).
 */
export function splitLine(line: string, boxesInline = false, pageStart = false): string[] {
  const t = line.trim();
  if (t === '') return [];
  const cutEnd = pageStart && boxesInline ? cellBeforeLabel(t) : null;
  if (cutEnd) return cutEnd;
  if (startsBoxes(t) || isMark(t)) return [t];
  // A row's first line whose only 口 starts a word (5 公共服务 口腔种植医疗服务) holds no box: it is cut as text.
  const rowStartWithoutBox = /^\d{1,3}\s+\S/.test(t) && !CHECKBOX_GLYPHS.test(t);
  if (boxesInline && holdsBox(t) && !rowStartWithoutBox) return subjectBeforeBoxes(t) ?? firstLineWithBoxes(t) ?? [t];
  const parts: string[] = [];
  let rest = t;
  const lead = /^(\d{1,3})\s+(\S.*)$/.exec(rest);
  // A number before 年/月/日/号/个 is a quantity (20 个工作日, 3 月), not a 序号 — but 年度/月度 is a word (2 年度报告).
  if (lead && !/^[年月日号个](?!度)/.test(lead[2]!)) {
    parts.push(lead[1]!);
    rest = lead[2]!;
  }
  let marks: string | null = null;
  const tail = /^(.*?\S)\s+([√✓✔](?:\s*[√✓✔])*)$/.exec(rest);
  if (tail) {
    rest = tail[1]!;
    marks = tail[2]!;
  }
  // A row whose every cell is one line before a page break prints them all on one line, the ticks
  // between the box list and the 网站所属栏目 (18 … ■政府网站 √ √ 市政府网站/ 管理): the ticks part them.
  const between = /^(.*?[^\s√✓✔])\s+([√✓✔](?:\s*[√✓✔])*)\s+([^\s√✓✔].*)$/.exec(rest);
  if (between && marks === null) {
    return [...parts, ...splitLine(between[1]!, boxesInline, pageStart), between[2]!, ...splitLine(between[3]!, boxesInline, pageStart)];
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
    // A numbered title (1.《…) after a space starts a 公开依据 cell too; so does a 《title》 or a check box
    // after a cell's text (pdftotext -raw joins the first lines of neighbouring cells on one line).
    // So does the form's note to a box label (定） （注明）: a cut 公开时限's end beside its row's box note).
    // So does an opening quote (部门经费预决算 “三公”经费…): a cell's own words are not parted by a space.
    const startsCell = isHan(after) || /^[“‘「]/.test(rest.slice(j)) || /^\d{1,2}[.．、]《/.test(rest.slice(j)) || (before !== '》' && CELL_OPENER.test(rest.slice(j))) || CHANNEL_NOTE.test(compact(rest.slice(j)));
    const ends = isHan(before) || /[）)》」”、，。；/／]/.test(before) || isMark(left);
    const least = pageStart ? 1 : 2;
    if (ends && startsCell && (compact(left).length >= least || isMark(left)) && compact(rest.slice(j)).length >= least) {
      parts.push(left.trim());
      start = j;
    }
    i = j - 1;
  }
  parts.push(rest.slice(start).trim());
  if (marks) parts.push(marks);
  return parts.filter((p) => p !== '');
}

