import type { Command } from '../command.ts';
import { parseFlags } from '../args.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: '创建或升级数据库结构',
  help: `用法：gongkai migrate

按 DATABASE_URL（默认 sqlite:data/gongkai.db）打开数据库，执行所有未执行的迁移。
服务启动时也会自动执行。`,
  async run(args, io) {
    parseFlags('migrate', args, {});
    const engine = await io.database();
    io.out(`数据库结构已是最新（${engine.description}）`);
    return 0;
  },
};
