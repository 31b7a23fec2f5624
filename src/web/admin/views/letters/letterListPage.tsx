import type { FC } from 'hono/jsx';
import { LETTER_KIND_INFO, LETTER_KINDS } from '../../../../domain/applications/letters/index.ts';
import { OUTCOME_KEYS, OUTCOMES } from '../../../../domain/applications/vocabulary.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { chinaTime } from '../../presenters.ts';
import { Post } from './letterForms.tsx';

export interface LetterRow {
  id: string;
  kindLabel: string;
  title: string;
  number: string | null;
  statusLabel: string;
  createdAt: string;
  sentOn: string | null;
}

export type DraftFormValues = Record<'kind' | 'outcome' | 'reason' | 'provided' | 'correctionItems' | 'extensionReason' | 'party' | 'feeStandard' | 'paymentMethod', string>;

export const EMPTY_DRAFT_FORM: DraftFormValues = { kind: 'answer', outcome: '', reason: '', provided: '', correctionItems: '', extensionReason: '', party: '', feeStandard: '', paymentMethod: '' };

export interface LetterListPageProps {
  viewer: Viewer;
  applicationId: string;
  trackingNo: string;
  letters: LetterRow[];
  canPrepare: boolean;
  values: DraftFormValues;
  error: string | null;
}

/** Free-text facts of the draft form: the ledger gives dates, days, party and amount; these are what it does not know. */
const FACT_FIELDS: { name: keyof DraftFormValues; label: string; hint: string; rows: number }[] = [
  { name: 'provided', label: '提供的信息', hint: '答复书（予以公开、部分公开）：向申请人提供的信息及形式', rows: 2 },
  { name: 'reason', label: '答复理由', hint: '不予公开、部分公开时必填（条例第三十六条第（三）项：说明理由）；默认取答复记录的备注', rows: 2 },
  { name: 'correctionItems', label: '补正事项', hint: '补正告知书：每行一项，一次性告知全部事项（条例第三十条）；默认取补正记录中的事项', rows: 3 },
  { name: 'extensionReason', label: '延期理由', hint: '延期答复告知书：默认取延期记录的备注', rows: 2 },
  { name: 'party', label: '被征求意见方', hint: '征求意见函：默认取征求意见记录中的第三方或共同制作机关', rows: 1 },
  { name: 'feeStandard', label: '收费标准', hint: '收费通知书：按件计收或按量计收及适用档次', rows: 2 },
  { name: 'paymentMethod', label: '缴费方式', hint: '收费通知书：非税收入缴款码、收款账户或缴费窗口', rows: 1 },
];

/** The letters of one application and the form to draft the next one. */
export const LetterListPage: FC<LetterListPageProps> = ({ viewer, applicationId, trackingNo, letters, canPrepare, values, error }) => (
  <Layout title={`申请 ${trackingNo} 的文书`} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: `申请 ${trackingNo}`, href: `/admin/applications/${applicationId}` }, { label: '文书' }]}>
    <h1>申请 {trackingNo} 的文书</h1>
    <p class="hint">文书按本单位模板生成；模板、文号前缀和救济途径见 <a href="/admin/letter-templates">依申请公开文书模板</a>。</p>
    {letters.length ? (
      <div class="table-scroll"><table class="data-table">
        <thead><tr><th scope="col">文书</th><th scope="col">文号</th><th scope="col">状态</th><th scope="col">起草时间</th><th scope="col">送达日期</th></tr></thead>
        <tbody>
          {letters.map((l) => (
            <tr>
              <td><a href={`/admin/applications/${applicationId}/letters/${l.id}`}>{l.kindLabel}</a></td>
              <td>{l.number ?? '—'}</td>
              <td>{l.statusLabel}</td>
              <td>{chinaTime(l.createdAt)}</td>
              <td>{l.sentOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table></div>
    ) : <p class="muted">尚未制作文书。</p>}
    {canPrepare ? (
      <Post action={`/admin/applications/${applicationId}/letters`} csrf={viewer.csrfToken} class="form">
        <h2>制作文书</h2>
        <p class="hint">按本单位模板（未设置时用默认模板）生成草稿：申请人、受理编号、收到日期、申请内容、答复期限和台账中的日期、天数、金额自动填入。</p>
        {error ? <p class="alert alert-error" role="alert">{error}</p> : null}
        <div class="field">
          <label for="kind">文书种类</label>
          <select id="kind" name="kind">
            {LETTER_KINDS.map((kind) => <option value={kind} selected={values.kind === kind}>{`${LETTER_KIND_INFO[kind].label}（${LETTER_KIND_INFO[kind].article}）`}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="outcome">答复类型（答复书）</label>
          <select id="outcome" name="outcome">
            <option value="">按答复记录</option>
            {OUTCOME_KEYS.map((key) => <option value={key} selected={values.outcome === key}>{OUTCOMES[key].label}</option>)}
          </select>
        </div>
        {FACT_FIELDS.map((f) => (
          <div class="field">
            <label for={`fact-${f.name}`}>{f.label}</label>
            <p class="hint">{f.hint}</p>
            <textarea id={`fact-${f.name}`} name={f.name} rows={f.rows}>{values[f.name]}</textarea>
          </div>
        ))}
        <button type="submit" class="button button-primary">生成草稿</button>
      </Post>
    ) : null}
  </Layout>
);
