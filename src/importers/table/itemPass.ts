/**
 * Item pass: one CatalogItem per resolved row (SCHEMA.md: one item per table
 * row with its own 公开内容 or 二级事项), its text cleaned of the whitespace
 * extraction inserted, its marks read, its 序号 and channel labels kept as printed.
 */
import type { CatalogDocument, CatalogItem } from '../../domain/catalog/catalog.ts';
import { CHANNELS, FIVE_TYPES, inFormOrder, type Audience, type FiveType, type Mode } from '../../domain/catalog/vocabulary.ts';
import { splitBasis } from './basisSplitter.ts';
import { cleanText, compact, stripEnumerator } from './cellText.ts';
import { readChannels } from './channelMarks.ts';
import type { Draft, TextKind } from './draft.ts';
import type { ResolvedRow } from './mergePass.ts';

/** Which mark columns the table has, and the 公开方式 to assume where it has none. */
export interface ItemContext {
  hasMode: boolean;
  hasFive: boolean;
  modeFallback: Mode[] | null;
}

/** Repairs a 公开时限 whose unit was displaced by extraction: …之日起5内予以公开个工作日 → …之日起5个工作日内予以公开. */
export function repairTimeLimit(text: string): string {
  const m = /^(.*\d)(内[^\d]*?)(个工作日|个自然日|个月|日)$/.exec(text);
  if (m && !m[2]!.includes('工作日')) return `${m[1]}${m[3]}${m[2]}`;
  return text;
}

/** The 公开方式 a catalog without that column implies: a title of 主动公开 only, or a summary with no 依申请 count. */
export function modeDefault(title: string | null, declared: CatalogDocument['declared']): Mode[] | null {
  if (title && /主动公开/.test(title) && !/依申请/.test(title)) return ['主动公开'];
  if (declared) {
    const proactive = (declared.proactiveLevel2 ?? 0) + (declared.proactive ?? 0);
    const onRequest = (declared.onRequestLevel2 ?? 0) + (declared.onRequest ?? 0);
    if (proactive > 0 && onRequest === 0) return ['主动公开'];
  }
  return null;
}

function audienceOf(draft: Draft, text: string | undefined): Audience[] {
  const out: Audience[] = [...draft.audience];
  const t = compact(text ?? '');
  if (t.includes('全社会')) out.push('全社会');
  if (/特定/.test(t)) out.push('特定群体');
  return [...new Set(out)];
}

function modeOf(draft: Draft, text: string | undefined): Mode[] {
  const out: Mode[] = [...draft.mode];
  const t = compact(text ?? '');
  if (/主动/.test(t)) out.push('主动公开');
  if (/依申请/.test(t)) out.push('依申请公开');
  return [...new Set(out)];
}

function fiveOf(draft: Draft, text: string | undefined): FiveType[] {
  const out: FiveType[] = [...draft.five];
  const t = compact(text ?? '');
  for (const f of FIVE_TYPES) if (t.includes(f)) out.push(f);
  return [...new Set(out)];
}

/** 序号 as printed where it is not plain Arabic digits (（一）, 1., 一; '' where the row prints none and shares the 序号 above). */
function seqLabelOf(seqText: string | null): string | null {
  if (seqText === null) return null;
  const printed = cleanText(seqText);
  return /^\d+$/.test(printed) ? null : printed;
}

export function toItem(row: ResolvedRow, draft: Draft, context: ItemContext): CatalogItem {
  const value = row.value;
  const text = (kind: TextKind): string | null => {
    const v = value[kind];
    if (v === undefined) return null;
    const c = cleanText(v.replace(/\n+/g, ''));
    return c === '' ? null : c;
  };
  const reading = value.channels !== undefined ? readChannels(value.channels, row.ownChannels ? draft.boxes : undefined) : null;
  const timeLimit = text('timeLimit');
  const item: CatalogItem = {
    seq: row.seq,
    level1: value.level1 ? stripEnumerator(cleanText(value.level1)) : '',
    level2: text('level2'),
    content: text('content'),
    basis: splitBasis(value.basis),
    timeLimit: timeLimit ? repairTimeLimit(timeLimit) : null,
    subject: text('subject'),
    channels: inFormOrder(reading?.channels ?? [], CHANNELS),
    audience: audienceOf(draft, value.audienceText),
    mode: context.hasMode ? modeOf(draft, value.modeText) : (context.modeFallback ?? []),
    fiveTypes: context.hasFive ? fiveOf(draft, value.fiveText) : null,
    column: text('column'),
    category: text('category'),
    remarks: text('remarks'),
  };
  if (reading && Object.keys(reading.notes).length > 0) item.channelNotes = reading.notes;
  if (reading && Object.keys(reading.labels).length > 0) item.channelLabels = reading.labels;
  const seqLabel = seqLabelOf(row.seqText);
  if (seqLabel !== null) item.seqLabel = seqLabel;
  return item;
}
