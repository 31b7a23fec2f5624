import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT, SHARED } from '../helpers/appContext.ts';
import { BACKUP_TABLES } from '../../src/app/operations/backup/backupTables.ts';

const root = mkdtempSync(join(tmpdir(), 'gongkai-backup-cli-'));
const gongkai = (dataDir: string, ...args: string[]) =>
  spawnSync(join(REPO_ROOT, 'bin/gongkai'), args, { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: '', GONGKAI_DATA_DIR: dataDir }, encoding: 'utf8' });

describe('gongkai backup and restore', () => {
  after(() => rmSync(root, { recursive: true, force: true }));

  it('backs up, restores into an empty data folder, and refuses a corrupted archive or a second restore in one line', () => {
    const source = join(root, 'source');
    const archive = join(root, 'site.tar.gz');
    assert.equal(gongkai(source, 'catalog', 'load', join(SHARED, 'golden', '000_16624d944bb0d70d.json')).status, 0);
    const backup = gongkai(source, 'backup', archive);
    assert.equal(backup.status, 0, backup.stderr);
    assert.match(backup.stdout, new RegExp(`^已备份到 .*site\\.tar\\.gz：${BACKUP_TABLES.length} 张表共 \\d+ 行、0 个附件`));
    assert.notEqual(gongkai(source, 'backup', archive).status, 0, 'never overwrites an archive');

    const damaged = join(root, 'damaged.tar.gz');
    const bytes = readFileSync(archive);
    writeFileSync(damaged, bytes.subarray(0, bytes.length - 40));
    const refused = gongkai(join(root, 'other'), 'restore', damaged);
    assert.notEqual(refused.status, 0);
    assert.equal(refused.stderr.trim().split('\n').length, 1);
    assert.match(refused.stderr, /备份文件已损坏.*未写入任何数据/);
    const empty = gongkai(join(root, 'other'), 'agency', 'list');
    assert.match(empty.stdout, /还没有单位/);

    const restored = gongkai(join(root, 'other'), 'restore', archive);
    assert.equal(restored.status, 0, restored.stderr);
    assert.match(restored.stdout, /^已恢复 .* 的备份（sqlite）/);
    assert.equal(gongkai(join(root, 'other'), 'agency', 'list').stdout, gongkai(source, 'agency', 'list').stdout);
    const again = gongkai(join(root, 'other'), 'restore', archive);
    assert.match(again.stderr, /^无法恢复：目标数据库不是空的.*\n$/);
  });
});

