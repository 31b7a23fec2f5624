/**
 * 政府信息公开工作年度报告 (条例第四十九条、第五十条; 国办公开办函〔2021〕30号): the format as data,
 * the 2019 试行 differences for history, and the checks R1–R10 of regulations.md §2.5. Pure: no I/O, no clock.
 */
export * from './format2021.ts';
export { TABLE2_2019, TABLE3_ROWS_2019 } from './format2019.ts';
export type { Cell, Finding, FormatVersion, ReportTables, Table2Cells, Table3Cells, Table4Cells } from './tables.ts';
export { formatOf, table2CellName, table3CellName, table4CellName, type ReportFormat } from './cellNames.ts';
export { checkReport, checkTables, checkCells, checkCopiedText, checkCrossYear, checkQuotedNumbers, checkSums, type CheckOptions, type ReportUnderCheck } from './checks.ts';
export { parseNumber } from './chineseNumber.ts';
export { quotedNumbers, type QuotedNumber } from './textChecks.ts';
export { TEXT_PHRASES, type TextPhrase } from './textPhrases.ts';
export { publicationDeadline, type DeadlineState, type PublicationDeadline } from './deadline.ts';
export { DEFAULT_SHARED_THRESHOLD, normaliseSentence, sharedSentences, splitSentences } from './similarity.ts';
export { checkSections, overviewOf, splitSections, type ReportSection } from './sections.ts';
