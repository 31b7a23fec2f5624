/**
 * A chart with its text alternative (WCAG 1.1.1): a caption, the SVG, a sentence summing it up, and the numbers as a
 * small table in <details>, so the figures can be read without the picture. Pure.
 */
import type { FC } from 'hono/jsx';
import { BarChart, type BarChartProps } from './barChart.tsx';

export interface ChartFigureProps extends BarChartProps {
  caption: string;
  /** One sentence with the figures that matter, shown under the chart. */
  summary: string;
  /** Headers of the text table: the label column and the value column. */
  columns: readonly [string, string];
}

export const ChartFigure: FC<ChartFigureProps> = (props) => (
  <figure class="chart-figure" aria-labelledby={`${props.id}-caption`}>
    <figcaption id={`${props.id}-caption`}>{props.caption}</figcaption>
    <BarChart id={props.id} title={props.title} desc={props.desc} bars={props.bars} max={props.max} />
    <p class="chart-summary">{props.summary}</p>
    <details class="chart-data">
      <summary>查看数据</summary>
      <table class="data-table">
        <thead><tr><th scope="col">{props.columns[0]}</th><th scope="col">{props.columns[1]}</th></tr></thead>
        <tbody>{props.bars.map((bar) => <tr><th scope="row">{bar.fullLabel ?? bar.label}</th><td>{bar.valueLabel}</td></tr>)}</tbody>
      </table>
    </details>
  </figure>
);
