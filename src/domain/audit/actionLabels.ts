/**
 * The audit log's Chinese names of every action the code records (`<aggregate>.<verb>`, src/app/audit.ts).
 * test/domain/auditActionLabels.test.ts scans src/ and fails when a recorded action has no label here:
 * no English identifier reaches a user (issue 12).
 */
import { ACCOUNT_AUDIT_LABELS } from '../accounts/userManagement.ts';
import { EVENT_LABELS, EVENT_TYPES } from '../applications/vocabulary.ts';
import { OUTBOX_AUDIT_LABELS } from '../outbox/outboxMessage.ts';

/** Aggregates (the part before the dot), in the order the filter lists them. */
export const AUDIT_AGGREGATE_LABELS: Record<string, string> = {
  catalog: '政务公开标准目录',
  document: '政府信息（文件）',
  attachment: '附件',
  application: '依申请公开',
  application_letter: '答复书',
  letter_template: '答复书模板',
  letter_settings: '答复书设置',
  annual_report: '年度报告',
  report: '年度报告数据',
  review_case: '复议诉讼案件',
  agency: '单位',
  user: '用户',
  auth: '登录',
  calendar: '工作日历',
  deadline: '办理期限',
  reminder: '提醒',
  outbox: '发件箱',
  backup: '备份',
  operations: '系统维护',
};

/** 年报 sign-off steps, recorded as `annual_report.<event>` (src/app/reports/reportSignOff.ts). */
const REPORT_STEP_LABELS: Record<string, string> = {
  submit: '年报提交复核',
  review_pass: '年报复核通过',
  review_return: '年报复核退回',
  approve: '年报审签',
  approve_return: '年报审签退回',
};

/** 答复书 sign-off steps, recorded as `application_letter.<event>` (src/app/applications/letters/letterSignOff.ts). */
const LETTER_STEP_LABELS: Record<string, string> = {
  submit: '答复书提交复核',
  review_pass: '答复书复核通过',
  review_return: '答复书复核退回',
  approve_return: '答复书审签退回',
};

const FIXED_LABELS: Record<string, string> = {
  'catalog.loaded': '导入目录',
  'catalog.draft_started': '新建目录草稿',
  'catalog.item_added': '新增目录事项',
  'catalog.item_updated': '修改目录事项',
  'catalog.item_removed': '删除目录事项',
  'catalog.header_updated': '修改目录表头',
  'catalog.submitted': '目录提交复核',
  'catalog.review_passed': '目录复核通过',
  'catalog.returned': '目录退回修改',
  'catalog.published': '目录审签发布',
  'catalog.superseded': '目录被新版本替代',
  'document.created': '新建文件',
  'document.updated': '修改文件',
  'document.submitted': '文件提交复核',
  'document.review_passed': '文件复核通过',
  'document.returned': '文件退回修改',
  'document.published': '发布文件',
  'document.scheduled': '文件定时发布',
  'document.withdrawn': '撤回文件',
  'document.repealed': '废止文件',
  'document.secrecy_confirmed': '确认保密审查',
  'document.attachment_added': '添加附件',
  'document.attachment_removed': '删除附件',
  'document.linked': '关联政策解读',
  'document.unlinked': '取消关联政策解读',
  'attachment.swept': '清理无用附件文件',
  'application.submitted': '在线提交申请',
  'application.registered': '登记申请',
  'application.receipt_confirmed': '确认收到申请',
  'application.assigned': '分派承办人',
  'application.viewed': '查看申请详情',
  'application.imported': '导入申请台账',
  'application.exported': '导出申请台账',
  'application.archived': '申请归档',
  'application_letter.drafted': '起草答复书',
  'application_letter.edited': '修改答复书',
  'application_letter.approved': '答复书审签',
  'application_letter.sent': '答复书已送达',
  'application_letter.downloaded': '下载答复书',
  'application_letter.attachment_added': '答复书添加附件',
  'application_letter.attachment_removed': '答复书删除附件',
  'letter_template.saved': '保存答复书模板',
  'letter_template.reset': '恢复默认答复书模板',
  'letter_settings.saved': '保存答复书设置',
  'annual_report.created': '新建年报',
  'annual_report.edited': '修改年报',
  'annual_report.refreshed': '重新生成年报表格',
  'annual_report.checked': '检查年报',
  'annual_report.imported': '导入年报',
  'annual_report.reimported': '重新导入年报',
  'annual_report.published': '发布年报',
  'report.figures_updated': '修改年报数据',
  'review_case.created': '登记复议诉讼案件',
  'review_case.updated': '修改复议诉讼案件',
  'agency.created': '新增单位',
  'agency.contact_updated': '修改单位联系方式',
  'agency.sign_off_exception_changed': '设置单人单位签批例外',
  'calendar.day_set': '设置节假日或调休日',
  'calendar.notice_imported': '导入放假通知',
  'deadline.recorded': '记录办理期限',
  'deadline.recomputed': '重新计算办理期限',
  'reminder.created': '生成提醒',
  'backup.created': '创建备份',
  'backup.restored': '从备份恢复',
  'operations.purged': '清理过期记录',
};

const prefixed = (prefix: string, labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([verb, label]) => [`${prefix}.${verb}`, label]));

/** Every recorded action → its Chinese name. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  ...FIXED_LABELS,
  ...prefixed('annual_report', REPORT_STEP_LABELS),
  ...prefixed('application_letter', LETTER_STEP_LABELS),
  ...prefixed('application', Object.fromEntries(EVENT_TYPES.map((type) => [type, `登记：${EVENT_LABELS[type]}`]))),
  ...ACCOUNT_AUDIT_LABELS,
  ...OUTBOX_AUDIT_LABELS,
};

/** The Chinese name of an action; an action no longer recorded (old rows) gets a neutral name, never its code. */
export function auditActionLabel(action: string): string {
  const known = AUDIT_ACTION_LABELS[action];
  if (known) return known;
  const aggregate = AUDIT_AGGREGATE_LABELS[action.split('.')[0] ?? ''];
  return aggregate ? `${aggregate}的其他操作` : '其他操作';
}

/** The filter's choices: actions grouped under their aggregate's Chinese name. */
export function auditActionGroups(): { label: string; actions: { action: string; label: string }[] }[] {
  return Object.entries(AUDIT_AGGREGATE_LABELS)
    .map(([aggregate, label]) => ({
      label,
      actions: Object.entries(AUDIT_ACTION_LABELS)
        .filter(([action]) => action.split('.')[0] === aggregate)
        .map(([action, actionLabel]) => ({ action, label: actionLabel })),
    }))
    .filter((group) => group.actions.length > 0);
}
