/**
 * The text of a report's six sections (国办公开办函〔2021〕30号, regulations.md §2.1) as Gongkai keeps it:
 * sections 二–四 are the tables (with an optional sentence before them), 一、五、六 are written by the agency.
 */
export const SECTION_KEYS = ['overview', 'proactive', 'requests', 'reviews', 'problems', 'other'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Section number and key in the order the format fixes. */
export const SECTION_NUMBERS: Record<SectionKey, string> = {
  overview: '一', proactive: '二', requests: '三', reviews: '四', problems: '五', other: '六',
};

/** The sections an officer edits; the others hold the computed tables. */
export const EDITABLE_SECTIONS: readonly SectionKey[] = ['overview', 'problems', 'other'];

export type ReportSections = Record<SectionKey, string>;

export function emptySections(): ReportSections {
  return { overview: '', proactive: '', requests: '', reviews: '', problems: '', other: '' };
}
