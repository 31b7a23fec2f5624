import { openDatabase, type Engine } from '../../storage/database.ts';
import { refuseUnexpectedNewSqlite } from '../../storage/newDatabaseGuard.ts';

/**
 * Open the configured database (DATABASE_URL), check the connection and bring its schema up to date
 * (storage/database.ts). A SQLite file that does not exist yet is created only when `createAllowed`
 * (`migrate`, `restore`, `serve --seed`, the default data folder's first start): a typo in the path is
 * refused instead of starting on a new, empty database (storage/newDatabaseGuard.ts).
 */
export async function openAppDatabase(url: string, createAllowed: boolean): Promise<Engine> {
  refuseUnexpectedNewSqlite(url, createAllowed);
  return openDatabase(url);
}
