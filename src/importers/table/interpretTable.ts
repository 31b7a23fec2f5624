/**
 * The one interpreter of the national 政务公开目录 form: any SourceTable (from
 * text, docx, xlsx or pdf) → CatalogDocument + findings. It reads the form's
 * vocabulary (headerVocabulary.ts), not particular files, in passes:
 * header (headerPass.ts) → wrap boundaries (wrapBoundaryPass.ts) → placement (placementPass.ts) → continuations
 * (continuationPass.ts) → merges (mergePass.ts) → items (itemPass.ts).
 */
import type { CatalogDocument, CatalogItem } from '../../domain/catalog/catalog.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import type { ImportFinding, SourceTable } from './grid.ts';
import { seqOf } from './cellText.ts';
import { continuePrevious, draftSeqText } from './continuationPass.ts';
import { expand, nonEmpty, texts, type Cell, type Draft } from './draft.ts';
import { readHeaderBlock } from './headerBlock.ts';
import { findHeader } from './headerPass.ts';
import { isHeaderRow } from './headerVocabulary.ts';
import { modeDefault, toItem } from './itemPass.ts';
import { resolveMerges } from './mergePass.ts';
import { placeRow, slotsOf } from './placementPass.ts';
import { readLoneCell, mostCommonAgency } from './loneRows.ts';
import { sourceColumns } from './sourceColumns.ts';
import { repairWrapBoundaries } from './wrapBoundaryPass.ts';

export { repairTimeLimit } from './itemPass.ts';

export interface InterpretOptions {
  /** The source file name, recorded as `source`. */
  source?: string | null;
}

export interface InterpretResult {
  catalog: CatalogDocument;
  findings: ImportFinding[];
}

interface Reading {
  drafts: Draft[];
  declaredText: string | null;
  declared: CatalogDocument['declared'];
  realigned: number;
}

/** Placement and continuations over the data rows; lone cells (summary, title, group heading) are read aside. */
function readRows(rows: readonly Cell[][], dataAt: number, slots: ReturnType<typeof slotsOf>, title: string | null, findings: ImportFinding[]): Reading {
  const reading: Reading = { drafts: [], declaredText: null, declared: null, realigned: 0 };
  let headingLevel1: string | null = null;
  const seen: Set<string>[] = [];
  const ticks = new Set<number>();
  for (let r = dataAt; r < rows.length; r++) {
    const row = rows[r]!;
    const filled = nonEmpty(row);
    if (filled.length === 0 || isHeaderRow(texts(row))) continue;
    if (filled.length === 1) {
      const lone = readLoneCell(filled[0]!, row.indexOf(filled[0]!), title);
      if (lone.kind === 'summary') {
        reading.declared ??= lone.declared;
        reading.declaredText ??= lone.text;
        continue;
      }
      if (lone.kind === 'skip') continue;
      if (lone.kind === 'heading') {
        headingLevel1 = lone.text;
        continue;
      }
    }
    const { draft, moved } = placeRow(row, slots, r, seen, ticks);
    if (moved) reading.realigned++;
    const prev = reading.drafts[reading.drafts.length - 1];
    if (continuePrevious(prev, draft, findings)) continue;
    if (draft.own.level1 === undefined && headingLevel1 !== null && (prev === undefined || prev.own.level1 === undefined)) {
      draft.own.level1 = headingLevel1;
    }
    headingLevel1 = null;
    const seqText = draftSeqText(draft);
    if (seqText !== undefined) {
      draft.seq = seqOf(seqText);
      draft.seqText = seqText;
    }
    reading.drafts.push(draft);
  }
  return reading;
}

/**
 * Reads a SourceTable as a catalog of the national form.
 * Throws DomainError('import.no_table') when no header row of the form is found.
 */
export function interpretTable(table: SourceTable, options: InterpretOptions = {}): InterpretResult {
  const findings: ImportFinding[] = [...(table.findings ?? [])];
  const rows = table.rows.map(expand);
  const head = findHeader(rows);
  if (!head) {
    throw new DomainError('import.no_table', '未找到政务公开目录表格：没有“公开事项、公开内容、公开依据……”这样的表头');
  }
  const { fields } = head;
  const has = (...kinds: string[]) => fields.some((f) => f !== null && kinds.includes(f.kind));
  const knowsMerges = table.withoutMerges === true || rows.some((row) => row.some((c) => c.merged));
  const beforeLines = [...table.before, ...rows.slice(0, head.headerAt).map((row) => texts(row).filter((t) => t.trim() !== '').join(' '))];
  const block = readHeaderBlock(beforeLines);
  const title = block.title;

  repairWrapBoundaries(rows, head.dataAt, fields);
  const reading = readRows(rows, head.dataAt, slotsOf(fields), title, findings);
  if (reading.realigned > 0) findings.push({ severity: 'info', message: `${reading.realigned} 行的单元格位置与表头不一致，已按内容重新对齐` });
  const declared = block.declared ?? reading.declared;
  const context = {
    hasMode: has('mode', 'modeText'),
    hasFive: has('five', 'fiveText'),
    modeFallback: has('mode', 'modeText') ? null : modeDefault(title, declared),
  };
  const items: CatalogItem[] = resolveMerges(reading.drafts, knowsMerges).map((row, index) => {
    const draft = reading.drafts[index]!;
    const item = toItem(row, draft, context);
    if (item.level1 === '') findings.push({ severity: 'warning', message: `第 ${index + 1} 项没有一级事项`, row: draft.row });
    return item;
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
    columns: table.columns ?? sourceColumns(head.header, fields),
    declaredText: block.declaredText ?? reading.declaredText,
    headerLines: block.headerLines.length > 0 ? block.headerLines : null,
  };
  return { catalog, findings };
}
