import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import type { ColumnItem } from '../../columnPresenters.ts';
import type { PublicDocumentLine } from '../../documentPresenters.ts';
import { agencyCrumbs } from '../agencyPage.tsx';
import { DisclosureNav, type ColumnPart } from './disclosureNav.tsx';
import { DocumentList } from './documentList.tsx';

export interface ColumnListPageProps {
  agency: { id: string; name: string };
  part: Extract<ColumnPart, 'rules' | 'reports'>;
  title: string;
  /** The catalog items whose documents make up this column. */
  items: ColumnItem[];
  documents: PublicDocumentLine[];
  viewer: Viewer | null;
}

/** 政府信息公开制度 / 年报: the documents published under the matching catalog items (年报: and every published annual report), newest first. */
export const ColumnListPage: FC<ColumnListPageProps> = ({ agency, part, title, items, documents, viewer }) => (
  <Layout title={`${title} - ${agency.name}`} viewer={viewer} breadcrumbs={[...agencyCrumbs(agency), { label: title }]}>
    <DisclosureNav agencyId={agency.id} current={part} />
    <section class="column-page" aria-labelledby="column-title">
      <h1 id="column-title">{title}</h1>
      {items.length ? (
        <p class="hint">
          收录目录事项：
          {items.map((item, index) => (
            <>
              {index > 0 ? '、' : null}
              <a href={`/agencies/${agency.id}/items/${item.id}`}>{item.level2 ?? item.level1}</a>
            </>
          ))}
        </p>
      ) : (
        <p class="empty">本单位已发布的目录中没有对应“{title}”的事项。</p>
      )}
      {items.length || documents.length ? <DocumentList documents={documents} empty={`本栏目暂无已发布的文件：上述目录事项下尚未发布文件。`} /> : null}
    </section>
  </Layout>
);
