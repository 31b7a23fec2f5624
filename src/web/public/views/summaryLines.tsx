import type { FC } from 'hono/jsx';
import type { SummaryLines } from '../summaryLines.ts';

/**
 * The summary line as the document states it, as written, with the line computed from the items beneath it and, where
 * they differ, which numbers do not agree (also where only the numbers of the line are known). A catalog in the national
 * form without a stated line shows the computed line as its summary line (the form's line is computed); one in its
 * source's layout labels it as computed.
 */
export const SummaryLinesBlock: FC<{ summary: SummaryLines; sourceLayout: boolean }> = ({ summary, sourceLayout }) => {
  if (!summary.declared && !sourceLayout && summary.differences.length === 0) return <p class="summary-line">{summary.computed}</p>;
  return (
    <div class="summary-lines">
      {summary.declared ? <p class="summary-line">{summary.declared}</p> : null}
      <p class="summary-computed">按目录事项计算：{summary.computed}</p>
      {summary.differences.length ? (
        <p class="summary-mismatch" role="note">
          目录写明的统计与事项不一致：{summary.differences.join('；')}
        </p>
      ) : null}
    </div>
  );
};

/** The lines above the table as the document writes them (填报单位、填表人 …), one under the other. */
export const HeaderLines: FC<{ lines: string[] }> = ({ lines }) =>
  lines.length ? (
    <div class="header-lines">
      {lines.map((line) => (
        <p>{line}</p>
      ))}
    </div>
  ) : null;
