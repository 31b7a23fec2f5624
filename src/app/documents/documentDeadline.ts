import type { AppContext } from '../context.ts';
import type { DocumentRecord } from '../../domain/documents/record.ts';
import { publicationRule } from '../../domain/documents/timeliness.ts';
import { isDomainError } from '../../domain/shared/errors.ts';
import { listDeadlinesFor, type StoredDeadline } from '../../storage/repositories/deadline.repository.ts';
import { recordDeadline } from '../calendar/recordDeadline.ts';
import { itemFiledAs, publishedCatalogNames } from '../catalog/publishedCatalogNames.ts';

/** The deadline currently in force for a document: the last one recorded. */
export async function currentDeadline(tx: Pick<AppContext, 'db'>, documentId: string): Promise<StoredDeadline | null> {
  return (await listDeadlinesFor(tx.db, 'document', documentId)).at(-1) ?? null;
}

/**
 * Record the publication deadline of a document in the calendar's deadline store, once per
 * 成文日期: 成文日期 + the 公开时限 of the first catalog item it is filed under — under the item's name now or a name
 * it had before (issue 12) — (the statutory 20 working days when the item's time limit is not parsed). 依申请公开 documents have none.
 * A date outside the calendar's range records nothing rather than blocking the workflow.
 */
export async function ensureDocumentDeadline(tx: AppContext, doc: DocumentRecord): Promise<StoredDeadline | null> {
  if (!doc.formedOn || doc.disclosureMode !== 'proactive' || doc.items.length === 0) return null;
  const existing = await currentDeadline(tx, doc.id);
  if (existing?.startDate === doc.formedOn) return existing;
  const named = await publishedCatalogNames(tx.db, doc.agencyId);
  const first = doc.items[0]!;
  const item = named ? itemFiledAs(named, first) : undefined;
  const rule = publicationRule(item?.timeLimitRule);
  if (!rule) return existing;
  try {
    return await recordDeadline(tx, {
      subjectType: 'document', subjectId: doc.id, agencyId: doc.agencyId, rule, startDate: doc.formedOn,
      label: `公开时限：${first.level2 || first.level1}（${item?.timeLimit ?? rule.source ?? '条例第二十六条'}）`,
    });
  } catch (error) {
    if (isDomainError(error) && error.code === 'validation.failed') return existing;
    throw error;
  }
}
