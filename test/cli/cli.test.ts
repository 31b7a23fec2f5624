import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT, SHARED } from '../helpers/appContext.ts';
import { assertOneLineFailure } from '../helpers/cliAssertions.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

/**
 * Root ignores permission bits through CAP_DAC_OVERRIDE; a run that must meet them as root drops that capability
 * (and CAP_DAC_READ_SEARCH) from its bounding set with util-linux's setpriv, so it stays uid 0 yet obeys modes.
 */
const AS_ROOT_WITHOUT_OVERRIDE = ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'];

function gongkai(args: string[], env: Record<string, string> = {}, obeyPermissions = false) {
  const [command, ...prefix] = obeyPermissions && process.getuid?.() === 0 ? [...AS_ROOT_WITHOUT_OVERRIDE, join(REPO_ROOT, 'bin', 'gongkai')] : [join(REPO_ROOT, 'bin', 'gongkai')];
  const result = spawnSync(command!, [...prefix, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `sqlite:${join(work, 'cli.db')}`, ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}


describe('gongkai CLI', () => {
  it('loads the golden 中卫 catalog and shows it with the computed summary line', () => {
    const loaded = gongkai(['catalog', 'load', join(SHARED, 'golden', '000_16624d944bb0d70d.json')]);
    assert.equal(loaded.code, 0, loaded.err);
    assert.match(loaded.out, /已导入 36 项/);
    const shown = gongkai(['catalog', 'show', '中卫市医疗保障局']);
    assert.match(shown.out, /主动公开一级事项6项，二级事项33项；依申请公开二级事项0项/);
    const dumped = JSON.parse(gongkai(['catalog', 'dump', '中卫市医疗保障局']).out);
    assert.equal(dumped.items.length, 36);
    assert.equal(dumped.preparer, '伊玉红');
  });

  it('creates the first admin from GONGKAI_PASSWORD and lists users', () => {
    const added = gongkai(['user', 'add', 'root', '--admin', '--name', '管理员'], { GONGKAI_PASSWORD: 'a long enough secret' });
    assert.equal(added.code, 0, added.err);
    assert.match(gongkai(['user', 'list']).out, /root\t管理员\t系统管理员/);
    assertOneLineFailure(gongkai(['user', 'add', 'weak', '--admin'], { GONGKAI_PASSWORD: 'short' }), /密码至少需要10个字符/);
  });

  it('lists every agency with its published catalog, and places users in an agency or region named on the command line', () => {
    assert.equal(gongkai(['agency', 'add', '中宁县医疗保障局', '--region', '宁夏回族自治区/中卫市/中宁县']).code, 0);
    const listed = gongkai(['catalog', 'list']).out;
    assert.match(listed, /^中卫市医疗保障局\t第1版\t36项\t主动公开一级事项6项/m);
    assert.match(listed, /^中宁县医疗保障局\t（无已发布目录）$/m);
    const env = { GONGKAI_PASSWORD: 'a long enough secret' };
    const editor = gongkai(['user', 'add', 'zw-editor', '--name', '伊玉红', '--agency', '中卫市医疗保障局'], env);
    assert.equal(editor.code, 0, editor.err);
    const supervisor = gongkai(['user', 'add', 'zw-supervisor', '--role', 'region_supervisor', '--region', '中卫市'], env);
    assert.equal(supervisor.code, 0, supervisor.err);
    assert.match(gongkai(['user', 'list', '--agency', '中卫市医疗保障局']).out, /^zw-editor\t伊玉红\t填表人$/m);
    assertOneLineFailure(gongkai(['user', 'add', 'nowhere', '--agency', '不存在的局'], env), /找不到单位「不存在的局」（gongkai agency list 列出所有单位）/);
    assertOneLineFailure(gongkai(['user', 'add', 'nowhere', '--region', '不存在的区'], env), /找不到地区「不存在的区」/);
    assertOneLineFailure(gongkai(['user', 'list', '--agency', '不存在的局']), /找不到单位「不存在的局」/);
  });

  it('sets a user\'s e-mail address for the weekly summary, refusing a malformed one in one line', () => {
    assertOneLineFailure(gongkai(['user', 'add', 'mailer', '--admin', '--email', 'mailer@'], { GONGKAI_PASSWORD: 'a long enough secret' }), /电子邮件地址「mailer@」格式不正确/);
    assert.doesNotMatch(gongkai(['user', 'list']).out, /mailer/, 'nothing half-written');
    assert.equal(gongkai(['user', 'add', 'mailer', '--admin', '--email', 'mailer@example.cn'], { GONGKAI_PASSWORD: 'a long enough secret' }).code, 0);
    assertOneLineFailure(gongkai(['user', 'email', 'mailer', 'not-an-address']), /电子邮件地址「not-an-address」格式不正确/);
    assertOneLineFailure(gongkai(['user', 'email', 'nobody', 'a@example.cn']), /找不到用户「nobody」/);
    assert.match(gongkai(['user', 'email', 'mailer', '--clear']).out, /已清除用户 mailer 的电子邮件地址/);
    assert.match(gongkai(['user', 'email', 'mailer', 'new@example.cn']).out, /已设置用户 mailer 的电子邮件地址/);
  });

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
