import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { Actor } from '../../domain/accounts/roles.ts';
import { findUserById } from '../../storage/repositories/user.repository.ts';

/** A visitor who is not signed in: no roles, may only read public pages. */
export const ANONYMOUS_ACTOR: Actor = { id: null, name: '访客', roles: [], agencyId: null, regionId: null };

/** The actor for a signed-in user; null when the user no longer exists or is disabled. */
export async function getActorForUser(db: Kysely<Database>, userId: string): Promise<(Actor & { id: string; username: string }) | null> {
  const user = await findUserById(db, userId);
  if (!user || user.disabled) return null;
  return { id: user.id, username: user.username, name: user.displayName, roles: user.roles, agencyId: user.agencyId, regionId: user.regionId };
}
