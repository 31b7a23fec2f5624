import type { FC } from 'hono/jsx';
import { Layout } from '../../../shared/layout.tsx';
import type { Receipt } from '../../applicationSecurity.ts';
import { APPLICATION_STYLES } from '../documents/applyPage.tsx';

/** The 受理编号 spaced in groups so it can be read out and copied without mistakes. */
const Code: FC<{ label: string; value: string; id: string }> = ({ label, value, id }) => (
  <div class="receipt-code">
    <dt id={`${id}-label`}>{label}</dt>
    <dd id={id} aria-labelledby={`${id}-label`}>{value}</dd>
  </div>
);

/**
 * 网上申请回执: shown once after the POST-redirect-GET. The 查询码 is not kept anywhere in readable
 * form (only its hash), so the page asks the applicant to write both codes down or print it.
 */
export const ReceiptPage: FC<{ receipt: Receipt }> = ({ receipt }) => (
  <Layout title="申请已提交" viewer={null} breadcrumbs={[{ label: '首页', href: '/' }, { label: receipt.agencyName, href: `/agencies/${receipt.agencyId}/apply` }, { label: '申请已提交' }]} stylesheets={APPLICATION_STYLES}>
    <article class="column-page receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title">您的申请已提交</h1>
      <p class="lead">
        {receipt.submittedOn}，您已通过网上向{receipt.agencyName}提交了政府信息公开申请。
      </p>
      <div class="receipt-box">
        <p class="receipt-warning" role="alert">请把下面两个号码抄写下来或打印本页保存。查询码只在本页显示这一次，遗失后无法在网上查询。</p>
        <dl class="receipt-codes">
          <Code label="受理编号" value={receipt.trackingNo} id="tracking-no" />
          <Code label="查询码" value={receipt.queryCode} id="query-code" />
        </dl>
        <p class="receipt-agency">受理机关：{receipt.agencyName}</p>
      </div>
      <p class="print-actions">
        <button type="button" class="button button-large" data-print hidden>打印本页</button>
        <span class="hint no-print">也可以用浏览器菜单中的“打印”打印本页。</span>
      </p>
      <h2>接下来会怎样</h2>
      <ol class="next-steps">
        <li>本单位工作人员将核对并确认收到您的申请。按照《中华人民共和国政府信息公开条例》第三十一条第（三）项，通过互联网提交的申请，以双方确认之日为收到申请之日。</li>
        <li>本单位自收到申请之日起20个工作日内答复您；需要延长答复期限的，经负责人同意并告知您，延长的期限最长不超过20个工作日（条例第三十三条）。</li>
        <li>申请内容不明确的，本单位会自收到申请之日起7个工作日内一次性告知您需要补正的内容（条例第三十条）。</li>
        <li>答复会按您选择的方式送达。办理进度和已发出的告知书、答复书可以凭受理编号和查询码随时查询。</li>
      </ol>
      <p class="form-actions no-print">
        <a class="button button-primary button-large" href="/apply/status">查询办理进度</a>
        <a class="button button-large" href={`/agencies/${receipt.agencyId}/apply`}>返回依申请公开页面</a>
      </p>
    </article>
    <script src="/assets/print.js" defer></script>
  </Layout>
);

/** The receipt is gone (reloaded, or opened later): say so without guessing anything. */
export const ReceiptGonePage: FC = () => (
  <Layout title="回执已显示过" viewer={null} breadcrumbs={[{ label: '首页', href: '/' }, { label: '申请回执' }]} stylesheets={APPLICATION_STYLES}>
    <article class="column-page" aria-labelledby="gone-title">
      <h1 id="gone-title">回执只显示一次</h1>
      <p>为保护您的申请信息，受理编号和查询码只在提交后显示一次，本页已经显示过或已超过15分钟。</p>
      <p>如果已经记下受理编号和查询码，可以<a href="/apply/status">查询办理进度</a>；如果没有记下，请联系受理申请的单位（联系方式见该单位的“依申请公开”页面）。请不要重复提交相同的申请。</p>
    </article>
  </Layout>
);
