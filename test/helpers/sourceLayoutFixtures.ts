/** Catalogs with what their source writes (issue 12, faithful catalogs), for storage and presenter tests. */
import { goldenCatalog } from './appContext.ts';
import type { CatalogDocument, SourceColumn } from '../../src/domain/catalog/catalog.ts';
import type { CatalogView } from '../../src/domain/catalog/version.ts';
import { parseCatalogDocument } from '../../src/domain/catalog/catalogSchema.ts';

/** A golden catalog as the application holds it (lists that the golden file leaves null are empty). */
export const parsedGolden = (name?: string): CatalogDocument => parseCatalogDocument(goldenCatalog(name));

/** 大武口's columns as its seed writes them: no 公开方式, no 五公开, no 栏目, no 备注. */
export const DAWUKOU_COLUMNS: SourceColumn[] = [
  { field: 'seq', label: '序号', group: null, parts: null },
  { field: 'level1', label: '一级事项', group: '公开事项', parts: null },
  { field: 'level2', label: '二级事项', group: '公开事项', parts: null },
  { field: 'content', label: '公开内容（要素）', group: null, parts: null },
  { field: 'basis', label: '公开依据', group: null, parts: null },
  { field: 'timeLimit', label: '公开时限', group: null, parts: null },
  { field: 'subject', label: '公开主体', group: null, parts: null },
  { field: 'channels', label: '公开渠道和载体', group: null, parts: null },
  { field: 'audience', label: '公开对象', group: null, parts: ['全社会', '特定群体'] },
];

/** The golden 大武口 catalog with what its source writes: columns, a header line, a summary line, 序号 and a channel label. */
export function dawukouAsWritten(): CatalogDocument {
  const doc = parsedGolden('004_10e874960aa90f81');
  doc.columns = DAWUKOU_COLUMNS;
  doc.declaredText = '政府信息：主动公开一级事项8项，二级事项20项';
  doc.declared = { proactiveLevel1: 8, proactiveLevel2: 20, onRequestLevel2: null, proactive: null, onRequest: null };
  doc.headerLines = ['填报单位：大武口区医疗保障局'];
  doc.items[0]!.seqLabel = '（一）';
  doc.items[6]!.channelLabels = { 政府网站: '部门网站' };
  return doc;
}

/** A published version of a catalog document, as storage returns it. */
export function publishedView(doc: CatalogDocument): CatalogView {
  return {
    version: {
      id: 'v1', agencyId: 'a1', number: 1, status: 'published', title: doc.title, responsibleUnit: doc.agency, preparer: doc.preparer,
      reviewer: doc.reviewer, approver: doc.approver, preparedOn: doc.preparedOn, declared: doc.declared, preamble: doc.preamble,
      notes: null, columns: doc.columns ?? null, declaredText: doc.declaredText ?? null, headerLines: doc.headerLines ?? null, source: null,
      basedOnId: null, createdBy: null, createdAt: '2026-01-01T00:00:00.000Z', submittedBy: null, submittedAt: null, reviewedBy: null,
      reviewedAt: null, approvedBy: null, approvedAt: '2026-01-02T00:00:00.000Z', reviewComment: null,
    },
    items: doc.items.map((item, position) => ({ ...item, id: `i${position}`, itemKey: `k${position}`, position })),
  };
}

