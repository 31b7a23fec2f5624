import type { FC } from 'hono/jsx';
import type { AgencySupervisionPage } from '../../../../app/supervision/agencySupervisionPage.ts';
import { chineseDate } from '../../../../domain/applications/letters/letterModel.ts';
import {
  itemsWithFindings, obligationCounts, obligationItems, statusTone, type ObligationItemView, type ObligationLine,
} from '../../supervision/obligationPresenters.ts';

/** More items with findings than this start folded (the counts above say how many). */
const OPEN_UP_TO = 12;

const ItemName: FC<{ item: ObligationItemView }> = ({ item }) => (item.href ? <a href={item.href}>{item.label}</a> : <>{item.label}</>);

/** Many blank periods (a monthly item left for a year) fold behind their count. */
const FOLD_LINES_OVER = 3;

const FindingLines: FC<{ lines: ObligationLine[]; summary: string }> = ({ lines, summary }) => {
  const list = <ul class="readiness-lines">{lines.map((line) => <li>{line.href ? <a href={line.href}>{line.text}</a> : line.text}</li>)}</ul>;
  if (lines.length <= FOLD_LINES_OVER) return list;
  return (
    <details class="finding-details">
      <summary>{summary}（逐条查看）</summary>
      {list}
    </details>
  );
};

const FindingItem: FC<{ item: ObligationItemView; newDocumentHref: string | null }> = ({ item, newDocumentHref }) => (
  <li class={`finding finding-${statusTone(item.status) ?? 'info'}`}>
    <h3 class="readiness-rule">
      <ItemName item={item} />
    </h3>
    <p class="finding-hint">公开时限：{item.timeLimit}（{item.kindLabel}）· 已公开 {item.documentCount} 条</p>
    {item.findings.map((finding) => (
      <div class="obligation-finding">
        <p><span class={`severity severity-${statusTone(finding.status) ?? 'info'}`}>{finding.label}</span></p>
        <FindingLines lines={finding.lines} summary={finding.summary} />
      </div>
    ))}
    {newDocumentHref && item.findings.some((f) => f.status === 'blank') ? <p><a href={newDocumentHref}>新建文件<span class="visually-hidden">（{item.label}）</span></a></p> : null}
  </li>
);

const AllItems: FC<{ items: ObligationItemView[] }> = ({ items }) => (
  <details class="finding-details">
    <summary>全部事项（{items.length} 项，按目录顺序）</summary>
    <ol class="obligation-all">
      {items.map((item) => (
        <li>
          <ItemName item={item} />
          <span class="muted"> · {item.kindLabel} · 已公开 {item.documentCount} 条 · </span>
          <span class={item.status === 'ok' ? 'status status-published' : 'status status-overdue'}>{item.statusLabel}</span>
        </li>
      ))}
    </ol>
  </details>
);

/**
 * 目录事项履行情况: what each item of the published catalog expects by its 公开时限 and whether it was met —
 * 空白 periods, 迟报 documents, items not reviewed for a year, vague time limits — then every item in order.
 */
export const ObligationsSection: FC<{ page: AgencySupervisionPage }> = ({ page }) => {
  const { obligations } = page;
  const items = obligationItems(obligations);
  const flagged = itemsWithFindings(items);
  const newDocumentHref = page.may.editDocuments ? `/admin/agencies/${page.agency.id}/documents/new` : null;
  const list = <ol class="finding-list">{flagged.map((item) => <FindingItem item={item} newDocumentHref={newDocumentHref} />)}</ol>;
  return (
    <section class="obligations" aria-labelledby="obligations-title">
      <h2 id="obligations-title">目录事项履行情况</h2>
      {obligations.since === null ? (
        <p class="empty">该单位尚未发布政府信息公开目录，没有可核对的事项。</p>
      ) : (
        <>
          <p class="hint">按现行目录（{chineseDate(obligations.since)}起施行）各事项的公开时限核对，截至{chineseDate(obligations.today)}。</p>
          <ul class="queue-counts" aria-label="各类情况的事项数">
            {obligationCounts(obligations.counts).map((c) => <li>{c.label} <strong>{c.count}</strong> 项</li>)}
          </ul>
          {flagged.length === 0 ? <p class="empty">各事项均符合公开时限。</p> : null}
          {flagged.length > OPEN_UP_TO ? (
            <details class="finding-details" open={flagged.some((item) => item.status === 'blank' || item.status === 'late')}>
              <summary>需要处理的事项（{flagged.length} 项）</summary>
              {list}
            </details>
          ) : flagged.length ? list : null}
          <AllItems items={items} />
        </>
      )}
    </section>
  );
};
