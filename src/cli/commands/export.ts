import { writeFile } from 'node:fs/promises';
import type { Command } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { getPublishedCatalog } from '../../app/catalog/readCatalog.ts';
import { resolveAgency } from '../../app/agencies/getAgency.ts';
import { toCatalogDocument } from '../../domain/catalog/toDocument.ts';
import { NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { EXPORT_FORMATS, exportCatalog, type ExportFormat } from '../../exporters/index.ts';
import { appConfig } from '../../config/config.ts';

const HELP = `用法：gongkai export 单位 --format xlsx|docx|pdf|csv|json [--out 文件]

按国家政务公开目录样表导出单位的已发布目录：标题、责任单位/填表人/复核人/审签人/填表时间、
按事项计算的统计行、合并的一级事项单元格、完整的公开渠道勾选框（■/□）、公开对象和公开方式（√）。
xlsx、docx、pdf 为 A4 横向；csv 为带 BOM 的 UTF-8（Excel 可直接打开）；json 为 SCHEMA.md 格式。
不给 --out 时写到 “单位名称.格式”；--out - 写到标准输出。PDF 内嵌随程序安装的思源黑体（Noto Sans SC）子集。`;

export const exportCommand: Command = {
  name: 'export',
  summary: '按国家样表导出目录（xlsx、docx、pdf、csv、json）',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('export', args, { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } });
    const nameOrId = positionals[0];
    if (!nameOrId) throw new ValidationError('gongkai export: 缺少单位名称（用 gongkai export --help 查看用法）');
    const format = (values.format ?? '').toLowerCase() as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new ValidationError(`gongkai export: --format 须为 ${EXPORT_FORMATS.join('、')} 之一`);
    const ctx = await cliContext(io);
    const agency = await resolveAgency(ctx.db, nameOrId);
    const view = await getPublishedCatalog(ctx.db, agency.id);
    if (!view) throw new NotFoundError(`${agency.name} 还没有已发布的目录`);
    const bytes = await exportCatalog(toCatalogDocument(view, agency.name), format, { cjkFontFile: appConfig().cjkFont });
    const out = values.out ?? `${agency.name}.${format}`;
    if (out === '-') {
      process.stdout.write(bytes);
      return 0;
    }
    await writeFile(out, bytes);
    io.out(`已导出 ${agency.name} 第${view.version.number}版（${view.items.length}项）→ ${out}（${(bytes.length / 1024).toFixed(0)} KB）`);
    return 0;
  },
};
