import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';

export interface ReceiptSlip {
  applicationId: string;
  agencyName: string;
  trackingNo: string;
  queryCode: string;
  channelLabel: string;
  receivedOn: string;
  receivedBasis: string;
  dueOn: string | null;
  provisional: boolean;
}

/**
 * 受理回执: shown once right after registration, because only the query code's hash is stored.
 * Printable (the header and buttons are left off paper); nothing here but what the applicant needs.
 */
export const ReceiptSlipPage: FC<{ viewer: Viewer; slip: ReceiptSlip }> = ({ viewer, slip }) => (
  <Layout title={`受理回执 ${slip.trackingNo}`} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: '/admin/applications' }, { label: '受理回执' }]}>
    <p class="alert alert-success no-print" role="status">已登记。请把下面的受理编号和查询码交给申请人：查询码只显示这一次，系统不保存明文。</p>
    <section class="receipt-slip" aria-labelledby="slip-title">
      <h1 id="slip-title">政府信息公开申请受理回执</h1>
      <p>{slip.agencyName}已收到您的政府信息公开申请。</p>
      <dl class="slip-fields">
        <div><dt>受理编号</dt><dd class="slip-code">{slip.trackingNo}</dd></div>
        <div><dt>查询码</dt><dd class="slip-code">{slip.queryCode}</dd></div>
        <div><dt>提交方式</dt><dd>{slip.channelLabel}</dd></div>
        <div><dt>收到申请日期</dt><dd>{slip.receivedOn}</dd></div>
        <div><dt>依据</dt><dd>{slip.receivedBasis}</dd></div>
        <div>
          <dt>答复期限</dt>
          <dd>{slip.dueOn ? `${slip.dueOn}${slip.provisional ? '【暂定】' : ''}` : '—'}（收到申请之日起20个工作日内，条例第三十三条；依法延长、补正或征求意见的，另行告知）</dd>
        </div>
      </dl>
      <p>请妥善保管受理编号和查询码，凭此可在本网站「依申请公开」栏目查询办理进度。</p>
    </section>
    <p class="form-actions no-print">
      <a class="button button-primary" href={`/admin/applications/${slip.applicationId}`}>打开该申请</a>
      <a class="button" href="/admin/applications/new">继续登记</a>
      <span class="hint">打印回执：使用浏览器的“打印”功能（页眉和按钮不会打印）。</span>
    </p>
  </Layout>
);
