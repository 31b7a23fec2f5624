/**
 * Chinese names of the fields audit events keep before/after, and of the codes some of them hold.
 * Keys not listed here are shown as 其他信息 (never by their English name); the keys of HIDDEN_FIELDS
 * (internal ids, computed rules, secrets) are never shown.
 */
import { ROLE_LABELS } from '../accounts/roles.ts';
import { LEGAL_FORM_LABELS } from '../annualReport/table2.ts';
import { REPORT_STATUS_LABELS } from '../annualReport/workflow.ts';
import { LETTER_STATUS_LABELS } from '../applications/letters/letterWorkflow.ts';
import { CONSULTATION_KIND_LABELS, EVENT_LABELS, OUTCOMES } from '../applications/vocabulary.ts';
import { VERSION_STATUS_LABELS } from '../catalog/workflow.ts';
import { LETTER_KIND_INFO } from '../applications/letters/letterKinds.ts';
import { STATUS_LABELS as APPLICATION_STATUS_LABELS } from '../applications/status.ts';
import { DAY_KIND_LABELS } from '../calendar/calendarDay.ts';
import { DISCLOSURE_MODE_LABELS, DOCUMENT_KIND_LABELS, VALIDITY_LABELS } from '../documents/document.ts';
import { DOCUMENT_STATUS_LABELS } from '../documents/workflow.ts';
import { CHANNEL_LABELS as OUTBOX_CHANNEL_LABELS, OUTBOX_STATUS_LABELS } from '../outbox/outboxMessage.ts';

export const AUDIT_FIELD_LABELS: Record<string, string> = {
  // 目录事项 (shared/golden/SCHEMA.md)
  seq: '序号', level1: '一级事项', level2: '二级事项', content: '公开内容（要素）', basis: '公开依据', timeLimit: '公开时限',
  subject: '公开主体', channels: '公开渠道和载体', channelNotes: '渠道注明', audience: '公开对象', mode: '公开方式',
  fiveTypes: '五公开', column: '网站所属栏目', category: '类别', remarks: '备注', number: '版本号',
  // 目录表头 (domain/catalog/catalogHeader.ts)
  responsibleUnit: '责任单位', preparedOn: '填表时间',
  seqLabel: '序号（按原文）', channelLabels: '渠道名称（按原文）',
  // 文件
  kind: '类型', title: '标题', publisher: '发布机构', formedOn: '成文日期', documentNumber: '文号', subjectCategory: '主题分类',
  genre: '体裁（组配）分类', keywords: '关键词', summary: '内容概述', validity: '效力', repealedOn: '废止日期', legalForm: '文件类型',
  disclosureMode: '公开方式（文件）', source: '信息来源', items: '所属目录事项', status: '状态', comment: '意见', reason: '原因',
  displayName: '名称', name: '名称', mediaType: '文件格式', size: '大小（字节）', publishedOn: '发布日期', indexNumber: '索引号',
  // 用户
  username: '用户名', roles: '角色', disabled: '已停用', email: '电子邮件地址',
  // 单位联系方式
  officeName: '公开工作机构', address: '地址', postcode: '邮编', hours: '办公时间', phone: '电话', fax: '传真',
  supervisionPhone: '监督电话', website: '网站', regionPath: '所属地区', code: '代码',
  // 依申请公开
  event: '登记事项', type: '事项', on: '日期', party: '征求意见对象', workingDays: '延长工作日数', approvedBy: '批准人',
  until: '延迟至', periodWorkingDays: '补正期限（工作日）', outcome: '答复结果', amount: '金额（元）', note: '说明',
  archivedAt: '归档时间', sentOn: '送达日期', emailed: '已发电子邮件', approvedOn: '审签日期', article: '依据条款', length: '正文字数',
  body: '正文', addressee: '称谓', day: '日期', dayOff: '放假', workday: '调休上班', dueOn: '期限', count: '数量',
  // 年报、期限、发件箱、备份
  year: '年度', figures: '数据', revision: '版次', errors: '错误数', warnings: '提醒数', redrafted: '重新起草', withdrawal: '撤回说明',
  repeal: '废止说明', publishAt: '定时发布时间', dueDate: '期限', due: '期限', rule: '期限规则', subjectType: '对象类型',
  provisional: '调休安排未公布（暂定）', channel: '发送方式', about: '事由', attachments: '附件', attempt: '第几次发送',
  attempts: '已发送次数', error: '错误', lastError: '上次错误', nextAttemptAt: '下次重试时间', createdAt: '创建时间',
  sourceEngine: '数据库类型', rows: '行数', deleted: '删除数量', supersedes: '替代的版本', sessions: '会话数', loginFailures: '登录失败记录数',
};

/** Never shown: internal ids and keys (an item's permanent itemKey), computed rules, secrets (passwords are never recorded; the rule holds if one were). */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['id', 'itemKey', 'position', 'timeLimitRule', 'sha256', 'statusLabel', 'password', 'passwordHash', 'hash']);

/** Whether a key is hidden: listed, or an internal reference (`…Id`). */
export function isHiddenField(key: string): boolean {
  return HIDDEN_FIELDS.has(key) || /Id$/.test(key);
}

/** A key's Chinese name; keys that are Chinese already (渠道 names in channelNotes) stay as they are. */
export function fieldLabel(key: string): string {
  if (!/[A-Za-z]/.test(key)) return key;
  return AUDIT_FIELD_LABELS[key] ?? '其他信息';
}

const STATUS_BY_ENTITY: Record<string, Record<string, string>> = {
  catalog_version: VERSION_STATUS_LABELS,
  document: DOCUMENT_STATUS_LABELS,
  annual_report: REPORT_STATUS_LABELS,
  application_letter: LETTER_STATUS_LABELS,
  application: APPLICATION_STATUS_LABELS,
  outbox_message: OUTBOX_STATUS_LABELS,
};

/** `kind` holds codes of several vocabularies; none of their codes collide in meaning. */
const KIND_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(LETTER_KIND_INFO).map(([key, info]) => [key, info.label])),
  ...CONSULTATION_KIND_LABELS,
  ...DAY_KIND_LABELS,
  overdue: '已逾期',
  approaching: '即将到期',
  ...DOCUMENT_KIND_LABELS,
};

const OUTCOME_LABELS: Record<string, string> = Object.fromEntries(Object.entries(OUTCOMES).map(([key, info]) => [key, info.label]));

/** The Chinese name of a code stored under `key` (roles, statuses, kinds …), or null when the value is not a code. */
export function codeLabel(entityType: string, key: string, value: string): string | null {
  const maps: Record<string, Record<string, string> | undefined> = {
    roles: ROLE_LABELS,
    status: STATUS_BY_ENTITY[entityType],
    kind: KIND_LABELS,
    channel: entityType === 'outbox_message' ? OUTBOX_CHANNEL_LABELS : undefined,
    validity: VALIDITY_LABELS,
    disclosureMode: DISCLOSURE_MODE_LABELS,
    legalForm: LEGAL_FORM_LABELS,
    type: EVENT_LABELS,
    outcome: OUTCOME_LABELS,
  };
  return maps[key]?.[value] ?? null;
}
