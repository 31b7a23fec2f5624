/**
 * A vertical bar chart drawn on the server as SVG (no script, no library): one bar per label, the bare value written
 * above it, a bar left out (and "—" written) where the value is unknown. The SVG scales to its box by its viewBox, so it stays
 * readable on a 375 px phone; role="img" with <title>/<desc> names it for screen readers (WCAG 1.1.1), and the caller
 * puts the numbers next to it as text (ChartFigure below). Pure.
 */
import type { FC } from 'hono/jsx';

export interface Bar {
  /** Under the bar (short, e.g. 3月). */
  label: string;
  /** In the text alternative when the short label is ambiguous (e.g. 2026年3月). */
  fullLabel?: string;
  value: number | null;
  /** What the text alternative says, e.g. 12 or 85%（17/20）; above the bar the bare value is written (the caption gives the unit). */
  valueLabel: string;
}

export interface BarChartProps {
  id: string;
  title: string;
  desc: string;
  bars: readonly Bar[];
  /** The value of a full-height bar; by default the largest value (at least 1). */
  max?: number;
}

export const CHART = { width: 320, height: 180, left: 4, right: 4, top: 18, bottom: 24, fontSize: 12 } as const;

export interface BarGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
  centre: number;
}

/** Where each bar goes in the viewBox: equal slots, a gap of a quarter slot, heights proportional to value/max. */
export function barGeometry(bars: readonly Bar[], max?: number): BarGeometry[] {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value ?? 0));
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  return bars.map((bar, i) => {
    const height = bar.value === null ? 0 : (Math.min(bar.value, top) / top) * plotHeight;
    const x = CHART.left + i * slot + slot / 8;
    return { x: round(x), y: round(CHART.top + plotHeight - height), width: round(slot * 0.75), height: round(height), centre: round(x + (slot * 0.75) / 2) };
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

export const BarChart: FC<BarChartProps> = ({ id, title, desc, bars, max }) => {
  const geometry = barGeometry(bars, max);
  const baseline = CHART.height - CHART.bottom;
  return (
    <svg class="chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} font-size={CHART.fontSize}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <line x1={CHART.left} x2={CHART.width - CHART.right} y1={baseline} y2={baseline} stroke="#5b6470" stroke-width="1" />
      {bars.map((bar, i) => {
        const g = geometry[i]!;
        return (
          <g>
            {bar.value === null ? null : <rect x={g.x} y={g.y} width={g.width} height={g.height} fill="#0b4f9c" />}
            <text x={g.centre} y={Math.max(CHART.fontSize, g.y - 4)} text-anchor="middle" fill="#1f2328">{bar.value === null ? '—' : String(bar.value)}</text>
            <text x={g.centre} y={CHART.height - 8} text-anchor="middle" fill="#5b6470">{bar.label}</text>
          </g>
        );
      })}
    </svg>
  );
};

/**
 * A chart with its text alternative (WCAG 1.1.1): a caption, the SVG, a sentence summing it up, and the numbers as a
 * small table in <details>, so the figures can be read without the picture.
 */
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
