import { assertCan } from '../../../domain/accounts/roles.ts';
import {
  assertValidTemplate,
  defaultTemplate,
  isTemplateKey,
  kindOfTemplateKey,
  LETTER_KIND_INFO,
  LETTER_PERMISSIONS,
  PLACEHOLDERS,
  TEMPLATE_KEYS,
  templateKeyLabel,
  type LetterTemplate,
  type TemplateKey,
} from '../../../domain/applications/letters/index.ts';
import { NotFoundError } from '../../../domain/shared/errors.ts';
import { deleteLetterTemplate, saveLetterTemplate } from '../../../storage/repositories/letterSettings.repository.ts';
import { agencyScope } from '../../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../../context.ts';
import { effectiveLetterSettings, effectiveTemplate } from './letterAccess.ts';

const MANAGE = 'application.letter.templates' as const;

function checkedKey(key: string): TemplateKey {
  if (!isTemplateKey(key)) throw new NotFoundError('找不到该文书模板');
  return key;
}

/** The agency's templates (its own or the default) with the placeholders they may use, and its letter settings. */
export async function getLetterTemplates(ctx: AppContext, agencyId: string) {
  const scope = await agencyScope(ctx.db, agencyId);
  assertCan(ctx.actor, LETTER_PERMISSIONS.view, scope);
  const templates = [];
  for (const key of TEMPLATE_KEYS) {
    const info = LETTER_KIND_INFO[kindOfTemplateKey(key)];
    templates.push({ key, label: templateKeyLabel(key), article: info.article, required: info.required, ...(await effectiveTemplate(ctx, agencyId, key)) });
  }
  return { settings: await effectiveLetterSettings(ctx, agencyId), templates, placeholders: PLACEHOLDERS };
}

/**
 * An agency administrator saves the agency's own template for a key: unknown placeholders, a
 * placeholder the kind must keep, or the applicant named in a consultation letter are refused
 * (templateIssues). Audited with the text before and after.
 */
export async function saveAgencyLetterTemplate(ctx: AppContext, input: { agencyId: string; key: string } & LetterTemplate) {
  const key = checkedKey(input.key);
  const template: LetterTemplate = { title: input.title.trim(), addressee: input.addressee.trim(), body: input.body.replace(/\r\n?/g, '\n').trim() };
  assertValidTemplate(key, template);
  return inTransaction(ctx, async (tx) => {
    assertCan(tx.actor, MANAGE, await agencyScope(tx.db, input.agencyId));
    const before = await effectiveTemplate(tx, input.agencyId, key);
    await saveLetterTemplate(tx.db, input.agencyId, key, template, tx.clock.now(), tx.actor.id);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'letter_template.saved',
      entityType: 'letter_template',
      entityId: `${input.agencyId}:${key}`,
      agencyId: input.agencyId,
      summary: `修改文书模板「${templateKeyLabel(key)}」`,
      before,
      after: template,
    });
    return { key, ...template, custom: true };
  });
}

/** Back to the project's default template for a key (audited). */
export async function resetAgencyLetterTemplate(ctx: AppContext, input: { agencyId: string; key: string }) {
  const key = checkedKey(input.key);
  return inTransaction(ctx, async (tx) => {
    assertCan(tx.actor, MANAGE, await agencyScope(tx.db, input.agencyId));
    const before = await effectiveTemplate(tx, input.agencyId, key);
    const removed = await deleteLetterTemplate(tx.db, input.agencyId, key);
    if (removed) {
      await tx.audit.record(tx.db, tx.actor, {
        action: 'letter_template.reset',
        entityType: 'letter_template',
        entityId: `${input.agencyId}:${key}`,
        agencyId: input.agencyId,
        summary: `文书模板「${templateKeyLabel(key)}」恢复为默认`,
        before,
        after: defaultTemplate(key),
      });
    }
    return { key, ...defaultTemplate(key), custom: false };
  });
}
