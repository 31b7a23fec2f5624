import type { FC } from 'hono/jsx';
import { Layout, type Crumb, type Viewer } from '../../shared/layout.tsx';
import { CatalogTable } from '../../public/views/catalogTable.tsx';
import type { AdminVersion, presentVersionTable } from '../presenters.ts';
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
  table: ReturnType<typeof presentVersionTable>;
  abilities: Abilities;
  editable: boolean;
  notice: string | null;
}

const Dates: FC<{ version: AdminVersion }> = ({ version }) => (
  <dl class="meta-list">
    <div><dt>状态</dt><dd><span class={`status status-${version.status}`}>{version.statusLabel}</span></dd></div>
    <div><dt>创建</dt><dd>{version.createdAt ?? '—'}</dd></div>
    <div><dt>填表人</dt><dd>{version.preparer ?? '—'}{version.submittedAt ? `（${version.submittedAt} 提交）` : ''}</dd></div>
    <div><dt>复核人</dt><dd>{version.reviewer ?? '—'}{version.reviewedAt ? `（${version.reviewedAt} 复核）` : ''}</dd></div>
    <div><dt>审签人</dt><dd>{version.approver ?? '—'}{version.approvedAt ? `（${version.approvedAt} 审签）` : ''}</dd></div>
  </dl>
);

/** One catalog version in the back office: its record, the next workflow step, and the table (with 编辑 links while editable). */
export const VersionPage: FC<VersionPageProps> = ({ viewer, version, table, abilities, editable, notice }) => (
  <Layout title={`${version.agencyName} 目录第${version.number}版`} viewer={viewer} breadcrumbs={versionCrumbs(version)} mainClass="wide">
    <h1>{`${table.title}（第${version.number}版）`}</h1>
    {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
    <Dates version={version} />
    {version.reviewComment ? (
      <div class={version.status === 'returned' ? 'alert alert-warning' : 'alert'}>
        <p><strong>退回意见：</strong>{version.reviewComment}</p>
      </div>
    ) : null}
    <section aria-labelledby="actions-title" class="actions-panel">
      <h2 id="actions-title">办理</h2>
      <WorkflowActions version={version} abilities={abilities} csrfToken={viewer.csrfToken} />
    </section>
    <section aria-labelledby="items-title">
      <h2 id="items-title">目录事项</h2>
      <p class="summary-line">{table.summaryLine}</p>
      <CatalogTable
        catalog={table}
        action={
          editable
            ? { heading: '操作', cell: (item) => <a href={`/admin/versions/${version.id}/items/${item.id}/edit`}>编辑<span class="visually-hidden">{item.level2 ?? item.level1}</span></a> }
            : undefined
        }
      />
    </section>
  </Layout>
);
