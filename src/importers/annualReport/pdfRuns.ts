/**
 * Text of a PDF without table lines, as positioned runs: boxes on one baseline are a line, boxes
 * closer than a character's width are one run (a cell's text). The column reader (pdfColumns.ts)
 * places runs in cells by their x position.
 */
import type { TextBox } from '../pdf/readPdf.ts';
import { isValueText } from './reading.ts';

export interface Run {
  text: string;
  top: number;
  x: number;
  right: number;
  centre: number;
  size: number;
}

export interface RunLine {
  top: number;
  runs: Run[];
}

/** A run that fills a value cell: a number or a blank mark (—, /, 无), not a label. */
export const isValueRun = (run: Run) => run.text.trim() !== '' && isValueText(run.text);

function runsOf(boxes: TextBox[], top: number): Run[] {
  const runs: Run[] = [];
  for (const box of [...boxes].sort((a, b) => a.x - b.x)) {
    const last = runs.at(-1);
    if (last && box.x - last.right < box.size * 0.4) {
      last.text += box.str;
      last.right = Math.max(last.right, box.right);
    } else runs.push({ text: box.str, top, x: box.x, right: box.right, centre: 0, size: box.size });
  }
  for (const run of runs) {
    run.text = run.text.trim();
    run.centre = (run.x + run.right) / 2;
  }
  return runs.filter((run) => run.text !== '');
}

/** Width of a character in ems: CJK and full-width forms one, others about half. */
export const emWidth = (char: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/.test(char) ? 1 : 0.55);

/**
 * pdfjs joins text of one font on one baseline into one item, with a space for each gap — so the
 * headers of three cells can come as one item. Split at the spaces, placing each word by the
 * widths of its characters and sharing the rest of the item's width among the gaps.
 */
export function splitAtGaps(box: TextBox): TextBox[] {
  const words = box.str.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return [box];
  const widths = words.map((word) => [...word].reduce((sum, char) => sum + emWidth(char), 0) * box.size);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const scale = Math.min(1, (box.right - box.x) / total);
  const gap = Math.max(0, (box.right - box.x - total * scale) / (words.length - 1));
  let x = box.x;
  return words.map((word, index) => {
    const width = widths[index]! * scale;
    const part = { ...box, str: word, x, right: x + width };
    x += width + gap;
    return part;
  });
}

/** The lines of every page, top to bottom, page after page (a page's y offset by its number). */
export function runLines(pages: readonly TextBox[][]): RunLine[] {
  return pages.flatMap((boxes, page) => {
    const sorted = boxes.flatMap(splitAtGaps).sort((a, b) => a.top - b.top || a.x - b.x);
    const groups: TextBox[][] = [];
    for (const box of sorted) {
      const line = groups.at(-1);
      if (line && Math.abs(line[0]!.top - box.top) < Math.max(2, line[0]!.size * 0.5)) line.push(box);
      else groups.push([box]);
    }
    const lines = groups.map((group) => {
      const top = page * 100_000 + group[0]!.top;
      return { top, runs: runsOf(group, top) };
    });
    // A page number in the header or footer ("- 3 -", "第3页 共5页") is not a cell of a table running over the page.
    return lines.filter((line, index) => !((index === 0 || index === lines.length - 1) && PAGE_NUMBER.test(line.runs.map((run) => run.text).join(''))));
  });
}

const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,4}\s*页?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?[-—–－\s]*$/;

/** Items in order of `position`, grouped while each is within `tolerance` of the one before. */
export function groupNear<T>(items: readonly T[], position: (item: T) => number, tolerance: number): T[][] {
  const groups: T[][] = [];
  for (const item of [...items].sort((a, b) => position(a) - position(b))) {
    const group = groups.at(-1);
    if (group && position(item) - position(group.at(-1)!) <= tolerance) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** Centres of runs grouped when closer than `tolerance`, left to right, with the texts of each group top to bottom. */
export function clusterRuns(runs: readonly Run[], tolerance: number): { centre: number; text: string }[] {
  return groupNear(runs, (run) => run.centre, tolerance).map((group) => ({
    centre: group.reduce((sum, run) => sum + run.centre, 0) / group.length,
    text: [...group].sort((a, b) => a.top - b.top || a.x - b.x).map((run) => run.text).join(''),
  }));
}
