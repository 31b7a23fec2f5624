import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DomainError } from '../domain/shared/errors.ts';
import { sqlitePathOf } from './database.ts';

const SQLITE_FILE = /\.(db|sqlite3?)$/i;

/**
 * SQLite creates any file it is pointed at, so a typo in DATABASE_URL used to start the site on a new,
 * empty database. A missing file is created only when the caller says so (`gongkai migrate`,
 * `serve --seed`, the default data folder) or when it plainly is a first start: its folder exists and
 * holds no other database. A missing folder, or a folder with another database in it, is refused.
 */
export function refuseUnexpectedNewSqlite(url: string, createAllowed: boolean): void {
  const path = sqlitePathOf(url);
  if (path === null || path === ':memory:' || createAllowed) return;
  const file = resolve(path);
  if (existsSync(file)) return;
  const folder = dirname(file);
  const hint = '请检查 DATABASE_URL 是否写错；确要新建数据库请先运行 gongkai migrate';
  if (!existsSync(folder)) throw new DomainError('config.invalid', `数据库文件 ${file} 不存在，所在目录也不存在：${hint}`);
  const others = readdirSync(folder).filter((name) => SQLITE_FILE.test(name));
  if (others.length) throw new DomainError('config.invalid', `数据库文件 ${file} 不存在，同一目录中已有 ${others.join('、')}：${hint}`);
}
