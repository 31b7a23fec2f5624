import { ValidationError } from '../shared/errors.ts';
import { chinaDateOf } from '../shared/clock.ts';

/**
 * What the sign-off record of a catalog version says beyond the three names: the 填表人's written
 * reason for submitting despite lint errors, and signatures given under an agency's one-person
 * exception (docs/adr/0010-required-fields-and-lint-reasons.md). Both are kept in the audit
 * events of the workflow steps (after JSON) and folded here for the pages.
 */

/** The fewest characters a reason for submitting with lint errors must have (a sentence, not 「无」). */
export const MIN_SUBMISSION_REASON = 10;

/** The reason to store with a submission: null when lint found no errors; refused when errors are left unexplained. */
export function submissionReasonFor(errorCount: number, reason: string | null | undefined): string | null {
  if (errorCount === 0) return null;
  const written = (reason ?? '').trim();
  if (written.length >= MIN_SUBMISSION_REASON) return written;
  throw new ValidationError(
    `本版本有${errorCount}处检查错误，不能直接提交复核：请先改正，或写明提交理由（不少于${MIN_SUBMISSION_REASON}个字），复核人和审签人会看到该理由`,
    [{ path: 'lintReason', message: `请写明为何带着${errorCount}处错误提交（不少于${MIN_SUBMISSION_REASON}个字）` }],
  );
}

/** An agency's exception allowing one person to hold two or three sign-off steps (workflowSignOff.ts). */
export interface OnePersonException {
  reason: string;
  enabledBy: string;
  /** ISO instant. */
  enabledAt: string;
}

/** «按单人单位例外签批（理由：…，由…于…开启）», shown beside a signature given under the exception. */
export function onePersonExceptionNote(exception: OnePersonException): string {
  return `按单人单位例外签批（理由：${exception.reason}，由${exception.enabledBy}于${chinaDateOf(exception.enabledAt)}开启）`;
}

/** One workflow audit event of a version, as storage reads it back. */
export interface VersionStepRecord {
  versionId: string;
  action: string;
  actorName: string;
  at: string;
  after: unknown;
}

export interface VersionSignOffNotes {
  /** The reason of the latest submission, when it was submitted with lint errors. */
  submission: { reason: string; errorCount: number; by: string; at: string } | null;
  /** One note per signature given under the one-person exception, in order. */
  exceptionNotes: string[];
}

const recordOf = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

function exceptionOf(value: unknown): OnePersonException | null {
  const { reason, enabledBy, enabledAt } = recordOf(value);
  return typeof reason === 'string' && typeof enabledBy === 'string' && typeof enabledAt === 'string' ? { reason, enabledBy, enabledAt } : null;
}

/** Fold a version's workflow events (oldest first) into its notes; each resubmission replaces the reason. */
export function foldSignOffNotes(steps: readonly VersionStepRecord[]): Map<string, VersionSignOffNotes> {
  const notes = new Map<string, VersionSignOffNotes>();
  for (const step of steps) {
    const entry = notes.get(step.versionId) ?? { submission: null, exceptionNotes: [] };
    const after = recordOf(step.after);
    if (step.action === 'catalog.submitted') {
      const reason = after.lintReason;
      entry.submission = typeof reason === 'string' ? { reason, errorCount: Number(after.lintErrors ?? 0), by: step.actorName, at: step.at } : null;
      entry.exceptionNotes = [];
    }
    const exception = exceptionOf(after.onePersonException);
    if (exception) entry.exceptionNotes.push(`${step.actorName}${onePersonExceptionNote(exception)}`);
    notes.set(step.versionId, entry);
  }
  return notes;
}
