import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { createBackup } from '../../app/operations/backup/createBackup.ts';
import { configuredAttachmentStore } from '../../app/operations/configuredAttachmentStore.ts';
import { ValidationError } from '../../domain/shared/errors.ts';

const HELP = `用法：gongkai backup 文件.tar.gz

把整个数据库（每张表一份 JSON 行文件）和附件目录中的全部附件写进一个归档文件，附清单（格式版本、
数据库结构版本、行数、每部分的 SHA-256 校验和）。SQLite 和 PostgreSQL 都适用，可恢复到任一种数据库。
备份读取同一时刻的数据，网站运行中也可以备份。不备份登录会话和检索索引（恢复时重建）。
文件已存在时不覆盖。恢复：gongkai restore 文件.tar.gz`;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export const backupCommand: Command = {
  name: 'backup',
  summary: '备份数据库和附件到一个文件',
  help: HELP,
  async run(args, io) {
    const { positionals } = parseFlags('backup', args, {});
    if (positionals.length !== 1) throw new ValidationError('gongkai backup: 请给出一个备份文件名，如 gongkai backup gongkai-备份.tar.gz');
    const target = resolve(positionals[0]!);
    if (existsSync(target)) throw new ValidationError(`gongkai backup: ${target} 已存在，不覆盖（请换一个文件名）`);
    const ctx = await cliContext(io);
    const { archive, manifest } = await createBackup(ctx, configuredAttachmentStore());
    const temporary = `${target}.partial`;
    await writeFile(temporary, archive, { mode: 0o600 });
    await rename(temporary, target);
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    io.out(`已备份到 ${target}：${manifest.tables.length} 张表共 ${rows} 行、${manifest.attachments.length} 个附件，${megabytes(archive.byteLength)}（数据库结构 ${manifest.migration}）`);
    return 0;
  },
};
