/**
 * The checker of an annual report (issue 10): R1–R6 on its own tables, R7 against last year's
 * tables, R8 text against tables, R10 the six sections and text against last year's text (regulations.md §2.5).
 * R9 depends on dates, not on the report's content: see publicationDeadline in deadline.ts.
 * Findings have the shape of applications-contract.md §5.
 */
import { checkCells } from './cellChecks.ts';
import { checkSections, overviewOf, splitSections } from './sections.ts';
import { checkCopiedText } from './similarity.ts';
import { checkCrossYear, checkSums } from './sumChecks.ts';
import type { Finding, ReportTables } from './tables.ts';
import { checkQuotedNumbers } from './textChecks.ts';

export interface ReportUnderCheck {
  tables: ReportTables;
  /** Text of section 一、总体情况, for R8; found in `text` when not given. */
  overviewText?: string;
  /** The whole text of the report: its six sections (R10), its section 一 (R8), its sentences (R10). */
  text?: string;
}

export interface CheckOptions {
  lastYear?: ReportUnderCheck;
  /** R10's share of shared sentences above which the text is flagged. */
  sharedThreshold?: number;
}

/** R1–R6: the tables alone. */
export function checkTables(tables: ReportTables): Finding[] {
  return [...checkCells(tables), ...checkSums(tables)];
}

export function checkReport(report: ReportUnderCheck, options: CheckOptions = {}): Finding[] {
  const findings = checkTables(report.tables);
  const { lastYear } = options;
  if (lastYear) findings.push(...checkCrossYear(report.tables, lastYear.tables));
  if (report.text !== undefined) findings.push(...checkSections(report.text));
  const overview = report.overviewText ?? (report.text === undefined ? null : overviewOf(report.text));
  if (overview !== null) findings.push(...checkQuotedNumbers(overview, report.tables));
  if (lastYear?.text !== undefined && report.text !== undefined) findings.push(...checkCopiedText(narrativeOf(report.text), narrativeOf(lastYear.text), options.sharedThreshold));
  return findings;
}

/** The sections the officer writes (一, 五, 六: regulations.md §2.1). */
const NARRATIVE_SECTIONS = new Set(['一', '五', '六']);

/**
 * What R10 compares: the narrative sections, not the title, the headings or the tables' labels, which the
 * format makes the same every year (a published page copied whole shared 89% of its "sentences" with last
 * year's through those alone). The whole text when no section heading is found.
 */
function narrativeOf(text: string): string {
  const sections = splitSections(text).filter((section) => NARRATIVE_SECTIONS.has(section.number));
  return sections.length > 0 ? sections.map((section) => section.text).join('\n') : text;
}

export { checkCells, checkCopiedText, checkCrossYear, checkQuotedNumbers, checkSums };
