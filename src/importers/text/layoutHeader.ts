/**
 * The header block of a laid-out text (pdftotext -layout): labels broken over
 * lines are stacked by position (序 / 号, 公开主 / 体, 全 / 社 / 会). Words whose
 * columns overlap form one stack, read top-down; the stacks, left to right,
 * give the header's labels in order, and the stacks of tick labels (全社会,
 * 主动, 决策 …) give the positions of the tick columns.
 */
import { fieldOfLabel } from '../table/headerVocabulary.ts';
import { headerLabels } from './headerColumns.ts';
import type { Run } from './layoutText.ts';

interface Stack {
  x: number;
  end: number;
  runs: { run: Run; line: number }[];
}

const isTickLabel = (label: string): boolean => {
  const kind = fieldOfLabel(label)?.kind;
  return kind === 'audience' || kind === 'mode' || kind === 'five';
};

const overlaps = (a: Run, b: Run): boolean => a.x < b.end && b.x < a.end;

/** A group label: it stands over two or more words of one line below (公开对象 over 全社 特定). */
function spansSeveral(run: Run, line: number, lines: readonly Run[][]): boolean {
  return lines.slice(line + 1).some((below) => below.filter((other) => overlaps(run, other)).length >= 2);
}

/** Stacks of overlapping words, left to right; a group label stands alone. */
function stacksOf(lines: readonly Run[][]): Stack[] {
  const all = lines
    .flatMap((runs, line) => runs.map((run) => ({ run, line, alone: spansSeveral(run, line, lines) })))
    .sort((a, b) => a.run.x - b.run.x || a.line - b.line);
  const stacks: Stack[] = [];
  let previousAlone = false;
  for (const entry of all) {
    const last = stacks[stacks.length - 1];
    const joins = last !== undefined && !entry.alone && !previousAlone && entry.run.x < last.end;
    previousAlone = entry.alone;
    if (joins) {
      last.runs.push(entry);
      last.end = Math.max(last.end, entry.run.end);
    } else stacks.push({ x: entry.run.x, end: entry.run.end, runs: [entry] });
  }
  return stacks;
}

export interface LayoutHeader {
  /** The labels in order, as one text (for columnsOfHeaderText). */
  text: string;
  /** One header row of leaf labels, the tick groups' parts one per column. */
  labels: string[];
  /** The column of each tick label, in order. */
  ticks: number[];
}

export function headerGrid(lines: readonly Run[][]): LayoutHeader {
  const texts: string[] = [];
  const ticks: number[] = [];
  for (const stack of stacksOf(lines)) {
    const text = [...stack.runs].sort((a, b) => a.line - b.line || a.run.x - b.run.x).map((entry) => entry.run.text).join('');
    texts.push(text);
    const tickLabels = headerLabels(text).filter(isTickLabel);
    // Several tick labels in one stack: spread them over its width.
    tickLabels.forEach((_, k) => ticks.push(tickLabels.length === 1 ? stack.x : Math.round(stack.x + ((stack.end - stack.x) * k) / tickLabels.length)));
  }
  const text = texts.join('');
  return { text, labels: headerLabels(text), ticks };
}
