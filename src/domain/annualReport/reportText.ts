/**
 * The whole text of a report kept as six sections (reportSections.ts), with the headings of the format
 * (国办公开办函〔2021〕30号), so that the checker reads a stored report as it reads a published one (R8, R10).
 */
import { SECTION_TITLES_2021 } from './format2021.ts';
import { SECTION_KEYS, type ReportSections } from './reportSections.ts';

export function reportText(sections: ReportSections): string {
  return SECTION_KEYS.map((key, i) => `${SECTION_TITLES_2021[i]!.number}、${SECTION_TITLES_2021[i]!.title}\n${sections[key] ?? ''}`.trim()).join('\n');
}
