import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import type { OfficeFacts } from '../../columnPresenters.ts';
import { agencyCrumbs } from '../agencyPage.tsx';
import { DisclosureNav } from './disclosureNav.tsx';

const Fact: FC<{ label: string; value: string | null }> = ({ label, value }) => (
  <div class="field-row">
    <dt>{label}</dt>
    <dd>{value ?? <span class="missing">尚未填写</span>}</dd>
  </div>
);

/** 依申请公开: how to apply (条例第二十九条) and where; the online form comes later. */
export const ApplyPage: FC<{ agency: { id: string; name: string }; office: OfficeFacts; viewer: Viewer | null }> = ({ agency, office, viewer }) => (
  <Layout title={`依申请公开 - ${agency.name}`} viewer={viewer} breadcrumbs={[...agencyCrumbs(agency), { label: '依申请公开' }]}>
    <DisclosureNav agencyId={agency.id} current="apply" />
    <article class="column-page" aria-labelledby="apply-title">
      <h1 id="apply-title">向{agency.name}申请政府信息公开</h1>
      <p>
        除主动公开的政府信息外，公民、法人或者其他组织可以向本单位申请获取相关政府信息（《中华人民共和国政府信息公开条例》第二十七条）。
        请先在<a href={`/agencies/${agency.id}/search`}>本单位已公开的信息</a>中查找，已主动公开的信息无需申请。
      </p>
      <h2>如何提出申请</h2>
      <p>依据条例第二十九条，申请应当采用包括信件、数据电文在内的书面形式；采用书面形式确有困难的，可以口头提出，由本单位代为填写申请。申请应当包括下列内容：</p>
      <ol>
        <li>申请人的姓名或者名称、身份证明、联系方式；</li>
        <li>申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；</li>
        <li>申请公开的政府信息的形式要求，包括获取信息的方式、途径。</li>
      </ol>
      <p>申请内容不明确的，本单位将给予指导和释明，并自收到申请之日起7个工作日内一次性告知申请人作出补正（条例第二十九条第三款）。</p>
      <h2>答复期限</h2>
      <p>能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，需要延长的经负责人同意可延长不超过20个工作日（条例第三十三条）。</p>
      <h2>受理机构</h2>
      <dl class="field-list">
        <Fact label="机构名称" value={office.name} />
        <Fact label="通信地址" value={office.address} />
        <Fact label="办公时间" value={office.hours} />
        <Fact label="联系电话" value={office.phone} />
      </dl>
      <p class="hint">在线申请表将在后续版本提供；目前请以信件或当面提交书面申请。</p>
    </article>
  </Layout>
);
