import { parseProactiveSuggestion, personalDataInTitle, PROACTIVE_OUTCOMES, proactiveNote, proactiveTitleFrom, serializeProactiveSuggestion } from '../../domain/applications/proactive.ts';
import type { StoredApplication } from '../../domain/applications/stored.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import { setProactiveSuggestion } from '../../storage/repositories/application.repository.ts';
import { createDocument } from '../documents/createDocument.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationFor, applicationLabel } from './applicationAccess.ts';

export interface ProactiveInput {
  applicationIds: readonly string[];
  /** A catalog item of the agency's published catalog, by its stable key. */
  item: { level1: string; level2?: string | null };
  /** The draft's title; by default the first line of the first application's request. */
  title?: string | null;
}

/**
 * 转主动公开 (条例第四十四条): what one or more applicants of the same agency asked for and were
 * given (予以公开 or 部分公开) becomes a draft document under a catalog item of the agency's
 * published catalog; the draft's internal note lists the tracking numbers (never names), each
 * application records the suggestion, and every step is audited — all in one transaction.
 */
export async function suggestProactiveDisclosure(ctx: AppContext, input: ProactiveInput): Promise<{ documentId: string }> {
  const ids = [...new Set(input.applicationIds)];
  if (!ids.length) throw new ValidationError('请至少选择一件申请', [{ path: 'applicationIds', message: '请至少选择一件申请' }]);
  return inTransaction(ctx, async (tx) => {
    const applications: StoredApplication[] = [];
    for (const id of ids) applications.push(await applicationFor(tx, id, 'application.handle'));
    checkSuitable(applications);
    const agencyId = applications[0]!.agencyId;
    const level2 = input.item.level2 ?? '';
    const title = input.title?.trim() || proactiveTitleFrom(applications.map((a) => a.request));
    const problem = personalDataInTitle(title, applications);
    if (problem) throw new ValidationError(`${problem}，请改写草稿标题后再提交`, [{ path: 'title', message: `${problem}：草稿会被监督人员看到，发布后对社会公开` }]);
    const { documentId } = await createDocument(tx, {
      agencyId,
      metadata: { title, disclosureMode: 'proactive' },
      items: [{ level1: input.item.level1, level2 }],
      internalNote: proactiveNote(applications),
    });
    const suggestion = serializeProactiveSuggestion({ documentId, level1: input.item.level1, level2, at: tx.clock.now() });
    for (const application of applications) {
      await setProactiveSuggestion(tx.db, application.id, suggestion, tx.clock.now());
      await tx.audit.record(tx.db, tx.actor, {
        action: 'application.proactiveSuggested',
        entityType: 'application',
        entityId: application.id,
        agencyId,
        summary: `${applicationLabel(application)} 转主动公开：已在目录事项「${[input.item.level1, level2].filter(Boolean).join(' / ')}」下新建草稿文件`,
        after: { documentId, level1: input.item.level1, level2 },
      });
    }
    return { documentId };
  });
}

/** Same agency, answered with information given out, not already turned into a draft. */
function checkSuitable(applications: readonly StoredApplication[]): void {
  const agencyId = applications[0]!.agencyId;
  if (applications.some((a) => a.agencyId !== agencyId)) {
    throw new ValidationError('所选申请须属于同一机关', [{ path: 'applicationIds', message: '条例第四十四条适用于向同一行政机关提出的申请' }]);
  }
  for (const a of applications) {
    if (!a.outcome || !PROACTIVE_OUTCOMES.includes(a.outcome)) {
      throw new ValidationError(`${applicationLabel(a)} 未以“予以公开”或“部分公开”答复，不能转主动公开`, [{ path: 'applicationIds', message: '只有已予以公开或部分公开的申请可以转主动公开' }]);
    }
    if (parseProactiveSuggestion(a.proactiveSuggestion)) throw new DomainError('conflict', `${applicationLabel(a)} 已转主动公开，不能重复提出`);
  }
}
