import type { CatalogDocument } from '../domain/catalog/catalog.ts';
import { computeSummary } from '../domain/catalog/summary.ts';

/**
 * The catalog in the project's JSON form (shared/golden/SCHEMA.md). `declared`
 * is the computed summary, as on every other exported form. Beyond SCHEMA.md's
 * fields, what the source wrote (issue 12): `columns`, `declaredText`,
 * `headerLines`, and per item `seqLabel` and `channelLabels`, each only where present.
 */
export function catalogToJson(catalog: CatalogDocument): CatalogDocument {
  const summary = computeSummary(catalog.items);
  return {
    source: catalog.source ?? null,
    title: catalog.title,
    agency: catalog.agency,
    preparer: catalog.preparer,
    reviewer: catalog.reviewer,
    approver: catalog.approver,
    preparedOn: catalog.preparedOn,
    declared: { ...summary, proactive: null, onRequest: null },
    preamble: catalog.preamble,
    items: catalog.items.map((item) => ({
      seq: item.seq,
      level1: item.level1,
      level2: item.level2,
      content: item.content,
      basis: item.basis,
      timeLimit: item.timeLimit,
      ...(item.timeLimitRule !== undefined ? { timeLimitRule: item.timeLimitRule } : {}),
      subject: item.subject,
      channels: item.channels,
      ...(item.channelNotes && Object.keys(item.channelNotes).length ? { channelNotes: item.channelNotes } : {}),
      audience: item.audience,
      mode: item.mode,
      fiveTypes: item.fiveTypes,
      column: item.column,
      category: item.category,
      remarks: item.remarks,
      ...(item.seqLabel !== undefined && item.seqLabel !== null ? { seqLabel: item.seqLabel } : {}),
      ...(item.channelLabels && Object.keys(item.channelLabels).length ? { channelLabels: item.channelLabels } : {}),
    })),
    notes: catalog.notes ?? null,
    ...(catalog.columns?.length ? { columns: catalog.columns } : {}),
    ...(catalog.declaredText ? { declaredText: catalog.declaredText } : {}),
    ...(catalog.headerLines?.length ? { headerLines: catalog.headerLines } : {}),
  };
}

export function exportJson(catalog: CatalogDocument): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(catalogToJson(catalog), null, 2)}\n`);
}
