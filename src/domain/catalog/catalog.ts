import type { Audience, Channel, FiveType, Mode } from './vocabulary.ts';

/**
 * A parsed 公开时限 rule. The text as written is always kept on the item; the
 * rule is filled by the time-limit parser (src/domain/calendar) when it can
 * read the text, and stays null when it cannot (a lint finding, never a guess).
 */
export interface TimeLimitRule {
  trigger: string;
  amount?: number;
  unit?: 'working_day' | 'calendar_day' | 'month' | 'year';
  [key: string]: unknown;
}

/** One row of the catalog (二级事项). Field meanings follow shared/golden/SCHEMA.md. */
export interface CatalogItem {
  seq: string | null;
  level1: string;
  level2: string | null;
  content: string | null;
  basis: string[];
  timeLimit: string | null;
  timeLimitRule?: TimeLimitRule | null;
  subject: string | null;
  channels: Channel[];
  /** Free text written after 精准推送（注明） or 其他（注明）. */
  channelNotes?: Partial<Record<Channel, string>>;
  audience: Audience[];
  mode: Mode[];
  fiveTypes: FiveType[] | null;
  column: string | null;
  category: string | null;
  remarks: string | null;
}

/** The summary line as the document states it; every number null where unstated. */
export interface DeclaredSummary {
  proactiveLevel1: number | null;
  proactiveLevel2: number | null;
  onRequestLevel2: number | null;
  proactive: number | null;
  onRequest: number | null;
}

/** A catalog in the shape of shared/golden/SCHEMA.md: the project's JSON form. */
export interface CatalogDocument {
  source?: string | null;
  title: string | null;
  agency: string;
  preparer: string | null;
  reviewer: string | null;
  approver: string | null;
  preparedOn: string | null;
  declared: DeclaredSummary | null;
  /** Facts stated outside the table (basis list, phone, address …), as found; free-form. */
  preamble: string | Record<string, unknown> | null;
  items: CatalogItem[];
  notes?: string[] | string | null;
}
