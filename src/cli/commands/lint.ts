import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Command } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { getPublishedCatalog } from '../../app/catalog/readCatalog.ts';
import { resolveAgency } from '../../app/agencies/getAgency.ts';
import type { CatalogDocument } from '../../domain/catalog/catalog.ts';
import { parseCatalogDocument } from '../../domain/catalog/catalogSchema.ts';
import { lintCatalog, lintSummary, type LintFinding } from '../../domain/catalog/lint.ts';
import { toCatalogDocument } from '../../domain/catalog/toDocument.ts';
import { parseTimeLimit } from '../../domain/calendar/timeLimitParser.ts';
import { NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { importCatalogFile } from '../../importers/importCatalogFile.ts';

const HELP = `用法：gongkai lint 文件|单位 [--json]

检查一份政务公开目录：统计行与事项是否一致、缺少公开主体/渠道/时限/依据、公开方式未选或两者都选、
引用条例未注明国务院令第711号、重复事项、一级事项疑似两个名称连写等。
文件：目录 JSON（shared/golden/SCHEMA.md 格式）或 .docx、.xlsx、.pdf、文本文件（先按导入规则读取）。
单位：检查该单位已发布的目录。
有“错误”级别的问题时退出码为 1。--json 输出机器可读的结果。`;

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readCatalog(path: string): Promise<CatalogDocument> {
  const bytes = await readFile(path);
  if (extname(path).toLowerCase() === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new ValidationError(`${basename(path)} 不是有效的 JSON 文件`);
    }
    return parseCatalogDocument(data);
  }
  return (await importCatalogFile(new Uint8Array(bytes))).catalog;
}

function line(f: LintFinding): string {
  const where = f.item ? `［第${f.item.seq ?? f.item.index + 1}项］` : '［目录］';
  return `${SEVERITY[f.severity]} ${where} ${f.message}\n    → ${f.hint}`;
}

export const lintCommand: Command = {
  name: 'lint',
  summary: '检查目录的常见问题（统计行、缺项、依据、重复等）',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('lint', args, { json: { type: 'boolean' } });
    const target = positionals[0];
    if (!target) throw new ValidationError('gongkai lint: 缺少文件或单位名称（用 gongkai lint --help 查看用法）');
    let catalog: CatalogDocument;
    if (await isFile(target)) catalog = await readCatalog(target);
    else {
      const ctx = await cliContext(io);
      const agency = await resolveAgency(ctx.db, target);
      const view = await getPublishedCatalog(ctx.db, agency.id);
      if (!view) throw new NotFoundError(`${agency.name} 还没有已发布的目录`);
      catalog = toCatalogDocument(view, agency.name);
    }
    const findings = lintCatalog(catalog, {
      parseTimeLimit: (text) => {
        const parsed = parseTimeLimit(text);
        return parsed.ok ? parsed.rule : null;
      },
    });
    const counts = lintSummary(findings);
    if (values.json) io.out(JSON.stringify({ agency: catalog.agency, items: catalog.items.length, counts, findings }, null, 2));
    else {
      for (const f of findings) io.out(line(f));
      io.out(`${catalog.agency || '（未识别单位）'}：${catalog.items.length} 项；错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`);
    }
    return counts.error > 0 ? 1 : 0;
  },
};
