/**
 * Continuation pass: a data row that is not an item of its own but the rest of
 * the previous row's cells — a cell wrapped over several physical rows or split
 * by a page break (an open 《 or （, a 公开时限 cut mid-phrase, a numbered 公开依据
 * that continues), or a further 公开内容 line under the same merged cells.
 */
import type { ImportFinding } from './grid.ts';
import { compact, seqOf } from './cellText.ts';
import { readChannels } from './channelMarks.ts';
import { hasMarks, joinText, type Draft, type TextKind } from './draft.ts';

const unbalanced = (text: string | undefined): boolean => {
  if (!text) return false;
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/《/g) > count(/》/g) || count(/[（(]/g) > count(/[)）]/g);
};

/** A text that closes a bracket before it opens one: the tail of a cell whose start is above. */
function closesFirst(text: string | undefined): boolean {
  if (!text) return false;
  const close = text.search(/[》)）]/);
  if (close < 0) return false;
  const open = text.search(/[《(（]/);
  return open < 0 || close < open;
}

/** A 公开时限 that stops mid-phrase: 形成或者变更 / 形成或 (its end is on the next page). */
export function timeLimitCut(text: string | undefined): boolean {
  if (!text) return false;
  const t = compact(text);
  return !/\d|即时|实时|及时|长期|每|前|后/.test(t) && /(或|或者|者|变更|形成|生成|之日|起)$/.test(t);
}

const TIME_FRAGMENT = /^(之日起|日起|起|之日|者变更|变更之日|变更)/;

function lastNumber(basis: string | undefined): number {
  if (!basis) return 0;
  const hits = [...compact(basis).matchAll(/(?:^|[；;。，,）)》])(\d{1,2})[.．、](?!\d)/g)];
  return hits.length ? Number(hits[hits.length - 1]![1]) : 0;
}

export function draftSeqText(draft: Draft): string | undefined {
  const text = draft.own.seq2 ?? draft.own.seq;
  return text !== undefined && seqOf(text) !== null ? text : undefined;
}

function absorb(prev: Draft, draft: Draft): void {
  for (const [k, v] of Object.entries(draft.own) as [TextKind, string][]) prev.own[k] = joinText(prev.own[k], v);
  for (const a of draft.audience) prev.audience.add(a);
  for (const m of draft.mode) prev.mode.add(m);
  for (const f of draft.five) prev.five.add(f);
}

/** Moves fragments that a page break split off the previous row's cells (time phrase, box list, numbered basis). */
function moveFragments(prev: Draft, own: Draft['own']): void {
  if (own.timeLimit && TIME_FRAGMENT.test(compact(own.timeLimit)) && timeLimitCut(prev.own.timeLimit)) {
    prev.own.timeLimit = joinText(prev.own.timeLimit, own.timeLimit);
    delete own.timeLimit;
  }
  if (own.channels && prev.own.channels) {
    const mine = readChannels(own.channels);
    const theirs = readChannels(prev.own.channels);
    const startsList = /网站|门户/.test(compact(own.channels).slice(0, 20));
    if (mine.boxed && theirs.boxed && !startsList && !/其[他它]/.test(compact(prev.own.channels)) && theirs.boxCount + mine.boxCount <= 14) {
      prev.own.channels = joinText(prev.own.channels, own.channels);
      delete own.channels;
    }
  }
  if (own.basis && prev.own.basis) {
    const first = /^(\d{1,2})[.．、]/.exec(compact(own.basis));
    if (first && Number(first[1]) > 1 && Number(first[1]) === lastNumber(prev.own.basis) + 1) {
      prev.own.basis = joinText(prev.own.basis, own.basis);
      delete own.basis;
    }
  }
}

/**
 * Folds `draft` into `prev` when it continues it. Returns true when the draft
 * was absorbed (or was empty) and is no item of its own.
 */
export function continuePrevious(prev: Draft | undefined, draft: Draft, findings: ImportFinding[]): boolean {
  if (!prev) return false;
  const own = draft.own;
  const hasSeq = draftSeqText(draft) !== undefined;
  const itemless = own.level2 === undefined && own.content === undefined && !hasSeq && own.level1 === undefined;
  // A cell cut by a page break shows on both sides: the open bracket above, its close (or the time phrase's tail) below.
  const pageSplit =
    !hasSeq &&
    ((unbalanced(prev.own.basis) && closesFirst(own.basis)) ||
      (timeLimitCut(prev.own.timeLimit) && own.timeLimit !== undefined && TIME_FRAGMENT.test(compact(own.timeLimit))) ||
      (unbalanced(prev.own.content) && closesFirst(own.content)));
  if (itemless || pageSplit) {
    if (itemless && Object.keys(own).length === 0 && !hasMarks(draft)) return true;
    absorb(prev, draft);
    findings.push({ severity: 'info', message: '一行的单元格被分页拆开，已并入上一行', row: draft.row });
    return true;
  }
  // Only more 公开内容 under the same 二级事项 (rows merged in every other column).
  if (own.content !== undefined && Object.keys(own).every((k) => k === 'content') && !hasMarks(draft)) {
    prev.own.content = joinText(prev.own.content, own.content, '；');
    return true;
  }
  moveFragments(prev, own);
  return false;
}
