import { defaultLetterPrefix, defaultTemplate, type LetterTemplate, type RemedyBodies, type TemplateKey } from '../../../domain/applications/letters/index.ts';
import { findAgency } from '../../../storage/repositories/agency.repository.ts';
import { findLetterSettings, findLetterTemplate } from '../../../storage/repositories/letterSettings.repository.ts';
import type { AppContext } from '../../context.ts';

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
