/**
 * `gongkai import` of an 870 KB Word catalog holding 190 MB of XML (which used to run the
 * process out of memory): one Chinese line on stderr, a non-zero exit, no stack trace;
 * the next file of the same run is still read.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/appContext.ts';
import { tableBombDocx } from '../importers/hostileFiles.ts';
import { docxFromBody } from '../fixtures/catalogFiles.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-cli-hostile-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('gongkai import of a hostile file', () => {
  it('refuses the 190 MB-of-XML catalog in one Chinese line and goes on with the next file', async () => {
    const bomb = join(work, '目录.docx');
    writeFileSync(bomb, tableBombDocx(190));
    const plain = join(work, '说明.docx');
    writeFileSync(plain, await docxFromBody('<w:p><w:r><w:t>某局政务公开目录（表格另附）</w:t></w:r></w:p>'));
    const result = spawnSync(join(REPO_ROOT, 'bin', 'gongkai'), ['import', bomb, plain], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: `sqlite:${join(work, 'cli.db')}` },
    });
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(lines[0]!, /目录\.docx：文件内容过于庞大（word\/document\.xml 解压后超过 8 MB）/);
    assert.match(lines[1]!, /说明\.docx：文件中没有找到目录表格/);
    assert.doesNotMatch(result.stderr, /\n\s+at |heap|ERR_/);
  });
});
