import { guardFormula } from '../domain/shared/spreadsheetFormula.ts';

/** One RFC 4180 field, with formula-looking text (= + - @ …) made inert first (OWASP "CSV Injection"). */
export function csvField(value: string): string {
  const cell = guardFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells as CSV: UTF-8 with a BOM and CRLF, so Excel opens it as Chinese text. */
export function csvBytes(rows: readonly (readonly string[])[]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`);
}
