import type { FC } from 'hono/jsx';
import type { AnswerClock } from '../../../../domain/applications/answerClock.ts';
import { CONSULTATION_KIND_LABELS, OUTCOMES } from '../../../../domain/applications/vocabulary.ts';
import type { DueTone } from '../../applications/registerPresenters.ts';
import { DueDate } from './dueDate.tsx';

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
      {clock.provisional ? <p class="alert alert-warning">【暂定】{clock.unknownYears.join('、')}年的调休安排尚未公布，期限可能在公布后调整。</p> : null}
      <h3 id="why-title">为什么是这一天</h3>
      <ol class="clock-explanation" aria-labelledby="why-title">
        {explanation.map((line) => <li>{line}</li>)}
      </ol>
    </section>
  );
};
