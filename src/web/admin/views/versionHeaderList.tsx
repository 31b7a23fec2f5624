import type { FC } from 'hono/jsx';
import { HEADER_LABELS, type CatalogHeader } from '../../../domain/catalog/catalogHeader.ts';

/** The header as the version page shows it: what is stored, or 未填写; a missing title is shown as such, never invented. */
export const VersionHeaderList: FC<{ header: CatalogHeader; editHref: string | null }> = ({ header, editHref }) => (
  <section aria-labelledby="header-title" class="version-header">
    <h2 id="header-title">目录表头</h2>
    <dl class="meta-list">
      <div><dt>{HEADER_LABELS.title}</dt><dd>{header.title ?? '（无标题）'}</dd></div>
      <div><dt>{HEADER_LABELS.responsibleUnit}</dt><dd>{header.responsibleUnit ?? '未填写'}</dd></div>
      <div><dt>{HEADER_LABELS.preparedOn}</dt><dd>{header.preparedOn ?? '未填写（提交复核时填入当天）'}</dd></div>
    </dl>
    {editHref ? <p><a href={editHref} class="button">编辑表头</a></p> : null}
  </section>
);
