import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Rows per batched UPDATE: four parameters a row stay far below SQLite's 32,766 and PostgreSQL's 65,535. */
export const UPDATE_BATCH = 500;

export interface ColumnUpdate {
  column: string;
  /** Integer columns: PostgreSQL types a VALUES parameter as text, so it is cast. */
  integer?: boolean;
}

/**
 * Give many rows each their own values in one statement per batch, on both engines:
 * `UPDATE t SET c = v.column2, … FROM (VALUES (id, …), …) AS v WHERE t.id = v.column1`
 * (SQLite ≥ 3.33 and PostgreSQL name VALUES columns column1, column2 …). A join, so
 * the cost grows with the rows, not with rows × batch as a CASE per row would.
 */
export async function updateRowsById(
  db: Kysely<Database>,
  table: keyof Database & string,
  columns: readonly ColumnUpdate[],
  rows: readonly (readonly [id: string, ...values: (string | number | null)[]])[],
  same: Record<string, string> = {},
): Promise<void> {
  const sets = [
    ...columns.map((c, i) => (c.integer ? sql`${sql.id(c.column)} = cast(v.${sql.id(`column${i + 2}`)} as integer)` : sql`${sql.id(c.column)} = v.${sql.id(`column${i + 2}`)}`)),
    ...Object.entries(same).map(([column, value]) => sql`${sql.id(column)} = ${value}`),
  ];
  for (let i = 0; i < rows.length; i += UPDATE_BATCH) {
    const values = rows.slice(i, i + UPDATE_BATCH).map((row) => sql`(${sql.join(row)})`);
    await sql`update ${sql.table(table)} set ${sql.join(sets)} from (values ${sql.join(values)}) as v where ${sql.ref(`${table}.id`)} = v.column1`.execute(db);
  }
}
