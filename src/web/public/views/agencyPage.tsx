import type { FC } from 'hono/jsx';
import { raw } from 'hono/html';
import { Layout, type Crumb, type Viewer } from '../../shared/layout.tsx';
import type { PublicCatalog } from '../presenters.ts';
import { CatalogTable } from './catalogTable.tsx';
import { DownloadArea } from './downloadArea.tsx';
import { HeaderLines, SummaryLinesBlock } from './summaryLines.tsx';
import { DisclosureNav } from './documents/disclosureNav.tsx';

export interface AgencyPageProps {
  agency: { id: string; name: string; regionNames: string[] };
  catalog: PublicCatalog | null;
  /** The table already rendered for this published version (publishedCatalogCache.tsx). */
  tableHtml?: string;
  viewer: Viewer | null;
}

export function agencyCrumbs(agency: { id: string; name: string }): Crumb[] {
  return [{ label: '首页', href: '/' }, { label: agency.name, href: `/agencies/${agency.id}` }];
}

const SignOffBlock: FC<{ catalog: PublicCatalog }> = ({ catalog }) => (
  <dl class="signoff">
    <div>
      <dt>责任单位</dt>
      <dd>{catalog.responsibleUnit}</dd>
    </div>
    <div>
      <dt>填表人</dt>
      <dd>{catalog.preparer ?? '—'}</dd>
    </div>
    <div>
      <dt>复核人</dt>
      <dd>{catalog.reviewer ?? '—'}</dd>
    </div>
    <div>
      <dt>审签人</dt>
      <dd>{catalog.approver ?? '—'}</dd>
    </div>
    <div>
      <dt>填表时间</dt>
      <dd>{catalog.preparedOn ?? '—'}</dd>
    </div>
  </dl>
);

/** An agency's 政府信息公开 page: its published catalog as the official table. */
export const AgencyPage: FC<AgencyPageProps> = ({ agency, catalog, tableHtml, viewer }) => (
  <Layout title={`${agency.name} 政府信息公开`} viewer={viewer} breadcrumbs={agencyCrumbs(agency)} mainClass="wide">
    <p class="region-line">{agency.regionNames.join(' · ')}</p>
    <DisclosureNav agencyId={agency.id} />
    {catalog ? (
      <article aria-labelledby="catalog-title">
        {/* The title as written; a catalog without one is headed by its agency's name, never by an invented title. */}
        <h1 id="catalog-title">{catalog.title ?? agency.name}</h1>
        {catalog.headerLines ? <HeaderLines lines={catalog.headerLines} /> : <SignOffBlock catalog={catalog} />}
        <SummaryLinesBlock summary={catalog.summary} sourceLayout={catalog.headerLines !== null} />
        <p class="version-line">
          现行目录：第{catalog.versionNumber}版{catalog.publishedOn ? `，${catalog.publishedOn} 发布` : ''}
        </p>
        <DownloadArea agencyId={agency.id} />
        {tableHtml ? raw(tableHtml) : <CatalogTable catalog={catalog} itemHref={(item) => `/agencies/${agency.id}/items/${item.itemKey ?? item.id}`} />}
      </article>
    ) : (
      <section aria-labelledby="catalog-title">
        <h1 id="catalog-title">{agency.name} 政府信息公开</h1>
        <p class="empty">该单位的政务公开目录尚未发布。</p>
      </section>
    )}
  </Layout>
);
