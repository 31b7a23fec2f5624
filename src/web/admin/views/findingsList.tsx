import type { FC } from 'hono/jsx';
import type { FindingsSummary } from '../findings.ts';

/** Longer lists start folded so the table below stays in reach (unless there are errors). */
const OPEN_UP_TO = 8;

/** 检查结果: each finding with its severity, the item it concerns, the problem and the fix; errors first. */
export const FindingsList: FC<{ summary: FindingsSummary; headingId?: string; title?: string }> = ({ summary, headingId = 'findings-title', title = '检查结果' }) => {
  const { counts, findings } = summary;
  return (
    <section class="findings" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p class={counts.error > 0 ? 'findings-counts has-errors' : 'findings-counts'}>
        {findings.length === 0 ? '未发现问题。' : `共 ${findings.length} 条：错误 ${counts.error} 条，警告 ${counts.warning} 条，提示 ${counts.info} 条。`}
      </p>
      {findings.length > 0 ? (
        <details class="finding-details" open={findings.length <= OPEN_UP_TO || counts.error > 0}>
          <summary>逐条查看（{findings.length} 条）</summary>
          <ol class="finding-list">
            {findings.map((finding) => (
              <li class={`finding finding-${finding.severity}`}>
                <p class="finding-message">
                  <span class={`severity severity-${finding.severity}`}>{finding.severityLabel}</span> {finding.message}
                  {finding.href ? (
                    <>
                      {' '}
                      <a href={finding.href} class="finding-where">
                        查看<span class="visually-hidden">{finding.where}</span>
                      </a>
                    </>
                  ) : finding.where.startsWith('第') ? null : (
                    <span class="finding-where muted">（{finding.where}）</span>
                  )}
                </p>
                {finding.hint ? <p class="finding-hint">修改建议：{finding.hint}</p> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
};
