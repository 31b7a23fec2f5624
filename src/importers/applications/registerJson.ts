import { z } from 'zod';
import type { ApplicationRecord } from '../../domain/applications/application.ts';
import { APPLICANT_TYPES, CHANNELS, CONSULTATION_KINDS, DELIVERY_FORMS, EVENT_TYPES, ID_TYPES, OUTCOME_KEYS } from '../../domain/applications/vocabulary.ts';
import { isLocalDate } from '../../domain/calendar/localDate.ts';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar.ts';
import type { ClockOptions } from '../../domain/applications/answerClock.ts';
import { issueAt, jsonPlace, recordIssues, type ImportedRegister, type RegisterIssue } from './registerIssues.ts';

/** The register file of applications-contract.md §2, read with zod; extra fields are allowed and dropped. */
const date = z.string().refine(isLocalDate);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

const eventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  on: date,
  party: optionalText(200),
  kind: z.enum(CONSULTATION_KINDS).optional(),
  workingDays: z.number().int().min(1).max(20).optional(),
  approvedBy: optionalText(100),
  until: date.optional(),
  periodWorkingDays: z.number().int().min(1).max(365).optional(),
  outcome: z.enum(OUTCOME_KEYS).optional(),
  amount: z.number().min(0).optional(),
  note: optionalText(2000),
});

const applicationSchema = z.object({
  ref: optionalText(60),
  receivedOn: date,
  channel: z.enum(CHANNELS),
  applicantType: z.enum(APPLICANT_TYPES),
  applicant: z.object({
    name: text(200),
    idNumber: optionalText(40),
    idType: z.enum(ID_TYPES).optional(),
    phone: optionalText(40),
    address: optionalText(300),
    email: optionalText(200),
    contactName: optionalText(100),
  }),
  request: text(5000),
  deliveryForm: z.enum(DELIVERY_FORMS),
  events: z.array(eventSchema).max(200),
});

const FIELD_LABELS: Record<string, string> = {
  ref: '编号', receivedOn: '收到日期', channel: '申请方式', applicantType: '申请人类型', applicant: '申请人', name: '申请人姓名或名称',
  idNumber: '证件号码', idType: '证件类型', phone: '联系电话', address: '联系地址', email: '电子邮箱', contactName: '联系人',
  request: '申请内容', deliveryForm: '获取方式', events: '办理记录', type: '记录类型', on: '日期', party: '征求意见对象',
  kind: '征求意见类型', workingDays: '延长天数', approvedBy: '批准人', until: '延迟答复期限', periodWorkingDays: '补正期限',
  outcome: '办理结果', amount: '收费金额', note: '备注',
};

/** A zod issue as a Chinese field name and problem; no English identifier reaches the user. */
function describe(issue: z.core.$ZodIssue): { field: string; problem: string } {
  const path = issue.path.filter((part) => typeof part !== 'symbol');
  const key = [...path].reverse().find((part) => typeof part === 'string') as string | undefined;
  const eventIndex = path[0] === 'events' && typeof path[1] === 'number' ? `第${path[1] + 1}项办理记录的` : '';
  const field = `${eventIndex}${(key && FIELD_LABELS[key]) ?? '内容'}`;
  if (issue.code === 'invalid_type') return { field, problem: issue.input === undefined ? '缺少此项' : '类型不正确' };
  if (issue.code === 'invalid_value') return { field, problem: '取值不在约定的代码中（见 applications-contract.md §1–§2）' };
  if (issue.code === 'too_small') return { field, problem: issue.origin === 'string' ? '不能为空' : '数值过小' };
  if (issue.code === 'too_big') return { field, problem: issue.origin === 'string' ? '内容过长' : issue.origin === 'array' ? '记录过多' : '数值过大' };
  if (issue.code === 'custom') return { field, problem: '不是有效日期（应为 YYYY-MM-DD）' };
  return { field, problem: '格式不正确' };
}

/** Reads a register JSON file (contract §2) into records, or the reasons it cannot be imported. */
export function readRegisterJson(text: string, calendar: WorkingCalendar, options?: ClockOptions): ImportedRegister {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { agency: null, records: [], issues: [{ row: null, field: '文件', message: '文件不是有效的 JSON' }] };
  }
  const file = z.object({ agency: z.string().trim().min(1).max(200).optional(), applications: z.array(z.unknown()).max(100_000) }).safeParse(parsed);
  if (!file.success) {
    return { agency: null, records: [], issues: [{ row: null, field: '文件', message: 'JSON 文件应为 {"agency": 机关名称, "applications": [申请…]}（见 applications-contract.md §2）' }] };
  }
  const issues: RegisterIssue[] = [];
  const valid: { record: ApplicationRecord; row: number }[] = [];
  file.data.applications.forEach((raw, index) => {
    const result = applicationSchema.safeParse(raw);
    const row = index + 1;
    const ref = typeof (raw as { ref?: unknown })?.ref === 'string' ? (raw as { ref: string }).ref : undefined;
    if (result.success) valid.push({ record: result.data as ApplicationRecord, row });
    else for (const issue of result.error.issues) {
      const { field, problem } = describe(issue);
      issues.push(issueAt(jsonPlace, row, ref, field, problem));
    }
  });
  issues.push(...recordIssues(calendar, valid, jsonPlace, options));
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { agency: file.data.agency ?? null, records: valid.map((v) => v.record), issues };
}
