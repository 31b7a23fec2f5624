/**
 * The one interpreter of the national 政务公开目录 form: any SourceTable (from
 * text, docx, xlsx or pdf) → CatalogDocument + findings. It reads the form's
 * vocabulary (headerVocabulary.ts), not particular files.
 */
import type { CatalogDocument, CatalogItem } from '../../domain/catalog/catalog.ts';
import { CHANNELS, inFormOrder, type Audience, type Channel, type FiveType, type Mode } from '../../domain/catalog/vocabulary.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import type { GridCell, ImportFinding, SourceTable } from './grid.ts';
import { alignRow, type Slot } from './alignRow.ts';
import { splitBasis } from './basisSplitter.ts';
import { readChannels } from './channelMarks.ts';
import { cleanText, compact, isMark, looksChannelList, seqOf, stripEnumerator } from './cellText.ts';
import { declaredSummary, looksTitle, readHeaderBlock } from './headerBlock.ts';
import { fieldOfLabel, groupAsField, groupOfLabel, isHeaderLabel, isHeaderRow, type Field } from './headerVocabulary.ts';

export interface InterpretOptions {
  /** The source file name, recorded as `source`. */
  source?: string | null;
}

export interface InterpretResult {
  catalog: CatalogDocument;
  findings: ImportFinding[];
}

interface Cell {
  text: string;
  merged: boolean;
  checkboxes?: { checked: boolean; label?: string }[];
}

function expand(row: readonly GridCell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of row) {
    const base: Cell = { text: cell.text ?? '', merged: cell.mergedFromAbove === true };
    if (cell.checkboxes) base.checkboxes = cell.checkboxes;
    out.push(base);
    for (let k = 1; k < (cell.colSpan ?? 1); k++) out.push({ text: '', merged: base.merged });
  }
  return out;
}

const texts = (row: readonly Cell[]) => row.map((c) => c.text);
const nonEmpty = (row: readonly Cell[]) => row.filter((c) => compact(c.text) !== '');

/** Column fields from one or more header rows. */
function columnFields(header: Cell[][]): (Field | null)[] {
  const last = header[header.length - 1]!;
  const lastFields = last.map((c) => fieldOfLabel(c.text));
  if (header.length === 1) {
    return last.map((c, j) => {
      if (lastFields[j]) return lastFields[j];
      const group = groupOfLabel(c.text);
      return group ? groupAsField(group) : null;
    });
  }
  const uppers = header.slice(0, -1);
  const upper = uppers[uppers.length - 1]!;
  const upperLabel = (j: number): string => {
    for (let r = uppers.length - 1; r >= 0; r--) {
      const t = uppers[r]![j]?.text ?? '';
      if (compact(t) !== '') return t;
    }
    return '';
  };
  const sequential = upper.length < last.length && upper.every((c) => compact(c.text) !== '');
  if (sequential) {
    // The upper row lists its labels without placeholders for the spanned columns:
    // its labels that are not group heads fill the columns the lower row leaves empty.
    const queue = upper.filter((c) => groupOfLabel(c.text) === null).map((c) => c.text);
    return last.map((c, j) => {
      if (compact(c.text) !== '') return lastFields[j] ?? null;
      const label = queue.shift();
      return label ? fieldOfLabel(label) : null;
    });
  }
  const width = Math.max(last.length, ...uppers.map((u) => u.length));
  const out: (Field | null)[] = [];
  for (let j = 0; j < width; j++) {
    const own = lastFields[j];
    if (own) {
      out.push(own);
      continue;
    }
    const label = upperLabel(j);
    const field = fieldOfLabel(label);
    if (field) out.push(field);
    else {
      const group = groupOfLabel(label);
      out.push(group && compact(last[j]?.text ?? '') === '' ? groupAsField(group) : null);
    }
  }
  return out;
}

/** The template the cells of a data row are aligned to. */
function slotsOf(fields: readonly (Field | null)[]): Slot[] {
  const slots: Slot[] = [];
  for (const field of fields) {
    slots.push(field ?? { kind: 'ignore' });
    if (field?.kind === 'level1') slots.push({ kind: 'seq2' });
  }
  // Some forms number the rows after the 一级事项 cell without a header for it.
  if (!slots.some((s) => s.kind === 'seq2')) {
    const seqAt = slots.findIndex((s) => s.kind === 'seq');
    if (seqAt >= 0) slots.splice(seqAt + 1, 0, { kind: 'seq2' });
  }
  return slots;
}

type TextKind = 'seq' | 'seq2' | 'level1' | 'level2' | 'content' | 'basis' | 'timeLimit' | 'subject' | 'channels' | 'column' | 'category' | 'remarks' | 'audienceText' | 'modeText' | 'fiveText' | 'marks';
const INHERITED: TextKind[] = ['level1', 'level2', 'basis', 'timeLimit', 'subject', 'channels', 'column', 'category'];

interface Draft {
  row: number;
  own: Partial<Record<TextKind, string>>;
  /** Checkbox lists from a structured reader, by kind. */
  boxes?: { checked: boolean; label?: string }[];
  audience: Set<Audience>;
  mode: Set<Mode>;
  five: Set<FiveType>;
  /** Cells a structured reader marked as vertically merged: inherit even when the table knows merges. */
  mergedKinds: Set<TextKind>;
  seq: string | null;
}

const unbalanced = (text: string | undefined): boolean => {
  if (!text) return false;
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/《/g) > count(/》/g) || count(/[（(]/g) > count(/[)）]/g);
};

/** A 公开时限 that stops mid-phrase: 形成或者变更 / 形成或 (its end is on the next page). */
function timeLimitCut(text: string | undefined): boolean {
  if (!text) return false;
  const t = compact(text);
  return !/\d|即时|实时|及时|长期|每|前|后/.test(t) && /(或|或者|者|变更|形成|生成|之日|起)$/.test(t);
}

const TIME_FRAGMENT = /^(之日起|日起|起|之日|者变更|变更之日|变更)/;

/** Repairs a 公开时限 whose unit was displaced by extraction: …之日起5内予以公开个工作日 → …之日起5个工作日内予以公开. */
export function repairTimeLimit(text: string): string {
  const m = /^(.*\d)(内[^\d]*?)(个工作日|个自然日|个月|日)$/.exec(text);
  if (m && !m[2]!.includes('工作日')) return `${m[1]}${m[3]}${m[2]}`;
  return text;
}

function lastNumber(basis: string | undefined): number {
  if (!basis) return 0;
  const hits = [...compact(basis).matchAll(/(?:^|[；;。，,）)》])(\d{1,2})[.．、](?!\d)/g)];
  return hits.length ? Number(hits[hits.length - 1]![1]) : 0;
}

function join(a: string | undefined, b: string, sep = '\n'): string {
  return a && compact(a) !== '' ? `${a}${sep}${b}` : b;
}

function modeDefault(title: string | null, declared: CatalogDocument['declared']): Mode[] | null {
  if (title && /主动公开/.test(title) && !/依申请/.test(title)) return ['主动公开'];
  if (declared) {
    const proactive = (declared.proactiveLevel2 ?? 0) + (declared.proactive ?? 0);
    const onRequest = (declared.onRequestLevel2 ?? 0) + (declared.onRequest ?? 0);
    if (proactive > 0 && onRequest === 0) return ['主动公开'];
  }
  return null;
}

function mostCommonAgency(subjects: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const s of subjects) {
    if (s && /(局|委员会|委|办公室|政府|中心|院|厅)$/.test(s) && s.length >= 4) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

/**
 * Reads a SourceTable as a catalog of the national form.
 * Throws DomainError('import.no_table') when no header row of the form is found.
 */
export function interpretTable(table: SourceTable, options: InterpretOptions = {}): InterpretResult {
  const findings: ImportFinding[] = [];
  const rows = table.rows.map(expand);
  const headerAt = rows.findIndex((row) => isHeaderRow(texts(row)));
  if (headerAt < 0) {
    throw new DomainError('import.no_table', '未找到政务公开目录表格：没有“公开事项、公开内容、公开依据……”这样的表头');
  }
  const header: Cell[][] = [rows[headerAt]!];
  let dataAt = headerAt + 1;
  while (dataAt < rows.length && header.length < 3) {
    const row = rows[dataAt]!;
    if (nonEmpty(row).length === 0) {
      dataAt++;
      continue;
    }
    if (!isHeaderRow(texts(row))) break;
    header.push(row);
    dataAt++;
  }
  const fields = columnFields(header);
  const slots = slotsOf(fields);
  const has = (kind: Field['kind']) => fields.some((f) => f?.kind === kind);
  const knowsMerges = table.withoutMerges === true || rows.some((row) => row.some((c) => c.merged));

  const beforeLines = [...table.before, ...rows.slice(0, headerAt).map((row) => texts(row).filter((t) => t.trim() !== '').join(' '))];
  const block = readHeaderBlock(beforeLines);
  let declared = block.declared;
  const title = block.title;

  const drafts: Draft[] = [];
  let headingLevel1: string | null = null;
  let realigned = 0;
  for (let r = dataAt; r < rows.length; r++) {
    const row = rows[r]!;
    const filled = nonEmpty(row);
    if (filled.length === 0) continue;
    if (isHeaderRow(texts(row))) continue;
    if (filled.length === 1) {
      const only = compact(filled[0]!.text);
      const at = row.indexOf(filled[0]!);
      const summary = declaredSummary(only);
      if (summary) {
        declared ??= summary;
        continue;
      }
      if ((title && only === compact(title)) || looksTitle(only) || /^附件\d*$/.test(only)) continue;
      // A full-width row naming a group: 一、概况信息
      if (at <= 1 && only.length <= 20 && !/^\d+$/.test(only) && !isMark(only) && !looksChannelList(only) && !isHeaderLabel(only)) {
        headingLevel1 = stripEnumerator(cleanText(filled[0]!.text));
        continue;
      }
    }
    const placing = alignRow(row, slots);
    if (placing.some((slot, i) => slot >= 0 && slot !== i)) realigned++;
    const draft: Draft = { row: r, own: {}, audience: new Set(), mode: new Set(), five: new Set(), mergedKinds: new Set(), seq: null };
    placing.forEach((slotIndex, i) => {
      if (slotIndex < 0) return;
      const slot = slots[slotIndex]!;
      const cell = row[i]!;
      const text = cell.text;
      if (slot.kind === 'ignore') return;
      if (slot.kind === 'audience' || slot.kind === 'mode' || slot.kind === 'five') {
        const ticked = cell.checkboxes ? cell.checkboxes.some((b) => b.checked) : isMark(text) && compact(text) !== '';
        if (!ticked) return;
        if (slot.kind === 'audience') draft.audience.add(slot.value);
        else if (slot.kind === 'mode') draft.mode.add(slot.value);
        else draft.five.add(slot.value);
        return;
      }
      const kind = slot.kind as TextKind;
      if (cell.merged) {
        draft.mergedKinds.add(kind);
        return;
      }
      if (compact(text) === '') return;
      draft.own[kind] = join(draft.own[kind], text);
      if (kind === 'channels' && cell.checkboxes) draft.boxes = cell.checkboxes;
    });
    const own = draft.own;
    const prev = drafts[drafts.length - 1];
    const ownSeq = own.seq2 ?? own.seq;
    const hasSeq = ownSeq !== undefined && seqOf(ownSeq) !== null;
    const marksOwn = draft.audience.size + draft.mode.size + draft.five.size > 0;
    // A row with nothing of an item's own: the tail of the previous row's cells (page break).
    const itemless = own.level2 === undefined && own.content === undefined && !hasSeq && own.level1 === undefined;
    const pageSplit =
      prev !== undefined &&
      !hasSeq &&
      (unbalanced(prev.own.basis) || timeLimitCut(prev.own.timeLimit) || unbalanced(prev.own.content));
    if (prev && (itemless || pageSplit)) {
      if (itemless && own.content === undefined && Object.keys(own).length === 0 && !marksOwn) continue;
      for (const [k, v] of Object.entries(own) as [TextKind, string][]) prev.own[k] = join(prev.own[k], v);
      for (const a of draft.audience) prev.audience.add(a);
      for (const m of draft.mode) prev.mode.add(m);
      for (const f of draft.five) prev.five.add(f);
      findings.push({ severity: 'info', message: '一行的单元格被分页拆开，已并入上一行', row: r });
      continue;
    }
    // Only more 公开内容 under the same 二级事项 (rows merged in every other column).
    const onlyContent = prev !== undefined && own.content !== undefined && Object.keys(own).every((k) => k === 'content') && !marksOwn;
    if (prev && onlyContent) {
      prev.own.content = join(prev.own.content, own.content!, '；');
      continue;
    }
    // Cells a page break split off the previous row's cells.
    if (prev) {
      if (own.timeLimit && TIME_FRAGMENT.test(compact(own.timeLimit)) && timeLimitCut(prev.own.timeLimit)) {
        prev.own.timeLimit = join(prev.own.timeLimit, own.timeLimit);
        delete own.timeLimit;
      }
      if (own.channels && prev.own.channels) {
        const mine = readChannels(own.channels);
        const theirs = readChannels(prev.own.channels);
        const startsList = /网站|门户/.test(compact(own.channels).slice(0, 20));
        if (mine.boxed && theirs.boxed && !startsList && !/其[他它]/.test(compact(prev.own.channels)) && theirs.boxCount + mine.boxCount <= 14) {
          prev.own.channels = join(prev.own.channels, own.channels);
          delete own.channels;
        }
      }
      if (own.basis && prev.own.basis) {
        const first = /^(\d{1,2})[.．、]/.exec(compact(own.basis));
        if (first && Number(first[1]) > 1 && Number(first[1]) === lastNumber(prev.own.basis) + 1) {
          prev.own.basis = join(prev.own.basis, own.basis);
          delete own.basis;
        }
      }
    }
    if (own.level1 === undefined && headingLevel1 !== null && (prev === undefined || prev.own.level1 === undefined)) {
      own.level1 = headingLevel1;
    }
    headingLevel1 = null;
    if (hasSeq) draft.seq = seqOf(own.seq2 ?? own.seq!);
    drafts.push(draft);
  }
  if (realigned > 0) findings.push({ severity: 'info', message: `${realigned} 行的单元格位置与表头不一致，已按内容重新对齐` });

  // Resolve vertical merges: an empty cell continues the cell above.
  const items: CatalogItem[] = [];
  const resolved: Partial<Record<TextKind, string>>[] = [];
  const modeFallback = has('mode') || has('modeText') ? null : modeDefault(title, declared);
  drafts.forEach((draft, index) => {
    const above = resolved[index - 1];
    const value: Partial<Record<TextKind, string>> = { ...draft.own };
    for (const kind of INHERITED) {
      if (value[kind] !== undefined) continue;
      const inherit = !knowsMerges || draft.mergedKinds.has(kind);
      if (inherit && above?.[kind] !== undefined) value[kind] = above[kind];
    }
    let seq = draft.seq;
    if (seq === null && above) seq = (above.seq as string | undefined) ?? null;
    if (seq !== null) value.seq = seq;
    resolved.push(value);

    const level1Raw = value.level1 ? stripEnumerator(cleanText(value.level1)) : '';
    const text = (kind: TextKind): string | null => {
      const v = value[kind];
      if (v === undefined) return null;
      const c = cleanText(v.replace(/\n+/g, ''));
      return c === '' ? null : c;
    };
    const content = value.content !== undefined ? cleanText(value.content.replace(/\n+/g, '')) || null : null;
    let channels: Channel[] = [];
    let channelNotes: Partial<Record<Channel, string>> | undefined;
    if (value.channels !== undefined) {
      const reading = readChannels(value.channels, value.channels === draft.own.channels ? draft.boxes : undefined);
      channels = reading.channels;
      if (Object.keys(reading.notes).length > 0) channelNotes = reading.notes;
    }
    const audience: Audience[] = [...draft.audience];
    if (value.audienceText) {
      const t = compact(value.audienceText);
      if (t.includes('全社会')) audience.push('全社会');
      if (/特定/.test(t)) audience.push('特定群体');
    }
    let mode: Mode[] = [...draft.mode];
    if (value.modeText) {
      const t = compact(value.modeText);
      if (/主动/.test(t)) mode.push('主动公开');
      if (/依申请/.test(t)) mode.push('依申请公开');
    }
    let fiveTypes: FiveType[] | null = [...draft.five];
    if (value.fiveText) {
      for (const f of ['决策', '执行', '管理', '服务', '结果'] as const) if (compact(value.fiveText).includes(f)) fiveTypes.push(f);
    }
    if (!has('mode') && !has('modeText')) mode = modeFallback ?? [];
    if (!has('five') && !has('fiveText')) fiveTypes = null;
    const timeLimit = text('timeLimit');
    const item: CatalogItem = {
      seq: seq ?? null,
      level1: level1Raw,
      level2: text('level2'),
      content,
      basis: splitBasis(value.basis),
      timeLimit: timeLimit ? repairTimeLimit(timeLimit) : null,
      subject: text('subject'),
      channels: inFormOrder(channels, CHANNELS),
      audience: [...new Set(audience)],
      mode: [...new Set(mode)],
      fiveTypes: fiveTypes === null ? null : [...new Set(fiveTypes)],
      column: text('column'),
      category: text('category'),
      remarks: text('remarks'),
    };
    if (channelNotes) item.channelNotes = channelNotes;
    if (item.level1 === '') {
      findings.push({ severity: 'warning', message: `第 ${index + 1} 项没有一级事项`, row: draft.row });
    }
    items.push(item);
  });

  if (items.length === 0) {
    throw new DomainError('import.no_table', '目录表格中没有找到任何事项行');
  }
  const agency = block.agency ?? mostCommonAgency(items.map((i) => i.subject));
  if (!agency) findings.push({ severity: 'warning', message: '未能识别责任单位（没有“责任单位”一行，标题也未写明单位）' });
  const catalog: CatalogDocument = {
    source: options.source ?? null,
    title,
    agency: agency ?? '',
    preparer: block.preparer,
    reviewer: block.reviewer,
    approver: block.approver,
    preparedOn: block.preparedOn,
    declared,
    preamble: block.preamble,
    items,
  };
  return { catalog, findings };
}
