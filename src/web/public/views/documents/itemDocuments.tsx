import type { FC } from 'hono/jsx';
import type { PageInfo, PublicDocumentLine } from '../../documentPresenters.ts';
import { DocumentList } from './documentList.tsx';
import { Pager, withPage } from './pager.tsx';

export interface ItemDocumentsData {
  documents: PublicDocumentLine[];
  info: PageInfo;
  /** The item page's own path (paging links) and its Atom feed. */
  path: string;
}

/** The documents published under one catalog item, newest first, paged; for the item page. */
export const ItemDocuments: FC<{ data: ItemDocumentsData }> = ({ data }) => (
  <section class="item-documents" aria-labelledby="item-documents-title">
    <h2 id="item-documents-title">本事项已公开的文件</h2>
    <DocumentList documents={data.documents} empty="本事项下暂无已发布的文件。" />
    <Pager info={data.info} href={(page) => withPage(data.path, {}, page)} />
    <p class="hint">
      <a href={`${data.path}/feed.xml`} type="application/atom+xml">订阅本事项（Atom）</a>
    </p>
  </section>
);
