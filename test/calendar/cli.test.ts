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
    // 20 working days after 2026-12-15: 12-16…18 (3), 12-21…25 (8), 12-28…31 (12), 2027-01-01 is 元旦 by
    // 《全国年节及纪念日放假办法》第二条 even without the 2027 notice, 01-04…08 (17), 01-11…13 (20).
    assert.equal(run.out, '2025-01-26\n2026-03-16\n2027-01-13\n');
    assert.match(run.err, /1 行2027年的调休安排尚未公布/);
  });

  it('counts 元旦 2027 as a day off before the 2027 notice and says only its 调休 arrangement is unknown', () => {
    const run = gongkai(['deadline', '2026-12-20', '20']);
    assert.equal(run.code, 0, run.err);
    const lines = run.out.split('\n');
    // 20 working days after Sunday 2026-12-20: 12-21…25 (5), 12-28…31 (9), 2027-01-01 元旦 skipped (a Friday, but
    // a statutory holiday every year), 01-04…08 (14), 01-11…15 (19), 01-18 (20). Counting 元旦 would give 01-15.
    assert.equal(lines[0], '2027-01-18');
    assert.match(run.out, /截止：2027-01-18（周一）【暂定】/);
    assert.match(run.out, /跳过法定节假日（《全国年节及纪念日放假办法》第二条，当年调休安排未公布）：元旦 2027-01-01（1天）/);
    assert.match(run.out, /注意：2027年的调休安排尚未公布：已按《全国年节及纪念日放假办法》扣除法定节假日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节），调休上班日和调休放假日未计入，结果为暂定/);
    assert.doesNotMatch(run.out, /跳过周末：[^\n]*2027-01-01/);
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
    // The sample notice's 元旦 (01-01 Fri to 01-03 Sun, no 调休) equals the law's day plus a weekend: same date, now final.
    assert.equal(gongkai(['deadline', '2026-12-15', '20']).out.split('\n')[0], '2027-01-13');
    assert.match(gongkai(['calendar', 'import', file, '--yes']).out, /已保存2027年节假日安排（13 天）/);
    const after2027 = gongkai(['deadline', '2026-12-15', '20']);
    assert.equal(after2027.out.split('\n')[0], '2027-01-13');
    assert.doesNotMatch(after2027.out, /暂定/);
    assert.match(gongkai(['calendar', 'list']).out, /2026、2027/);
  });
});
