import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { PublicRegion } from '../presenters.ts';

const RegionList: FC<{ regions: PublicRegion[]; depth: number }> = ({ regions, depth }) => (
  <ul class={depth === 0 ? 'region-tree' : 'region-children'}>
    {regions.map((region) => (
      <li class="region">
        <details open={depth < 2}>
          <summary>
            <span class="region-name">{region.name}</span>
          </summary>
          <p class="region-link">
            <a href={`/regions/${region.id}`}>{region.name}全部单位</a>
          </p>
          {region.agencies.length > 0 ? (
            <ul class="agency-list">
              {region.agencies.map((agency) => (
                <li>
                  <a href={`/agencies/${agency.id}`}>{agency.name}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {region.children.length > 0 ? <RegionList regions={region.children} depth={depth + 1} /> : null}
        </details>
      </li>
    ))}
  </ul>
);

/** 首页: every region and agency that has a 政务公开 page, as a tree. */
export const HomePage: FC<{ regions: PublicRegion[]; viewer: Viewer | null }> = ({ regions, viewer }) => (
  <Layout title="首页" viewer={viewer}>
    <section aria-labelledby="home-title">
      <h1 id="home-title">政务公开目录</h1>
      <p class="lead">
        按地区查阅各行政机关的政务公开标准目录：公开事项、公开内容、公开依据、公开时限、公开主体、公开渠道和公开方式。
      </p>
      {regions.length > 0 ? (
        <RegionList regions={regions} depth={0} />
      ) : (
        <p class="empty">暂无已登记的单位。</p>
      )}
    </section>
  </Layout>
);
