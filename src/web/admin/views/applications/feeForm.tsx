import type { FC } from 'hono/jsx';
import { FEE_METHOD_LABELS, FEE_METHODS } from '../../../../domain/applications/fees.ts';
import { ActionForm, ActionInput, typed, type FailedAction } from './actionForm.tsx';

/** The fee computed from the form (fees.ts), shown before it is recorded. */
export interface FeePreview {
  methodLabel: string;
  amountYuan: number;
  amountText: string;
  breakdown: string[];
  values: Record<string, string>;
}

export interface FeeFormState {
  /** 按件计收: the applicant's earlier applications this month in this agency's register, when recognisable. */
  alreadyThisMonth: number | null;
  preview: FeePreview | null;
}

/**
 * 收费通知 (条例第四十二条; 国办函〔2020〕109号): choose 按件 or 按量, compute the amount with its
 * breakdown, then record the notice with that amount. Two steps, so nothing is recorded unseen.
 */
export const FeeForm: FC<{ applicationId: string; csrf: string; today: string; failed: FailedAction | null; fee: FeeFormState }> = ({ applicationId, csrf, today, failed, fee }) => {
  const preview = fee.preview;
  const value = (name: string, fallback: string) => preview?.values[name] ?? typed(failed, 'feeNotified', name, fallback);
  const method = value('method', 'perPage');
  const shownFailed = preview ? null : failed;
  const record = preview && preview.amountYuan > 0 ? (
    <button type="submit" name="step" value="record" class="button button-primary">记录收费通知（{preview.amountText}）</button>
  ) : null;
  return (
    <ActionForm applicationId={applicationId} action="feeNotified" path="fee" title="收费通知" dateLabel="通知日期" button={preview ? '重新计算' : '计算金额'} buttonStep="preview"
      csrf={csrf} today={preview?.values.on ?? today} failed={shownFailed} after={record}
      hint="每件申请只能选择按件计收或按量计收其中一种（办法第三条）。先计算金额，核对明细后再记录。">
      <fieldset class="radio-group">
        <legend>计收方式</legend>
        {FEE_METHODS.map((m) => (
          <div class="checkbox">
            <input type="radio" id={`fee-method-${m}`} name="method" value={m} checked={method === m} />
            <label for={`fee-method-${m}`}>{FEE_METHOD_LABELS[m]}</label>
          </div>
        ))}
      </fieldset>
      <ActionInput action="feeNotified" name="pages" label="按量计收：页数" type="number" min={1} value={value('pages', '')} hint="30页以下（含）不收费" />
      <ActionInput action="feeNotified" name="alreadyThisMonth" label="按件计收：该申请人本月此前已申请件数" type="number" min={0}
        value={value('alreadyThisMonth', fee.alreadyThisMonth === null ? '' : String(fee.alreadyThisMonth))}
        hint={fee.alreadyThisMonth === null ? '无法从台账识别该申请人，请核实后填写' : `按本单位台账统计为${fee.alreadyThisMonth}件；一个自然月内累计10件以下（含）不收费`} />
      {preview ? (
        <div class="fee-preview" role="status" aria-live="polite">
          <p><strong>{preview.methodLabel}：应收 {preview.amountText}</strong></p>
          {preview.breakdown.length ? <ul>{preview.breakdown.map((line) => <li>{line}</li>)}</ul> : <p>不收费：无需发出收费通知。</p>}
        </div>
      ) : null}
    </ActionForm>
  );
};
