import type { FC } from 'hono/jsx';
import type { AgencySupervisionPage } from '../../../../app/supervision/agencySupervisionPage.ts';
import { chineseDate } from '../../../../domain/applications/letters/letterModel.ts';
import { PASS_MARK_NOTE, readinessCounts, readinessGroups, SEVERITY_TONES, type ReadinessGroup } from '../../supervision/readinessPresenters.ts';

/** A rule with more findings than this lists them folded, so the next rule stays in reach on a phone. */
const OPEN_UP_TO = 5;

const Verdict: FC<{ page: AgencySupervisionPage }> = ({ page }) => {
  const { verdict, verdictReason, score, today } = page.readiness;
  return (
    <div class={verdict === '合格' ? 'alert alert-success readiness-verdict' : 'alert alert-error readiness-verdict'}>
      <p>
        <strong class="readiness-verdict-word">{verdict}</strong>
        <span class="readiness-score">得分 <strong>{score}</strong> 分</span>
      </p>
      {verdictReason ? <p>{verdictReason}</p> : null}
      <p class="hint">按截至{chineseDate(today)}本系统中的数据评估，不含需人工检查的项目。{PASS_MARK_NOTE}</p>
    </div>
  );
};

const RuleGroup: FC<{ group: ReadinessGroup }> = ({ group }) => {
  const tone = SEVERITY_TONES[group.severity];
  const lines = (
    <ul class="readiness-lines">
      {group.lines.map((line) => (
        <li>
          <p>
            {line.message}
            {line.points ? <span class="muted">（扣{line.points}分）</span> : null}
          </p>
          <p>
            <a href={line.fix.href}>
              {line.fix.label}
              <span class="visually-hidden">：{line.where}</span>
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
  return (
    <li class={`finding finding-${tone}`}>
      <h3 class="readiness-rule">
        <span class={`severity severity-${tone}`}>{group.severityLabel}</span> {group.title}
        <span class="muted">（{group.lines.length} 条{group.points ? `，扣 ${group.points} 分` : ''}）</span>
      </h3>
      <p class="finding-hint">
        依据：{group.citation}
        {group.unconfirmed ? <span class="readiness-unconfirmed">［待核实］{group.unconfirmed}</span> : null}
      </p>
      {group.lines.length > OPEN_UP_TO ? (
        <details class="finding-details">
          <summary>逐条查看（{group.lines.length} 条）</summary>
          {lines}
        </details>
      ) : (
        lines
      )}
    </li>
  );
};

/** 检查准备情况: the verdict and score, then each rule's findings with a link to the fix, 单项否决 first. */
export const ReadinessSection: FC<{ page: AgencySupervisionPage }> = ({ page }) => (
  <section class="readiness" aria-labelledby="readiness-title">
    <h2 id="readiness-title">检查准备情况</h2>
    <Verdict page={page} />
    <p class={page.readiness.vetoed ? 'findings-counts has-errors' : 'findings-counts'}>{readinessCounts(page.readiness.findings)}</p>
    {page.readiness.findings.length ? (
      <ol class="finding-list">
        {readinessGroups(page).map((group) => <RuleGroup group={group} />)}
      </ol>
    ) : null}
  </section>
);
