import type { FC } from 'hono/jsx';
import type { ContentGroup, ContentItem } from '../../../../app/documents/disclosureContent.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { agencyCrumbs } from '../agencyPage.tsx';
import { DisclosureNav } from './disclosureNav.tsx';

/** An item's newest documents and a link to all of them (法定主动公开内容, 机构信息). */
export const ItemDocuments: FC<{ agencyId: string; item: ContentItem }> = ({ agencyId, item }) => {
  const itemPath = `/agencies/${agencyId}/items/${item.key}`;
  if (item.count === 0) return <p class="muted">暂无已公开的文件。</p>;
  return (
    <>
      <ul class="content-documents">
        {item.newest.map((doc) => (
          <li>
            <a href={doc.url}>{doc.title}</a>
            <span class="muted">
              {doc.documentNumber ? ` ${doc.documentNumber}` : ''} <time datetime={doc.publishedOn}>{doc.publishedOn}</time>
            </span>
          </li>
        ))}
      </ul>
      {item.count > item.newest.length && (
        <p>
          <a href={itemPath}>查看该事项全部{item.count}件文件</a>
        </p>
      )}
    </>
  );
};

/** 法定主动公开内容: the catalog as a tree, each item with its newest documents and a link to all of them. */
export const ContentPage: FC<{ agency: { id: string; name: string }; groups: ContentGroup[] | null; viewer: Viewer | null }> = ({ agency, groups, viewer }) => (
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
                  <li class="content-item">
                    <h3>
                      <a href={`/agencies/${agency.id}/items/${item.key}`}>{item.name}</a>
                      <span class="muted">{item.count ? `（${item.count}件，最近 ${item.lastPublishedOn ?? ''}）` : ''}</span>
                    </h3>
                    <ItemDocuments agencyId={agency.id} item={item} />
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
