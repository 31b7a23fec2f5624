import { inTransaction, type AppContext } from '../../context.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { engineOf } from '../../../storage/dialect/searchIndex.ts';
import { inSnapshot } from '../../../storage/dialect/snapshot.ts';
import { sha256Hex, type AttachmentStore } from '../../../storage/files/attachmentStore.ts';
import { latestMigration, listTableNames, readAllRows } from '../../../storage/repositories/tableDump.repository.ts';
import { BACKUP_TABLES, parentsFirst, unlistedTables } from './backupTables.ts';
import { attachmentFile, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_FILE, tableFile, type BackupManifest } from './manifest.ts';
import { packTarGz, type ArchiveEntry } from './tarGz.ts';

/**
 * One archive (tar.gz) with the whole database as JSON lines per table, every attachment file and
 * a manifest with counts and checksums (docs/adr/0008-backup-archive.md). Read from one snapshot, so
 * the tables agree with each other; a `backup.created` audit event records who copied everything.
 */
export async function createBackup(ctx: AppContext, files: AttachmentStore): Promise<{ archive: Buffer; manifest: BackupManifest }> {
  await inTransaction(ctx, (tx) =>
    tx.audit.record(tx.db, tx.actor, { action: 'backup.created', entityType: 'system', entityId: null, summary: '创建完整备份（数据库和附件）' }),
  );
  return inSnapshot(ctx.db, async (db) => {
    const unlisted = unlistedTables(await listTableNames(db));
    if (unlisted.length) {
      throw new DomainError('validation.failed', `数据库中有备份清单未登记的表：${unlisted.join('、')}（请在 src/app/operations/backup/backupTables.ts 中登记）`);
    }
    const entries: ArchiveEntry[] = [];
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt: ctx.clock.now(), sourceEngine: engineOf(db),
      migration: await latestMigration(db), tables: [], attachments: [],
    };
    const keys = new Set<string>();
    for (const table of BACKUP_TABLES) {
      const rows = await readAllRows(db, table);
      if (table === 'attachments' || table === 'application_letter_attachments') for (const row of rows) keys.add(String(row.sha256));
      const bytes = Buffer.from((table === 'regions' ? parentsFirst(rows) : rows).map((row) => JSON.stringify(row)).join('\n'));
      entries.push({ name: tableFile(table), bytes });
      manifest.tables.push({ name: table, file: tableFile(table), rows: rows.length, sha256: sha256Hex(bytes) });
    }
    const missing: string[] = [];
    for (const key of [...keys].sort()) {
      const bytes = await files.get(key);
      if (!bytes) missing.push(key);
      else {
        entries.push({ name: attachmentFile(key), bytes });
        manifest.attachments.push({ key, file: attachmentFile(key), size: bytes.byteLength });
      }
    }
    if (missing.length) throw new DomainError('storage.unavailable', `附件目录中缺少 ${missing.length} 个附件文件（如 ${missing[0]}），未生成备份：请先找回这些文件`);
    entries.unshift({ name: MANIFEST_FILE, bytes: Buffer.from(JSON.stringify(manifest, null, 2)) });
    return { archive: packTarGz(entries), manifest };
  });
}
