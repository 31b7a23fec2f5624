import { sql, type RawBuilder } from 'kysely';

/** Rows per batched UPDATE: three parameters a row stay far below SQLite's 32,766 and PostgreSQL's 65,535. */
export const UPDATE_BATCH = 500;

export function inBatches<T>(rows: readonly T[], size = UPDATE_BATCH): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < rows.length; i += size) batches.push(rows.slice(i, i + size));
  return batches;
}

/**
 * `CASE id WHEN … THEN … END`: a different value per row, so that many rows change in one
 * UPDATE on both engines. Numbers are written as literals (PostgreSQL would type an untyped
 * parameter as text), text and null as parameters.
 */
export function caseById<V extends string | number | null>(rows: readonly { id: string; value: V }[]): RawBuilder<V> {
  const whens = rows.map((r) => sql`when ${r.id} then ${typeof r.value === 'number' ? sql.lit(r.value) : r.value}`);
  return sql<V>`case id ${sql.join(whens, sql` `)} end`;
}
