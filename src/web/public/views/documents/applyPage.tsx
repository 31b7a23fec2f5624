import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import type { OfficeFacts } from '../../columnPresenters.ts';
import { agencyCrumbs } from '../agencyPage.tsx';
import { ApplicationFormView, type ApplicationFormProps } from '../applications/applicationFormView.tsx';
import { DisclosureNav } from './disclosureNav.tsx';
import { OfficeFactsList } from './officeFactsList.tsx';

export const APPLICATION_STYLES = ['/assets/applications.css'];

export interface ApplyPageProps {
  agency: { id: string; name: string };
  office: OfficeFacts;
  viewer: Viewer | null;
  form: Omit<ApplicationFormProps, 'agencyId'>;
}

/** 依申请公开: how to apply (条例第二十九条), the office to apply to, and the online application form. */
export const ApplyPage: FC<ApplyPageProps> = ({ agency, office, viewer, form }) => (
  <Layout title={`依申请公开 - ${agency.name}`} viewer={viewer} breadcrumbs={[...agencyCrumbs(agency), { label: '依申请公开' }]} stylesheets={APPLICATION_STYLES}>
    <DisclosureNav agencyId={agency.id} current="apply" />
    <article class="column-page" aria-labelledby="apply-title">
      <h1 id="apply-title">向{agency.name}申请政府信息公开</h1>
      <p class="status-link">
        已经提交过申请？<a href="/apply/status" class="button">查询办理进度</a>
      </p>
      <p>
        除主动公开的政府信息外，公民、法人或者其他组织可以向本单位申请获取相关政府信息（《中华人民共和国政府信息公开条例》第二十七条）。
        请先在<a href={`/agencies/${agency.id}/search`}>本单位已公开的信息</a>中查找，已主动公开的信息无需申请。
      </p>
      <details class="apply-rules">
        <summary>申请须知（条例第二十九条、第三十三条）</summary>
        <p>申请应当采用包括信件、数据电文在内的书面形式；采用书面形式确有困难的，可以口头提出，由本单位代为填写申请。申请应当包括下列内容：</p>
        <ol>
          <li>申请人的姓名或者名称、身份证明、联系方式；</li>
          <li>申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；</li>
          <li>申请公开的政府信息的形式要求，包括获取信息的方式、途径。</li>
        </ol>
        <p>申请内容不明确的，本单位将给予指导和释明，并自收到申请之日起7个工作日内一次性告知申请人作出补正（条例第三十条）。</p>
        <p>能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，需要延长的经负责人同意并告知申请人，延长期限最长不超过20个工作日（条例第三十三条）。</p>
      </details>
      <ApplicationFormView agencyId={agency.id} {...form} />
      <h2>受理机构</h2>
      <p>也可以把书面申请寄送或当面递交到下列地址，或者以传真提交：</p>
      <OfficeFactsList office={office} />
    </article>
  </Layout>
);
