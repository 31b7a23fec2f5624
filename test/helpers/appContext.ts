/** Builds AppContexts over a test engine with a movable fixed clock, and loads golden catalogs. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../../src/storage/database.ts';
import type { AppContext } from '../../src/app/context.ts';
import { databaseAuditLog } from '../../src/app/audit.ts';
import { SYSTEM_ACTOR, type Actor } from '../../src/domain/accounts/roles.ts';
import type { Clock } from '../../src/domain/shared/clock.ts';
import { chinaDateOf } from '../../src/domain/shared/clock.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(REPO_ROOT, '..', 'shared');

export function goldenCatalog(name = '000_16624d944bb0d70d'): unknown {
  return JSON.parse(readFileSync(join(SHARED, 'golden', `${name}.json`), 'utf8'));
}

/** A clock that stands still until the test moves it. */
export class TestClock implements Clock {
  constructor(private instant = '2026-03-02T02:00:00.000Z') {}
  now() {
    return this.instant;
  }
  today() {
    return chinaDateOf(this.instant);
  }
  advanceMinutes(minutes: number) {
    this.instant = new Date(Date.parse(this.instant) + minutes * 60_000).toISOString();
  }
}

export function contextFor(engine: Engine, actor: Actor = SYSTEM_ACTOR, clock: Clock = new TestClock()): AppContext {
  return { actor, db: engine.db, clock, audit: databaseAuditLog(clock) };
}
