/** /admin/supervision's query: parsing with safe defaults, filters, sort with nulls last, and links that keep both. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { AgencySupervisionRow } from '../../src/domain/supervision/agencySupervision.ts';
import { areaChoices, filterRows, parseSupervisionQuery, sortHref, sortRows, supervisionHref } from '../../src/web/admin/supervision/supervisionQuery.ts';

const row = (name: string, area: string, score: number, extra: { vetoed?: boolean; blank?: number; mean?: number | null; report?: string } = {}) => ({
  agencyName: name, regionNames: ['宁夏回族自治区', '中卫市', area],
  catalog: { versionNumber: 1, lintErrors: 0 }, items: { blank: extra.blank ?? 0, late: 0, stale: 0 }, documents: { lastTwelveMonths: 0 },
  applications: { received: 0, answered: 0, overdue: 0, meanAnswerWorkingDays: extra.mean === undefined ? null : extra.mean },
  annualReport: { timeliness: extra.report ?? 'onTime' }, readiness: { score, vetoed: extra.vetoed ?? false },
}) as unknown as AgencySupervisionRow;

const rows = [row('丙局', '中宁县', 90, { mean: 8 }), row('甲局', '沙坡头区', 70, { vetoed: true, blank: 2, mean: 15 }), row('乙局', '沙坡头区', 85, { report: 'overdue' })];
const names = (list: AgencySupervisionRow[]) => list.map((r) => r.agencyName);

it('parses the query with defaults and ignores what it does not know', () => {
  assert.deepEqual(parseSupervisionQuery({}), { region: null, sort: 'agency', dir: 'asc', area: '', q: '', veto: false, gaps: false, reportLate: false });
  assert.deepEqual(parseSupervisionQuery({ sort: 'constructor', dir: 'sideways' }).sort, 'agency');
  assert.equal(parseSupervisionQuery({ sort: 'received' }).dir, 'desc', 'counts: most first by default');
  assert.equal(parseSupervisionQuery({ sort: 'score' }).dir, 'asc', 'score: lowest first by default');
});

it('filters by area, name, 单项否决, blank or late and 年报 not on time', () => {
  const q = (raw: Record<string, string>) => names(filterRows(rows, parseSupervisionQuery(raw)));
  assert.deepEqual(q({ area: '沙坡头区' }), ['甲局', '乙局']);
  assert.deepEqual(q({ q: '丙' }), ['丙局']);
  assert.deepEqual(q({ veto: '1' }), ['甲局']);
  assert.deepEqual(q({ gaps: '1' }), ['甲局']);
  assert.deepEqual(q({ reportLate: '1' }), ['乙局']);
  assert.deepEqual(areaChoices(rows, 2), ['沙坡头区', '中宁县']);
});

it('sorts by a column either way, unknown values last, ties by name', () => {
  assert.deepEqual(names(sortRows(rows, { sort: 'score', dir: 'asc' })), ['甲局', '乙局', '丙局']);
  assert.deepEqual(names(sortRows(rows, { sort: 'score', dir: 'desc' })), ['丙局', '乙局', '甲局']);
  assert.deepEqual(names(sortRows(rows, { sort: 'meanDays', dir: 'asc' })), ['丙局', '甲局', '乙局']);
  assert.deepEqual(names(sortRows(rows, { sort: 'meanDays', dir: 'desc' })), ['甲局', '丙局', '乙局']);
});

it('keeps sort and filters in its links; a sorted header reverses its direction', () => {
  const query = parseSupervisionQuery({ region: 'r1', q: '局', veto: '1', sort: 'score' });
  assert.equal(supervisionHref(query), '/admin/supervision?region=r1&sort=score&q=%E5%B1%80&veto=1');
  assert.equal(supervisionHref(query, {}, '/admin/supervision/export.csv'), '/admin/supervision/export.csv?region=r1&sort=score&q=%E5%B1%80&veto=1');
  assert.equal(sortHref(query, 'score'), '/admin/supervision?region=r1&sort=score&dir=desc&q=%E5%B1%80&veto=1');
  assert.equal(sortHref(query, 'received'), '/admin/supervision?region=r1&sort=received&q=%E5%B1%80&veto=1');
});
