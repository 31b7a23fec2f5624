import type { Kysely, Transaction } from 'kysely';
import { engineOf } from './searchIndex.ts';

/**
 * Run `work` on one consistent snapshot of the database (a backup must not mix states).
 * PostgreSQL: a REPEATABLE READ transaction (every statement sees the same snapshot).
 * SQLite: any transaction, as a WAL reader keeps its snapshot from the first read to the end.
 */
export async function inSnapshot<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  const transaction = engineOf(db) === 'postgres' ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
  return transaction.execute(work);
}
