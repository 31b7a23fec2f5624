import type { FC } from 'hono/jsx';
import type { AgencySupervisionPage as PageData } from '../../../../app/supervision/agencySupervisionPage.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { ObligationsSection } from './obligationsSection.tsx';
import { ReadinessSection } from './readinessSection.tsx';

const LEAD = '对照《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）和《中华人民共和国政府信息公开条例》，由本系统中的目录、文件、年度报告和联系方式自动核对；每条问题都链接到修改它的页面。';

/**
 * /admin/supervision/agencies/:agencyId — one agency's inspection readiness and the obligations of its catalog
 * items (issue 11, deliverable 3), for its staff and the region supervisors above it. Plain links, no script.
 */
export const AgencySupervisionPage: FC<{ viewer: Viewer; page: PageData }> = ({ viewer, page }) => {
  const { agency } = page;
  const title = `${agency.name}检查准备情况`;
  return (
    <Layout
      title={title}
      viewer={viewer}
      stylesheets={['/assets/agency-supervision.css']}
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: agency.name, href: `/admin/agencies/${agency.id}` }, { label: '检查准备情况' }]}
    >
      <h1>{title}</h1>
      <p class="lead">{`${agency.regionNames.join(' / ')}。${LEAD}`}</p>
      <nav class="item-action-links" aria-label="本页内容">
        <a href="#readiness-title">检查准备情况</a>
        <a href="#obligations-title">目录事项履行情况</a>
      </nav>
      <ReadinessSection page={page} />
      <ObligationsSection page={page} />
    </Layout>
  );
};
