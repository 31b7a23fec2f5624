import type { FC } from 'hono/jsx';
import type { AdminDocumentView } from '../../../../app/documents/presentDocument.ts';
import { findingFieldLabel } from '../../../../domain/documents/findingFields.ts';
import { formatSize } from '../../../public/documentPresenters.ts';
import { chinaTime } from '../../presenters.ts';

/** Pre-publication check results: blocking findings stop submission and sign-off; warnings are for the reviewers. */
export const CheckResults: FC<{ doc: AdminDocumentView }> = ({ doc }) => {
  const blocking = doc.findings.filter((f) => f.severity === 'block');
  const warnings = doc.findings.filter((f) => f.severity === 'warn');
  if (doc.status === 'published' || doc.status === 'withdrawn') return null;
  return (
    <section aria-labelledby="checks-title">
      <h2 id="checks-title">发布前检查</h2>
      <p class={blocking.length ? 'findings-counts has-errors' : 'findings-counts'}>
        {blocking.length ? `${blocking.length}项须改正后才能提交和审签` : '没有阻止发布的问题'}
        {warnings.length ? `；${warnings.length}项提醒` : ''}
      </p>
      <ul class="finding-list">
        {[...blocking, ...warnings].map((f) => (
          <li class={f.severity === 'block' ? 'finding finding-error' : 'finding finding-warning'}>
            <p>
              <span class={f.severity === 'block' ? 'severity severity-error' : 'severity severity-warning'}>{f.severity === 'block' ? '阻止发布' : '提醒'}</span> {f.message}
            </p>
            <p class="finding-hint">位置：{findingFieldLabel(f.field)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
};

export const AttachmentSection: FC<{ doc: AdminDocumentView; canEdit: boolean; csrf: string; maxMb: number }> = ({ doc, canEdit, csrf, maxMb }) => (
  <section aria-labelledby="attachments-title">
    <h2 id="attachments-title">附件</h2>
    {doc.attachments.length ? (
      <ul class="attachment-admin-list">
        {doc.attachments.map((a) => (
          <li>
            <a href={`/admin/documents/${doc.id}/attachments/${a.id}`}>{a.displayName}</a> <span class="muted">（{a.mediaType}，{formatSize(a.size)}，提取文字{a.textLength}字）</span>
            {canEdit ? (
              <form method="post" action={`/admin/documents/${doc.id}/attachments/${a.id}/remove`} class="inline-form">
                <input type="hidden" name="_csrf" value={csrf} />
                <button type="submit" class="link-button" data-confirm="确认删除该附件？">删除<span class="visually-hidden"> {a.displayName}</span></button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    ) : <p class="muted">没有附件。</p>}
    {canEdit ? (
      <form method="post" action={`/admin/documents/${doc.id}/attachments`} enctype="multipart/form-data" class="form">
        <input type="hidden" name="_csrf" value={csrf} />
        <div class="field">
          <label for="attachment-file">上传附件</label>
          <p id="attachment-hint" class="hint">PDF、Word、Excel、PNG/JPEG/GIF，不超过 {maxMb} MB；按文件内容识别类型，含宏的文件会被拒绝。</p>
          <input id="attachment-file" name="file" type="file" aria-describedby="attachment-hint" />
        </div>
        <button type="submit" class="button">上传</button>
      </form>
    ) : null}
  </section>
);

export const LinkSection: FC<{ doc: AdminDocumentView; candidates: { id: string; title: string }[]; canEdit: boolean; csrf: string }> = ({ doc, candidates, canEdit, csrf }) => {
  const isPolicy = doc.kind === 'policy';
  const linked = isPolicy ? doc.relatedInterpretations : doc.relatedPolicies;
  if (doc.kind === 'other' && linked.length === 0) return null;
  const label = isPolicy ? '相关解读' : '所解读的政策文件';
  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">{label}</h2>
      {linked.length ? (
        <ul>
          {linked.map((ref) => (
            <li>
              <a href={`/admin/documents/${ref.id}`}>{ref.title}</a>
              {canEdit ? (
                <form method="post" action={`/admin/documents/${doc.id}/links`} class="inline-form">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <input type="hidden" name="other" value={ref.id} />
                  <input type="hidden" name="unlink" value="1" />
                  <button type="submit" class="link-button">取消关联<span class="visually-hidden"> {ref.title}</span></button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : <p class="muted">尚未关联。</p>}
      {canEdit && candidates.length ? (
        <form method="post" action={`/admin/documents/${doc.id}/links`} class="form">
          <input type="hidden" name="_csrf" value={csrf} />
          <div class="field">
            <label for="link-other">{isPolicy ? '关联解读' : '关联政策文件'}</label>
            <select id="link-other" name="other">
              {candidates.map((c) => <option value={c.id}>{c.title}</option>)}
            </select>
          </div>
          <button type="submit" class="button">关联</button>
        </form>
      ) : null}
    </section>
  );
};

export const RevisionHistory: FC<{ doc: AdminDocumentView }> = ({ doc }) => (
  <section aria-labelledby="revisions-title">
    <h2 id="revisions-title">版本历史</h2>
    {doc.revisions.length ? (
      <ol class="revision-list">
        {doc.revisions.map((r) => (
          <li>
            第{r.number}版 · {chinaTime(r.publishedAt)} · {r.publishedBy}发布 · 「{r.content.title}」{r.changeNote ? `：${r.changeNote}` : ''}
            {r.attachments.length ? <span class="muted">（附件{r.attachments.length}个）</span> : null}
          </li>
        ))}
      </ol>
    ) : <p class="muted">尚未发布过。</p>}
  </section>
);
