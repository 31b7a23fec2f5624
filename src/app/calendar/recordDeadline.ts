import type { TimeLimitRule } from '../../domain/catalog/catalog.ts';
import { dueDate } from '../../domain/calendar/dueDate.ts';
import { provisionalWarning } from '../../domain/calendar/warnings.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { insertDeadline, type StoredDeadline } from '../../storage/repositories/deadline.repository.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { loadCalendar } from './loadCalendar.ts';

export interface RecordDeadlineInput {
  /** What the deadline belongs to: 'document', 'application' … */
  subjectType: string;
  subjectId: string;
  /** Shown to people: 「答复期限（条例第三十三条）」. */
  label: string;
  agencyId?: string | null;
  rule: TimeLimitRule;
  /** The event day (receipt, formation …), day zero of the period. */
  startDate: LocalDate;
}

/**
 * Compute and store a deadline so that later calendar edits recompute it
 * (recomputeDeadlines). For the features that own deadlines (documents,
 * applications); they check their own permissions before calling.
 */
export async function recordDeadline(ctx: AppContext, input: RecordDeadlineInput): Promise<StoredDeadline & { warning: string | null }> {
  if (!input.subjectType.trim() || !input.subjectId.trim() || !input.label.trim()) {
    throw new ValidationError('期限缺少所属对象或名称');
  }
  return inTransaction(ctx, async (tx) => {
    const result = dueDate(await loadCalendar(tx), input.rule, input.startDate);
    const stored = await insertDeadline(tx.db, {
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      label: input.label.trim(),
      agencyId: input.agencyId ?? null,
      rule: input.rule,
      startDate: input.startDate,
      dueDate: result.due,
      provisional: result.provisional,
      computedAt: tx.clock.now(),
    });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'deadline.recorded',
      entityType: 'deadline',
      entityId: stored.id,
      agencyId: stored.agencyId,
      summary: `「${stored.label}」起算 ${stored.startDate}，截止 ${stored.dueDate ?? '无'}${stored.provisional ? '（暂定）' : ''}`,
      after: { subjectType: stored.subjectType, subjectId: stored.subjectId, rule: stored.rule, due: stored.dueDate },
    });
    return { ...stored, warning: result.provisional ? provisionalWarning(result.unknownYears) : null };
  });
}
