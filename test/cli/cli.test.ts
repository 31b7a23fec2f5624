import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SHARED } from '../helpers/appContext.ts';
import { assertOneLineFailure } from '../helpers/cliAssertions.ts';
import { gongkaiIn } from '../helpers/cliRunner.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));
const gongkai = gongkaiIn(work);

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
});
