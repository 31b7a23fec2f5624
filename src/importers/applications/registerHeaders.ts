/**
 * The columns of an agency's 依申请公开台账 (one row per application) and the header texts
 * agencies use for them, as data. The first header of each column is the one our export
 * writes; the reader accepts every synonym after normalisation (spaces, line breaks and
 * bracketed notes such as “（年月日）” dropped). A two-row header (征求意见 over 开始日期/结束日期)
 * is read as the group text followed by the leaf text.
 */
export const REGISTER_COLUMNS = {
  ref: ['编号', '序号', '受理编号', '申请编号', '登记编号', '登记号'],
  receivedOn: ['收到日期', '收到申请日期', '申请日期', '登记日期', '受理日期', '收到申请时间', '申请时间'],
  applicantName: ['申请人', '申请人姓名', '申请人名称', '申请人姓名或名称', '姓名或名称', '申请人姓名名称'],
  applicantType: ['申请人类型', '申请人类别', '申请主体类型', '申请人身份'],
  idType: ['证件类型', '申请人证件类型'],
  idNumber: ['证件号码', '身份证号', '身份证号码', '申请人证件号码', '申请人身份证号', '证件号'],
  contactName: ['联系人', '申请人联系人'],
  phone: ['联系电话', '电话', '手机号码', '申请人联系电话', '联系方式'],
  address: ['联系地址', '通信地址', '通讯地址', '地址', '申请人联系地址', '申请人通信地址'],
  email: ['电子邮箱', '邮箱', '电子邮件', '申请人电子邮箱'],
  request: ['申请内容', '申请公开内容', '所需政府信息', '申请事项', '申请公开的政府信息', '所需信息', '申请公开事项', '所需政府信息的名称'],
  channel: ['申请方式', '收到方式', '申请渠道', '提交方式', '申请途径'],
  deliveryForm: ['获取方式', '提供形式', '获取信息方式', '获取信息的方式', '信息提供方式', '提供方式'],
  correctionRequested: ['补正告知日期', '补正日期', '告知补正日期', '补正告知'],
  correctionPeriod: ['补正期限', '补正期限工作日'],
  correctionReceived: ['补正收到日期', '收到补正日期', '补正材料收到日期', '补正收到'],
  consultationStarted: ['征求意见开始日期', '征求意见开始', '征求意见日期', '征求意见开始时间'],
  consultationEnded: ['征求意见结束日期', '征求意见结束', '收到意见日期', '征求意见结束时间'],
  consultationParty: ['征求意见对象', '被征求意见方', '征求意见单位', '第三方'],
  consultationKind: ['征求意见类型', '征求意见类别'],
  extendedOn: ['延期日期', '延长日期', '延期决定日期', '延期批准日期', '延长答复期限日期'],
  extensionDays: ['延长天数', '延期天数', '延长工作日', '延长工作日数', '延期工作日'],
  approvedBy: ['批准人', '延期批准人', '延期审批人'],
  feeNotifiedOn: ['收费通知日期', '缴费通知日期'],
  feeAmount: ['收费金额', '信息处理费金额', '信息处理费'],
  feePaidOn: ['缴费日期', '缴纳日期'],
  delayedOn: ['延迟答复决定日期'],
  delayedUntil: ['延迟答复期限', '延迟答复日期'],
  answeredOn: ['答复日期', '办结日期', '答复时间', '办结时间', '答复办结日期'],
  outcome: ['办理结果', '答复结果', '处理结果', '答复类型', '答复情况', '办理情况', '答复意见'],
} as const;

export type RegisterColumn = keyof typeof REGISTER_COLUMNS;

/** Columns without which an application cannot be read (条例第二十九条; 年报表三 needs the applicant type). */
export const REQUIRED_COLUMNS: readonly RegisterColumn[] = ['receivedOn', 'applicantName', 'applicantType', 'request'];

/** The header our exports write for each column. */
export function exportHeader(column: RegisterColumn): string {
  return REGISTER_COLUMNS[column][0];
}

export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s:：*＊/／]/g, '')
    .trim();
}

const BY_HEADER = new Map<string, RegisterColumn>(
  (Object.entries(REGISTER_COLUMNS) as [RegisterColumn, readonly string[]][]).flatMap(([column, headers]) => headers.map((h) => [normalizeHeader(h), column] as const)),
);

/** The column a header text names, or null. */
export function columnOfHeader(text: string): RegisterColumn | null {
  const normalized = normalizeHeader(text);
  return normalized ? (BY_HEADER.get(normalized) ?? null) : null;
}
