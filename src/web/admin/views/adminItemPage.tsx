import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { PresentedDeadline } from '../../public/deadline.ts';
import type { PublicItem } from '../../public/presenters.ts';
import { DeadlineNotice } from '../../public/views/deadlineNotice.tsx';
import { ItemFieldList, itemName } from '../../public/views/itemPage.tsx';
import type { AdminVersion } from '../presenters.ts';
import { versionCrumbs } from './versionPage.tsx';

export interface AdminItemPageProps {
  viewer: Viewer;
  version: AdminVersion;
  item: PublicItem;
  deadline: PresentedDeadline;
  /** The 编辑 and 删除 links, for the agency's editor while the version is a draft. */
  editable: boolean;
  /** 在该事项下新建文件, for the agency's editor on the published catalog's item; null otherwise. */
  newDocumentHref?: string | null;
}

/** One item of any version in the back office: every field, its deadline if formed today, and what the editor may do. */
export const AdminItemPage: FC<AdminItemPageProps> = ({ viewer, version, item, deadline, editable, newDocumentHref }) => {
  const name = itemName(item);
  const base = `/admin/versions/${version.id}/items/${item.id}`;
  return (
    <Layout title={`${name} - ${version.agencyName} 第${version.number}版`} viewer={viewer} breadcrumbs={[...versionCrumbs(version), { label: name }]}>
      <article aria-labelledby="item-title" class="item-detail">
        <p class="eyebrow">{`${item.level1} · 目录第${version.number}版（${version.statusLabel}）`}</p>
        <h1 id="item-title">{name}</h1>
        {editable ? (
          <p class="item-actions">
            <a href={`${base}/edit`} class="button">编辑</a>
            <a href={`${base}/remove`} class="button button-danger">删除</a>
          </p>
        ) : null}
        {newDocumentHref ? <p class="item-actions"><a href={newDocumentHref} class="button button-primary">在该事项下新建文件</a></p> : null}
        <ItemFieldList item={item} />
        <DeadlineNotice deadline={deadline} />
        <p>
          <a href={`/admin/versions/${version.id}#item-${item.id}`}>返回目录第{version.number}版</a>
        </p>
      </article>
    </Layout>
  );
};
