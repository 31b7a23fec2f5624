import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { deleteLink, insertLink } from '../../storage/repositories/documentLink.repository.ts';
import { documentFor } from './documentAccess.ts';

/**
 * Link a policy document and its 政策解读 both ways (regulations.md §8.2: inspectors check
 * 解读 and document link to each other). Either side's editor may link; both must belong to
 * agencies the actor edits for. `unlink: true` removes the link.
 */
export async function linkInterpretation(ctx: AppContext, input: { policyId: string; interpretationId: string; unlink?: boolean }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const policy = await documentFor(tx, input.policyId, DOCUMENT_PERMISSIONS.edit);
    const interpretation = await documentFor(tx, input.interpretationId, DOCUMENT_PERMISSIONS.edit);
    if (policy.kind !== 'policy') throw new ValidationError('被解读的文件须为「政策文件」', [{ path: 'policyId', message: '请选择政策文件' }]);
    if (interpretation.kind !== 'interpretation') throw new ValidationError('解读须为「政策解读」类文件', [{ path: 'interpretationId', message: '请选择政策解读' }]);
    if (input.unlink) await deleteLink(tx.db, policy.id, interpretation.id);
    else await insertLink(tx.db, policy.id, interpretation.id, tx.clock.now());
    await tx.audit.record(tx.db, tx.actor, {
      action: input.unlink ? 'document.unlinked' : 'document.linked', entityType: 'document', entityId: policy.id, agencyId: policy.agencyId,
      summary: `${input.unlink ? '取消关联' : '关联'}政策文件「${policy.title}」与解读「${interpretation.title}」`,
      after: { policyId: policy.id, interpretationId: interpretation.id },
    });
  });
}
