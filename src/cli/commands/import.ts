import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { loadCatalog } from '../../app/catalog/loadCatalog.ts';
import { computeSummary, summaryLine } from '../../domain/catalog/summary.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import { importCatalogFile } from '../../importers/importCatalogFile.ts';
import { MAX_FILE_BYTES } from '../../importers/limits.ts';
import { catalogToJson } from '../../exporters/json.ts';

const HELP = `用法：gongkai import 文件… [--agency 单位名称] [--apply] [--json]

读取 Word（.docx）、Excel（.xlsx）、带文字层的 PDF 或文本格式的政务公开目录（按文件内容识别格式），
默认只试读：显示每个文件的单位、事项数、统计行和发现的问题，不写数据库。
  --agency 名称   文件未写明或写法不同时，指定责任单位
  --json          把解析出的目录以 SCHEMA.md 的 JSON 格式输出到标准输出
  --apply         保存为该单位目录的新草稿版本（走 填表→复核→审签 流程）`;

function progress(done: number, total: number, name: string): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name.slice(0, 40).padEnd(40)}`;
}

export const importCommand: Command = {
  name: 'import',
  summary: '导入目录文件（docx、xlsx、pdf、文本）：默认试读，--apply 保存为草稿',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('import', args, {
      agency: { type: 'string' },
      apply: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new ValidationError('gongkai import: 缺少文件名（用 gongkai import --help 查看用法）');
    const showProgress = positionals.length > 3 && process.stderr.isTTY;
    let failed = 0;
    const jsonOut: unknown[] = [];
    for (const [i, file] of positionals.entries()) {
      if (showProgress) process.stderr.write(progress(i, positionals.length, basename(file)));
      try {
        const size = (await stat(file)).size;
        if (size > MAX_FILE_BYTES) throw new DomainError('import.too_large', `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），目录文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
        const bytes = new Uint8Array(await readFile(file));
        const { catalog, findings, format } = await importCatalogFile(bytes, { agency: values.agency });
        const doc = { ...catalog, source: catalog.source ?? basename(file) };
        if (values.json) jsonOut.push({ ...catalogToJson(doc), declared: doc.declared });
        else {
          io.out(`${file}（${format}）：${doc.agency}，${doc.items.length} 项；${summaryLine(computeSummary(doc.items))}`);
          for (const finding of findings) io.out(`  [${finding.severity}]${finding.row !== undefined ? ` 第${finding.row}行` : ''} ${finding.message}`);
        }
        if (values.apply) {
          const saved = await loadCatalog(await cliContext(io), doc, { publish: false, source: basename(file) });
          io.err(`${file}：已保存为 ${doc.agency} 第${saved.number}版草稿（${saved.itemCount} 项）`);
        }
      } catch (error) {
        if (!(error instanceof DomainError) && (error as NodeJS.ErrnoException).code === undefined) throw error;
        failed++;
        io.err(`${file}：${(error as Error).message}`);
      }
    }
    if (showProgress) process.stderr.write(`${progress(positionals.length, positionals.length, '完成')}\n`);
    if (values.json) io.out(JSON.stringify(jsonOut.length === 1 ? jsonOut[0] : jsonOut, null, 2));
    return failed === 0 ? 0 : 1;
  },
};
