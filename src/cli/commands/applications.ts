import { readFile, stat } from 'node:fs/promises';
import type { Command, CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { importApplications } from '../../app/applications/importApplications.ts';
import { registerListing } from '../../app/applications/registerListing.ts';
import { STATUS_LABELS } from '../../domain/applications/status.ts';
import { OUTCOMES } from '../../domain/applications/vocabulary.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import { MAX_FILE_BYTES } from '../../importers/limits.ts';

const HELP = `用法：
  gongkai applications import 文件 [--agency 单位名称]
  gongkai applications list 单位名称 [--json]

import 导入依申请公开登记台账：约定的 JSON（applications-contract.md §2）、Excel（.xlsx）或 CSV 台账，
  按文件内容识别格式；全部导入或全部不导入，有问题时逐行列出前几个问题。
  --agency 名称   文件未写明单位，或写法不同时，指定导入到哪个单位
list 列出单位的全部申请：受理号、状态、答复期限、答复日期、办理结果、是否逾期；
  --json 按约定格式输出（含申请人个人信息，仅供本单位工作人员使用）`;

/** How many of a refused register's issues are printed, one line each. */
const SHOWN_ISSUES = 10;

async function importFile(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags('applications import', args, { agency: { type: 'string' } });
  const file = positionals[0];
  if (!file) throw new ValidationError('gongkai applications import: 缺少文件名（用 gongkai applications --help 查看用法）');
  const size = (await stat(file)).size;
  if (size > MAX_FILE_BYTES) throw new DomainError('import.too_large', `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），台账文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const bytes = new Uint8Array(await readFile(file));
  try {
    const { count, agencyName } = await importApplications(await cliContext(io), { bytes, agency: values.agency ?? null });
    io.out(`导入 ${count} 件申请（${agencyName}）`);
    return 0;
  } catch (error) {
    if (!(error instanceof ValidationError) || error.issues.length === 0) throw error;
    for (const issue of error.issues.slice(0, SHOWN_ISSUES)) io.err(issue.message);
    if (error.issues.length > SHOWN_ISSUES) io.err(`……共 ${error.issues.length} 个问题，未导入任何申请`);
    return 2;
  }
}

async function list(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags('applications list', args, { json: { type: 'boolean' } });
  const agency = positionals[0];
  if (!agency) throw new ValidationError('gongkai applications list: 缺少单位名称（用 gongkai applications --help 查看用法）');
  const listing = await registerListing(await cliContext(io), agency);
  if (values.json) {
    io.out(JSON.stringify(listing, null, 2));
    return 0;
  }
  if (listing.applications.length === 0) io.out(`${listing.agency}：还没有依申请公开申请`);
  for (const a of listing.applications) {
    const outcome = a.outcome ? OUTCOMES[a.outcome].label : '';
    io.out([a.trackingNo, a.ref ?? '', a.receivedOn, STATUS_LABELS[a.status], a.dueOn ? `答复期限 ${a.dueOn}` : '待补正', a.closedOn ?? '', outcome, a.overdue ? '逾期' : ''].join('\t'));
  }
  return 0;
}

export const applicationsCommand: Command = {
  name: 'applications',
  summary: '依申请公开：import 导入登记台账，list 列出申请',
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'import') return importFile(rest, io);
    if (sub === 'list') return list(rest, io);
    throw new ValidationError(`gongkai applications: 未知子命令 ${sub ?? '（缺少）'}；可用 import、list`);
  },
};
