import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/appContext.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-jobs-cli-'));
const gongkai = (...args: string[]) =>
  spawnSync(join(REPO_ROOT, 'bin/gongkai'), args, { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'g.db')}`, GONGKAI_DATA_DIR: dir }, encoding: 'utf8' });

describe('gongkai jobs', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs one job now and lists it with its last run, next run and error in Chinese', () => {
    const run = gongkai('jobs', 'run', 'deadline-reminders');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^已运行 deadline-reminders：没有需要处理的内容\n$/);
    const list = gongkai('jobs');
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /deadline-reminders {2}公开时限到期提醒（每1小时）\n {2}上次运行：\d{4}-\d\d-\d\d \d\d:\d\d {2}下次运行：\d{4}-\d\d-\d\d \d\d:\d\d {2}运行次数：1\n {2}上次错误：无/);
    assert.match(list.stdout, /publish-scheduled {2}定时发布到期文件（每1分钟）/);
  });

  it('refuses an unknown job in one line', () => {
    const run = gongkai('jobs', 'run', 'nope');
    assert.notEqual(run.status, 0);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(run.stderr, /没有名为「nope」的定时任务/);
  });
});
