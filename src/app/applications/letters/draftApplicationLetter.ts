import { randomUUID } from 'node:crypto';
import {
  draftLetter,
  isLetterKind,
  LETTER_KIND_INFO,
  LETTER_PERMISSIONS,
  ledgerFacts,
  templateKeyOf,
  type LetterFacts,
  type LetterKind,
} from '../../../domain/applications/letters/index.ts';
import { EVENT_LABELS, isOutcomeKey, type OutcomeKey } from '../../../domain/applications/vocabulary.ts';
import { DomainError, ValidationError } from '../../../domain/shared/errors.ts';
import { insertLetter, findLetter } from '../../../storage/repositories/applicationLetter.repository.ts';
import { listApplicationEvents } from '../../../storage/repositories/applicationEvent.repository.ts';
import { loadCalendar } from '../../calendar/loadCalendar.ts';
import { inTransaction, type AppContext } from '../../context.ts';
import { applicationFor } from '../applicationAccess.ts';
import { clockOptions } from '../clockOptions.ts';
import { letterLabel } from './letterAccess.ts';
import { effectiveLetterSettings, effectiveTemplate } from './letterAccess.ts';

/** Facts the staff type when drafting; each overrides what the ledger says. */
export type TypedFacts = Omit<LetterFacts, 'applicantName' | 'ref' | 'receivedOn' | 'request' | 'remedy'>;

export interface DraftLetterInput {
  applicationId: string;
  kind: string;
  outcome?: string | null;
  facts?: TypedFacts;
}

function checkedKind(kind: string, outcome: string | null | undefined): { kind: LetterKind; outcome: OutcomeKey | null } {
  if (!isLetterKind(kind)) throw new ValidationError('请选择文书种类', [{ path: 'kind', message: '请选择文书种类' }]);
  if (outcome && !isOutcomeKey(outcome)) throw new ValidationError('答复类型无效', [{ path: 'outcome', message: '请选择答复类型' }]);
  return { kind, outcome: (outcome as OutcomeKey | undefined) ?? null };
}

/** A refused draft of a step the ledger has not recorded yet says where the dates and days come from. */
function withLedgerHint<T>(draft: () => T, kind: LetterKind, events: readonly { type: string }[]): T {
  try {
    return draft();
  } catch (error) {
    const event = LETTER_KIND_INFO[kind].event;
    if (!(error instanceof ValidationError) || kind === 'answer' || events.some((e) => e.type === event)) throw error;
    throw new ValidationError(`${error.message}（可先在办理记录中登记“${EVENT_LABELS[event]}”，日期、天数、金额等将自动填入）`, error.issues);
  }
}

const defined = (facts: TypedFacts) => Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined && value !== '')) as TypedFacts;

/**
 * Draft a letter for an application from the agency's template (or the default) of its kind and,
 * for an answer, its outcome group: filled from the application (applicant, 受理编号, received date,
 * request, current due date), the ledger (ledgerFacts) and what the staff typed. A placeholder
 * nothing fills is refused by name, so a draft never prints a literal 「{补正事项}」.
 */
export async function draftApplicationLetter(ctx: AppContext, input: DraftLetterInput) {
  const { kind, outcome: chosen } = checkedKind(input.kind, input.outcome);
  return inTransaction(ctx, async (tx) => {
    const application = await applicationFor(tx, input.applicationId, LETTER_PERMISSIONS.prepare);
    if (!application.receivedOn) throw new DomainError('conflict', '请先确认收到申请，再制作文书');
    const calendar = await loadCalendar(tx);
    const events = await listApplicationEvents(tx.db, application.id);
    const fromLedger = ledgerFacts(kind, application, events, calendar, clockOptions());
    const settings = await effectiveLetterSettings(tx, application.agencyId);
    const facts: LetterFacts = { ...fromLedger, ...defined(input.facts ?? {}), ...(chosen ? { outcome: chosen } : {}), remedy: settings.remedy };
    const outcome = kind === 'answer' ? (facts.outcome ?? null) : null;
    if (kind === 'answer' && !outcome) throw new ValidationError('请选择答复类型', [{ path: 'outcome', message: '答复书须写明答复类型' }]);
    const template = await effectiveTemplate(tx, application.agencyId, templateKeyOf(kind, outcome));
    const text = withLedgerHint(() => draftLetter(template, { ...facts, outcome }), kind, events);
    const id = randomUUID();
    await insertLetter(tx.db, { id, applicationId: application.id, agencyId: application.agencyId, kind, outcome, ...text, createdBy: tx.actor.id, at: tx.clock.now() });
    const letter = (await findLetter(tx.db, id))!;
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application_letter.drafted',
      entityType: 'application_letter',
      entityId: id,
      agencyId: application.agencyId,
      summary: `起草${letterLabel(letter, application)}${template.custom ? '（本单位模板）' : ''}`,
      after: { kind, outcome, article: LETTER_KIND_INFO[kind].article },
    });
    return letter;
  });
}
