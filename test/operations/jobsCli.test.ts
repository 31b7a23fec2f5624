import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { contextFor, REPO_ROOT } from '../helpers/appContext.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { enqueueMessage } from '../../src/app/operations/enqueueMessage.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-jobs-cli-'));
const gongkai = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(join(REPO_ROOT, 'bin/gongkai'), args, { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'g.db')}`, GONGKAI_DATA_DIR: dir, ...env }, encoding: 'utf8' });

describe('gongkai jobs', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs one job now and lists it with its last run, next run and error in Chinese', () => {
    const run = gongkai(['jobs', 'run', 'deadline-reminders']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^已运行 deadline-reminders：没有需要处理的内容\n$/);
    const list = gongkai(['jobs']);
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /deadline-reminders {2}公开时限到期提醒（每1小时）\n {2}上次运行：\d{4}-\d\d-\d\d \d\d:\d\d {2}下次运行：\d{4}-\d\d-\d\d \d\d:\d\d {2}运行次数：1\n {2}上次错误：无/);
    assert.match(list.stdout, /publish-scheduled {2}定时发布到期文件（每1分钟）/);
    assert.match(list.stdout, /deliver-outbox {2}发送发件箱中的通知和提醒（每30秒）/);
  });

  it('delivers the outbox now; with GONGKAI_SMTP_URL=log the message is a JSON line of the output', async () => {
    const engine = await openDatabase(`sqlite:${join(dir, 'g.db')}`);
    await enqueueMessage(contextFor(engine), { agencyId: null, channel: 'email', recipient: 'li@example.cn', subject: '逾期提醒', body: '申请 GY2026-0007 已超过答复期限。' });
    await engine.close();
    const waiting = gongkai(['jobs', 'run', 'deliver-outbox']);
    assert.equal(waiting.stdout, '已运行 deliver-outbox：没有需要处理的内容\n', 'no sender configured: the message waits');
    const run = gongkai(['jobs', 'run', 'deliver-outbox'], { GONGKAI_SMTP_URL: 'log' });
    assert.equal(run.status, 0, run.stderr);
    const [line, summary] = run.stdout.trim().split('\n');
    assert.deepEqual(JSON.parse(line!).outbox.subject, '逾期提醒');
    assert.equal(summary, '已运行 deliver-outbox：发送 1 条，待重试 0 条，失败 0 条');
  });

  it('refuses an unknown job in one line', () => {
    const run = gongkai(['jobs', 'run', 'nope']);
    assert.notEqual(run.status, 0);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(run.stderr, /没有名为「nope」的定时任务/);
  });
});
