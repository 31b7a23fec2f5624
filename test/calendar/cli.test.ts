import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { NOTICE_2027_SAMPLE } from './noticeTexts.ts';

const bin = fileURLToPath(new URL('../../bin/gongkai', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-calendar-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function gongkai(args: string[], input = '') {
  const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'cli.db')}` };
  const run = spawnSync(process.execPath, [bin, ...args], { input, env, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('gongkai deadline and gongkai calendar', () => {
  it('prints the due date then the explanation on a fresh database', () => {
    const run = gongkai(['deadline', '2025-09-26', '20']);
    assert.equal(run.code, 0, run.err);
    const lines = run.out.split('\n');
    assert.equal(lines[0], '2025-10-30');
    assert.match(run.out, /跳过节假日：国庆节、中秋节/);
    assert.equal(gongkai(['deadline', '--rule', '形成或者变更之日起20个工作日内', '--from', '2026-02-10']).out.split('\n')[0], '2026-03-16');
  });

  it('reads lines for bulk checks and warns on stderr about provisional years', () => {
    const run = gongkai(['deadline', '--stdin'], '2024-12-27 20\n2026-02-10 20\n2026-12-15 20\n');
    assert.equal(run.code, 0, run.err);
    assert.equal(run.out, '2025-01-26\n2026-03-16\n2027-01-12\n');
    assert.match(run.err, /1 行2027年节假日安排尚未导入/);
  });

  it('fails with one line and a non-zero code on bad input', () => {
    for (const args of [['deadline', '2025-02-30', '3'], ['deadline', '2025-01-01'], ['deadline', '--rule', '视情况而定', '--from', '2025-01-01'], ['calendar', 'set', '2025-10-21', '--workday', 'x'], ['calendar', 'nope']]) {
      const run = gongkai(args);
      assert.notEqual(run.code, 0, args.join(' '));
      assert.equal(run.err.trim().split('\n').length, 1, run.err);
    }
    const bad = gongkai(['deadline', '--stdin'], '2025-01-01 3\nnot a line\n');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /第2行格式错误/);
    assert.match(gongkai(['deadline', '--help']).out, /--stdin/);
    assert.match(gongkai(['calendar', '--help']).out, /import/);
  });

  it('imports a notice only with --yes, after which 2027 deadlines are final', () => {
    const file = join(dir, '2027.txt');
    writeFileSync(file, NOTICE_2027_SAMPLE);
    const preview = gongkai(['calendar', 'import', file]);
    assert.match(preview.out, /春节：放假 2027-02-05 至 2027-02-12（8天）；调休上班 2027-01-31、2027-02-20/);
    assert.match(preview.out, /未保存/);
    assert.equal(gongkai(['deadline', '2026-12-15', '20']).out.split('\n')[0], '2027-01-12');
    assert.match(gongkai(['calendar', 'import', file, '--yes']).out, /已保存2027年节假日安排（13 天）/);
    const after2027 = gongkai(['deadline', '2026-12-15', '20']);
    assert.equal(after2027.out.split('\n')[0], '2027-01-13');
    assert.doesNotMatch(after2027.out, /暂定/);
    assert.match(gongkai(['calendar', 'list']).out, /2026、2027/);
  });
});
