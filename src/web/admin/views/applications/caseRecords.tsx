import type { FC } from 'hono/jsx';
import { parseProactiveSuggestion } from '../../../../domain/applications/proactive.ts';
import type { StoredApplication } from '../../../../domain/applications/stored.ts';
import { chinaDateOf } from '../../../../domain/shared/clock.ts';

/**
 * 归档、案卷 and 转主动公开 on the case page (条例第四十四条、第四十五条): the case file as one PDF,
 * archiving once the application is closed, and what several applicants asked for opened as a draft document.
 */
export const CaseRecords: FC<{ application: StoredApplication; csrf: string; canHandle: boolean }> = ({ application: a, csrf, canHandle }) => {
  const closed = a.status === 'closed' || a.status === 'withdrawn';
  const suggestion = parseProactiveSuggestion(a.proactiveSuggestion);
  const disclosable = a.outcome === 'granted' || a.outcome === 'partial';
  return (
    <section aria-labelledby="records-title" class="records-section">
      <h2 id="records-title">案卷与归档</h2>
      <p>
        <a href={`/admin/applications/${a.id}/casefile.pdf`}>下载案卷（PDF，含办理记录、期限说明和全部文书）</a>
        {a.archivedAt ? <span class="muted"> · 已于 {chinaDateOf(a.archivedAt)} 归档</span> : null}
      </p>
      {canHandle && closed && !a.archivedAt ? (
        <form method="post" action={`/admin/applications/${a.id}/archive`} class="inline-form">
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit">归档（条例第四十五条）</button>
        </form>
      ) : null}
      {suggestion ? (
        <p>已转主动公开：<a href={`/admin/documents/${suggestion.documentId}`}>草稿文件</a>（{suggestion.level1}{suggestion.level2 ? ` / ${suggestion.level2}` : ''}）</p>
      ) : canHandle && disclosable ? (
        <p>
          多人申请同一信息的，可以转为主动公开（条例第四十四条）：
          <a href={`/admin/applications/proactive?agencyId=${encodeURIComponent(a.agencyId)}`}>转主动公开</a>
        </p>
      ) : null}
    </section>
  );
};
