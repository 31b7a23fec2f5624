import type { FC } from 'hono/jsx';
import type { StoredApplication } from '../../../../domain/applications/stored.ts';
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, DELIVERY_FORM_LABELS, DELIVERY_WAY_LABELS, ID_TYPE_LABELS, MEDIUM_LABELS, type IdType, CONSULTATION_KIND_LABELS, OUTCOMES } from '../../../../domain/applications/vocabulary.ts';
import { provisionalWarning } from '../../../../domain/calendar/warnings.ts';
import { chinaTime } from '../../presenters.ts';
import type { FailedAction } from './actionForm.tsx';
import type { AnswerClock } from '../../../../domain/applications/answerClock.ts';
import type { DueTone } from '../../applications/registerPresenters.ts';
import { DueDate } from './registerParts.tsx';

const Row: FC<{ label: string; value: string | null | undefined }> = ({ label, value }) => (
  <div class="field-row"><dt>{label}</dt><dd>{value || '—'}</dd></div>
);

/** 申请人 (条例第二十九条第（一）项): staff of the agency only; getApplication audits each view. */
export const ApplicantDetails: FC<{ application: StoredApplication }> = ({ application: a }) => (
  <section aria-labelledby="applicant-title">
    <h2 id="applicant-title">申请人</h2>
    <p class="hint">申请人信息仅限本单位工作人员办理使用，每次查看都记入操作日志（条例第四十五条）。</p>
    <dl class="field-list">
      <Row label="类型" value={APPLICANT_TYPE_LABELS[a.applicantType]} />
      <Row label={a.applicantType === 'naturalPerson' ? '姓名' : '名称'} value={a.applicant.name} />
      {a.applicant.contactName ? <Row label="联系人" value={a.applicant.contactName} /> : null}
      <Row label="证件" value={`${a.applicant.idType ? (ID_TYPE_LABELS[a.applicant.idType as IdType] ?? a.applicant.idType) : ''} ${a.applicant.idNumber ?? ''}`.trim()} />
      <Row label="联系电话" value={a.applicant.phone} />
      <Row label="通信地址" value={a.applicant.address} />
      <Row label="电子邮箱" value={a.applicant.email} />
    </dl>
  </section>
);

/** 所需信息 and how the applicant wants it (条例第二十九条第（二）项、第（三）项). */
export const RequestDetails: FC<{ application: StoredApplication }> = ({ application: a }) => (
  <section aria-labelledby="request-title">
    <h2 id="request-title">申请内容</h2>
    <dl class="field-list">
      <Row label="所需信息" value={a.request} />
      <Row label="提供形式" value={DELIVERY_FORM_LABELS[a.deliveryForm]} />
      <Row label="载体和获取方式" value={[a.delivery?.medium ? MEDIUM_LABELS[a.delivery.medium] : null, a.delivery?.way ? DELIVERY_WAY_LABELS[a.delivery.way] : null].filter(Boolean).join('，')} />
    </dl>
  </section>
);

/** How and when it arrived, and why that date counts (条例第三十一条). */
export const ReceiptDetails: FC<{ application: StoredApplication }> = ({ application: a }) => (
  <section aria-labelledby="receipt-title">
    <h2 id="receipt-title">收到申请</h2>
    <dl class="field-list">
      <Row label="方式" value={`${CHANNEL_LABELS[a.channel]}${a.delivery?.oral ? '（口头提出，工作人员代为填写）' : ''}`} />
      {a.submittedAt ? <Row label="网上提交时间" value={chinaTime(a.submittedAt)} /> : null}
      <Row label="收到日期" value={a.receivedOn ?? '待确认'} />
      <Row label="依据" value={a.receivedBasis ?? '网上申请以双方确认之日为收到申请之日（条例第三十一条第（三）项），请与申请人确认后记录'} />
    </dl>
  </section>
);

/** 承办人: shown to everyone who may view; changed by those who may handle. */
export const HandlerForm: FC<{ applicationId: string; csrf: string; handlerId: string | null; handlerName: string | null; handlers: { value: string; label: string }[]; canHandle: boolean; failed: FailedAction | null }> = (p) => (
  <section aria-labelledby="handler-title">
    <h2 id="handler-title">承办人</h2>
    <p>{p.handlerName ?? '未指定'}</p>
    {p.canHandle ? (
      <form method="post" action={`/admin/applications/${p.applicationId}/handler`} class="form inline-fields">
        <input type="hidden" name="_csrf" value={p.csrf} />
        {p.failed?.action === 'handler' ? <p class="alert alert-error" role="alert">{p.failed.message}</p> : null}
        <div class="field">
          <label for="handlerId">指定承办人</label>
          <select id="handlerId" name="handlerId">
            <option value="">（不指定）</option>
            {p.handlers.map((h) => <option value={h.value} selected={h.value === p.handlerId}>{h.label}</option>)}
          </select>
        </div>
        <button type="submit" class="button">保存承办人</button>
      </form>
    ) : null}
  </section>
);

const pauseLabel = (kind: AnswerClock['pauses'][number]['kind']) => (kind === 'fee' ? '等待缴纳信息处理费' : CONSULTATION_KIND_LABELS[kind]);

/**
 * The answer clock of one application (条例第三十条、第三十三条、第三十五条): the due date, the 补正
 * notice date, the pauses, the extension, and every line of "为什么是这一天".
 */
export const ClockPanel: FC<{ clock: AnswerClock | null; explanation: string[]; tone: DueTone }> = ({ clock, explanation, tone }) => {
  if (!clock) {
    return (
      <section class="deadline clock-panel" aria-labelledby="clock-title">
        <h2 id="clock-title">答复期限</h2>
        <p class="deadline-text">尚未确认收到申请：确认后自收到之日起计算答复期限（条例第三十一条、第三十三条）。</p>
      </section>
    );
  }
  return (
    <section class="deadline clock-panel" aria-labelledby="clock-title">
      <h2 id="clock-title">答复期限</h2>
      <p class="deadline-text" id="due-on">
        {clock.closedOn ? '答复期限（已办结）：' : '答复期限：'}
        <DueDate dueOn={clock.dueOn} provisional={clock.provisional} tone={tone} empty="等待申请人补正，补正后重新计算" />
      </p>
      <dl class="meta-list clock-facts">
        <div><dt>收到申请</dt><dd>{clock.receivedOn}</dd></div>
        <div><dt>补正告知期限</dt><dd id="correction-notice-due">{clock.correctionNoticeDue}</dd></div>
        {clock.restartedByCorrection ? <div><dt>补正后重新起算</dt><dd>{clock.clockStart}</dd></div> : null}
        {clock.baseDue ? <div><dt>基本期限</dt><dd>{clock.baseDue}</dd></div> : null}
        {clock.pausedWorkingDays ? <div><dt>不计入的天数</dt><dd>{clock.pausedWorkingDays}个工作日</dd></div> : null}
        <div><dt>已延长</dt><dd>{clock.extensionWorkingDays ? `${clock.extensionWorkingDays}个工作日` : '未延长'}</dd></div>
        {clock.delayedUntil ? <div><dt>延迟答复至</dt><dd>{clock.delayedUntil}（条例第三十五条）</dd></div> : null}
        {clock.closedOn ? <div><dt>办结日期</dt><dd>{clock.closedOn}</dd></div> : null}
        {clock.outcome ? <div><dt>办理结果</dt><dd>{clock.withdrawn ? '申请人撤回' : OUTCOMES[clock.outcome].label}</dd></div> : null}
      </dl>
      {clock.pauses.length ? (
        <ul class="pause-list" aria-label="暂停计算的期间">
          {clock.pauses.map((p) => (
            <li>
              {pauseLabel(p.kind)}{p.party ? `：${p.party}` : ''}，{p.from} 至 {p.to}{p.open ? '（尚未结束，按法定期限暂计）' : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {clock.provisional && !clock.closedOn ? <p class="alert alert-warning">【暂定】{provisionalWarning(clock.unknownYears)}。</p> : null}
      <h3 id="why-title">为什么是这一天</h3>
      <ol class="clock-explanation" aria-labelledby="why-title">
        {explanation.map((line) => <li>{line}</li>)}
      </ol>
    </section>
  );
};
