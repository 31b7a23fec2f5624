import { findAgencyByName } from '../../storage/repositories/agency.repository.ts';
import type { AppContext } from '../context.ts';

/**
 * The agency with exactly this name, or null (CLI arguments such as `--agency 中卫市医疗保障局`). No permission
 * check: agency names are public, every portal page shows them.
 */
export async function agencyNamed(ctx: Pick<AppContext, 'db'>, name: string): Promise<{ id: string; name: string } | null> {
  const row = await findAgencyByName(ctx.db, name);
  return row ? { id: row.id, name: row.name } : null;
}
