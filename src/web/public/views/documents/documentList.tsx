import type { FC } from 'hono/jsx';
import type { PublicDocumentLine } from '../../documentPresenters.ts';

/** A list of published documents: title, 文号, 索引号 and 发布日期; withdrawn ones are marked, not hidden. */
export const DocumentList: FC<{ documents: PublicDocumentLine[]; empty: string }> = ({ documents, empty }) =>
  documents.length === 0 ? (
    <p class="empty">{empty}</p>
  ) : (
    <ul class="document-list">
      {documents.map((doc) => (
        <li>
          <a href={doc.url} class="document-title">{doc.title}</a>
          {doc.withdrawn ? <span class="status status-withdrawn">已撤回</span> : null}
          {doc.validityLabel !== '有效' ? <span class="status status-returned">{doc.validityLabel}</span> : null}
          <span class="document-meta">
            {doc.documentNumber ? <span>{doc.documentNumber}</span> : null}
            <span>索引号：{doc.indexNumber}</span>
            <time datetime={doc.publishedOn}>{doc.publishedOn}</time>
          </span>
        </li>
      ))}
    </ul>
  );
