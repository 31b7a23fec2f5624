/**
 * The header block of a fixed-column text table: the line that names the form's
 * columns (序号 公开事项 公开内容 公开依据 …) and the lines under it that carry
 * the rest of labels broken over lines (公开主 / 体) and the sub-labels of the
 * groups (一级事项 二级事项, 全社会 特定群体, 主动 依申请, 决策 执行 …).
 * Labels are rebuilt by stacking the fragments printed at the same position.
 */
import { compact } from '../table/cellText.ts';
import { fieldOfLabel, groupOfLabel, isHeaderLabel, type Group } from '../table/headerVocabulary.ts';
import { wordsOf } from './layoutWords.ts';

/** One physical column the header names, at the character position of its label. */
export interface HeaderLeaf {
  start: number;
  label: string;
  /** The group label written over it (公开事项, 公开对象 …), when it is a sub-column. */
  group: string | null;
  /** A tick sub-column (公开对象, 公开方式, 五公开): its cells hold marks only. */
  tick: boolean;
}

/** Characters of the form's header labels; a line of only these (and spaces) continues a header. */
const LABEL_CHARS = new Set('序号编公开事项一二级名称内容要素依据时限期主体责任渠道和及载对象范围方式所属五类型别网站政府栏目备注全社会特定群体人众动申请决策执行管理服务结果“”"（）()');
/** The first characters of the sub-labels: such a word under a complete label starts a label of its own. */
const SUB_START = /^(一级|二级|全|特|主|依|决|执|管|服|结)/;
const SUB_GROUP: Record<string, Group> = { level1: 'items', level2: 'items', audience: 'audience', mode: 'mode', five: 'five' };

/** More words than any header line of the form prints (a longer line is data, not looked up word by word). */
const MAX_HEADER_WORDS = 80;

/** A line naming at least three of the form's columns. */
export function isHeaderLine(line: string): boolean {
  const words = wordsOf(line);
  return words.length <= MAX_HEADER_WORDS && words.filter((w) => isHeaderLabel(w.text)).length >= 3;
}

/** A line under the header line that holds only pieces of labels. */
export function isHeaderContinuation(line: string): boolean {
  const words = wordsOf(line);
  return words.length > 0 && words.length <= MAX_HEADER_WORDS && words.every((w) => w.text.length <= 8 && [...w.text].every((ch) => LABEL_CHARS.has(ch)));
}

/**
 * Whether a line of label pieces belongs to the header next to `neighbour` (the header line above or below):
 * each of its words starts a label or stands at a word of that line (公开主 / 体). A data line of label
 * characters just under the header (栏, the end of a check-box list the page break cut) does neither.
 */
export function joinsHeaderLine(line: string, neighbour: string): boolean {
  const starts = wordsOf(neighbour).map((w) => w.start);
  return wordsOf(line).every((word) => {
    const text = compact(word.text);
    return isHeaderLabel(text) || SUB_START.test(text) || starts.some((s) => Math.abs(s - word.start) <= 2);
  });
}

interface Stack {
  start: number;
  text: string;
  firstLine: number;
  lastLine: number;
}

/** Stacks the fragments printed at about the same position on consecutive lines into labels. */
function stackLabels(lines: readonly string[]): Stack[] {
  const stacks: Stack[] = [];
  lines.forEach((line, index) => {
    for (const word of wordsOf(line)) {
      const text = compact(word.text);
      const open = stacks
        .filter((s) => s.lastLine === index - 1 && Math.abs(s.start - word.start) <= 2)
        .filter((s) => !isHeaderLabel(s.text) || (isHeaderLabel(s.text + text) && !SUB_START.test(text)))
        .sort((a, b) => Math.abs(a.start - word.start) - Math.abs(b.start - word.start))[0];
      if (open) Object.assign(open, { text: open.text + text, lastLine: index });
      else stacks.push({ start: word.start, text, firstLine: index, lastLine: index });
    }
  });
  return stacks;
}

/** The sub-column group a label belongs to (一级事项 → items, 全社会 → audience), or null. */
function subGroupOf(label: string): Group | null {
  const field = fieldOfLabel(label);
  return field ? (SUB_GROUP[field.kind] ?? null) : null;
}

/**
 * The physical columns of a header block, left to right. Sub-columns stand where their group's label
 * stands among the labels of its line: a label pushed right to a sub-label's position (网站所属栏 at
 * 主动's, after 公开方式) still comes after the group's sub-columns.
 */
export function headerLeaves(lines: readonly string[]): HeaderLeaf[] {
  const stacks = stackLabels(lines);
  const groups = stacks.filter((s) => groupOfLabel(s.text) !== null);
  // A sub-label printed on a later line than its group's label is a sub-column of that group.
  const groupAbove = (s: Stack): Stack | undefined => {
    const kind = subGroupOf(s.text);
    return kind ? groups.find((g) => groupOfLabel(g.text) === kind && g.lastLine < s.firstLine) : undefined;
  };
  const hasSubs = new Set(stacks.map(groupAbove).filter((g): g is Stack => g !== undefined));
  const leaves: (HeaderLeaf & { place: number })[] = [];
  for (const stack of stacks) {
    if (groups.includes(stack) && hasSubs.has(stack)) continue;
    const group = groupAbove(stack);
    const kind = fieldOfLabel(stack.text)?.kind;
    const tick = kind === 'audience' || kind === 'mode' || kind === 'five';
    leaves.push({ start: stack.start, label: stack.text, group: group?.text ?? null, tick, place: group?.start ?? stack.start });
  }
  return leaves.sort((a, b) => a.place - b.place || a.start - b.start).map(({ place: _place, ...leaf }) => leaf);
}

/**
 * The header as grid rows the interpreter reads: one row of labels, or, with
 * sub-columns, a row of group labels (over the first sub-column) and one of sub-labels.
 */
export function headerRows(leaves: readonly HeaderLeaf[]): string[][] {
  if (!leaves.some((leaf) => leaf.group !== null)) return [leaves.map((leaf) => leaf.label)];
  const upper = leaves.map((leaf, j) => (leaf.group === null ? leaf.label : leaves[j - 1]?.group === leaf.group ? '' : leaf.group));
  const lower = leaves.map((leaf) => (leaf.group === null ? '' : leaf.label));
  return [upper, lower];
}
