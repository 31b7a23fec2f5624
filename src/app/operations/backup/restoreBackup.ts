import { inTransaction, type AppContext } from '../../context.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { sha256Hex, type AttachmentStore } from '../../../storage/files/attachmentStore.ts';
import { countRows, deleteAllRows, insertRows, latestMigration, type DumpRow } from '../../../storage/repositories/tableDump.repository.ts';
import { BACKUP_TABLES, FILLED_BY_MIGRATIONS } from './backupTables.ts';
import { backupManifest, MANIFEST_FILE, type BackupManifest } from './manifest.ts';
import { unpackTarGz } from './tarGz.ts';
import { rebuildSearchIndex } from './rebuildSearchIndex.ts';

export interface RestoreReport {
  manifest: BackupManifest;
  rows: number;
  attachments: number;
  indexed: number;
}

const refuse = (why: string) => new DomainError('validation.failed', `无法恢复：${why}，未写入任何数据`);

function parseManifest(bytes: Buffer | undefined): BackupManifest {
  try {
    return backupManifest.parse(JSON.parse(bytes?.toString('utf8') ?? ''));
  } catch {
    throw refuse('备份中没有有效的 manifest.json（不是 Gongkai 备份，或格式版本不同）');
  }
}

/** Check every part against the manifest and parse the rows: all before anything is written. */
function verifiedContent(parts: Map<string, Buffer>, manifest: BackupManifest) {
  const listed = manifest.tables.map((t) => t.name).join(',');
  if (listed !== BACKUP_TABLES.join(',')) throw refuse('备份中的数据表与本程序不一致');
  const tables = new Map<string, DumpRow[]>();
  for (const table of manifest.tables) {
    const bytes = parts.get(table.file);
    if (!bytes || sha256Hex(bytes) !== table.sha256) throw refuse(`${table.file} 缺失或校验和不符（备份已损坏）`);
    const rows = bytes.length ? bytes.toString('utf8').split('\n').map((line) => JSON.parse(line) as DumpRow) : [];
    if (rows.length !== table.rows) throw refuse(`${table.file} 的行数与清单不符`);
    tables.set(table.name, rows);
  }
  const attachments = manifest.attachments.map((a) => {
    const bytes = parts.get(a.file);
    if (!bytes || bytes.byteLength !== a.size || sha256Hex(bytes) !== a.key) throw refuse(`附件 ${a.key} 缺失或校验和不符（备份已损坏）`);
    return { key: a.key, bytes };
  });
  return { tables, attachments };
}

/**
 * Restore an archive of createBackup into an empty, migrated database (either engine, whichever
 * the backup came from). Verifies every checksum first; writes the attachment files (content-
 * addressed, so an unused extra file is harmless and swept later), then every table, the search
 * index and a `backup.restored` audit event in one transaction: the database is restored whole or not at all.
 */
export async function restoreBackup(ctx: AppContext, files: AttachmentStore, archive: Uint8Array): Promise<RestoreReport> {
  const parts = unpackTarGz(archive);
  const manifest = parseManifest(parts.get(MANIFEST_FILE));
  const { tables, attachments } = verifiedContent(parts, manifest);
  const level = await latestMigration(ctx.db);
  if (manifest.migration !== level) throw refuse(`备份的数据库结构为 ${manifest.migration}，当前程序为 ${level}，请用相同版本的程序恢复`);
  for (const table of BACKUP_TABLES) {
    if (FILLED_BY_MIGRATIONS.includes(table)) continue;
    const n = await countRows(ctx.db, table);
    if (n > 0) throw refuse(`目标数据库不是空的（表 ${table} 已有 ${n} 行），只能恢复到新建的空数据库`);
  }
  for (const { key, bytes } of attachments) await files.put(key, bytes);
  return inTransaction(ctx, async (tx) => {
    let rows = 0;
    for (const table of BACKUP_TABLES) {
      if (FILLED_BY_MIGRATIONS.includes(table)) await deleteAllRows(tx.db, table);
      const tableRows = tables.get(table) ?? [];
      await insertRows(tx.db, table, tableRows);
      rows += tableRows.length;
    }
    const indexed = await rebuildSearchIndex(tx.db);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'backup.restored', entityType: 'system', entityId: null,
      summary: `从备份（${manifest.createdAt}，${manifest.sourceEngine}）恢复：${rows} 行数据、${attachments.length} 个附件`,
      after: { createdAt: manifest.createdAt, sourceEngine: manifest.sourceEngine, rows, attachments: attachments.length },
    });
    return { manifest, rows, attachments: attachments.length, indexed };
  });
}
