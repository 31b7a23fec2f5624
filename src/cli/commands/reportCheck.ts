/**
 * `gongkai report check FILE [--previous FILE] [--json]`: the checker of anybody's published
 * 政府信息公开工作年度报告 (issue 10). --json prints applications-contract.md §5 ({format, tables, findings},
 * plus year, blanks and problems); otherwise a Chinese listing. Exit 0 without error findings, 1 with
 * error findings or when the file could not be read as a report.
 */
import { readFile, stat } from 'node:fs/promises';
import type { CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { checkReportFile, type ReportCheck } from '../../app/reports/checkReportFile.ts';
import type { Finding } from '../../domain/annualReport/tables.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { MAX_FILE_BYTES } from '../../importers/limits.ts';

export const CHECK_HELP = `  gongkai report check 文件 [--previous 上一年度报告文件] [--json]

check 核对任一单位已发布的政府信息公开工作年度报告：读取网页（.html）、Word（.docx）、带文字层的 PDF
  或文本文件，识别2021年格式或2019年试行格式，读出表二、表三、表四，按规则 R1–R8、R10 核对
  （表三勾稽关系、各列各行之和、表四之和、非负整数、部分公开计数、正文引用的数字、六个部分、照搬上年）。
  --previous 文件  上一年度报告：核对“上年结转”是否等于上年“结转下年度继续办理”（R7）
  --json          按约定格式输出 {format, tables, findings}（另含 year、blanks、problems）
  没有错误时退出码为0；有错误或文件无法读取时为1。`;

const SEVERITY_LABELS: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const FORMAT_LABELS = { '2021': '2021年格式（国办公开办函〔2021〕30号）', '2019': '2019年试行格式（国办公开办函〔2019〕60号）' } as const;

/** The file's bytes, or a one-line Chinese reason it could not be read. */
async function readReportBytes(path: string, what: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return `${what}不是文件：${path}`;
    if (info.size > MAX_FILE_BYTES) return `${what}过大（${(info.size / 1024 / 1024).toFixed(1)} MB），不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB：${path}`;
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `${what}不存在：${path}`;
    if (code === 'EACCES' || code === 'EPERM') return `没有权限读取${what}：${path}`;
    return `无法读取${what}：${path}`;
  }
}

function printListing(check: ReportCheck, io: CommandIO): void {
  io.out(`格式：${check.format ? FORMAT_LABELS[check.format] : '未能识别'}`);
  io.out(`年度：${check.year === null ? '未能识别' : `${check.year}年`}`);
  const errors = check.findings.filter((finding) => finding.severity === 'error').length;
  io.out(`核对结果：错误${errors}项，警告${check.findings.filter((finding) => finding.severity === 'warning').length}项`);
  for (const finding of check.findings) io.out(`${finding.rule}\t${SEVERITY_LABELS[finding.severity]}\t${finding.message}`);
  if (check.blanks.length > 0) io.out(`空白单元格：${check.blanks.length}个（已列入 R5 警告，未按0计算）`);
  for (const problem of check.problems) io.out(`读取问题：${problem}`);
}

export async function check(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags('report check', args, { previous: { type: 'string' }, json: { type: 'boolean' } });
  const file = positionals[0];
  if (!file) throw new ValidationError('gongkai report check: 缺少报告文件名（用 gongkai report --help 查看用法）');
  const bytes = await readReportBytes(file, '报告文件');
  const previousBytes = values.previous === undefined ? undefined : await readReportBytes(values.previous, '上一年度报告文件');
  for (const unreadable of [bytes, previousBytes]) {
    if (typeof unreadable !== 'string') continue;
    io.err(unreadable);
    return 1;
  }
  const result = await checkReportFile({ bytes: bytes as Uint8Array, ...(previousBytes ? { previousBytes: previousBytes as Uint8Array } : {}) });
  if (values.json) {
    const { format, tables, findings, year, blanks, problems } = result;
    io.out(JSON.stringify({ format, tables, findings, year, blanks, problems }, null, 2));
  } else printListing(result, io);
  return result.format === null || result.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}
