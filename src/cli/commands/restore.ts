import { chinaMinuteOf } from '../../domain/shared/clock.ts';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { restoreBackup } from '../../app/operations/backup/restoreBackup.ts';
import { configuredAttachmentStore } from '../../app/operations/configuredAttachmentStore.ts';
import { ValidationError } from '../../domain/shared/errors.ts';

const HELP = `用法：gongkai restore 文件.tar.gz

把 gongkai backup 生成的备份恢复到当前配置的数据库（DATABASE_URL）和数据目录（GONGKAI_DATA_DIR）。
只能恢复到新建的空数据库；先核对每一部分的校验和，全部无误才写入，数据库在一个事务中恢复，
出错时不留下半份数据。SQLite 的备份可以恢复到 PostgreSQL，反之亦然。恢复后检索索引自动重建，
所有用户需要重新登录。`;

export const restoreCommand: Command = {
  name: 'restore',
  summary: '从备份文件恢复数据库和附件（只恢复到空数据库）',
  help: HELP,
  async run(args, io) {
    const { positionals } = parseFlags('restore', args, {});
    if (positionals.length !== 1) throw new ValidationError('gongkai restore: 请给出一个备份文件，如 gongkai restore gongkai-备份.tar.gz');
    const source = resolve(positionals[0]!);
    let archive: Buffer;
    try {
      archive = await readFile(source);
    } catch {
      throw new ValidationError(`gongkai restore: 无法读取 ${source}`);
    }
    const ctx = await cliContext(io);
    const report = await restoreBackup(ctx, configuredAttachmentStore(), archive);
    io.out(`已恢复 ${chinaMinuteOf(report.manifest.createdAt)} 的备份（${report.manifest.sourceEngine}）：${report.rows} 行数据、${report.attachments} 个附件，检索索引已重建（${report.indexed} 件）`);
    return 0;
  },
};
