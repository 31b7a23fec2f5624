import { userInfo } from 'node:os';
import type { AppContext } from '../app/context.ts';
import { databaseAuditLog } from '../app/audit.ts';
import { systemClock } from '../app/systemClock.ts';
import { SYSTEM_ACTOR } from '../domain/accounts/roles.ts';
import type { CommandIO } from './command.ts';

function operatorName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'operator';
  }
}

/** The CLI acts as the operator of the machine: the system actor, the real clock. */
export async function cliContext(io: CommandIO): Promise<AppContext> {
  const engine = await io.database();
  return { actor: { ...SYSTEM_ACTOR, name: `命令行（${operatorName()}）` }, db: engine.db, clock: systemClock, audit: databaseAuditLog(systemClock) };
}
