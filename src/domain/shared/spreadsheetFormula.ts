/**
 * CSV formula injection (OWASP "CSV Injection"): a cell starting with = + - @, a tab or a carriage
 * return is run as a formula by Excel and LibreOffice when the file is opened. The exporter prefixes
 * such cells with a single quote; the importer removes exactly that prefix again, so our own exports
 * read back unchanged. Shared by exporters/csv.ts and importers/text/csvText.ts.
 */
const TRIGGER = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return TRIGGER.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
