import type { FC } from 'hono/jsx';
import { raw } from 'hono/html';
import type { AdminDocumentView } from '../../../../app/documents/presentDocument.ts';
import { isDocumentEditable } from '../../../../domain/documents/workflow.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { chinaTime } from '../../presenters.ts';
import { AttachmentSection, CheckResults, LinkSection, RevisionHistory } from './documentSections.tsx';
import { WorkflowForms, type DocumentAbilities } from './workflowForms.tsx';

export interface StaffDocumentPageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  doc: AdminDocumentView;
  can: DocumentAbilities;
  linkCandidates: { id: string; title: string }[];
  notice: string | null;
  error: { message: string; issues: string[] } | null;
  maxAttachmentMb: number;
  /** Why the viewer may not take the next sign-off step (already signed this round), or null. */
  signOffRefusal: string | null;
}

const Row: FC<{ label: string; value: string | null | undefined }> = ({ label, value }) => (
  <div>
    <dt>{label}</dt>
    <dd>{value || '—'}</dd>
  </div>
);

function timelinessText(doc: AdminDocumentView): string {
  const t = doc.timeliness;
  if (!t?.dueDate) return '提交复核后计算';
  if (t.late) return `应于 ${t.dueDate} 前公开，超期 ${t.workingDaysLate} 个工作日`;
  if (t.overdue) return `应于 ${t.dueDate} 前公开，已逾期`;
  return `应于 ${t.dueDate} 前公开${doc.revision > 0 ? '，按时' : ''}`;
}

/** The working copy for staff: status, metadata, checks, workflow, attachments, links, history and internal notes. */
export const StaffDocumentPage: FC<StaffDocumentPageProps> = ({ viewer, agency, doc, can, linkCandidates, notice, error, maxAttachmentMb, signOffRefusal }) => (
  <Layout title={doc.title} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: `${agency.name}文件`, href: `/admin/agencies/${agency.id}/documents` }, { label: doc.title }]}>
    <p class="eyebrow">{doc.kindLabel}</p>
    <h1>{doc.title}</h1>
    {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
    {error ? (
      <div class="alert alert-error" role="alert">
        <p>{error.message}</p>
        {error.issues.length ? <ul>{error.issues.map((issue) => <li>{issue}</li>)}</ul> : null}
      </div>
    ) : null}
    <dl class="meta-list">
      <Row label="状态" value={doc.statusLabel} />
      <Row label="索引号" value={doc.indexNumber ?? '发布时分配'} />
      <Row label="公开页面" value={doc.publicUrl} />
      <Row label="公开时限" value={timelinessText(doc)} />
      <Row label="定时发布" value={chinaTime(doc.publishAt)} />
      <Row label="发布机构" value={doc.publisher} />
      <Row label="成文日期" value={doc.formedOn} />
      <Row label="文号" value={doc.documentNumber} />
      <Row label="主题分类" value={doc.subjectCategory} />
      <Row label="体裁分类" value={doc.genre} />
      <Row label="关键词" value={doc.keywords.join('、')} />
      {doc.legalFormLabel ? <Row label="文件类型" value={doc.legalFormLabel} /> : null}
      <Row label="有效性" value={doc.repealedOn ? `${doc.validityLabel}（${doc.repealedOn}）` : doc.validityLabel} />
      <Row label="公开方式" value={doc.disclosureModeLabel} />
      <Row label="信息来源" value={doc.source} />
      <Row label="所属事项" value={doc.items.map((i) => (i.level2 ? `${i.level1} / ${i.level2}` : i.level1)).join('；')} />
    </dl>
    {doc.publicUrl ? <p><a href={doc.publicUrl}>查看公开页面</a></p> : null}
    {doc.reviewComment ? <p class="alert alert-warning">办理意见：{doc.reviewComment}</p> : null}
    {doc.internalNote ? <p class="alert">内部备注（不公开）：{doc.internalNote}</p> : null}
    <CheckResults doc={doc} />
    <WorkflowForms doc={doc} can={can} csrf={viewer.csrfToken} signOffRefusal={signOffRefusal} />
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">内容概述</h2>
      <p>{doc.summary ?? '—'}</p>
    </section>
    <details class="body-preview">
      <summary>正文预览</summary>
      <div class="document-body">{raw(doc.bodyHtml)}</div>
    </details>
    <AttachmentSection doc={doc} canEdit={can.edit && isDocumentEditable(doc.status)} csrf={viewer.csrfToken} maxMb={maxAttachmentMb} />
    <LinkSection doc={doc} candidates={linkCandidates} canEdit={can.edit} csrf={viewer.csrfToken} />
    <RevisionHistory doc={doc} />
  </Layout>
);
