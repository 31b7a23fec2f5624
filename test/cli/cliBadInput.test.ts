import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertOneLineFailure } from '../helpers/cliAssertions.ts';
import { gongkaiIn } from '../helpers/cliRunner.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-cli-input-'));
after(() => rmSync(work, { recursive: true, force: true }));
const gongkai = gongkaiIn(work);

// Split from cli.test.ts: each file's runs of bin/gongkai stay well inside the runner's per-file time limit on a busy machine.
describe('gongkai CLI: help and bad input', () => {
  it('prints help for every command', () => {
    for (const command of ['migrate', 'user', 'agency', 'catalog']) {
      const help = gongkai([command, '--help']);
      assert.equal(help.code, 0);
      assert.match(help.out, /用法/);
    }
  });

  it('answers bad input with one line and a non-zero exit', () => {
    assertOneLineFailure(gongkai(['frobnicate']), /未知命令：frobnicate/);
    assertOneLineFailure(gongkai(['catalog', 'list', '--colour']), /Unknown option '--colour'/);
    assertOneLineFailure(gongkai(['catalog', 'list'], { DATABASE_URL: 'mysql://localhost/x' }), /DATABASE_URL 无效/);
    assertOneLineFailure(gongkai(['catalog', 'list'], { DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/db' }), /无法连接 PostgreSQL.*连接被拒绝/);
    assert.doesNotMatch(gongkai(['catalog', 'list'], { DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/db' }).err, /secret/);
    const badJson = join(work, 'bad.json');
    writeFileSync(badJson, '{"agency": "某局", "items": [{"level1": "概况", "channels": ["飞鸽传书"]}]}');
    assertOneLineFailure(gongkai(['catalog', 'load', badJson]), /未知的公开渠道：飞鸽传书/);
    writeFileSync(badJson, '{"agency": ');
    assertOneLineFailure(gongkai(['catalog', 'load', badJson]), /不是有效的 JSON/);
    assertOneLineFailure(gongkai(['catalog', 'load', join(work, 'missing.json')]), /文件不存在/);
    assertOneLineFailure(gongkai(['catalog', 'show', '不存在的局']), /找不到单位「不存在的局」/);
  });

  it('refuses a data folder it cannot create (a file is in the way) with a clear line', () => {
    const blocker = join(work, 'blocker');
    writeFileSync(blocker, 'not a folder');
    assertOneLineFailure(gongkai(['migrate'], { DATABASE_URL: `sqlite:${join(blocker, 'x.db')}` }), /数据目录 .* 不可写/);
  });

  it('refuses a read-only data folder with a clear line (as root too: the run drops the capability that ignores modes)', () => {
    const readOnly = join(work, 'ro');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    assertOneLineFailure(gongkai(['migrate'], { DATABASE_URL: `sqlite:${join(readOnly, 'sub', 'x.db')}` }, true), /数据目录 .* 不可写/);
    assertOneLineFailure(gongkai(['migrate'], { DATABASE_URL: `sqlite:${join(readOnly, 'x.db')}` }, true), /数据目录 .* 不可写/);
    assert.deepEqual(readdirSync(readOnly), [], 'nothing was written into the read-only folder');
  });

  it('refuses a SQLite path that looks like a typo instead of starting on a new empty database', () => {
    const folder = mkdtempSync(join(tmpdir(), 'gongkai-typo-'));
    try {
      const real = `sqlite:${join(folder, 'gongkai.db')}`;
      assert.equal(gongkai(['agency', 'list'], { DATABASE_URL: real }).code, 0, 'a first start in an empty folder creates the database');
      const typo = join(folder, 'gongaki.db');
      assertOneLineFailure(gongkai(['agency', 'list'], { DATABASE_URL: `sqlite:${typo}` }), /数据库文件 .*gongaki\.db 不存在，同一目录中已有 gongkai\.db：请检查 DATABASE_URL/);
      const missingFolder = join(folder, 'dtaa', 'gongkai.db');
      assertOneLineFailure(gongkai(['serve', '--port', '0'], { DATABASE_URL: `sqlite:${missingFolder}` }), /数据库文件 .*dtaa.*不存在，所在目录也不存在/);
      assert.ok(!existsSync(typo) && !existsSync(missingFolder), 'nothing was created');
      assert.equal(gongkai(['migrate'], { DATABASE_URL: `sqlite:${typo}` }).code, 0, 'gongkai migrate creates it on purpose');
      assert.equal(gongkai(['agency', 'list'], { DATABASE_URL: `sqlite:${typo}` }).code, 0, 'and then it opens');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
