import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { AdminVersion } from '../presenters.ts';
import type { VersionSignOffNotes } from '../../../domain/catalog/signOffNotes.ts';
import { SignOffExceptionForm, type SignOffExceptionProps } from './signOffExceptionForm.tsx';

export interface AgencyVersionsPageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  versions: AdminVersion[];
  /** Set when the user may edit and no version is open: the 新建草稿 button. */
  canStartDraft: boolean;
  /** The agency's editor: the 导入目录文件 link. */
  canImport: boolean;
  canViewAudit: boolean;
  /** The agency's admins and editors: the 政府信息公开联系方式 link. */
  canEditContact: boolean;
  /** Each version's submission reason and signatures under the one-person exception, by version id. */
  notes: Map<string, VersionSignOffNotes>;
  /** The one-person exception switch, for agency and system admins only. */
  exception: Omit<SignOffExceptionProps, 'agencyId' | 'csrfToken'> | null;
}

/** The 签批说明 cell of the version history. */
const NotesCell: FC<{ notes: VersionSignOffNotes | undefined }> = ({ notes }) => (
  <td>
    {notes?.submission ? <p>{`带${notes.submission.errorCount}处检查错误提交，理由：${notes.submission.reason}`}</p> : null}
    {(notes?.exceptionNotes ?? []).map((note) => <p>{note}</p>)}
    {!notes?.submission && !notes?.exceptionNotes.length ? '—' : null}
  </td>
);

/** All catalog versions of one agency, newest first, each viewable; and the button to start a new draft. */
export const AgencyVersionsPage: FC<AgencyVersionsPageProps> = ({ viewer, agency, versions, canStartDraft, canImport, canViewAudit, canEditContact, notes, exception }) => (
  <Layout title={`${agency.name} 目录版本`} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: agency.name }]}>
    <h1>{agency.name}</h1>
    <p class="hint">
      <a href={`/agencies/${agency.id}`}>查看公开页面</a>
      {canViewAudit ? (
        <>
          {' · '}
          <a href={`/admin/audit?agencyId=${encodeURIComponent(agency.id)}`}>本单位操作日志</a>
        </>
      ) : null}
      {canEditContact ? (
        <>
          {' · '}
          <a href={`/admin/agencies/${agency.id}/contact`}>政府信息公开联系方式</a>
        </>
      ) : null}
    </p>
    {canStartDraft ? (
      <form method="post" action={`/admin/agencies/${agency.id}/drafts`} class="inline-form">
        <input type="hidden" name="_csrf" value={viewer.csrfToken} />
        <button type="submit" class="button button-primary">以现行目录为基础新建草稿</button>
      </form>
    ) : null}
    {canImport ? (
      <p>
        <a href={`/admin/agencies/${agency.id}/import`} class="button">导入目录文件（Word、Excel、PDF）</a>
      </p>
    ) : null}
    <h2>目录版本</h2>
    {versions.length === 0 ? (
      <p class="empty">还没有任何目录版本。</p>
    ) : (
      <div class="table-scroll" role="region" aria-label="目录版本" tabindex={0}>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">版本</th>
              <th scope="col">状态</th>
              <th scope="col">创建</th>
              <th scope="col">提交</th>
              <th scope="col">复核</th>
              <th scope="col">审签</th>
              <th scope="col">签批说明</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr>
                <th scope="row"><a href={`/admin/versions/${version.id}`}>第{version.number}版</a></th>
                <td><span class={`status status-${version.status}`}>{version.statusLabel}</span></td>
                <td>{version.createdAt ?? '—'}</td>
                <td>{version.submittedAt ?? '—'}</td>
                <td>{version.reviewedAt ?? '—'}</td>
                <td>{version.approvedAt ?? '—'}</td>
                <NotesCell notes={notes.get(version.id)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    {exception ? <SignOffExceptionForm agencyId={agency.id} csrfToken={viewer.csrfToken} {...exception} /> : null}
  </Layout>
);
