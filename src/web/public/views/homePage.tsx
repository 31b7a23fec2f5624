import type { FC } from 'hono/jsx';
import { displayPrefs } from '../../shared/displayMode.ts';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { PublicDocumentSummary } from '../../../app/documents/listDocuments.ts';
import type { AgencyDirectorySection } from '../presenters.ts';

/** Where a visitor can go for one agency from the home page (GET /go?part=…&agency=…). */
const AGENCY_PARTS = [
  { part: 'apply', label: '依申请公开', hint: '向行政机关申请获取未主动公开的政府信息' },
  { part: 'reports', label: '政府信息公开年报', hint: '各单位每年1月31日前公布的上一年度工作报告' },
  { part: 'guide', label: '政府信息公开指南', hint: '公开范围、获取方式、办公地址和电话' },
] as const;

const AgencyChooser: FC<{ part: string; label: string; hint: string; sections: AgencyDirectorySection[] }> = ({ part, label, hint, sections }) => (
  <form class="service-entry" method="get" action="/go">
    <h3>{label}</h3>
    <p class="hint">{hint}</p>
    <input type="hidden" name="part" value={part} />
    <label for={`go-${part}`}>选择单位</label>
    <select id={`go-${part}`} name="agency" required>
      {sections.map((section) => (
        <optgroup label={section.regionPath}>
          {section.agencies.map((agency) => <option value={agency.id}>{agency.name}</option>)}
        </optgroup>
      ))}
    </select>
    <button type="submit">前往</button>
  </form>
);

type LatestLine = Pick<PublicDocumentSummary, 'url' | 'title' | 'publisher' | 'publishedOn'>;

const LatestDocuments: FC<{ documents: LatestLine[] }> = ({ documents }) => (
  <section class="home-latest" aria-labelledby="latest-title">
    <h2 id="latest-title">最新公开</h2>
    {documents.length ? (
      <ul class="latest-list">
        {documents.map((doc) => (
          <li>
            <a href={doc.url}>{doc.title}</a>
            <span class="muted">
              {doc.publisher} <time datetime={doc.publishedOn}>{doc.publishedOn}</time>
            </span>
          </li>
        ))}
      </ul>
    ) : (
      <p class="empty">各单位尚未发布政府信息。</p>
    )}
  </section>
);

const AgencyDirectory: FC<{ sections: AgencyDirectorySection[] }> = ({ sections }) => (
  <section class="home-agencies" aria-labelledby="agencies-title">
    <h2 id="agencies-title">各单位政务公开</h2>
    {sections.length ? (
      sections.map((section) => (
        <div class="agency-section">
          <h3>
            <a href={`/regions/${section.regionId}`}>{section.regionPath}</a>
          </h3>
          <ul class="agency-cards">
            {section.agencies.map((agency) => (
              <li>
                <a class="agency-card-name" href={`/agencies/${agency.id}`}>{agency.name}</a>
                <span class="agency-card-links">
                  <a href={`/agencies/${agency.id}/content`}>法定主动公开内容</a>
                  <a href={`/agencies/${agency.id}/guide`}>指南</a>
                  <a href={`/agencies/${agency.id}/reports`}>年报</a>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))
    ) : (
      <p class="empty">暂无已登记的单位。</p>
    )}
  </section>
);

/** 首页: the site's name, search, entries to 依申请公开/年报/指南, 最新公开 across agencies and every agency one step away. */
export const HomePage: FC<{ sections: AgencyDirectorySection[]; latest: LatestLine[]; viewer: Viewer | null }> = ({ sections, latest, viewer }) => (
  <Layout title="首页" viewer={viewer}>
    <section class="home-intro" aria-labelledby="home-title">
      <h1 id="home-title">{displayPrefs().siteName}</h1>
      <p class="lead">查阅各行政机关主动公开的政府信息和政务公开目录，申请公开政府信息，查看政府信息公开工作年度报告。</p>
      <form class="home-search" method="get" action="/search" role="search">
        <label for="home-search-q">搜索政府信息、目录事项和单位</label>
        <input id="home-search-q" type="search" name="q" maxlength={100} placeholder="例如：异地就医备案" />
        <button type="submit">搜索</button>
      </form>
    </section>
    <section class="home-services" aria-labelledby="services-title">
      <h2 id="services-title">办事入口</h2>
      {sections.length ? AGENCY_PARTS.map((entry) => <AgencyChooser {...entry} sections={sections} />) : null}
      <p class="service-entry">
        <a href="/apply/status">查询依申请公开办理进度</a>
      </p>
    </section>
    <LatestDocuments documents={latest} />
    <AgencyDirectory sections={sections} />
  </Layout>
);
