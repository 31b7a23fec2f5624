/**
 * The "Must show" of 依申请公开 end to end through the real CLI: a generated register of a few
 * hundred applications is imported, `applications list --json` gives the independent reference's
 * due date for every application and `report build --json` its table 三 cell for cell. Bad
 * registers are refused with Chinese lines and import nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exportRegisterJson, exportRegisterXlsx } from '../../src/exporters/applications/registerFiles.ts';
import { REPO_ROOT } from '../helpers/appContext.ts';
import { generateRegister } from '../helpers/applicationRegisterGenerator.ts';
import { referenceClosure, referenceDueOn } from '../helpers/referenceAnswerClock.ts';
import { referenceTable3 } from '../helpers/referenceTable3.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-applications-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

function gongkai(...args: string[]) {
  const result = spawnSync(join(REPO_ROOT, 'bin', 'gongkai'), args, { cwd: work, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `sqlite:${join(work, 'applications.db')}` } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

const AGENCY = '中卫市医疗保障局';
const register = generateRegister({ seed: 2026, count: 300 });

describe('gongkai applications / report build against the reference', () => {
  before(() => {
    assert.equal(gongkai('migrate').code, 0);
    assert.equal(gongkai('agency', 'add', AGENCY, '--region', '宁夏回族自治区/中卫市').code, 0);
    assert.equal(gongkai('agency', 'add', '中卫市财政局', '--region', '宁夏回族自治区/中卫市').code, 0);
  });

  it('imports 300 generated applications; every listed dueOn and outcome is the reference’s', () => {
    const imported = gongkai('applications', 'import', write('register.json', exportRegisterJson(register)));
    assert.equal(imported.code, 0, imported.err);
    assert.equal(imported.out.trim(), `导入 300 件申请（${AGENCY}）`);
    const listing = JSON.parse(gongkai('applications', 'list', AGENCY, '--json').out) as { agency: string; applications: Record<string, unknown>[] };
    assert.equal(listing.applications.length, 300);
    const byRef = new Map(listing.applications.map((a) => [a.ref, a]));
    for (const application of register.applications) {
      const listed = byRef.get(application.ref)!;
      assert.equal(listed.dueOn, referenceDueOn(application.receivedOn, application.events), application.ref);
      const closure = referenceClosure(application.events);
      assert.equal(listed.outcome, closure.outcome, application.ref);
      for (const key of ['id', 'trackingNo', 'status', 'provisional', 'answeredOn', 'overdue']) assert.ok(key in listed, key);
      assert.equal(listed.provisional, false);
    }
  });

  it('prints a long listing whole through a pipe, and stops quietly when the reader stops early', () => {
    const bin = join(REPO_ROOT, 'bin', 'gongkai');
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(work, 'applications.db')}` };
    const piped = spawnSync('bash', ['-c', `"${bin}" applications list ${AGENCY} --json | cat`], { cwd: work, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    assert.ok(piped.stdout.length > 200_000, `${piped.stdout.length} characters`);
    assert.equal(JSON.parse(piped.stdout).applications.length, 300);
    const early = spawnSync('bash', ['-o', 'pipefail', '-c', `"${bin}" applications list ${AGENCY} --json | head -c 100`], { cwd: work, encoding: 'utf8', env });
    assert.match(early.stdout, /^\{\n {2}"agency"/);
    assert.equal(early.stderr, '');
    assert.equal(early.status, 0);
  });

  it('builds table 三 of 2025 and 2026 equal to the reference table cell for cell', () => {
    for (const year of [2025, 2026]) {
      const built = gongkai('report', 'build', AGENCY, '--year', String(year), '--json');
      assert.equal(built.code, 0, built.err);
      const report = JSON.parse(built.out);
      assert.deepEqual({ agency: report.agency, year: report.year, format: report.format }, { agency: AGENCY, year, format: '2021' });
      assert.deepEqual(report.table3, referenceTable3(register.applications, year));
    }
  });

  it('refuses impossible dates and unknown outcome words with one Chinese line each, importing nothing', () => {
    const early = { agency: '中卫市财政局', applications: [{ ...register.applications[30]!, ref: 'B-1', events: [{ type: 'answered', on: '2025-01-02', outcome: 'granted' }] }] };
    const refused = gongkai('applications', 'import', write('early.json', JSON.stringify(early)));
    assert.notEqual(refused.code, 0);
    assert.deepEqual(refused.err.trim().split('\n').length, 1, refused.err);
    assert.match(refused.err, /^第1件申请（编号 B-1）“办理记录”：第1项记录（作出答复，2025-01-02）：日期早于收到申请日期/);
    const csv = '编号,收到日期,申请人,申请人类型,申请内容,答复日期,办理结果\nC-1,2025/11/3,王伟,自然人,甲,2025/11/20,予以公开\nC-2,2025/11/3,李娜,自然人,乙,2025/11/20,已阅\n';
    const unknown = gongkai('applications', 'import', write('unknown.csv', csv), '--agency', '中卫市财政局');
    assert.notEqual(unknown.code, 0);
    assert.equal(unknown.err.trim(), '第3行“办理结果”：“已阅”不是可识别的办理结果（如 予以公开、部分公开、不予公开（属于国家秘密）、本机关不掌握、逾期不补正、申请人撤回）');
    assert.doesNotMatch(unknown.err, /\n\s+at /);
    assert.equal(JSON.parse(gongkai('applications', 'list', '中卫市财政局', '--json').out).applications.length, 0);
  });

  it('imports an xlsx 台账 once; the same register again is refused as already imported', async () => {
    const small = { agency: '中卫市财政局', applications: generateRegister({ seed: 5, count: 40 }).applications };
    const file = write('small.xlsx', await exportRegisterXlsx(small));
    const first = gongkai('applications', 'import', file);
    assert.equal(first.code, 0, first.err);
    assert.equal(first.out.trim(), '导入 40 件申请（中卫市财政局）');
    const again = gongkai('applications', 'import', file);
    assert.notEqual(again.code, 0);
    assert.match(again.err.split('\n')[0]!, /^第1件申请（编号 \S+）：本单位台账中已有编号/);
    assert.equal(JSON.parse(gongkai('applications', 'list', '中卫市财政局', '--json').out).applications.length, 40);
    const missing = gongkai('applications', 'import', file, '--agency', '不存在的局');
    assert.equal(missing.err.trim(), '找不到单位「不存在的局」（gongkai agency list 列出所有单位）');
  });
});
