import type { Audience, Channel, FiveType, Mode } from './vocabulary.ts';

/**
 * What starts a 公开时限 (src/domain/calendar/timeLimitParser.ts reads them from text):
 * formed_or_changed 信息形成或者变更 (条例第二十六条) · decision_made 作出决定 ·
 * fiscal_approval 财政部门批复 · project_start 项目开工 · document_issued 文件印发 ·
 * related_document_published 关联文件公开 · application_received 收到申请 (条例第三十三条) ·
 * unstated (a bare period such as 6个月: counted from the event the caller names) ·
 * yearly_date 每年M月D日前 · immediate 即时/及时/实时 · standing 长期 · recurring 每月/每季度/每半年/每年.
 */
export type TimeLimitTrigger =
  | 'formed_or_changed'
  | 'decision_made'
  | 'fiscal_approval'
  | 'project_start'
  | 'document_issued'
  | 'related_document_published'
  | 'application_received'
  | 'unstated'
  | 'yearly_date'
  | 'immediate'
  | 'standing'
  | 'recurring';

export type TimeLimitUnit = 'working_day' | 'calendar_day' | 'month' | 'year';

/**
 * A parsed 公开时限 rule (plain JSON). The text as written is always kept on the
 * item; the rule is filled by the time-limit parser (src/domain/calendar) when it
 * can read the text, and stays null when it cannot (a lint finding, never a guess).
 */
export interface TimeLimitRule {
  trigger: TimeLimitTrigger;
  /** A period after the trigger: `amount` `unit`s (20 working days …). */
  amount?: number;
  unit?: TimeLimitUnit;
  /** yearly_date: the fixed date of each year (1月31日前 → 1, 31). */
  month?: number;
  day?: number;
  /** recurring: how often. */
  every?: 'month' | 'quarter' | 'half_year' | 'year';
  /** How long a notice stays up (公告期限为5个工作日); does not move the due date. */
  displayFor?: { amount: number; unit: TimeLimitUnit };
  /** The text says that periods set by other laws prevail (法律、法规另有规定的，从其规定). */
  otherLawPrevails?: boolean;
  /** The legal source of the rule, when known (条例第二十六条 …). */
  source?: string;
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
  /** The 序号 as printed where it differs from the Arabic digits of `seq` (（一）, 1., 一); absent otherwise. */
  seqLabel?: string | null;
  /**
   * A channel's label as the source writes it where it differs from the standard name
   * (■部门网站, ■灵武市人民政府门户网站 → 政府网站): shown as written, counted by the standard name.
   */
  channelLabels?: Partial<Record<Channel, string>>;
}

/** A catalog field that one column of a source table can hold. */
export type CatalogField =
  | 'seq'
  | 'level1'
  | 'level2'
  | 'content'
  | 'basis'
  | 'timeLimit'
  | 'subject'
  | 'channels'
  | 'audience'
  | 'mode'
  | 'fiveTypes'
  | 'column'
  | 'category'
  | 'remarks';

/**
 * One column of the source table as its owners wrote it, in order: the field it holds, its
 * header text as written (公开事项 over 一级事项 gives group 公开事项, label 一级事项), and for a
 * mark column split into sub-columns (主动公开 | 依申请公开; 决策 … 结果) the sub-labels as written.
 */
export interface SourceColumn {
  field: CatalogField;
  label: string;
  group?: string | null;
  parts?: string[] | null;
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
  /** The source table's columns as written; absent or null for a catalog in the national form's columns. */
  columns?: SourceColumn[] | null;
  /** The summary line exactly as written (主动公开一级事项 5项，二级事项 15项；依申请公开二级事项 项); null where none. */
  declaredText?: string | null;
  /** Lines above the table other than the title (填报单位、填表人、填表时间 …), as written; null where none. */
  headerLines?: string[] | null;
}
