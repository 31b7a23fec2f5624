import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { PublicItem } from '../../public/presenters.ts';
import { itemName } from '../../public/views/itemPage.tsx';
import type { AdminVersion } from '../presenters.ts';
import { versionCrumbs } from './versionPage.tsx';

/** 删除事项: the confirmation step as a page of its own, so it works without JavaScript. */
export const RemoveItemPage: FC<{ viewer: Viewer; version: AdminVersion; item: PublicItem }> = ({ viewer, version, item }) => {
  const name = itemName(item);
  return (
    <Layout title={`删除事项：${name}`} viewer={viewer} breadcrumbs={[...versionCrumbs(version), { label: '删除事项' }]}>
      <section class="narrow" aria-labelledby="remove-title">
        <h1 id="remove-title">删除事项</h1>
        <p>确定要从目录第{version.number}版（{version.statusLabel}）中删除以下事项吗？删除记入操作日志；已发布的目录不受影响。</p>
        <dl class="meta-list">
          <div><dt>序号</dt><dd>{item.seq ?? '—'}</dd></div>
          <div><dt>一级事项</dt><dd>{item.level1}</dd></div>
          <div><dt>二级事项</dt><dd>{item.level2 ?? '—'}</dd></div>
          <div><dt>公开内容</dt><dd>{item.content ?? '—'}</dd></div>
        </dl>
        <form method="post" action={`/admin/versions/${version.id}/items/${item.id}/remove`} class="form-actions">
          <input type="hidden" name="_csrf" value={viewer.csrfToken} />
          <button type="submit" class="button button-danger">确认删除</button>
          <a href={`/admin/versions/${version.id}#item-${item.id}`} class="button">取消</a>
        </form>
      </section>
    </Layout>
  );
};
