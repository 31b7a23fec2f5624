import type { FC } from 'hono/jsx';
import { raw } from 'hono/html';
import { Layout, type Crumb, type Viewer } from '../../../shared/layout.tsx';
import { formatSize, type PublicDocumentPage } from '../../documentPresenters.ts';
import { MetadataBlock } from './metadataBlock.tsx';

export interface DocumentPageProps {
  doc: PublicDocumentPage;
  agency: { id: string; name: string };
  /** The catalog items the document is filed under, with their page when the item is in the published catalog. */
  items: { label: string; href: string | null }[];
  viewer: Viewer | null;
}

const Related: FC<{ title: string; refs: PublicDocumentPage['relatedPolicies'] }> = ({ title, refs }) =>
  refs.length ? (
    <section class="related" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {refs.map((ref) => (
          <li>
            <a href={ref.url}>{ref.title}</a>
            {ref.indexNumber ? <span class="muted">（索引号：{ref.indexNumber}）</span> : null}
          </li>
        ))}
      </ul>
    </section>
  ) : null;

/** A published document: metadata block, title, notice if withdrawn or repealed, body, attachments, linked 解读/政策. */
export const DocumentPage: FC<DocumentPageProps> = ({ doc, agency, items, viewer }) => {
  const crumbs: Crumb[] = [{ label: '首页', href: '/' }, { label: agency.name, href: `/agencies/${agency.id}` }];
  const firstItem = items.find((item) => item.href);
  if (firstItem?.href) crumbs.push({ label: firstItem.label, href: firstItem.href });
  crumbs.push({ label: '正文' });
  return (
    <Layout title={doc.title} viewer={viewer} breadcrumbs={crumbs}>
      <article class="document" aria-labelledby="document-title">
        <MetadataBlock doc={doc} />
        <h1 id="document-title" class="document-heading">{doc.title}</h1>
        {doc.documentNumber ? <p class="document-number">{doc.documentNumber}</p> : null}
        {doc.notice ? (
          <div class={doc.withdrawn ? 'alert alert-error notice-end' : 'alert alert-warning notice-end'} role="note">
            <p>{doc.notice}</p>
          </div>
        ) : null}
        {doc.bodyHtml ? <div class="document-body">{raw(doc.bodyHtml)}</div> : null}
        {doc.attachments.length ? (
          <section class="attachments" aria-labelledby="attachments-title">
            <h2 id="attachments-title">附件</h2>
            <ul>
              {doc.attachments.map((a) => (
                <li>
                  <a href={a.url} download={a.name}>{a.name}</a>
                  <span class="muted">（{formatSize(a.size)}）</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <Related title="相关解读" refs={doc.relatedInterpretations} />
        <Related title="所解读的政策文件" refs={doc.relatedPolicies} />
        <footer class="document-footer">
          {items.length ? (
            <p>
              所属目录事项：
              {items.map((item, index) => (
                <>
                  {index > 0 ? '；' : null}
                  {item.href ? <a href={item.href}>{item.label}</a> : <span>{item.label}</span>}
                </>
              ))}
            </p>
          ) : null}
          <p class="muted">
            第{doc.revision}版 · {doc.kindLabel} · <a href={`/agencies/${agency.id}`}>{agency.name}政府信息公开</a>
          </p>
        </footer>
      </article>
    </Layout>
  );
};
