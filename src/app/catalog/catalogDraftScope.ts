import { can, type Scope } from '../../domain/accounts/roles.ts';
import { ForbiddenError } from '../../domain/shared/errors.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';

/**
 * The scope of an agency whose catalog drafts and version history the actor reads: the agency's staff and the
 * supervisors above it (`catalog.view_drafts` in domain/accounts/roles.ts); anyone else is refused (403), an
 * unknown agency is NotFound.
 */
export async function catalogDraftScope(ctx: AppContext, agencyId: string): Promise<Scope> {
  const scope = await agencyScope(ctx.db, agencyId);
  if (!can(ctx.actor, 'catalog.view_drafts', scope)) throw new ForbiddenError('您无权查看该单位的目录');
  return scope;
}
