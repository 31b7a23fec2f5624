/**
 * The ticks of the 公开对象 / 公开方式 / 五公开 groups in PDF text whose cells lost their positions
 * (pdftotext -raw prints a row's ticks as one run "✓ ✓ ✓" after the 公开渠道 cell). A run tells a
 * column only where the text says it: unticked boxes printed in order (□ √ □ √), or every column
 * ticked. Elsewhere a tick is placed only by what the catalog itself says, and every such row is
 * named in a finding for the officer to check (issue 12: no tick is guessed silently):
 * - a single-choice group (公开对象, 公开方式) holds one tick, so a run with at least one tick per
 *   group gives each single-choice group exactly one, the rest going to the multi-choice 五公开;
 * - its value: the 公开方式 the summary line (or a 主动公开-only title) declares for most items, and the
 *   公开对象 that goes with it (条例第十九条: 主动公开 is information the public at large is to know;
 *   第二十七条: 依申请公开 answers an applicant); a summary that declares every item 主动公开 gives
 *   the 公开方式 of any row with a tick (a row printing none is left blank, as the catalog has it);
 * - 五公开 ticks are placed only when they fill the group; otherwise they are left out and named.
 */
import type { DeclaredSummary, SourceColumn } from '../../domain/catalog/catalog.ts';
import type { Mode } from '../../domain/catalog/vocabulary.ts';
import { compact } from '../table/cellText.ts';
import type { GridRow, ImportFinding } from '../table/grid.ts';
import { readHeaderBlock } from '../table/headerBlock.ts';
import { fieldOfLabel } from '../table/headerVocabulary.ts';
import { modeDefault } from '../table/itemPass.ts';
import type { Col } from './lineTokens.ts';

export interface TickGroup {
  field: 'audience' | 'mode' | 'fiveTypes';
  /** The group's label as printed (公开对象), and its sub-columns' (全社会, 特定群体). */
  name: string;
  labels: string[];
}

/** How a group's ticks of one row were read. */
export type Placed = 'exact' | 'inferred' | 'unplaced' | 'none';

export interface RowTicks {
  /** One flag per sub-column of each group, in order. */
  ticked: boolean[][];
  placed: Placed[];
}

const CHECKED = /[√✓✔☑☒✅●þ■]/;
const UNCHECKED = /[□☐]/;
const TICK_RUN = /^(?:[√✓✔☑☒✅●þ■□☐]\s*)+$/;

/** A cell that is a run of tick columns: ticks, or ticks and unticked boxes without labels (□ √ □ √). */
export function isTickRun(text: string): boolean {
  const t = text.trim();
  return TICK_RUN.test(t) && (CHECKED.test(t) || compact(t).length >= 2);
}

/** The tick groups a header names, in order. */
export function tickGroups(columns: readonly SourceColumn[] | null): TickGroup[] {
  const out: TickGroup[] = [];
  for (const column of columns ?? []) {
    const field = column.field;
    if ((field === 'audience' || field === 'mode' || field === 'fiveTypes') && column.parts && column.parts.length > 0) out.push({ field, name: column.label, labels: [...column.parts] });
  }
  return out;
}

/** The 公开方式 the catalog declares for most items, and how many items it declares otherwise. */
export function declaredMode(title: string | null, declared: DeclaredSummary | null): { mode: Mode; others: number } | null {
  if (modeDefault(title, declared)) return { mode: '主动公开', others: 0 };
  if (!declared) return null;
  const proactive = (declared.proactiveLevel2 ?? 0) + (declared.proactive ?? 0);
  const onRequest = (declared.onRequestLevel2 ?? 0) + (declared.onRequest ?? 0);
  if (proactive > onRequest) return { mode: '主动公开', others: onRequest };
  if (onRequest > proactive) return { mode: '依申请公开', others: proactive };
  return null;
}

/** The value a single-choice group takes when the catalog's mode is `mode`. */
function valueFor(field: TickGroup['field'], mode: Mode): string | null {
  if (field === 'mode') return mode;
  if (field === 'audience') return mode === '主动公开' ? '全社会' : '特定群体';
  return null;
}

const empty = (groups: readonly TickGroup[]): boolean[][] => groups.map((g) => g.labels.map(() => false));

/** Reads one row's run of ticks into the groups' sub-columns. */
export function placeRun(run: string, groups: readonly TickGroup[], declared: { mode: Mode; others: number } | null): RowTicks {
  const mode = declared?.mode ?? null;
  const glyphs = [...compact(run)].filter((ch) => CHECKED.test(ch) || UNCHECKED.test(ch));
  const total = groups.reduce((n, g) => n + g.labels.length, 0);
  const ticked = empty(groups);
  const checked = glyphs.filter((ch) => CHECKED.test(ch)).length;
  if (checked === 0) return { ticked, placed: groups.map(() => 'none') };
  // Every column printed (unticked boxes too), or every column ticked: the run gives the positions.
  if (glyphs.length === total) {
    let k = 0;
    for (const row of ticked) for (let j = 0; j < row.length; j++) row[j] = CHECKED.test(glyphs[k++]!);
    return { ticked, placed: groups.map(() => 'exact') };
  }
  const singles = groups.filter((g) => g.field !== 'fiveTypes').length;
  const multi = groups.length - singles;
  const oneEach = checked >= groups.length && (multi > 0 || checked === groups.length);
  // A summary that declares every item 主动公开 places the 公开方式 of any row that prints a tick.
  const allDeclared = (group: TickGroup): boolean => group.field === 'mode' && declared?.others === 0;
  const placed: Placed[] = groups.map((group, g) => {
    if (!oneEach && !allDeclared(group)) return 'unplaced';
    if (group.field === 'fiveTypes') {
      if (checked - singles !== group.labels.length * multi) return 'unplaced';
      ticked[g]!.fill(true);
      return 'inferred';
    }
    const value = mode ? valueFor(group.field, mode) : null;
    const at = group.labels.findIndex((label) => {
      const field = fieldOfLabel(label);
      return field !== null && 'value' in field && field.value === value;
    });
    if (at < 0) return 'unplaced';
    ticked[g]![at] = true;
    return 'inferred';
  });
  return { ticked, placed };
}

/** Row names for a finding: runs of 序号 as ranges (序号 1–20、23), other rows as named (第 3 行). */
export function rowList(names: readonly string[]): string {
  const numeric = (k: number): boolean => /^\d+$/.test(names[k] ?? '');
  const out: string[] = [];
  for (let k = 0; k < names.length; ) {
    let end = k;
    while (numeric(k) && numeric(end + 1) && Number(names[end + 1]) === Number(names[end]) + 1) end++;
    if (end >= k + 2) out.push(`${names[k]}–${names[end]}`);
    else for (let j = k; j <= end; j++) out.push(names[j]!);
    k = end + 1;
  }
  return `${names.every((_, k) => numeric(k)) ? '序号 ' : ''}${out.join('、')}`;
}

/** The findings naming every row whose ticks were placed by inference or left out, group by group. */
export function tickFindings(rows: readonly { name: string; ticks: RowTicks }[], groups: readonly TickGroup[], declared: { mode: Mode; others: number } | null): ImportFinding[] {
  const findings: ImportFinding[] = [];
  groups.forEach((group, g) => {
    const inferred = rows.filter((row) => row.ticks.placed[g] === 'inferred').map((row) => row.name);
    const unplaced = rows.filter((row) => row.ticks.placed[g] === 'unplaced').map((row) => row.name);
    if (inferred.length > 0) {
      const value = group.field === 'fiveTypes' ? group.labels.join('、') : declared ? valueFor(group.field, declared.mode) : '';
      let message = `${group.name}：文本中的勾选没有列位置，以下各行的勾选是按目录的汇总行推定为“${value}”的，请逐行核对：${rowList(inferred)}`;
      if (declared && declared.others > 0 && group.field !== 'fiveTypes') {
        const other = declared.mode === '主动公开' ? '依申请公开' : '主动公开';
        message += `；汇总行声明另有 ${declared.others} 项为${other}，文本无法分辨是哪些行，请找出改正`;
      }
      findings.push({ severity: 'warning', message });
    }
    if (unplaced.length > 0) {
      findings.push({ severity: 'warning', message: `${group.name}：文本中的勾选没有列位置，以下各行的勾选未能导入，请补填：${rowList(unplaced)}` });
    }
  });
  return findings;
}

/**
 * Each row's run of ticks. Rows under one 序号 (or one 一级事项 where there is no 序号) whose tick
 * cells are merged print the run once: where exactly one row of such a group has a run, every row
 * of the group that names an item (its own 二级事项) shares it; a row of wrapped text does not.
 */
function sharedRuns(rows: readonly GridRow[], cols: readonly Col[], at: number): string[] {
  const runs = rows.map((row) => row[at]!.text);
  const key = cols.includes('seq') ? cols.indexOf('seq') : cols.indexOf('level1');
  const item = cols.indexOf('level2');
  if (key < 0 || item < 0) return runs;
  let start = 0;
  for (let k = 1; k <= rows.length; k++) {
    if (k < rows.length && compact(rows[k]![key]!.text) === '') continue;
    const filled = runs.slice(start, k).filter((run) => compact(run) !== '');
    if (filled.length === 1) for (let j = start; j < k; j++) if (compact(rows[j]![item]!.text) !== '') runs[j] = filled[0]!;
    start = k;
  }
  return runs;
}

/**
 * Replaces the reader's one column of unplaced ticks by the groups' sub-columns (全社会 … 结果),
 * each row's run read by placeRun; returns the findings naming the rows read by inference.
 */
export function spreadTicks(rows: GridRow[], cols: readonly Col[], columns: readonly SourceColumn[] | null, before: readonly string[]): ImportFinding[] {
  const at = cols.indexOf('marks');
  const groups = tickGroups(columns);
  if (at < 0 || groups.length === 0 || rows.length === 0) return [];
  const block = readHeaderBlock([...before]);
  const declared = declaredMode(block.title, block.declared);
  const named: { name: string; ticks: RowTicks }[] = [];
  const labels = groups.flatMap((g) => g.labels);
  rows[0]!.splice(at, 1, ...labels.map((text) => ({ text })));
  const runs = sharedRuns(rows.slice(1), cols, at);
  rows.slice(1).forEach((row, k) => {
    const ticks = placeRun(runs[k]!, groups, declared);
    row.splice(at, 1, ...ticks.ticked.flat().map((on) => ({ text: on ? '✓' : '' })));
    const seq = compact(row[cols.indexOf('seq')]?.text ?? '');
    const level2 = compact(row[cols.indexOf('level2')]?.text ?? '');
    named.push({ name: seq !== '' ? seq : level2 !== '' ? `“${level2}”` : `第 ${k + 1} 行`, ticks });
  });
  return tickFindings(named, groups, declared);
}
