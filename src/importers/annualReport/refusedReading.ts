import type { AnnualReportReading } from './reading.ts';

/**
 * The reading of a file that cannot be read at all (empty, corrupt, scanned, wrong kind): one
 * Chinese problem that says why and what to upload instead — not also "table 二 not found" three
 * times, which would only bury the reason.
 */
export function refusedReading(problem: string): AnnualReportReading {
  return { format: null, tables: { table2: null, table2Format: null, table3: null, table4: null }, blanks: [], problems: [problem], text: null };
}
