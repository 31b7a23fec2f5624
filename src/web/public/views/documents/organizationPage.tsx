import type { FC } from 'hono/jsx';
import type { ContentItem } from '../../../../app/documents/disclosureContent.ts';
import type { OfficeFacts } from '../../columnPresenters.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { agencyCrumbs } from '../agencyPage.tsx';
import { ItemDocuments } from './contentPage.tsx';
import { DisclosureNav } from './disclosureNav.tsx';
import { OfficeFactsList } from './officeFactsList.tsx';

/**
 * 机构信息 (条例第二十条第一项): the agency's contact facts, then the catalog's own items about the agency (机构职能,
 * 内设机构, 领导信息 …) with what each promises and the documents published under it.
 */
export const OrganizationPage: FC<{ agency: { id: string; name: string }; office: OfficeFacts; items: ContentItem[] | null; viewer: Viewer | null }> = ({ agency, office, items, viewer }) => (
  <Layout title={`机构信息 - ${agency.name}`} viewer={viewer} breadcrumbs={[...agencyCrumbs(agency), { label: '机构信息' }]}>
    <DisclosureNav agencyId={agency.id} current="organization" />
    <section class="column-page" aria-labelledby="organization-title">
      <h1 id="organization-title">机构信息</h1>
      <h2>办公地址和联系方式</h2>
      <OfficeFactsList office={office} />
      {items === null ? (
        <p class="empty">该单位的政务公开目录尚未发布。</p>
      ) : items.length === 0 ? (
        <p class="empty">该单位已发布的目录中没有机构职能、内设机构或领导信息等事项。</p>
      ) : (
        items.map((item) => (
          <section class="content-item" aria-label={item.name}>
            <h2>
              <a href={`/agencies/${agency.id}/items/${item.key}`}>{item.name}</a>
            </h2>
            {item.content ? <p class="hint">目录所列公开内容：{item.content}</p> : null}
            <ItemDocuments agencyId={agency.id} item={item} />
          </section>
        ))
      )}
    </section>
  </Layout>
);
