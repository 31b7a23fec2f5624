/**
 * `gongkai monitor REGION [--json]` (issue 11, deliverable 4 and its first "Must show") on both engines: the real CLI
 * lists the five seed agencies with every field; then, with a test clock, a document published late under an
 * event-driven item and a passed 每年1月15日之前 period show under exactly that agency, and no other agency gains them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seedDemoData } from '../../src/app/demo/seedDemoData.ts';
import { printMonitor } from '../../src/cli/commands/monitor.ts';
import type { CommandIO } from '../../src/cli/command.ts';
import type { RegionFindings } from '../../src/app/supervision/regionFindings.ts';
import type { Role } from '../../src/domain/accounts/roles.ts';
import { diskAttachmentStore } from '../../src/storage/files/diskAttachmentStore.ts';
import { findAgencyByName } from '../../src/storage/repositories/agency.repository.ts';
import { contextFor, REPO_ROOT, TestClock } from '../helpers/appContext.ts';
import { assertOneLineFailure } from '../helpers/cliAssertions.ts';
import { openTestDatabase } from '../helpers/databases.ts';
import { publishNew } from '../documents/documentFixtures.ts';

const SEEDS = ['中卫市医疗保障局', '固原市医疗保障局', '灵武市医疗保障局', '金凤区医疗保障局', '大武口区医疗保障局'];
const DAWUKOU = '大武口区医疗保障局';
const NOTICES = { level1: '政府信息公开', level2: '通知公告' };
const LATE_TITLE = '关于调整医保经办窗口服务时间的通知';

function gongkai(url: string, ...args: string[]) {
  const result = spawnSync(join(REPO_ROOT, 'bin', 'gongkai'), args, { encoding: 'utf8', env: { ...process.env, DATABASE_URL: url } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

type Agency = RegionFindings['agencies'][number];

for (const engineName of ['sqlite', 'postgres'] as const) {
  describe(`gongkai monitor [${engineName}]`, () => {
    let database: Awaited<ReturnType<typeof openTestDatabase>>;
    const clock = new TestClock('2026-03-02T02:00:00.000Z');
    before(async () => {
      database = await openTestDatabase(engineName);
      await seedDemoData(contextFor(database.engine, undefined, clock));
    });
    after(async () => database.drop());

    /** The command's own function with the test clock (the CLI itself runs on the real clock). */
    async function monitorJson(): Promise<RegionFindings> {
      const lines: string[] = [];
      const io: CommandIO = { out: (line) => lines.push(line), err: (line) => assert.fail(line), database: async () => database.engine, stdin: async () => '' };
      assert.equal(await printMonitor(contextFor(database.engine, undefined, clock), { region: '宁夏回族自治区', json: true }, io), 0);
      return JSON.parse(lines.join('\n')) as RegionFindings;
    }

    it('lists exactly the five seed agencies with every field, as JSON and as a Chinese table', () => {
      const result = gongkai(database.url, 'monitor', '宁夏回族自治区', '--json');
      assert.equal(result.code, 0, result.err);
      const json = JSON.parse(result.out) as RegionFindings;
      assert.deepEqual(Object.keys(json), ['region', 'today', 'agencies']);
      assert.deepEqual(json.region.path, ['宁夏回族自治区']);
      assert.deepEqual(json.agencies.map((a) => a.agencyName).sort(), [...SEEDS].sort());
      for (const agency of json.agencies) {
        assert.deepEqual(Object.keys(agency), ['agencyId', 'agencyName', 'regionNames', 'asOf', 'computedAt', 'catalog', 'items', 'documents', 'months', 'applications', 'annualReport', 'readiness', 'findings']);
        assert.deepEqual(Object.keys(agency.catalog), ['versionId', 'versionNumber', 'publishedOn', 'items', 'lintErrors', 'lintWarnings']);
        assert.deepEqual(Object.keys(agency.items), ['blank', 'late', 'stale', 'vague', 'ok']);
        assert.deepEqual(Object.keys(agency.applications), ['year', 'received', 'answered', 'answeredOnTime', 'open', 'overdue', 'meanAnswerWorkingDays']);
        assert.deepEqual(Object.keys(agency.annualReport), ['year', 'status', 'publishedOn', 'timeliness', 'label']);
        assert.deepEqual(Object.keys(agency.readiness), ['score', 'vetoed', 'verdict', 'findings', 'vetoes']);
        assert.deepEqual(Object.keys(agency.findings), ['items', 'readiness']);
        assert.equal(agency.months.length, 12);
        assert.equal(agency.catalog.versionNumber, 1);
        assert.equal(agency.readiness.findings, agency.findings.readiness.length);
      }
      const table = gongkai(database.url, 'monitor', '宁夏回族自治区');
      assert.equal(table.code, 0, table.err);
      const lines = table.out.trim().split('\n');
      assert.match(lines[0]!, /^宁夏回族自治区：5个单位（截至\d{4}-\d{2}-\d{2}）$/);
      assert.match(lines[2]!, /^单位 +目录版本 +检查错误 +空白 +迟报 +近12个月公开 +申请 收到\/办结\/逾期 +平均答复工作日 +上年度年报 +检查准备得分\/单项否决$/);
      assert.deepEqual(lines.slice(4).map((line) => line.split(/\s{2,}/)[0]).sort(), [...SEEDS].sort());
      assert.doesNotMatch(table.out, /[a-zA-Z]{2,}/, 'no English identifier reaches the reader');
    });

    it('answers an unknown region or a missing one with one Chinese line and a non-zero exit', () => {
      assertOneLineFailure(gongkai(database.url, 'monitor', '火星'), /^找不到地区「火星」$/);
      assertOneLineFailure(gongkai(database.url, 'monitor'), /^gongkai monitor: 缺少地区名称/);
    });

    it('shows the late document and the passed yearly period under exactly that agency', async () => {
      const moveTo = (instant: string) => clock.advanceMinutes((Date.parse(instant) - Date.parse(clock.now())) / 60_000);
      moveTo('2027-01-14T02:00:00.000Z'); // a Thursday: 大武口's 每年1月15日之前 period has not ended yet
      const before = await monitorJson();
      const agencyId = (await findAgencyByName(database.engine.db, DAWUKOU))!.id;
      const as = (role: Role) => contextFor(database.engine, { id: `u-${role}`, name: `${role}同志`, roles: [role], agencyId, regionId: null }, clock);
      const world = { engine: database.engine, clock, admin: contextFor(database.engine, undefined, clock), agencyId, files: diskAttachmentStore(mkdtempSync(join(tmpdir(), 'gongkai-attachments-'))), editor: as('editor'), reviewer: as('reviewer'), approver: as('approver') };
      const { documentId } = await publishNew(world, { title: LATE_TITLE, publisher: DAWUKOU, formedOn: '2026-11-02' }, undefined, [NOTICES]);
      moveTo('2027-01-18T02:00:00.000Z'); // Monday: the period due 15 January ended without a publication
      const later = await monitorJson();
      const byName = (json: RegionFindings) => new Map(json.agencies.map((a) => [a.agencyName, a]));
      const [was, now] = [byName(before).get(DAWUKOU)!, byName(later).get(DAWUKOU)!];

      const known = new Set(was.findings.items.map((item) => JSON.stringify(item)));
      assert.deepEqual(was.findings.items.filter((item) => !new Set(now.findings.items.map((i) => JSON.stringify(i))).has(JSON.stringify(item))), [], 'no finding went away');
      const gained = now.findings.items.filter((item) => !known.has(JSON.stringify(item))).map(({ itemId: _, ...item }) => item);
      assert.deepEqual(gained, [
        {
          level1: '政府信息公开', level2: '通知公告', timeLimit: '形成或变更之日起20个工作日内公开',
          findings: [{
            kind: 'late', label: '迟报', periods: [], lastReviewedOn: null,
            explanation: `按信息形成或者变更之日起20个工作日内（《政府信息公开条例》第二十六条）：「${LATE_TITLE}」应于2026-11-30前公开，2027-01-14才公开，迟了32个工作日`,
            documents: [{ documentId, title: LATE_TITLE, dueDate: '2026-11-30', publishedOn: '2027-01-14', workingDaysLate: 32 }],
          }],
        },
        {
          level1: '政府信息公开', level2: '政府信息公开年度工作报告', timeLimit: '每年1月15日之前',
          findings: [{
            kind: 'blank', label: '空白', documents: [], lastReviewedOn: null,
            explanation: '每年1月15日前（本单位政务公开目录所列公开时限），2027年1月15日前（2026-01-16至2027-01-15）期间没有公开信息',
            periods: [{ label: '2027年1月15日前', opens: '2026-01-16', due: '2027-01-15' }],
          }],
        },
      ]);
      assert.deepEqual({ late: now.items.late - was.items.late, blank: now.items.blank - was.items.blank }, { late: 1, blank: 1 });
      const periodBlanks = (agency: Agency) => agency.findings.readiness.filter((f) => f.rule === 'items.periodBlank').map(({ title, severityLabel, where, message }) => ({ title, severityLabel, where, message }));
      assert.deepEqual(periodBlanks(was), []);
      assert.deepEqual(periodBlanks(now), [{
        title: '定期公开事项到期未公开', severityLabel: '扣分', where: '事项“政府信息公开 / 政府信息公开年度工作报告”',
        message: '事项“政府信息公开 / 政府信息公开年度工作报告”2027年1月15日前的信息应于2027年1月15日前公开，期满仍未公开',
      }]);

      for (const name of SEEDS.filter((n) => n !== DAWUKOU)) {
        const [earlier, current] = [byName(before).get(name)!, byName(later).get(name)!];
        assert.deepEqual(current.findings.items, earlier.findings.items, `${name} gains no item finding`);
        assert.deepEqual(current.items, earlier.items, name);
        assert.deepEqual(periodBlanks(current), [], name);
        assert.equal(JSON.stringify(current).includes(LATE_TITLE), false, name);
      }
    });
  });
}
