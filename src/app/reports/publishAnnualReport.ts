/**
 * Publishes a signed-off 年报 (条例第四十九条: by 1月31日; 第五十条: its content) as a document of the
 * agency: 索引号 assigned the normal way, the report's HTML as body, its Word and PDF attached, the
 * public record and search entry written by the document module's own publishWorkingCopy. The
 * report's three-person sign-off (填表人 → 复核人 → 审签人) stands for the document's. Publishing a
 * corrected report again makes a new revision of the same document; 发布日期 stays the first one.
 * Works on its own or inside the caller's transaction (inTransaction nests).
 */
import { randomUUID } from 'node:crypto';
import { appConfig } from '../../config/config.ts';
import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';
import { DomainError, NotFoundError } from '../../domain/shared/errors.ts';
import { safeDisplayName } from '../../domain/documents/attachmentName.ts';
import { ATTACHMENT_MEDIA_TYPES, sniffAttachment } from '../../importers/attachmentText/sniffAttachment.ts';
import { findAgency } from '../../storage/repositories/agency.repository.ts';
import { findAnnualReport, updateAnnualReportRow, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import { insertAttachment, listAttachments, markAttachmentRemoved } from '../../storage/repositories/attachment.repository.ts';
import { contentColumns, findDocument, insertDocument, updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { sha256Hex, type AttachmentStore } from '../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';
import type { RenderableReport } from '../../exporters/annualReport/index.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { publishWorkingCopy } from '../documents/publishWorkingCopy.ts';
import { renderReportFiles, reportColumnItems, reportDocumentContent } from './annualReportDocument.ts';

export interface PublishedReport {
  documentId: string;
  indexNumber: string;
  revision: number;
  publishedOn: string;
}

/** The report if it may be published now: it exists, this actor is a 审签人 of its agency, it is 已审签. */
async function approvedReport(ctx: AppContext, reportId: string): Promise<StoredAnnualReport> {
  const report = await findAnnualReport(ctx.db, reportId);
  if (!report) throw new NotFoundError('找不到该年度报告');
  assertCan(ctx.actor, 'report.approve', await agencyScope(ctx.db, report.agencyId));
  if (report.status !== 'approved') throw new DomainError('workflow.invalid_transition', '年度报告须经审签后才能发布');
  return report;
}

async function renderableOf(ctx: AppContext, report: StoredAnnualReport): Promise<RenderableReport> {
  const agency = await findAgency(ctx.db, report.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  return { agency: agency.name, year: report.year, tables: report.tables, sections: report.sections };
}

/** The report's document row: created on first publication, its content replaced for a corrected version. */
async function writeReportDocument(tx: AppContext, report: StoredAnnualReport, renderable: RenderableReport): Promise<string> {
  const now = tx.clock.now();
  const content = reportDocumentContent(renderable, chinaDateOf(report.approvedAt ?? now), await reportColumnItems(tx, report.agencyId));
  const documentId = report.publishedDocumentId ?? randomUUID();
  if (report.publishedDocumentId) {
    // The files of the previous version stay listed in its revision, not in the new one.
    for (const old of await listAttachments(tx.db, documentId)) await markAttachmentRemoved(tx.db, old.id, now);
    await updateDocumentRow(tx.db, documentId, { ...contentColumns(content), updated_at: now });
  } else {
    await insertDocument(tx.db, { id: documentId, agencyId: report.agencyId, content, internalNote: `年度报告 ${report.id}`, createdBy: report.preparerId, createdAt: now });
  }
  await updateDocumentRow(tx.db, documentId, {
    submitted_by: report.preparerId, submitted_at: report.preparedAt, reviewed_by: report.reviewerId, reviewed_at: report.reviewedAt,
    approved_by: report.approverId, approved_at: report.approvedAt,
  });
  return documentId;
}

/** The report's Word and PDF, rendered and stored: what a publication attaches. */
export interface PreparedReportFiles {
  /** The report revision the files were rendered from. */
  revision: number;
  renderable: RenderableReport;
  files: { displayName: string; mediaType: string; size: number; sha256: string; text: string }[];
}

/**
 * Renders the report's Word and PDF (in the render worker) and stores them, outside any transaction:
 * content-addressed, so a file left by a failed publication is removed by sweepUnreferencedAttachments.
 */
export async function prepareReportFiles(
  ctx: AppContext,
  report: StoredAnnualReport,
  files: AttachmentStore = diskAttachmentStore(),
  cjkFontFile: string | undefined = appConfig().cjkFont,
): Promise<PreparedReportFiles> {
  const renderable = await renderableOf(ctx, report);
  const stored = [];
  for (const file of await renderReportFiles(renderable, cjkFontFile)) {
    const type = sniffAttachment(file.bytes);
    const sha256 = sha256Hex(file.bytes);
    await files.put(sha256, file.bytes);
    stored.push({ displayName: safeDisplayName(file.fileName, type), mediaType: ATTACHMENT_MEDIA_TYPES[type], size: file.bytes.byteLength, sha256, text: file.text });
  }
  return { revision: report.revision, renderable, files: stored };
}

/** Publish an approved report now: its files are prepared first, then rows, public record, status and audit in one transaction. */
export async function publishAnnualReport(
  ctx: AppContext,
  reportId: string,
  files: AttachmentStore = diskAttachmentStore(),
  cjkFontFile: string | undefined = appConfig().cjkFont,
): Promise<PublishedReport> {
  const prepared = await prepareReportFiles(ctx, await approvedReport(ctx, reportId), files, cjkFontFile);
  return publishPreparedReport(ctx, reportId, prepared);
}

/** The publication itself, with files prepared beforehand (approveAnnualReport prepares them before it signs). */
export async function publishPreparedReport(ctx: AppContext, reportId: string, prepared: PreparedReportFiles): Promise<PublishedReport> {
  return inTransaction(ctx, async (tx) => {
    const current = await approvedReport(tx, reportId);
    if (current.revision !== prepared.revision) throw new DomainError('workflow.invalid_transition', '年度报告在发布过程中被修改，请刷新页面后重试');
    const documentId = await writeReportDocument(tx, current, prepared.renderable);
    const now = tx.clock.now();
    for (const file of prepared.files) await insertAttachment(tx.db, { ...file, id: randomUUID(), documentId, createdAt: now, createdBy: tx.actor.id });
    const doc = await findDocument(tx.db, documentId);
    if (!doc) throw new NotFoundError('找不到年度报告对应的文件');
    const changeNote = current.publishedDocumentId ? `更正后重新发布（第${current.revision}版年度报告）` : null;
    const { indexNumber, revision } = await publishWorkingCopy(tx, doc, changeNote);
    const publishedOn = current.publishedOn ?? chinaDateOf(now);
    await updateAnnualReportRow(tx.db, current.id, { status: 'published', published_document_id: documentId, published_on: publishedOn, updated_at: now });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'annual_report.published', entityType: 'annual_report', entityId: current.id, agencyId: current.agencyId,
      summary: `${doc.title}发布，索引号 ${indexNumber}（第${revision}版）`,
      before: { status: current.status }, after: { status: 'published', documentId, indexNumber, revision, publishedOn },
    });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'document.published', entityType: 'document', entityId: documentId, agencyId: current.agencyId,
      summary: `文件「${doc.title}」随年度报告审签发布，索引号 ${indexNumber}（第${revision}版）`, after: { status: 'published', indexNumber, revision },
    });
    return { documentId, indexNumber, revision, publishedOn };
  });
}
