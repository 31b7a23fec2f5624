import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';

export interface RegionListing {
  id: string;
  name: string;
  /** Agencies of this region and every region below it, with the region they sit in. */
  agencies: { id: string; name: string; regionName: string }[];
  children: { id: string; name: string }[];
  parents: { id: string; name: string }[];
}

/** A region: every agency below it, and its sub-regions. */
export const RegionPage: FC<{ region: RegionListing; viewer: Viewer | null }> = ({ region, viewer }) => (
  <Layout
    title={region.name}
    viewer={viewer}
    breadcrumbs={[{ label: '首页', href: '/' }, ...region.parents.map((p) => ({ label: p.name, href: `/regions/${p.id}` })), { label: region.name }]}
  >
    <section aria-labelledby="region-title">
      <h1 id="region-title">{region.name}</h1>
      {region.children.length ? (
        <nav aria-label="下级地区">
          <h2>下级地区</h2>
          <ul class="inline-list">
            {region.children.map((child) => <li><a href={`/regions/${child.id}`}>{child.name}</a></li>)}
          </ul>
        </nav>
      ) : null}
      <h2>本地区单位（{region.agencies.length}）</h2>
      {region.agencies.length ? (
        <ul class="agency-list">
          {region.agencies.map((agency) => (
            <li>
              <a href={`/agencies/${agency.id}`}>{agency.name}</a> <span class="muted">{agency.regionName}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">本地区暂无已登记的单位。</p>
      )}
    </section>
  </Layout>
);
