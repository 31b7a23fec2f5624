/**
 * The region view's two charts over the agencies shown: documents published per month, and answers given by their due
 * date per month with the share of catalog items without any finding. Each with its text alternative (ChartFigure).
 */
import type { FC } from 'hono/jsx';
import type { AgencySupervisionRow } from '../../../../domain/supervision/agencySupervision.ts';
import type { LocalDate } from '../../../../domain/shared/clock.ts';
import { ChartFigure } from '../../../shared/charts/chartFigure.tsx';
import { documentBars, itemTotals, longMonth, monthTotals, onTimeBars, percent } from '../../supervision/supervisionCharts.ts';

export const SupervisionCharts: FC<{ rows: readonly AgencySupervisionRow[]; today: LocalDate }> = ({ rows, today }) => {
  const totals = monthTotals(rows, today);
  const period = `${longMonth(totals[0]!.month)}至${longMonth(totals.at(-1)!.month)}`;
  const documents = totals.reduce((sum, t) => sum + t.documents, 0);
  const answered = totals.reduce((sum, t) => sum + t.answered, 0);
  const onTime = totals.reduce((sum, t) => sum + t.answeredOnTime, 0);
  const items = itemTotals(rows);
  const answeredText = answered ? `共答复 ${answered} 件，按期答复 ${onTime} 件（${percent(onTime / answered)}）` : '没有答复的申请';
  const itemsText = items.items
    ? `目录事项共 ${items.items} 项，没有任何问题的 ${items.clean} 项（${percent(items.clean / items.items)}）；有空白的 ${items.blank} 项，有迟报的 ${items.late} 项。`
    : '没有已发布的目录事项。';
  return (
    <section aria-labelledby="charts-title" class="chart-grid">
      <h2 id="charts-title">趋势（所显示的 {rows.length} 个单位合计）</h2>
      <ChartFigure
        id="chart-documents" caption={`每月公开政府信息数（${period}，横轴为月份）`} title="每月公开政府信息数"
        desc={`${period}各月公开的政府信息数，合计 ${documents} 条。`} summary={`${period}共公开 ${documents} 条。`}
        columns={['月份', '公开数']} bars={documentBars(totals)}
      />
      <ChartFigure
        id="chart-on-time" caption={`每月依申请公开按期答复的比例（${period}，横轴为月份，单位：%）`} title="每月按期答复比例"
        desc={`${period}各月答复的申请中在答复期限内答复的比例；${answeredText}。`} summary={`${answeredText}。${itemsText}`}
        columns={['月份', '按期答复比例（按期/答复）']} bars={onTimeBars(totals)} max={100}
      />
    </section>
  );
};
