import type { FC } from 'hono/jsx';
import { CONSULTATION_KIND_LABELS, CONSULTATION_KINDS } from '../../../../domain/applications/vocabulary.ts';
import type { ActionState, CaseAction } from '../../applications/eventForms.ts';
import { ActionForm, ActionInput, ActionNote, typed, type FailedAction, FeeForm, type FeeFormState } from './actionForm.tsx';
import { OutcomeOptions } from './registerParts.tsx';

export interface CaseActionsProps {
  applicationId: string;
  csrf: string;
  today: string;
  state: ActionState;
  failed: FailedAction | null;
  fee: FeeFormState;
}

/** 办理: the ledger actions valid in the application's current state, each a small POST (条例第三十条至第三十五条). */
export const CaseActions: FC<CaseActionsProps> = ({ applicationId, csrf, today, state, failed, fee }) => {
  const has = (a: Parameters<ActionState['actions']['has']>[0]) => state.actions.has(a);
  const common = { applicationId, csrf, today, failed };
  const v = (action: string, name: string, fallback = '') => typed(failed, action, name, fallback);
  // A refused action whose form is not offered in this state (e.g. a second 补正 notice) still gets its message.
  const stray = failed && failed.action !== 'handler' && !state.actions.has(failed.action as CaseAction) ? failed : null;
  const strayAlert = stray ? <div class="alert alert-error" role="alert" id="act-refused"><p>{stray.message}</p></div> : null;
  if (state.actions.size === 0) return <>{strayAlert}<p class="hint">该申请已办结，不能再办理。</p></>;
  return (
    <div class="case-actions">
      {strayAlert}
      {has('confirm') ? (
        <ActionForm {...common} action="confirm" path="confirm" title="确认收到申请" dateLabel="与申请人确认之日" button="确认收到"
          hint="网上申请以双方确认之日为收到申请之日（条例第三十一条第（三）项），答复期限自该日起算。" />
      ) : null}
      {has('correctionRequested') ? (
        <ActionForm {...common} action="correctionRequested" path="events/correctionRequested" title="发出补正告知" dateLabel="告知日期" button="记录补正告知"
          hint="申请内容不明确的，应在收到申请之日起7个工作日内一次性告知需要补正的事项和合理的补正期限（条例第三十条）；只能告知一次。">
          <ActionInput action="correctionRequested" name="periodWorkingDays" label="补正期限（工作日）" type="number" min={1} max={60} value={v('correctionRequested', 'periodWorkingDays', '10')} required />
          <ActionNote action="correctionRequested" label="需要补正的全部事项（每项一行）" value={v('correctionRequested', 'note')} rows={4} required />
        </ActionForm>
      ) : null}
      {has('correctionReceived') ? (
        <ActionForm {...common} action="correctionReceived" path="events/correctionReceived" title="收到补正" dateLabel="收到补正材料之日" button="记录收到补正"
          hint="答复期限自收到补正后的申请之日起重新计算（条例第三十条）。申请人逾期不补正的，用“作出答复”选择“逾期不补正，不再处理”。" />
      ) : null}
      {has('consultationStarted') ? (
        <ActionForm {...common} action="consultationStarted" path="events/consultationStarted" title="开始征求意见" dateLabel="发出征求意见之日" button="记录开始征求意见"
          hint="征求意见所需时间不计算在答复期限内（条例第三十三条第三款）；第三方应在15个工作日内提出意见。">
          <div class="field">
            <label for="act-consultationStarted-kind">征求对象</label>
            <select id="act-consultationStarted-kind" name="kind">
              {CONSULTATION_KINDS.map((k) => <option value={k} selected={v('consultationStarted', 'kind', 'thirdParty') === k}>{CONSULTATION_KIND_LABELS[k]}</option>)}
            </select>
          </div>
          <ActionInput action="consultationStarted" name="party" label="第三方或共同制作机关名称" value={v('consultationStarted', 'party')} required />
        </ActionForm>
      ) : null}
      {has('consultationEnded') ? (
        <ActionForm {...common} action="consultationEnded" path="events/consultationEnded" title="征求意见结束" dateLabel="收到意见（或期满）之日" button="记录征求意见结束">
          <div class="field">
            <label for="act-consultationEnded-party">结束的征求意见</label>
            <select id="act-consultationEnded-party" name="party">
              {state.openParties.map((party) => <option value={party} selected={v('consultationEnded', 'party') === party}>{party || '（未写名称）'}</option>)}
            </select>
          </div>
        </ActionForm>
      ) : null}
      {has('extended') ? (
        <ActionForm {...common} action="extended" path="events/extended" title="延长答复期限" dateLabel="决定延长之日" button="记录延长"
          hint={`需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过20个工作日（条例第三十三条第二款）；须在答复期限届满前决定。本件还可延长${state.extensionLeft}个工作日。`}>
          <ActionInput action="extended" name="workingDays" label="延长的工作日数" type="number" min={1} max={state.extensionLeft} value={v('extended', 'workingDays', String(state.extensionLeft))} required />
          <ActionInput action="extended" name="approvedBy" label="批准人" value={v('extended', 'approvedBy')} hint="政府信息公开工作机构负责人" required />
          <ActionNote action="extended" label="延期理由（写入延期答复告知书）" value={v('extended', 'note')} />
        </ActionForm>
      ) : null}
      {has('delayed') ? (
        <ActionForm {...common} action="delayed" path="events/delayed" title="延迟答复（条例第三十五条）" dateLabel="作出决定之日" button="记录延迟答复"
          hint="申请人申请数量、频次明显超过合理范围，且说明理由不合理的，可以确定延迟答复的合理期限。">
          <ActionInput action="delayed" name="until" label="新的答复日期" type="date" value={v('delayed', 'until')} required />
          <ActionNote action="delayed" label="理由" value={v('delayed', 'note')} />
        </ActionForm>
      ) : null}
      {has('feeNotified') ? <FeeForm {...common} fee={fee} /> : null}
      {has('feePaid') ? <ActionForm {...common} action="feePaid" path="events/feePaid" title="已缴费" dateLabel="缴费日期" button="记录已缴费" /> : null}
      {has('answered') ? (
        <ActionForm {...common} action="answered" path="events/answered" title="作出答复" dateLabel="答复日期" button="记录答复并办结"
          hint="办理结果按年度报告表三的分类选择（条例第三十六条至第三十九条、第三十五条）。">
          <div class="field">
            <label for="act-answered-outcome">办理结果</label>
            <select id="act-answered-outcome" name="outcome" required>
              <option value="">请选择</option>
              <OutcomeOptions selected={v('answered', 'outcome')} />
            </select>
          </div>
        </ActionForm>
      ) : null}
      {has('withdrawn') ? <ActionForm {...common} action="withdrawn" path="events/withdrawn" title="撤回" dateLabel="申请人撤回之日" button="记录撤回并办结" danger /> : null}
    </div>
  );
};
