/** Judged queries: long natural questions as citizens type them, and catalog item names. */
import { agency, any, every, item, topic, year, type QuerySpec } from './judge.ts';

const remoteRecordItems = { [item('zw', '服务公开', '基本医疗保险(生育保险)参保人员异地就医备案')]: 2, [item('dwk', '公共服务', '参保人员异地就医登记备案')]: 2, [item('jf', '公共服务', '参保人员异地就医医疗报销')]: 1 } as const;
const rightsItems = { [item('jf', '公共服务', '医疗保险个人权益查询')]: 2, [item('dwk', '公共服务', '医疗保险个人权益查询')]: 2, [item('zw', '服务公开', '基本医疗(生育保险)保险参保信息查询')]: 2 } as const;

export const naturalQueries: QuerySpec[] = [
  { category: 'natural', query: '城乡居民基本医疗保险门诊药品报销政策调整通知', basis: '调整城乡居民普通门诊统筹待遇（门诊药品报销比例）的通知为 2，其解读为 1', docs: [[2, topic('outpatient-drug', 'notice')], [1, topic('outpatient-drug')]] },
  { category: 'natural', query: '异地就医备案流程', basis: '异地就医备案办事指南与一图读懂为 2，备案通知为 1；异地就医备案事项为 2', docs: [[2, topic('remote-record', 'guide', 'faq')], [1, topic('remote-record')]], targets: remoteRecordItems },
  { category: 'natural', query: '怎么办理门诊慢特病', basis: '门诊慢特病待遇认定办事指南为 2，慢特病管理通知为 1；认定事项为 2', docs: [[2, topic('chronic', 'guide')], [1, topic('chronic', 'notice')]], targets: { [item('zw', '服务公开', '基本医疗保险参保人员享受门诊慢特病病种待遇认定')]: 2 } },
  { category: 'natural', query: '城乡居民医保一年交多少钱', basis: '写明个人缴费标准的参保缴费通知与缴费期公告为 2', docs: [[2, topic('resident-pay')]] },
  { category: 'natural', query: '2025年城乡居民医保缴费标准', basis: '2025年度（2024年发布）的参保缴费通知与公告为 2，其他年度为 1', docs: [[2, every(topic('resident-pay'), year(2024))], [1, topic('resident-pay')]] },
  { category: 'natural', query: '在外地看病怎么报销', basis: '异地就医备案指南与一图读懂为 2；异地就医通知为 1', docs: [[2, topic('remote-record', 'guide', 'faq')], [1, any(topic('remote-record'), topic('remote-settle'))]], targets: remoteRecordItems },
  { category: 'natural', query: '家人可以用我的医保个人账户吗', basis: '门诊共济（个人账户家庭共济）的通知、指南、问答为 2', docs: [[2, topic('mutual-aid')]] },
  { category: 'natural', query: '举报骗保有奖励吗', basis: '举报奖励细则与举报渠道公告为 2', docs: [[2, topic('fraud-report')]] },
  { category: 'natural', query: '药店怎么申请医保定点', basis: '受理医药机构申请定点的公告为 2，新增定点名单公示为 1；定点协议管理事项为 2', docs: [[2, topic('designated', 'call')], [1, topic('designated')]], targets: { [item('zw', '服务公开', '医药机构申请定点协议管理')]: 2 } },
  { category: 'natural', query: '医保局行政处罚决定书', basis: '行政处罚决定书为 2；行政处罚结果公开事项为 1', docs: [[2, topic('penalty')]], targets: { [item('zw', '行政权力运行', '行政处罚结果公开')]: 1, [item('lw', '行政权力运行', '行政处罚结果公开')]: 1 } },
  { category: 'natural', query: '生孩子的费用医保能报销吗', basis: '生育保险通知为 2；生育保险待遇事项为 1', docs: [[2, topic('maternity')]], targets: { [item('zw', '服务公开', '生育保险待遇核准支付')]: 1 } },
  { category: 'natural', query: '中卫市医疗保障局2024年政府信息公开工作年度报告', basis: '中卫2024年度报告为 2；中卫其他年度与其他单位2024年度报告为 1', docs: [[2, every(topic('annual'), agency('zw'), year(2025))], [1, every(topic('annual'), any(agency('zw'), year(2025)))]] },
  { category: 'natural', query: '金凤区医保局部门预算', basis: '金凤区部门预算为 2，其决算与绩效评价为 1；金凤区预决算事项为 2', docs: [[2, every(topic('budget', 'budget'), agency('jf'))], [1, every(topic('budget'), agency('jf'))]], targets: { [item('jf', '财务管理', '部门经费预决算')]: 2 } },
  { category: 'natural', query: '第九批国家组织药品集中带量采购落地', basis: '第九批落地通知（2024年）为 2，其他批次为 1', docs: [[2, every(topic('vbp'), year(2024))], [1, topic('vbp')]] },
  { category: 'natural', query: '低保户看病医疗救助标准', basis: '写明低保对象救助比例与限额的重特大疾病实施意见为 2，医疗救助资金公示为 1', docs: [[2, topic('assistance', 'opinion')], [1, topic('assistance')]] },
  { category: 'natural', query: '医保关系怎么转到外地', basis: '关系转移接续办事指南与通知为 2；关系转移事项为 2', docs: [[2, topic('transfer')]], targets: { [item('zw', '服务公开', '基本医疗保险(生育保险)关系转移接续')]: 2, [item('dwk', '公共服务', '医保关系转入、转出')]: 2 } },
  { category: 'natural', query: '怎么查询医保缴费记录', basis: '参保信息及个人权益记录查询指南为 2；权益查询事项为 2', docs: [[2, topic('rights-query', 'guide')]], targets: rightsItems },
  { category: 'natural', query: '如何申请政府信息公开', basis: '政府信息公开指南（依申请公开一节）为 2', docs: [[2, topic('guide')]] },
  { category: 'natural', query: '大武口区医保局领导分工', basis: '大武口区领导分工为 2，其主要职责为 1；大武口领导信息事项为 2', docs: [[2, every(topic('org', 'leaders'), agency('dwk'))], [1, every(topic('org'), agency('dwk'))]], targets: { [item('dwk', '概况信息部门文件', '领导信息')]: 2 } },
  { category: 'natural', query: '固原市医疗保障局主要职责', basis: '固原市医疗保障局主要职责和内设机构为 2；固原机构信息事项为 2', docs: [[2, every(topic('org', 'duties'), agency('gy'))], [1, every(topic('org'), agency('gy'))]], targets: { [item('gy', '机构信息', '基本信息')]: 2 } },
  { category: 'natural', query: '门诊慢特病病种有哪些', basis: '列出病种的慢特病通知（及病种表附件）为 2，指南与认定结果公示为 1', docs: [[2, topic('chronic', 'notice')], [1, topic('chronic')]] },
  { category: 'natural', query: '高血压可以办门诊慢特病吗', basis: '病种目录含高血压的慢特病通知为 2，指南与提到高血压纳入慢特病的提案答复为 1', docs: [[2, topic('chronic', 'notice')], [1, any(topic('chronic', 'guide'), every(topic('proposal'), year(2023, 2025)))]] },
  { category: 'natural', query: '跨省异地就医直接结算的医院名单', basis: '附有开通直接结算定点医疗机构名单的通知为 2，其他直接结算文件为 1', docs: [[2, topic('remote-settle', 'notice')], [1, topic('remote-settle')]] },
  { category: 'natural', query: '2023年医保基金专项检查', basis: '2023年专项检查通知为 2；其他年度专项检查与2023年双随机抽查为 1', docs: [[2, every(topic('inspection', 'campaign'), year(2023))], [1, any(topic('inspection', 'campaign'), every(topic('inspection'), year(2023)))]] },
  { category: 'natural', query: '医保药品目录新增了哪些谈判药', basis: '执行新版药品目录（含谈判药品）的通知为 2，双通道名单为 1', docs: [[2, topic('drug-list', 'catalog')], [1, topic('drug-list')]] },
  { category: 'natural', query: '职工医保门诊报销比例', basis: '写明职工普通门诊统筹报销比例的门诊共济通知为 2，问答为 1', docs: [[2, topic('mutual-aid', 'notice')], [1, topic('mutual-aid')]] },
  { category: 'natural', query: '医疗救助资金使用情况公示', basis: '医疗救助资金使用情况公示为 2', docs: [[2, topic('assistance', 'fund')]] },
  { category: 'natural', query: '政协委员提案的答复', basis: '提案答复为 2；建议提案办理事项为 1', docs: [[2, topic('proposal')]], targets: { [item('zw', '服务公开', '建议提案办理')]: 1, [item('lw', '综合管理', '建议提案办理')]: 1 } },
  { category: 'natural', query: '城乡居民医保门诊报销比例提高了吗', basis: '城乡居民门诊统筹待遇调整通知为 2，其解读为 1', docs: [[2, topic('outpatient-drug', 'notice')], [1, topic('outpatient-drug')]] },
  { category: 'natural', query: '医保卡丢了怎么补办', basis: '语料中没有讲社会保障卡挂失补办的文件：无相关结果', docs: [] },
  { category: 'natural', query: '新冠疫苗接种费用医保支付', basis: '语料中没有：无相关结果', docs: [] },
];

export const itemQueries: QuerySpec[] = [
  { category: 'item', query: '参保人员异地就医登记备案', basis: '大武口区同名事项为 2；异地就医备案文件为 1', docs: [[1, topic('remote-record')]], targets: { [item('dwk', '公共服务', '参保人员异地就医登记备案')]: 2, [item('zw', '服务公开', '基本医疗保险(生育保险)参保人员异地就医备案')]: 1 } },
  { category: 'item', query: '基本医疗保险参保人员享受门诊慢特病病种待遇认定', basis: '中卫同名事项为 2；慢特病认定指南为 2，其他慢特病文件为 1', docs: [[2, topic('chronic', 'guide')], [1, topic('chronic')]], targets: { [item('zw', '服务公开', '基本医疗保险参保人员享受门诊慢特病病种待遇认定')]: 2 } },
  { category: 'item', query: '医疗保险个人权益查询', basis: '金凤、大武口同名事项为 2；权益查询指南为 1', docs: [[1, topic('rights-query', 'guide')]], targets: rightsItems },
  { category: 'item', query: '政府信息公开年度工作报告', basis: '大武口同名事项为 2，其他单位的年报事项为 1；各年度报告为 1', docs: [[1, topic('annual')]], targets: { [item('dwk', '政府信息公开', '政府信息公开年度工作报告')]: 2, [item('jf', '年度报告', '公开年度工作报告')]: 1, [item('zw', '基本信息', '政府信息公开年报')]: 1 } },
  { category: 'item', query: '公开年度工作报告', basis: '金凤同名事项为 2；各年度报告为 1', docs: [[1, topic('annual')]], targets: { [item('jf', '年度报告', '公开年度工作报告')]: 2 } },
  { category: 'item', query: '政府信息公开规定', basis: '大武口同名事项为 2；无文件', docs: [], targets: { [item('dwk', '政府信息公开', '政府信息公开规定')]: 2, [item('zw', '基本信息', '政府信息公开制度及相关规定')]: 1 } },
  { category: 'item', query: '双随机一公开', basis: '中卫、固原同名事项为 2；双随机抽查结果公示为 1', docs: [[1, topic('inspection', 'spot')]], targets: { [item('zw', '重点领域', '双随机一公开')]: 2, [item('gy', '监督检查', '双随机一公开')]: 2 } },
  { category: 'item', query: '医药机构申请定点协议管理', basis: '中卫同名事项为 2；定点申请公告为 1', docs: [[1, topic('designated')]], targets: { [item('zw', '服务公开', '医药机构申请定点协议管理')]: 2 } },
  { category: 'item', query: '部门预算整体支出绩效评价', basis: '金凤同名事项为 2；各单位预算整体支出绩效评价报告为 2', docs: [[2, topic('budget', 'performance')]], targets: { [item('jf', '财务管理', '部门预算整体支出绩效评价')]: 2 } },
  { category: 'item', query: '医保药品价格', basis: '固原同名事项为 2；固原归入该事项的集采与药品目录文件为 1', docs: [[1, every(agency('gy'), any(topic('vbp'), topic('drug-list')))]], targets: { [item('gy', '重点工作', '医保药品价格')]: 2 } },
  { category: 'item', query: '对医疗保障基金使用情况的监督检查', basis: '大武口同名事项为 2；医保基金专项检查与双随机抽查为 1', docs: [[1, topic('inspection')]], targets: { [item('dwk', '行政检查', '对医疗保障基金使用情况的监督检查')]: 2 } },
  { category: 'item', query: '医保关系转入、转出', basis: '大武口同名事项为 2；关系转移接续文件为 1', docs: [[1, topic('transfer')]], targets: { [item('dwk', '公共服务', '医保关系转入、转出')]: 2 } },
  { category: 'item', query: '机构职能', basis: '金凤“机构职能”事项为 2，其他单位机构职能/职责事项为 1；各单位主要职责为 1', docs: [[1, topic('org', 'duties')]], targets: { [item('jf', '机构信息', '机构职能')]: 2, [item('dwk', '概况信息部门文件', '机关职能')]: 1, [item('lw', '概况信息', '机构职责')]: 1 } },
  { category: 'item', query: '政务公开事项目录', basis: '固原同名事项为 2；无文件', docs: [], targets: { [item('gy', '政务公开工作信息', '政务公开事项目录')]: 2 } },
  { category: 'item', query: '生育保险待遇核准支付', basis: '中卫同名事项为 2；生育保险通知为 1', docs: [[1, topic('maternity')]], targets: { [item('zw', '服务公开', '生育保险待遇核准支付')]: 2 } },
  { category: 'item', query: '医疗救助对象待遇核准支付', basis: '中卫同名事项为 2；医疗救助文件为 1', docs: [[1, topic('assistance')]], targets: { [item('zw', '服务公开', '医疗救助对象待遇核准支付')]: 2 } },
  { category: 'item', query: '公共资源配置（药品和医用耗材采购领域）', basis: '中卫同名事项为 2；药品、耗材集采文件为 1', docs: [[1, any(topic('vbp'), topic('consumables'))]], targets: { [item('zw', '重点领域', '公共资源配置（药品和医用耗材采购领域）')]: 2 } },
  { category: 'item', query: '灵武市医疗保障局', basis: '该机关为 2；其机构职责与公开指南为 1', docs: [[1, every(agency('lw'), any(topic('org'), topic('guide')))]], targets: { 'agency:lw': 2 } },
  { category: 'item', query: '金凤区医保局', basis: '金凤区医疗保障局（简称）为 2；其机构职能与公开指南为 1', docs: [[1, every(agency('jf'), any(topic('org'), topic('guide')))]], targets: { 'agency:jf': 2 } },
];

/**
 * Words found only (or also) in PDF attachment tables, where the extracted text wraps inside cells
 * (“阿托伐他汀\n钙片”). Added after the first eval run of the other queries, judged by reading the
 * extracted texts before these queries were run.
 */
export const attachmentQueries: QuerySpec[] = [
  { category: 'attachment', query: '阿托伐他汀钙片', basis: '中选药品目录附件列有该药的集采落地通知为 2', docs: [[2, topic('vbp')]] },
  { category: 'attachment', query: '盐酸二甲双胍缓释片', basis: '同上', docs: [[2, topic('vbp')]] },
  { category: 'attachment', query: '门诊慢特病异地就医直接结算', basis: '附件名单中开通门诊慢特病异地就医直接结算的通知为 2，其他直接结算文件为 1', docs: [[2, topic('remote-settle', 'notice')], [1, topic('remote-settle')]] },
  { category: 'attachment', query: '第一社区卫生服务中心', basis: '附件名单列有该中心的直接结算通知为 2', docs: [[2, topic('remote-settle', 'notice')]] },
  { category: 'attachment', query: '低保边缘家庭成员医疗救助', basis: '附件明细有此救助类别的资金公示为 2，正文讲低保边缘家庭成员救助的实施意见为 1', docs: [[2, topic('assistance', 'fund')], [1, topic('assistance', 'opinion')]] },
  { category: 'attachment', query: '慢性阻塞性肺疾病', basis: '病种目录（正文与附件）列有该病的慢特病通知为 2，附件按病种汇总的认定结果公示为 1', docs: [[2, topic('chronic', 'notice')], [1, topic('chronic', 'result')]] },
  { category: 'attachment', query: '卫生健康支出', basis: '预算公开表附件列有该科目的部门预算为 2', docs: [[2, topic('budget', 'budget')]] },
];
