import { assertCan } from '../../../domain/accounts/roles.ts';
import { assertLetterPrefix } from '../../../domain/applications/letters/index.ts';
import { ValidationError } from '../../../domain/shared/errors.ts';
import { findLetterSettings, saveLetterSettings } from '../../../storage/repositories/letterSettings.repository.ts';
import { agencyScope } from '../../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../../context.ts';

export interface LetterSettingsInput {
  agencyId: string;
  prefix: string;
  reconsiderationBody?: string | null;
  court?: string | null;
}

function optionalName(value: string | null | undefined, label: string, path: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > 60) throw new ValidationError(`${label}不能超过60个字`, [{ path, message: `${label}不能超过60个字` }]);
  return trimmed || null;
}

/**
 * An agency administrator sets the letter prefix (e.g. 中卫医保依公; numbers already given keep
 * theirs) and the bodies named in the remedy clause: the reconsideration body (《行政复议法》第二十四条)
 * and the competent court. Audited with the values before and after.
 */
export async function saveAgencyLetterSettings(ctx: AppContext, input: LetterSettingsInput) {
  const settings = {
    prefix: assertLetterPrefix(input.prefix),
    reconsiderationBody: optionalName(input.reconsiderationBody, '行政复议机关', 'reconsiderationBody'),
    court: optionalName(input.court, '人民法院', 'court'),
  };
  return inTransaction(ctx, async (tx) => {
    assertCan(tx.actor, 'application.letter.templates', await agencyScope(tx.db, input.agencyId));
    const before = await findLetterSettings(tx.db, input.agencyId);
    await saveLetterSettings(tx.db, input.agencyId, settings, tx.clock.now(), tx.actor.id);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'letter_settings.saved',
      entityType: 'agency',
      entityId: input.agencyId,
      agencyId: input.agencyId,
      summary: `设置依申请公开文书文号前缀「${settings.prefix}」`,
      before,
      after: settings,
    });
    return settings;
  });
}
