import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type EngineName = 'sqlite' | 'postgres';

/**
 * Everything that differs between SQLite and PostgreSQL lives behind this
 * interface, in this folder and nowhere else (docs/ARCHITECTURE.md).
 */
export interface Engine {
  readonly name: EngineName;
  readonly db: Kysely<Database>;
  /** A short description for logs, without passwords. */
  readonly description: string;
  /** Check that the database answers; throws a DomainError('storage.unavailable') with a clear message if not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
