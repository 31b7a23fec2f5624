import type { AppContext } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { DomainError, NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { catalogItemSchema } from '../../domain/catalog/catalogSchema.ts';
import type { CatalogItem } from '../../domain/catalog/catalog.ts';
import { missingRequiredFields } from '../../domain/catalog/requiredFields.ts';
import { isEditable, VERSION_STATUS_LABELS } from '../../domain/catalog/workflow.ts';
import type { VersionMeta } from '../../domain/catalog/version.ts';
import { findVersion } from '../../storage/repositories/catalog.repository.ts';
import { withTimeLimitRule } from '../../domain/calendar/index.ts';
import { agencyScope } from '../agencies/getAgency.ts';

/** The version, checked to exist, to be editable now, and to be editable by this actor. */
export async function editableVersion(tx: AppContext, versionId: string): Promise<VersionMeta> {
  const version = await findVersion(tx.db, versionId);
  if (!version) throw new NotFoundError('找不到该目录版本');
  assertCan(tx.actor, 'catalog.edit', await agencyScope(tx.db, version.agencyId));
  if (!isEditable(version.status)) {
    throw new DomainError('workflow.invalid_transition', `目录版本状态为「${VERSION_STATUS_LABELS[version.status]}」，不能修改；请先新建草稿`);
  }
  return version;
}

/**
 * Validate a form-shaped item written by staff; every bad field is reported with its own message,
 * and 二级事项/公开内容 are required (requiredFields.ts). The 公开时限 rule is always re-read from the
 * text (never trusted from the form).
 */
export function validateItem(input: unknown): CatalogItem {
  const result = catalogItemSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: String(issue.path[0] ?? ''),
      message: issue.code === 'too_small' || issue.code === 'invalid_type' ? '此项必填' : issue.message,
    }));
    throw new ValidationError('事项内容有误，请按提示修改', issues);
  }
  const missing = missingRequiredFields(result.data);
  if (missing.length > 0) throw new ValidationError(`事项内容有误：${missing.map((issue) => issue.message).join('，')}`, missing);
  return withTimeLimitRule(result.data as CatalogItem);
}
