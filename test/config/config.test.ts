import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadConfig, trustedProxiesFor } from '../../src/config/config.ts';

describe('configuration', () => {
  it('fills every default from an empty environment', () => {
    const config = loadConfig({});
    assert.equal(config.databaseUrl, 'sqlite:data/gongkai.db');
    assert.equal(config.dataDir, 'data');
    assert.equal(config.port, 3000);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.behindHttps, false);
    assert.deepEqual(config.publicOrigins, []);
    assert.equal(config.logLevel, 'info', 'gongkai serve logs unless told otherwise');
    assert.equal(config.applications.pauseClockWhileFeeAwaited, true, 'docs/adr/0009: the fee wait stops the answer clock by default');
    assert.ok(Object.isFrozen(config.applications));
    assert.ok(Object.isFrozen(config));
  });

  it('derives the database from the data folder and reads every variable', () => {
    const config = loadConfig({ GONGKAI_DATA_DIR: '/srv/gk', PORT: '8080', GONGKAI_BEHIND_HTTPS: '1', GONGKAI_PUBLIC_ORIGIN: 'https://a.gov.cn, https://b.gov.cn' });
    assert.equal(config.databaseUrl, 'sqlite:/srv/gk/gongkai.db');
    assert.equal(config.port, 8080);
    assert.equal(config.behindHttps, true);
    assert.deepEqual(config.publicOrigins, ['https://a.gov.cn', 'https://b.gov.cn']);
  });

  it('reads the site name (网站名称), defaulting to 政务公开网, and refuses one too long in Chinese', () => {
    assert.equal(loadConfig({}).siteName, '政务公开网');
    assert.equal(loadConfig({ GONGKAI_SITE_NAME: '  宁夏医疗保障政务公开 ' }).siteName, '宁夏医疗保障政务公开');
    assert.throws(() => loadConfig({ GONGKAI_SITE_NAME: '很'.repeat(31) }), /配置错误：GONGKAI_SITE_NAME 过长/);
  });

  it('reads GONGKAI_LOG as a level, and 1/0 as on/off', () => {
    assert.equal(loadConfig({ GONGKAI_LOG: 'WARN' }).logLevel, 'warn');
    assert.equal(loadConfig({ GONGKAI_LOG: '0' }).logLevel, 'silent');
    assert.equal(loadConfig({ GONGKAI_LOG: '1' }).logLevel, 'info');
  });

  it('reads GONGKAI_FEE_PAUSES_CLOCK as true|false (also 1/0), default true', () => {
    for (const [value, expected] of [['false', false], ['FALSE', false], ['0', false], ['no', false], ['true', true], ['1', true], [' ', true]] as const) {
      assert.equal(loadConfig({ GONGKAI_FEE_PAUSES_CLOCK: value }).applications.pauseClockWhileFeeAwaited, expected, value);
    }
  });

  for (const [env, message] of [
    [{ PORT: '80a' }, /PORT 应为 0–65535 的整数/],
    [{ PORT: '70000' }, /PORT/],
    [{ GONGKAI_BEHIND_HTTPS: 'yes please' }, /GONGKAI_BEHIND_HTTPS 应为 1 或 0/],
    [{ GONGKAI_LOG: 'verbose' }, /GONGKAI_LOG 应为 info、warn、error 或 silent/],
    [{ GONGKAI_FEE_PAUSES_CLOCK: 'sometimes' }, /GONGKAI_FEE_PAUSES_CLOCK 应为 1 或 0（也可写 true 或 false/],
    [{ GONGKAI_SESSION_SECRET: 'short' }, /至少需要32个字符/],
    [{ GONGKAI_PUBLIC_ORIGIN: 'gk.example.gov.cn/path' }, /GONGKAI_PUBLIC_ORIGIN/],
    [{ GONGKAI_TRUSTED_PROXIES: '127.0.0.1,10.0.0.0/33' }, /GONGKAI_TRUSTED_PROXIES 应为.*「10\.0\.0\.0\/33」无效/],
    [{ GONGKAI_TRUSTED_PROXIES: 'proxy.internal' }, /GONGKAI_TRUSTED_PROXIES/],
  ] as const) {
    it(`refuses ${JSON.stringify(env)} with one Chinese line`, () => {
      assert.throws(() => loadConfig(env), (error: Error) => message.test(error.message) && !error.message.includes('\n'));
    });
  }

  it('reads the outbox senders: SMTP URL and From, SMS webhook, or log', () => {
    assert.deepEqual([loadConfig({}).smtpUrl, loadConfig({}).mailFrom, loadConfig({}).smsWebhookUrl], [undefined, undefined, undefined]);
    const config = loadConfig({ GONGKAI_SMTP_URL: ' smtps://gk:p%40ss@mail.example.gov.cn:465 ', GONGKAI_MAIL_FROM: '政务公开 <gk@example.gov.cn>', GONGKAI_SMS_WEBHOOK_URL: 'https://sms.example.gov.cn/send' });
    assert.deepEqual([config.smtpUrl, config.mailFrom, config.smsWebhookUrl], ['smtps://gk:p%40ss@mail.example.gov.cn:465', '政务公开 <gk@example.gov.cn>', 'https://sms.example.gov.cn/send']);
    assert.deepEqual([loadConfig({ GONGKAI_SMTP_URL: 'log', GONGKAI_SMS_WEBHOOK_URL: 'log' }).smtpUrl, loadConfig({ GONGKAI_SMS_WEBHOOK_URL: 'log' }).smsWebhookUrl], ['log', 'log']);
  });

  for (const [env, message] of [
    [{ GONGKAI_SMTP_URL: 'http://mail.example.gov.cn', GONGKAI_MAIL_FROM: 'gk@example.gov.cn' }, /GONGKAI_SMTP_URL 应为 smtp:\/\//],
    [{ GONGKAI_SMTP_URL: 'smtp://gk:secret@', GONGKAI_MAIL_FROM: 'gk@example.gov.cn' }, /GONGKAI_SMTP_URL/],
    [{ GONGKAI_SMTP_URL: 'smtp://gk:secret@mail.example.gov.cn:25' }, /设置了 GONGKAI_SMTP_URL 时还需设置发件地址 GONGKAI_MAIL_FROM/],
    [{ GONGKAI_MAIL_FROM: 'gk@example.gov.cn\r\nBcc: x@y.cn' }, /GONGKAI_MAIL_FROM 应为发件地址/],
    [{ GONGKAI_MAIL_FROM: '政务公开' }, /GONGKAI_MAIL_FROM/],
    [{ GONGKAI_SMS_WEBHOOK_URL: 'ftp://sms.example.gov.cn' }, /GONGKAI_SMS_WEBHOOK_URL 应为短信网关的 http:\/\/ 或 https:\/\/ 地址，或 log/],
  ] as const) {
    it(`refuses the outbox setting ${JSON.stringify(env)} with one Chinese line that never shows a password`, () => {
      assert.throws(() => loadConfig(env), (error: Error) => message.test(error.message) && !error.message.includes('\n') && !error.message.includes('secret'));
    });
  }

  it('trusts forwarded headers only from the configured proxies (default: loopback behind HTTPS, none otherwise)', () => {
    assert.deepEqual(trustedProxiesFor(loadConfig({}), false), []);
    assert.deepEqual(trustedProxiesFor(loadConfig({ GONGKAI_BEHIND_HTTPS: '1' }), true), ['127.0.0.1', '::1']);
    const listed = loadConfig({ GONGKAI_TRUSTED_PROXIES: ' 127.0.0.1, 10.0.0.0/8 ,fd00::/8' });
    assert.deepEqual(trustedProxiesFor(listed, true), ['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);
  });

  it('stops the CLI before anything runs, with one line', () => {
    const run = spawnSync('./bin/gongkai', ['agency', 'list'], { env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8' });
    assert.equal(run.status, 78);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(run.stderr, /配置错误：PORT/);
  });
});
