import { readFile } from 'node:fs/promises';
import type { Command, CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { loadCatalog } from '../../app/catalog/loadCatalog.ts';
import { getPublishedCatalog } from '../../app/catalog/readCatalog.ts';
import { listPublishedCatalogs } from '../../app/catalog/listPublishedCatalogs.ts';
import { resolveAgency } from '../../app/agencies/getAgency.ts';
import { computeSummary, summaryLine } from '../../domain/catalog/summary.ts';
import { toCatalogDocument } from '../../domain/catalog/toDocument.ts';
import { NotFoundError, ValidationError } from '../../domain/shared/errors.ts';

const HELP = `用法：
  gongkai catalog list                      列出各单位已发布目录的版本和事项数
  gongkai catalog show 单位 [--json]         显示已发布目录（--json 为 SCHEMA.md 格式）
  gongkai catalog load 文件.json [--draft] [--region 宁夏回族自治区/中卫市]
                                            导入本项目 JSON 格式的目录，默认直接发布为新版本；--draft 存为草稿待审
  gongkai catalog dump 单位                  以 JSON 输出已发布目录（可再次 load）

“单位”可写单位全称或编号。`;

async function list(args: string[], io: CommandIO): Promise<number> {
  parseFlags('catalog list', args, {});
  const ctx = await cliContext(io);
  const agencies = await listPublishedCatalogs(ctx);
  if (agencies.length === 0) io.out('（还没有目录：gongkai catalog load 文件.json）');
  for (const { agency, catalog } of agencies) {
    io.out(catalog ? `${agency.name}\t第${catalog.version.number}版\t${catalog.items.length}项\t${summaryLine(computeSummary(catalog.items))}` : `${agency.name}\t（无已发布目录）`);
  }
  return 0;
}

async function published(io: CommandIO, nameOrId: string | undefined, command: string) {
  if (!nameOrId) throw new ValidationError(`gongkai catalog ${command}: 缺少单位名称`);
  const ctx = await cliContext(io);
  const agency = await resolveAgency(ctx.db, nameOrId);
  const catalog = await getPublishedCatalog(ctx.db, agency.id);
  if (!catalog) throw new NotFoundError(`${agency.name} 还没有已发布的目录`);
  return { agency, catalog };
}

async function show(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags('catalog show', args, { json: { type: 'boolean' } });
  const { agency, catalog } = await published(io, positionals[0], 'show');
  if (values.json) {
    io.out(JSON.stringify(toCatalogDocument(catalog, agency.name), null, 2));
    return 0;
  }
  const v = catalog.version;
  io.out(`${v.title ?? `${agency.name}政务公开目录`}（第${v.number}版）`);
  io.out(`责任单位：${v.responsibleUnit ?? agency.name}  填表人：${v.preparer ?? ''}  复核人：${v.reviewer ?? ''}  审签人：${v.approver ?? ''}  填表时间：${v.preparedOn ?? ''}`);
  io.out(summaryLine(computeSummary(catalog.items)));
  for (const item of catalog.items) {
    io.out(`${item.seq ?? '-'}\t${item.level1}\t${item.level2 ?? ''}\t${item.timeLimit ?? ''}\t${item.mode.join('、')}`);
  }
  return 0;
}

async function load(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags('catalog load', args, { draft: { type: 'boolean' }, region: { type: 'string' } });
  const file = positionals[0];
  if (!file) throw new ValidationError('gongkai catalog load: 缺少文件名');
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw error;
    throw new ValidationError(`${file} 不是有效的 JSON：${(error as Error).message}`);
  }
  const result = await loadCatalog(await cliContext(io), data, {
    publish: !values.draft, regionPath: values.region?.split('/'), source: file.split('/').pop(),
  });
  io.out(`已导入 ${result.itemCount} 项，为第${result.number}版（${values.draft ? '草稿' : '已发布'}）`);
  return 0;
}

async function dump(args: string[], io: CommandIO): Promise<number> {
  const { positionals } = parseFlags('catalog dump', args, {});
  const { agency, catalog } = await published(io, positionals[0], 'dump');
  io.out(JSON.stringify(toCatalogDocument(catalog, agency.name), null, 2));
  return 0;
}

export const catalogCommand: Command = {
  name: 'catalog',
  summary: '目录：list、show、load、dump',
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    const subcommands: Record<string, (a: string[], io: CommandIO) => Promise<number>> = { list, show, load, dump };
    const run = sub ? subcommands[sub] : undefined;
    if (!run) throw new ValidationError(`gongkai catalog: 未知子命令 ${sub ?? '（缺少）'}；可用 list、show、load、dump`);
    return run(rest, io);
  },
};
