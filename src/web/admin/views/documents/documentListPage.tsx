import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import type { PageInfo } from '../../../public/documentPresenters.ts';
import { Pager } from '../../../public/views/documents/pager.tsx';

export interface AdminDocumentLine {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  indexNumber: string | null;
  formedOn: string | null;
  publishAt: string | null;
  updatedAt: string | null;
}

export interface ItemStatusLine {
  name: string;
  timeLimit: string | null;
  publishedCount: number;
  lastPublishedOn: string | null;
  late: { documentId: string; title: string; workingDaysLate: number | null }[];
  overdue: { documentId: string; title: string; dueDate: string | null }[];
}

export interface DocumentListPageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  documents: AdminDocumentLine[];
  info: PageInfo;
  items: ItemStatusLine[];
  canCreate: boolean;
  notice: string | null;
}

const ItemStatusTable: FC<{ items: ItemStatusLine[] }> = ({ items }) => (
  <div class="table-scroll">
    <table class="data-table">
      <caption>目录事项的发布情况（按时 / 逾期）</caption>
      <thead>
        <tr><th scope="col">事项</th><th scope="col">公开时限</th><th scope="col">已发布</th><th scope="col">最近发布</th><th scope="col">超期发布</th><th scope="col">逾期未发布</th></tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr>
            <th scope="row">{item.name}</th>
            <td>{item.timeLimit ?? '—'}</td>
            <td>{item.publishedCount}</td>
            <td>{item.lastPublishedOn ?? '—'}</td>
            <td>{item.late.length ? item.late.map((l) => <a class="block late" href={`/admin/documents/${l.documentId}`}>{l.title}（晚{l.workingDaysLate ?? '?'}个工作日）</a>) : '按时'}</td>
            <td>{item.overdue.length ? item.overdue.map((o) => <a class="block overdue" href={`/admin/documents/${o.documentId}`}>{o.title}{o.dueDate ? `（应于${o.dueDate}前）` : ''}</a>) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

/** An agency's documents (all statuses) and, per catalog item, what was published late or is overdue. */
export const DocumentListPage: FC<DocumentListPageProps> = ({ viewer, agency, documents, info, items, canCreate, notice }) => (
  <Layout title={`${agency.name} 文件`} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: `${agency.name}文件` }]} mainClass="wide">
    <h1>{agency.name} · 政府信息（文件）</h1>
    {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
    {canCreate ? <p><a class="button button-primary" href={`/admin/agencies/${agency.id}/documents/new`}>新建文件</a></p> : null}
    {documents.length === 0 ? (
      <p class="empty">还没有文件。</p>
    ) : (
      <div class="table-scroll">
        <table class="data-table">
          <caption>文件（最近修改的在前）</caption>
          <thead>
            <tr><th scope="col">标题</th><th scope="col">状态</th><th scope="col">索引号</th><th scope="col">成文日期</th><th scope="col">定时发布</th><th scope="col">最后修改</th></tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr>
                <th scope="row"><a href={`/admin/documents/${doc.id}`}>{doc.title}</a></th>
                <td><span class={`status status-${doc.status}`}>{doc.statusLabel}</span></td>
                <td>{doc.indexNumber ?? '—'}</td>
                <td>{doc.formedOn ?? '—'}</td>
                <td>{doc.publishAt ?? '—'}</td>
                <td>{doc.updatedAt ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    <Pager info={info} href={(page) => `/admin/agencies/${agency.id}/documents?page=${page}`} />
    {items.length ? <ItemStatusTable items={items} /> : null}
  </Layout>
);
