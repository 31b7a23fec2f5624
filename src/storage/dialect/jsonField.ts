import { sql, type Kysely, type RawBuilder } from 'kysely';
import { engineOf } from './searchIndex.ts';

/** A top-level member name of a stored JSON object (a code identifier, never user text). */
const MEMBER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * One top-level text member of a JSON text column, read by the engine without handing the whole document to the
 * application: SQLite `json_extract(column, '$.member')` (JSON1, built into SQLite ≥ 3.38), PostgreSQL
 * `column::jsonb ->> 'member'`. Null when the member is absent or JSON null, on both engines.
 */
export function jsonTextMember(db: Kysely<any>, column: string, member: string): RawBuilder<string | null> {
  if (!MEMBER.test(member)) throw new Error(`not a JSON member name: ${member}`);
  if (engineOf(db) === 'sqlite') return sql<string | null>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${member}`)})`;
  return sql<string | null>`(${sql.ref(column)}::jsonb ->> ${sql.lit(member)})`;
}
