/**
 * The supervisors' weekly list of agencies with 单项否决 findings (issue 11 deliverable 5) through the outbox: one
 * message per region supervisor with an address and ISO week, naming exactly the vetoed agencies below their region
 * with the failed checks and the link to each agency's page; nothing when none is vetoed; no applicant data.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { getAgency } from '../../src/app/agencies/getAgency.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { queueVetoSummaries, VETO_SUMMARY } from '../../src/app/supervision/queueVetoSummaries.ts';
import { regionSupervision } from '../../src/app/supervision/regionSupervision.ts';
import type { Role } from '../../src/domain/accounts/roles.ts';
import type { CatalogItem } from '../../src/domain/catalog/catalog.ts';
import { contextFor, goldenCatalog, TestClock } from '../helpers/appContext.ts';
import { FORM } from '../helpers/applicationFixtures.ts';
import { describeEachEngine } from '../helpers/databases.ts';

const DAY = 24 * 60;
const ZHONGWEI = ['宁夏回族自治区', '中卫市', '沙坡头区'];
const DAWUKOU = ['宁夏回族自治区', '石嘴山市', '大武口区'];

/** A catalog of two items: two blank columns stay below the 单项否决 threshold of five. */
function smallCatalog(agency: string) {
  const golden = goldenCatalog() as { items: CatalogItem[] };
  return { ...golden, agency, declared: null, items: golden.items.slice(0, 2) };
}

describeEachEngine('weekly list of agencies with 单项否决 findings', (open) => {
  it('sends each region supervisor with an address the vetoed agencies below their region, once a week', async () => {
    const engine = await open();
    const clock = new TestClock('2026-03-02T02:00:00.000Z');
    const system = contextFor(engine, undefined, clock);
    const vetoed = await loadCatalog(system, goldenCatalog(), { publish: true, regionPath: ZHONGWEI });
    await loadCatalog(system, smallCatalog('中卫市财政局'), { publish: true, regionPath: ZHONGWEI });
    const elsewhere = await loadCatalog(system, smallCatalog('大武口区财政局'), { publish: true, regionPath: DAWUKOU });
    const zhongweiId = (await getAgency(engine.db, vetoed.agencyId))!.regionPath[1]!;
    const dawukouId = (await getAgency(engine.db, elsewhere.agencyId))!.regionPath[2]!;
    const user = async (username: string, roles: Role[], access: { agencyId?: string; regionId?: string }, email: string | null) =>
      (await createUser(system, { username, displayName: `${username}同志`, password: 'correct horse battery', roles, ...access, email })).id;
    const supervisor = await user('duchayuan', ['region_supervisor'], { regionId: zhongweiId }, 'duchayuan@example.cn');
    await user('bieren', ['region_supervisor'], { regionId: dawukouId }, 'bieren@example.cn');
    await user('wuyouxiang', ['region_supervisor'], { regionId: zhongweiId }, null);
    const clerk = await user('xiaowang', ['editor', 'agency_admin'], { agencyId: vetoed.agencyId }, 'xiaowang@example.cn');
    await registerApplication(contextFor(engine, (await getActorForUser(engine.db, clerk))!, clock), { agencyId: vetoed.agencyId, fields: FORM, receipt: { channel: 'inPerson', on: '2026-03-02' } });

    const lines = (await regionSupervision(system, '宁夏回族自治区')).rows.map((r) => [r.agencyName, r.readiness.vetoed, r.readiness.vetoes]);
    assert.deepEqual(lines, [['大武口区财政局', false, []], ['中卫市财政局', false, []], ['中卫市医疗保障局', true, ['空白栏目']]], 'one vetoed agency, in 中卫');
    const lists = () => engine.db.selectFrom('outbox').selectAll().where('subject_type', '=', VETO_SUMMARY).orderBy('created_at').execute();

    assert.equal(await queueVetoSummaries(system, { origin: 'https://gongkai.example.cn' }), 1, 'only the 中卫 supervisor with an address');
    const [first, ...others] = await lists();
    assert.deepEqual(others, []);
    assert.equal(first!.recipient, 'duchayuan@example.cn');
    assert.equal(first!.subject_id, `${supervisor}:2026-W10`);
    assert.equal(first!.subject, '政务公开单项否决单位清单（2026年3月2日）：宁夏回族自治区中卫市 1 个单位');
    assert.equal(first!.body, [
      'duchayuan同志：',
      '截至2026年3月2日，宁夏回族自治区中卫市所属单位中有 1 个单位存在单项否决问题（国办秘函〔2019〕19号：任一单项否决指标不达标即为不合格）：',
      '',
      '· 中卫市医疗保障局（检查准备得分 90 分）：空白栏目',
      `  https://gongkai.example.cn/admin/supervision/agencies/${vetoed.agencyId}`,
      '',
      '以上依据各单位最近一次计算的监督数据（最早为2026年3月2日）。',
      '本邮件每周发送一次，由系统自动生成；不再接收请联系系统管理员删除您账号中的电子邮件地址。',
    ].join('\n'));
    for (const personal of [FORM.name, FORM.idNumber, FORM.phone, FORM.email, FORM.address, FORM.request]) assert.equal(`${first!.subject}${first!.body}`.includes(personal), false, personal);

    clock.advanceMinutes(DAY * 6); // Sunday 8 March, the same ISO week
    assert.equal(await queueVetoSummaries(system, { origin: null }), 0, 'never twice in one week');
    clock.advanceMinutes(15 * 60); // Monday 9 March, 01:00 in China
    assert.equal(await queueVetoSummaries(system, { origin: null }), 1);
    const [, second] = await lists();
    assert.equal(second!.subject_id, `${supervisor}:2026-W11`);
    assert.ok(second!.body.includes(`\n  /admin/supervision/agencies/${vetoed.agencyId}\n`), 'without an origin the link is the path');
    assert.match(second!.body, /最早为2026年3月2日/, 'the stored line is what the list rests on');
    assert.deepEqual((await lists()).map((m) => m.recipient), ['duchayuan@example.cn', 'duchayuan@example.cn']);
  });
});
