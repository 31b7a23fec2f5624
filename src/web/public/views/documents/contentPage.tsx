import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { agencyCrumbs } from '../agencyPage.tsx';
import { DisclosureNav } from './disclosureNav.tsx';

export interface ContentTreeGroup {
  level1: string;
  items: { id: string; name: string; count: number; lastPublishedOn: string | null }[];
}

/** 法定主动公开内容: the catalog as a tree, each item with how many documents it has and the latest date. */
export const ContentPage: FC<{ agency: { id: string; name: string }; groups: ContentTreeGroup[] | null; viewer: Viewer | null }> = ({ agency, groups, viewer }) => (
  <Layout title={`法定主动公开内容 - ${agency.name}`} viewer={viewer} breadcrumbs={[...agencyCrumbs(agency), { label: '法定主动公开内容' }]}>
    <DisclosureNav agencyId={agency.id} current="content" />
    <section class="column-page" aria-labelledby="content-title">
      <h1 id="content-title">法定主动公开内容</h1>
      {groups ? (
        <ul class="content-tree">
          {groups.map((group) => (
            <li>
              <h2>{group.level1}</h2>
              <ul>
                {group.items.map((item) => (
                  <li>
                    <a href={`/agencies/${agency.id}/items/${item.id}`}>{item.name}</a>
                    <span class="muted">
                      {item.count ? `（${item.count}件，最近 ${item.lastPublishedOn ?? ''}）` : '（暂无文件）'}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">该单位的政务公开目录尚未发布。</p>
      )}
    </section>
  </Layout>
);
