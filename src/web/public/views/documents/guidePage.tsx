import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import type { GuideFacts } from '../../columnPresenters.ts';
import { agencyCrumbs } from '../agencyPage.tsx';
import { DisclosureNav } from './disclosureNav.tsx';
import { NOT_FILLED, OfficeFactsList } from './officeFactsList.tsx';

/** 政府信息公开指南, generated from the published catalog; missing facts are shown as not filled in. */
export const GuidePage: FC<{ agency: { id: string; name: string }; guide: GuideFacts; viewer: Viewer | null }> = ({ agency, guide, viewer }) => (
  <Layout title={`政府信息公开指南 - ${agency.name}`} viewer={viewer} breadcrumbs={[...agencyCrumbs(agency), { label: '政府信息公开指南' }]}>
    <DisclosureNav agencyId={agency.id} current="guide" />
    <article class="column-page" aria-labelledby="guide-title">
      <h1 id="guide-title">{agency.name}政府信息公开指南</h1>
      <p class="lead">本指南根据本单位已发布的政务公开标准目录和本单位登记的联系方式生成；没有载明的事项标注为“{NOT_FILLED}”。</p>
      <h2>一、主动公开</h2>
      <h3>（一）公开范围和编排体系</h3>
      {guide.classification.length ? (
        <>
          <p>主动公开的政府信息按《{guide.catalogTitle ?? `${agency.name}政务公开标准目录`}》分为 {guide.classification.length} 个一级事项：</p>
          <ol class="guide-classification">
            {guide.classification.map((group) => (
              <li>
                <strong>{group.level1}</strong>：
                {group.items.map((item, index) => (
                  <>
                    {index > 0 ? '、' : null}
                    <a href={`/agencies/${agency.id}/items/${item.id}`}>{item.name}</a>
                  </>
                ))}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p class="empty">该单位的政务公开目录尚未发布，编排体系{NOT_FILLED}。</p>
      )}
      <h3>（二）公开方式</h3>
      <p>
        {guide.channels.length ? `目录载明的公开渠道：${guide.channels.join('、')}。` : `目录中公开渠道${NOT_FILLED}。`}
        本网站提供按单位、目录事项、年份和有效性的检索，文件可在线查阅和下载。
      </p>
      <h2>二、依申请公开</h2>
      <p>
        公民、法人或者其他组织可以依据《中华人民共和国政府信息公开条例》第二十七条至第二十九条，向本单位申请获取主动公开以外的政府信息。
        <a href={`/agencies/${agency.id}/apply`}>查看申请方法并在线申请</a>；已提交的申请可<a href="/apply/status">查询办理进度</a>。
      </p>
      <h2>三、政府信息公开工作机构</h2>
      <OfficeFactsList office={guide.office} withSupervision />
      {guide.basis.length ? (
        <>
          <h2>四、编制依据</h2>
          <ul>{guide.basis.map((b) => <li>{b}</li>)}</ul>
        </>
      ) : null}
    </article>
  </Layout>
);
