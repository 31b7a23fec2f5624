import type { FC } from 'hono/jsx';
import { Layout, type Crumb, type Viewer } from '../../shared/layout.tsx';
import type { PublicItem } from '../../public/presenters.ts';
import { CatalogTable } from '../../public/views/catalogTable.tsx';
import type { FindingsSummary } from '../findings.ts';
import type { VersionSignOffNotes } from '../../../domain/catalog/signOffNotes.ts';
import { chinaTime } from '../presenters.ts';
import type { AdminTable, AdminVersion } from '../presenters.ts';
import type { PresentedChanges } from '../versionChangesPresenter.ts';
import type { CatalogHeader } from '../../../domain/catalog/catalogHeader.ts';
import { FindingsList } from './findingsList.tsx';
import { VersionHeaderList } from './versionHeaderList.tsx';
import { HeaderLines, SummaryLinesBlock } from '../../public/views/summaryLines.tsx';
import { VersionChanges } from './versionChanges.tsx';
import { WorkflowActions, type Abilities } from './workflowActions.tsx';

export function versionCrumbs(version: Pick<AdminVersion, 'id' | 'agencyId' | 'agencyName' | 'number'>): Crumb[] {
  return [
    { label: '工作台', href: '/admin' },
    { label: version.agencyName, href: `/admin/agencies/${version.agencyId}` },
    { label: `第${version.number}版`, href: `/admin/versions/${version.id}` },
  ];
}

export interface VersionPageProps {
  viewer: Viewer;
  version: AdminVersion;
  /** 标题, 责任单位, 填表时间 as stored (editable on a draft). */
  header: CatalogHeader;
  table: AdminTable;
  findings: FindingsSummary;
  abilities: Abilities;
  editable: boolean;
  notice: string | null;
  /** Why the viewer may not take the next sign-off step (already signed this version), or null. */
  signOffRefusal: string | null;
  /** The submission's reason for lint errors and signatures under the one-person exception. */
  notes: VersionSignOffNotes;
  /** A refused submission: the message and the reason as typed. */
  submitError: { message: string; reason: string } | null;
  /** «与上一版相比», or null for a first version. */
  changes: PresentedChanges | null;
  /** The viewer signs this version next: the changes lead and the full table folds away. */
  foldTable: boolean;
}

/** What the 复核人 and 审签人 must read before signing: why it was submitted with errors, and signatures under the exception. */
const SignOffNotes: FC<{ notes: VersionSignOffNotes }> = ({ notes }) =>
  notes.submission || notes.exceptionNotes.length > 0 ? (
    <div class="alert alert-warning" role="note">
      {notes.submission ? (
        <p>
          <strong>{`带${notes.submission.errorCount}处检查错误提交，提交理由：`}</strong>
          {notes.submission.reason}
          {`（${notes.submission.by}，${chinaTime(notes.submission.at)}）`}
        </p>
      ) : null}
      {notes.exceptionNotes.map((note) => <p>{note}</p>)}
    </div>
  ) : null;

const Dates: FC<{ version: AdminVersion }> = ({ version }) => (
  <dl class="meta-list">
    <div><dt>状态</dt><dd><span class={`status status-${version.status}`}>{version.statusLabel}</span></dd></div>
    <div><dt>创建</dt><dd>{version.createdAt ?? '—'}</dd></div>
    <div><dt>填表人</dt><dd>{version.preparer ?? '—'}{version.submittedAt ? `（${version.submittedAt} 提交）` : ''}</dd></div>
    <div><dt>复核人</dt><dd>{version.reviewer ?? '—'}{version.reviewedAt ? `（${version.reviewedAt} 复核）` : ''}</dd></div>
    <div><dt>审签人</dt><dd>{version.approver ?? '—'}{version.approvedAt ? `（${version.approvedAt} 审签）` : ''}</dd></div>
  </dl>
);

const ItemActions: FC<{ versionId: string; item: PublicItem }> = ({ versionId, item }) => {
  const base = `/admin/versions/${versionId}/items/${item.id}`;
  const name = item.level2 ?? item.level1;
  return (
    <span class="item-action-links">
      <a href={`${base}/edit`}>编辑<span class="visually-hidden">{name}</span></a>
      <a href={`${base}/remove`}>删除<span class="visually-hidden">{name}</span></a>
    </span>
  );
};

/** The full table, folded into 展开 when the changes lead the page. */
const FoldedTable: FC<{ fold: boolean; children?: unknown }> = ({ fold, children }) =>
  fold ? (
    <details class="folded-table">
      <summary>展开全部目录事项</summary>
      {children}
    </details>
  ) : (
    <>{children}</>
  );

/** One catalog version in the back office: its record, the next workflow step, and the table (with 编辑 links while editable). */
export const VersionPage: FC<VersionPageProps> = ({ viewer, version, header, table, findings, abilities, editable, notice, signOffRefusal, notes, submitError, changes, foldTable }) => (
  <Layout title={`${version.agencyName} 目录第${version.number}版`} viewer={viewer} breadcrumbs={versionCrumbs(version)} mainClass="wide">
    <h1>{`${table.title ?? `${version.agencyName} 目录`}（第${version.number}版）`}</h1>
    {table.headerLines ? <HeaderLines lines={table.headerLines} /> : null}
    {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
    {foldTable && changes ? <VersionChanges changes={changes} /> : null}
    <Dates version={version} />
    <VersionHeaderList header={header} editHref={editable ? `/admin/versions/${version.id}/header` : null} />
    <SignOffNotes notes={notes} />
    {version.reviewComment ? (
      <div class={version.status === 'returned' ? 'alert alert-warning' : 'alert'}>
        <p><strong>退回意见：</strong>{version.reviewComment}</p>
      </div>
    ) : null}
    <section aria-labelledby="actions-title" class="actions-panel">
      <h2 id="actions-title">办理</h2>
      <WorkflowActions version={version} abilities={abilities} csrfToken={viewer.csrfToken} signOffRefusal={signOffRefusal} lintErrors={findings.counts.error} submitError={submitError} />
    </section>
    {!foldTable && changes ? <VersionChanges changes={changes} /> : null}
    <FindingsList summary={findings} />
    <section aria-labelledby="items-title">
      <h2 id="items-title">目录事项</h2>
      <SummaryLinesBlock summary={table.summary} sourceLayout={table.headerLines !== null} />
      {editable ? (
        <p>
          <a href={`/admin/versions/${version.id}/items/new`} class="button">新增事项</a>
        </p>
      ) : null}
      <FoldedTable fold={foldTable}>
        <CatalogTable
          headingLevel={3}
          catalog={table}
          itemHref={(item) => `/admin/versions/${version.id}/items/${item.id}`}
          action={editable ? { heading: '操作', cell: (item) => <ItemActions versionId={version.id} item={item} /> } : undefined}
        />
      </FoldedTable>
    </section>
  </Layout>
);
