/**
 * Places the cells of one data row under the header's fields. Extraction
 * drops empty cells, shifts cells into their neighbours' columns and splits
 * rows; an alignment that keeps the cells in order and maximises how well
 * each cell's text fits its field (a tick under a tick column, 《…》 under 公开依据,
 * a check-box list under 公开渠道) puts them back. A row that is already in
 * place aligns to its own positions.
 */
import { channelOfLabel } from './channelMarks.ts';
import {
  compact,
  isEnumerator,
  isMark,
  looksBasis,
  looksCategory,
  looksChannelList,
  looksColumnPath,
  looksSubject,
  looksTimeLimit,
  chineseNumeral,
} from './cellText.ts';
import type { Field } from './headerVocabulary.ts';

/** A template slot: a header field, or the virtual second 序号 some forms print after 一级事项. */
export type Slot = Field | { kind: 'seq2' } | { kind: 'ignore' };

export interface AlignCell {
  text: string;
  merged?: boolean;
}

const EMPTY_SCORE = 0.1;
const SKIP_FIELD = -0.05;
const SKIP_MARK = -0.15;
const DROP_TEXT = -4;

/** How well a non-empty text fits a slot. */
export function fit(text: string, slot: Slot): number {
  const t = compact(text);
  const mark = isMark(t);
  const int = /^\d{1,4}$/.test(t);
  const channels = looksChannelList(t);
  const titled = t.includes('《');
  switch (slot.kind) {
    case 'seq':
      if (int) return 3;
      if (isEnumerator(t) || chineseNumeral(t) !== null) return 2;
      return -4;
    case 'seq2':
      return int ? 3 : -99;
    case 'level1':
      if (mark) return -5;
      if (int) return -3;
      if (channels) return -4;
      if (titled) return -1;
      if (/^[一二三四五六七八九十]{1,3}[、.．]/.test(t)) return 2.5;
      return t.length <= 12 ? 0.8 : t.length <= 20 ? 0.5 : 0.2;
    case 'level2':
      if (mark) return -5;
      if (int) return -3;
      if (channels) return -4;
      if (titled) return -0.5;
      return t.length <= 40 ? 1 : 0.7;
    case 'content':
      if (mark) return -5;
      if (int) return -3;
      if (channels) return -3;
      if (t.startsWith('《')) return 0.3;
      return /[、，,]/.test(t) && t.length > 8 ? 1.5 : 1.2;
    case 'basis':
      if (mark) return -5;
      if (channels) return -3;
      if (int) return -3;
      if (titled) return 3;
      if (looksTimeLimit(t)) return -1;
      if (looksBasis(t)) return /[、，,]/.test(t) ? 0.8 : 1.4;
      return 0.2;
    case 'timeLimit':
      if (mark) return -5;
      if (channels) return -3;
      if (int) return -2;
      if (looksTimeLimit(t) && t.length <= 60) return /[、，,；;。]/.test(t) && t.length > 25 ? 1 : 3;
      return 0.2;
    case 'subject':
      if (mark) return -5;
      if (channels) return -4;
      if (titled) return -2;
      if (looksSubject(t)) return 2.5;
      if (looksTimeLimit(t)) return -1;
      return t.length <= 20 ? 0.3 : -1;
    case 'channels':
      if (channels) return 4;
      if (mark) return -5;
      return channelOfLabel(t) ? 1.5 : -2;
    case 'audience':
    case 'mode':
    case 'five':
      return mark ? 2 : -5;
    case 'audienceText':
      return /全社会|特定/.test(t) ? 3 : mark ? 1 : -2;
    case 'modeText':
      return /主动|依申请/.test(t) ? 3 : mark ? 1 : -2;
    case 'fiveText':
      return /决策|执行|管理|服务|结果/.test(t) ? 2 : mark ? 1 : -2;
    case 'marks':
      return /[√✓✔☑☒]/.test(t) ? 3 : -3;
    case 'column':
      if (mark) return -3;
      if (looksColumnPath(t)) return 3;
      if (channels) return -2;
      return 0.3;
    case 'category':
      if (looksCategory(t)) return 3;
      return mark ? -3 : -0.5;
    case 'remarks':
      return mark ? -2 : 0.1;
    case 'ignore':
      return 0.05;
  }
}

/** Bonus for a text already seen in that slot on a row that was in place (a 公开时限 or 公开主体 repeated down the column). */
const SEEN_BONUS = 3;

/**
 * Bonus for a tick under a tick column that the last row in place ticked: tick columns are told apart only
 * by position, so a shifted row's ticks follow the pattern of the rows around it (√ 全社会, √ 主动 down the table).
 */
const TICKED_BONUS = 0.5;

const isTickSlot = (slot: Slot): boolean => slot.kind === 'audience' || slot.kind === 'mode' || slot.kind === 'five';

/**
 * The slot index each cell goes to (−1: dropped), maximising the summed fit.
 * `seen[j]` holds the texts of slot j on rows already in place; `ticked` the tick slots the last row in place ticked.
 */
export function alignRow(
  cells: readonly AlignCell[],
  slots: readonly Slot[],
  seen: readonly ReadonlySet<string>[] = [],
  ticked: ReadonlySet<number> = new Set(),
): number[] {
  const n = cells.length;
  const m = slots.length;
  const score = (i: number, j: number): number => {
    const cell = cells[i]!;
    const slot = slots[j]!;
    if (cell.merged || compact(cell.text) === '') return slot.kind === 'seq2' ? -1 : slot.kind === 'ignore' ? EMPTY_SCORE / 2 : EMPTY_SCORE;
    const pattern = ticked.has(j) && isTickSlot(slot) && isMark(cell.text) ? TICKED_BONUS : 0;
    return fit(cell.text, slot) + (seen[j]?.has(compact(cell.text)) ? SEEN_BONUS : 0) + pattern;
  };
  // best[i][j]: best score aligning cells i.. to slots j..
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const move: Uint8Array[] = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let value = -Infinity;
      let choice = 0;
      if (i < n && j < m) {
        const v = best[i + 1]![j + 1]! + score(i, j);
        if (v > value) [value, choice] = [v, 1];
      }
      if (i < n) {
        const empty = cells[i]!.merged || compact(cells[i]!.text) === '';
        const v = best[i + 1]![j]! + (empty ? 0 : DROP_TEXT);
        if (v > value) [value, choice] = [v, 2];
      }
      if (j < m) {
        // Tick columns are told apart only by position: keep them in step with their neighbours.
        const v = best[i]![j + 1]! + (isTickSlot(slots[j]!) ? SKIP_MARK : SKIP_FIELD);
        if (v > value) [value, choice] = [v, 3];
      }
      best[i]![j] = value;
      move[i]![j] = choice;
    }
  }
  const out = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const choice = move[i]![j]!;
    if (choice === 1) {
      out[i] = j;
      i++;
      j++;
    } else if (choice === 2) i++;
    else j++;
  }
  return out;
}
