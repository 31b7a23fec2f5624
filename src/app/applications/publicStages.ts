import type { StoredApplication, StoredApplicationEvent } from '../../domain/applications/stored.ts';
import { OUTCOMES, type OutcomeKey } from '../../domain/applications/vocabulary.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';

export interface PublicStage {
  on: string;
  text: string;
}

/** The application's history as the applicant may see it: what happened when, without names or parties. */
export function publicStageOf(a: StoredApplication, events: readonly StoredApplicationEvent[]): PublicStage[] {
  const stages: PublicStage[] = [];
  if (a.submittedAt) stages.push({ on: chinaDateOf(a.submittedAt), text: '网上提交申请' });
  if (a.receivedOn) stages.push({ on: a.receivedOn, text: `本机关收到申请（${a.receivedBasis ?? '条例第三十一条'}）` });
  for (const e of events) {
    const text = {
      correctionRequested: '发出补正告知书，请按告知内容补正',
      correctionReceived: '收到补正材料，答复期限重新计算',
      consultationStarted: e.kind === 'coMaker' ? '征求共同制作机关意见（期间不计入答复期限）' : '征求第三方意见（期间不计入答复期限）',
      consultationEnded: '征求意见结束',
      extended: `延长答复期限${e.workingDays ?? ''}个工作日`,
      delayed: `确定延迟答复，答复日期为 ${e.until ?? ''}`,
      feeNotified: '发出收费通知',
      feePaid: '已缴纳信息处理费',
      answered: `作出答复：${OUTCOMES[e.outcome as OutcomeKey]?.label ?? ''}`,
      withdrawn: '申请已撤回',
    }[e.type];
    stages.push({ on: e.on, text });
  }
  return stages;
}
