import type { FC } from 'hono/jsx';
import type { PublicDocumentPage } from '../../documentPresenters.ts';

const Row: FC<{ label: string; value: string | null; wide?: boolean }> = ({ label, value, wide }) => (
  <div class={wide ? 'meta-wide' : undefined}>
    <dt>{label}</dt>
    <dd>{value ?? '—'}</dd>
  </div>
);

/** The metadata block of a disclosed document (regulations.md §5.3), shown above the title as on government sites. */
export const MetadataBlock: FC<{ doc: PublicDocumentPage }> = ({ doc }) => (
  <dl class="document-meta-block" aria-label="文件信息">
    <Row label="索引号" value={doc.indexNumber} />
    <Row label="主题分类" value={doc.subjectCategory} />
    <Row label="发布机构" value={doc.publisher || null} />
    <Row label="体裁分类" value={doc.genre} />
    <Row label="成文日期" value={doc.formedOn} />
    <Row label="发布日期" value={doc.publishedOn} />
    <Row label="文号" value={doc.documentNumber} />
    {doc.legalFormLabel ? <Row label="文件类型" value={doc.legalFormLabel} /> : null}
    <Row label="有效性" value={doc.repealedOn ? `${doc.validityLabel}（${doc.repealedOn}）` : doc.validityLabel} />
    <Row label="公开方式" value={doc.disclosureModeLabel} />
    <Row label="信息来源" value={doc.source} />
    <Row label="名称" value={doc.title} wide />
    <Row label="关键词" value={doc.keywords.length ? doc.keywords.join('、') : null} wide />
    <Row label="内容概述" value={doc.summary} wide />
  </dl>
);
