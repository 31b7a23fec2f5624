/** Reading one cell of a report table: a number, a blank (null, reported — never 0), or bad text. */
export type CellValue = number | null;

export interface CellReading {
  value: CellValue;
  /** Chinese message when the text is neither a number nor blank. */
  problem?: string;
}

/** Marks that reports use for "nothing here"; read as blank, like an empty cell. */
const BLANK_MARKS = /^[-—–－/／\\无]*$/;

/** Units some reports write into the cell (e.g. 上海 2019: "251000元"). */
const UNIT_SUFFIX = /(万元|元|件|条|个|项)$/;

export function readCell(raw: string): CellReading {
  const text = raw.normalize('NFKC').replace(/\s+/g, '').replace(/,/g, '');
  if (BLANK_MARKS.test(text)) return { value: null };
  const number = text.replace(UNIT_SUFFIX, '');
  if (/^-?\d+(\.\d+)?$/.test(number)) return { value: Number(number) };
  return { value: null, problem: `单元格内容“${raw.trim().slice(0, 20)}”不是数字` };
}

export function isValueText(raw: string): boolean {
  const reading = readCell(raw);
  return reading.problem === undefined;
}
