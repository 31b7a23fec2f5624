import type { Command, CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { buildAnnualReport } from '../../app/reports/buildAnnualReport.ts';
import { TABLE3_ROW_KEYS, type Table3RowKey } from '../../domain/applications/table3.ts';
import { APPLICANT_TYPE_LABELS, APPLICANT_TYPES, OUTCOMES } from '../../domain/applications/vocabulary.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { check, CHECK_HELP } from './reportCheck.ts';

const HELP = `用法：
  gongkai report build 单位名称 --year 2025 [--json]
${CHECK_HELP}

build 按登记台账统计政府信息公开工作年度报告表三（收到和处理政府信息公开申请情况，2021年格式），
  计数规则见 applications-contract.md §4。--json 按约定格式输出。`;

const ROW_LABELS: Partial<Record<Table3RowKey, string>> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  total: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

async function build(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags('report build', args, { year: { type: 'string' }, json: { type: 'boolean' } });
  const agency = positionals[0];
  if (!agency) throw new ValidationError('gongkai report build: 缺少单位名称（用 gongkai report --help 查看用法）');
  if (!values.year || !/^\d{4}$/.test(values.year)) throw new ValidationError('gongkai report build: 请用 --year 指定年度，例如 --year 2025');
  const report = await buildAnnualReport(await cliContext(io), agency, Number(values.year));
  if (values.json) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  io.out(`${report.agency} ${report.year}年度 表三 收到和处理政府信息公开申请情况`);
  io.out(['', ...APPLICANT_TYPES.map((t) => APPLICANT_TYPE_LABELS[t]), '总计'].join('\t'));
  for (const key of TABLE3_ROW_KEYS) {
    const outcome = OUTCOMES[key as keyof typeof OUTCOMES];
    const label = ROW_LABELS[key] ?? (outcome.row.startsWith('（') ? outcome.row : `${outcome.group} ${outcome.row}`);
    io.out([label, ...APPLICANT_TYPES.map((t) => report.table3[key][t]), report.table3[key].total].join('\t'));
  }
  return 0;
}

export const reportCommand: Command = {
  name: 'report',
  summary: '年度报告：build 按登记台账统计表三；check 核对已发布的年度报告',
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'build') return build(rest, io);
    if (sub === 'check') return check(rest, io);
    throw new ValidationError(`gongkai report: 未知子命令 ${sub ?? '（缺少）'}；可用 build、check`);
  },
};
