import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { findVersionByStatus, insertItems, insertVersion, listItems } from '../../storage/repositories/catalog.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';

/**
 * Open a draft to change an agency's catalog: a copy of the published version
 * (or an empty catalog if none). If a version is already being worked on, that
 * one is returned instead: an agency has at most one open version.
 */
export async function startDraft(ctx: AppContext, agencyId: string): Promise<{ versionId: string; created: boolean }> {
  return inTransaction(ctx, async (tx) => {
    assertCan(tx.actor, 'catalog.edit', await agencyScope(tx.db, agencyId));
    const open = await findVersionByStatus(tx.db, agencyId, ['draft', 'returned', 'submitted', 'reviewed']);
    if (open) return { versionId: open.id, created: false };
    const published = await findVersionByStatus(tx.db, agencyId, ['published']);
    const now = tx.clock.now();
    const version = await insertVersion(tx.db, {
      agencyId,
      status: 'draft',
      title: published?.title ?? null,
      responsibleUnit: published?.responsibleUnit ?? null,
      // The sign-off names and 填表时间 belong to the version they were signed on: the new one's are written as it is signed.
      preparer: null,
      reviewer: null,
      approver: null,
      preparedOn: null,
        // The summary line as written belongs to the file it was read from: a draft states the computed one.
      declared: null,
      declaredText: null,
      preamble: published?.preamble ?? null,
      notes: null,
      // The source's layout is the catalog's own: the draft keeps its columns and the lines above its table.
      columns: published?.columns ?? null,
      headerLines: published?.headerLines ?? null,
      source: null,
      basedOnId: published?.id ?? null,
      createdBy: tx.actor.id,
      createdAt: now,
      submittedBy: null, submittedAt: null, reviewedBy: null, reviewedAt: null, approvedBy: null, approvedAt: null,
      reviewComment: null,
    });
    if (published) await insertItems(tx.db, version.id, await listItems(tx.db, published.id));
    await tx.audit.record(tx.db, tx.actor, {
      action: 'catalog.draft_started',
      entityType: 'catalog_version',
      entityId: version.id,
      agencyId,
      summary: `新建目录草稿第${version.number}版${published ? `（基于第${published.number}版）` : ''}`,
    });
    return { versionId: version.id, created: true };
  });
}
