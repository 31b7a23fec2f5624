import { assertCan, type Action } from '../../../domain/accounts/roles.ts';
import type { StoredApplication } from '../../../domain/applications/stored.ts';
import { DomainError, NotFoundError } from '../../../domain/shared/errors.ts';
import { findLetter, updateLetter, type LetterPatch, type StoredLetter } from '../../../storage/repositories/applicationLetter.repository.ts';
import { agencyScope } from '../../agencies/getAgency.ts';
import type { AppContext } from '../../context.ts';
import { applicationFor, applicationLabel } from '../applicationAccess.ts';
import { defaultLetterPrefix, defaultTemplate, LETTER_KIND_INFO, type LetterTemplate, type RemedyBodies, type TemplateKey } from '../../../domain/applications/letters/index.ts';
import { findAgency } from '../../../storage/repositories/agency.repository.ts';
import { findLetterSettings, findLetterTemplate } from '../../../storage/repositories/letterSettings.repository.ts';

export type { StoredLetter };

/** The letter and its application, checked to belong together and to be open to the actor for `action`. */
export async function letterFor(tx: AppContext, applicationId: string, letterId: string, action: Action): Promise<{ application: StoredApplication; letter: StoredLetter }> {
  const letter = await findLetter(tx.db, letterId);
  if (!letter || letter.applicationId !== applicationId) throw new NotFoundError('找不到该文书');
  const application = await applicationFor(tx, applicationId, 'application.view');
  assertCan(tx.actor, action, await agencyScope(tx.db, application.agencyId));
  return { application, letter };
}

/** 「补正告知书（申请 20260305-123456）」 for audit summaries: never the applicant's name. */
export function letterLabel(letter: Pick<StoredLetter, 'kind' | 'number'>, application: Pick<StoredApplication, 'trackingNo'>): string {
  const number = letter.number ? ` ${letter.number}` : '';
  return `${LETTER_KIND_INFO[letter.kind].label}${number}（${applicationLabel(application)}）`;
}

/** Writes a step; when another user changed the letter's status meanwhile, nothing is written and the actor is told. */
export async function applyLetterPatch(tx: AppContext, letter: StoredLetter, patch: LetterPatch): Promise<void> {
  const applied = await updateLetter(tx.db, letter.id, letter.status, patch);
  if (!applied) throw new DomainError('conflict', '该文书刚被其他人处理过，请刷新页面后重试');
}

export interface EffectiveLetterSettings {
  agencyName: string;
  prefix: string;
  /** True while the agency has not saved a prefix (the suggested one is in use). */
  prefixIsDefault: boolean;
  remedy: RemedyBodies;
}

/** The agency's prefix and remedy bodies, or the suggestions derived from its name until it saves its own. */
export async function effectiveLetterSettings(ctx: Pick<AppContext, 'db'>, agencyId: string): Promise<EffectiveLetterSettings> {
  const agency = await findAgency(ctx.db, agencyId);
  const agencyName = agency?.name ?? '';
  const saved = await findLetterSettings(ctx.db, agencyId);
  return {
    agencyName,
    prefix: saved?.prefix ?? defaultLetterPrefix(agencyName),
    prefixIsDefault: saved === null,
    remedy: { reconsiderationBody: saved?.reconsiderationBody ?? null, court: saved?.court ?? null },
  };
}

/** The agency's template for a key, else the project's default. */
export async function effectiveTemplate(ctx: Pick<AppContext, 'db'>, agencyId: string, key: TemplateKey): Promise<LetterTemplate & { custom: boolean }> {
  const saved = await findLetterTemplate(ctx.db, agencyId, key);
  return saved ? { title: saved.title, addressee: saved.addressee, body: saved.body, custom: true } : { ...defaultTemplate(key), custom: false };
}
