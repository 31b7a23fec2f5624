import type { Command, CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { textTable } from '../textTable.ts';
import type { AppContext } from '../../app/context.ts';
import { regionFindings, type RegionFindings } from '../../app/supervision/regionFindings.ts';
import { ValidationError } from '../../domain/shared/errors.ts';

const HELP = `用法：
  gongkai monitor 地区 [--json]

按地区列出所属各单位的政务公开情况（与工作台“地区监督”表格相同的数据），运行时重新计算每个单位：
  单位、目录版本、目录检查错误、空白事项、迟报事项、近12个月公开数、依申请公开（本年收到/办结/逾期未办结）、
  平均答复用时（工作日）、上年度年报、检查准备得分和单项否决项。
地区可写名称（如 宁夏回族自治区、中卫市）或编号。
--json 输出 { region, today, agencies }：每个单位的全部数据项，以及有问题的目录事项（空白期次、迟报文件）
  和检查准备发现的问题（规则、严重程度、说明）。不含任何申请人信息。`;

const HEADER = ['单位', '目录版本', '检查错误', '空白', '迟报', '近12个月公开', '申请 收到/办结/逾期', '平均答复工作日', '上年度年报', '检查准备得分/单项否决'];

type MonitoredAgency = RegionFindings['agencies'][number];

function cells(row: MonitoredAgency): string[] {
  const { catalog, items, documents, applications, annualReport, readiness } = row;
  return [
    row.agencyName,
    catalog.versionNumber === null ? '未发布' : `第${catalog.versionNumber}版`,
    String(catalog.lintErrors),
    String(items.blank),
    String(items.late),
    String(documents.lastTwelveMonths),
    `${applications.received}/${applications.answered}/${applications.overdue}`,
    applications.meanAnswerWorkingDays === null ? '—' : String(applications.meanAnswerWorkingDays),
    `${annualReport.year}年度：${annualReport.label}`,
    readiness.vetoed ? `${readiness.score}分；单项否决：${readiness.vetoes.join('、')}` : `${readiness.score}分`,
  ];
}

export interface MonitorOptions {
  region: string;
  json: boolean;
}

export function parseMonitorArgs(args: string[]): MonitorOptions {
  const { values, positionals } = parseFlags('monitor', args, { json: { type: 'boolean' } });
  const region = positionals[0]?.trim();
  if (!region) throw new ValidationError('gongkai monitor: 缺少地区名称，例如 gongkai monitor 宁夏回族自治区（用 gongkai monitor --help 查看用法）');
  return { region, json: Boolean(values.json) };
}

/** Recompute and print the region's lines: a Chinese table, or the JSON for tools. */
export async function printMonitor(ctx: AppContext, options: MonitorOptions, io: CommandIO): Promise<number> {
  const result = await regionFindings(ctx, options.region);
  if (options.json) {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  io.out(`${result.region.path.join(' / ')}：${result.agencies.length}个单位（截至${result.today}）`);
  if (result.agencies.length === 0) return 0;
  io.out('');
  for (const line of textTable(HEADER, result.agencies.map(cells))) io.out(line);
  return 0;
}

export const monitorCommand: Command = {
  name: 'monitor',
  summary: '地区监督：列出地区所属各单位的目录、按时公开、依申请公开、年报和检查准备情况',
  help: HELP,
  async run(args, io) {
    const options = parseMonitorArgs(args);
    return printMonitor(await cliContext(io), options, io);
  },
};
