/**
 * The server-rendered charts (src/web/shared/charts): bar heights proportional to the values, unknown values without a
 * bar, the SVG named for screen readers, the numbers repeated as text; and the region view's monthly sums.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AgencySupervisionRow } from '../../src/domain/supervision/agencySupervision.ts';
import { BarChart, barGeometry, CHART, ChartFigure } from '../../src/web/shared/charts/barChart.tsx';
import { itemTotals, monthTotals, onTimeBars } from '../../src/web/admin/supervision/supervisionCharts.ts';

const render = async (node: unknown) => String(await Promise.resolve(node));
const bars = [{ label: '1月', value: 4, valueLabel: '4' }, { label: '2月', value: null, valueLabel: '无答复' }, { label: '3月', value: 2, valueLabel: '2' }];

describe('bar chart', () => {
  it('draws heights in proportion to the largest value, within the viewBox, and no bar for an unknown value', () => {
    const [a, b, c] = barGeometry(bars);
    const plot = CHART.height - CHART.top - CHART.bottom;
    assert.equal(a!.height, plot);
    assert.equal(b!.height, 0);
    assert.equal(c!.height, Math.round((plot / 2) * 10) / 10);
    assert.ok(a!.x >= 0 && c!.x + c!.width <= CHART.width);
    assert.equal(barGeometry([{ label: 'x', value: 150, valueLabel: '' }], 100)[0]!.height, plot, 'clipped at max');
    assert.equal(barGeometry([{ label: 'x', value: 0, valueLabel: '0' }])[0]!.height, 0, 'all zero: no division by zero');
  });

  it('is an image named by its title and description, with the numbers as text beside it', async () => {
    const svg = await render(BarChart({ id: 'c1', title: '每月公开数', desc: '合计6条', bars }));
    assert.match(svg, /^<svg class="chart" viewBox="0 0 \d+ \d+" role="img" aria-labelledby="c1-title c1-desc"/);
    assert.match(svg, /<title id="c1-title">每月公开数<\/title><desc id="c1-desc">合计6条<\/desc>/);
    assert.equal((svg.match(/<rect /g) ?? []).length, 2);
    assert.match(svg, />—<\/text>/);
    const figure = await render(ChartFigure({ id: 'c2', title: 't', desc: 'd', bars, caption: '图', summary: '共6条。', columns: ['月份', '数'] }));
    assert.match(figure, /<details class="chart-data"><summary>查看数据<\/summary>/);
    assert.match(figure, /<th scope="row">2月<\/th><td>无答复<\/td>/);
  });
});

describe('region view chart figures', () => {
  const row = (months: AgencySupervisionRow['months'], items: Partial<AgencySupervisionRow['items']> = {}) =>
    ({ months, catalog: { items: 10 }, items: { blank: 0, late: 0, stale: 0, vague: 0, ok: 10, ...items } }) as unknown as AgencySupervisionRow;

  it('sums the shown agencies per month over the twelve months ending today, and the share answered on time', () => {
    const rows = [
      row([{ month: '2026-03', documents: 2, answered: 4, answeredOnTime: 3 }, { month: '2024-01', documents: 9, answered: 0, answeredOnTime: 0 }], { blank: 2, ok: 7 }),
      row([{ month: '2026-03', documents: 1, answered: 0, answeredOnTime: 0 }, { month: '2025-04', documents: 5, answered: 1, answeredOnTime: 1 }], { late: 1, ok: 9 }),
    ];
    const totals = monthTotals(rows, '2026-03-15');
    assert.deepEqual([totals[0]!.month, totals.at(-1)!.month, totals.length], ['2025-04', '2026-03', 12]);
    assert.deepEqual(totals.at(-1), { month: '2026-03', documents: 3, answered: 4, answeredOnTime: 3 });
    assert.equal(totals.reduce((sum, t) => sum + t.documents, 0), 8, 'a month outside the twelve is left out');
    const shares = onTimeBars(totals);
    assert.deepEqual(shares.at(-1), { label: '3', fullLabel: '2026年3月', value: 75, valueLabel: '75%（3/4）' });
    assert.equal(shares[1]!.value, null);
    assert.deepEqual(itemTotals(rows), { items: 20, clean: 16, blank: 2, late: 1 });
  });
});
