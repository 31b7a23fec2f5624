import { isLocalDate } from '../calendar/localDate.ts';
import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';
import type { Channel } from './vocabulary.ts';

/** What staff record about how an application arrived. */
export interface ReceiptFacts {
  channel: Channel;
  /** The date that counts under the channel's rule (submitted, signed for, confirmed). */
  on: LocalDate;
  /** post: true for a letter that needs a signature (挂号信、EMS), false for an ordinary letter. */
  signedFor?: boolean;
  /** inPerson: true when the applicant applied orally and staff wrote the application down (条例第二十九条). */
  oral?: boolean;
  /** other: how it arrived, in words. */
  note?: string;
}

/**
 * 条例第三十一条: the date an application counts as received, and the reason, per channel.
 * (1) in person: the day submitted; (2) by post: the day the organ signs for it, or for an
 * ordinary letter the day the office confirms it with the applicant; (3) online or by the
 * office's fax: the day both sides confirm.
 */
export function receiptOf(facts: ReceiptFacts): { receivedOn: LocalDate; basis: string } {
  if (!isLocalDate(facts.on)) throw new ValidationError('收到申请日期无效', [{ path: 'receivedOn', message: '请填写有效日期（YYYY-MM-DD）' }]);
  const basis = {
    inPerson: facts.oral
      ? '申请人口头提出、由工作人员代为填写，以当面提交之日为收到申请之日（条例第二十九条、第三十一条第（一）项）'
      : '当面提交，以提交之日为收到申请之日（条例第三十一条第（一）项）',
    post: facts.signedFor === false
      ? '平常信函，以政府信息公开工作机构与申请人确认之日为收到申请之日（条例第三十一条第（二）项）'
      : '邮寄需签收，以本机关签收之日为收到申请之日（条例第三十一条第（二）项）',
    online: '网上申请，以双方确认之日为收到申请之日（条例第三十一条第（三）项）',
    fax: '传真申请，以双方确认之日为收到申请之日（条例第三十一条第（三）项）',
    other: `其他方式（${facts.note?.trim() || '未说明'}），以工作人员登记确认之日为收到申请之日（参照条例第三十一条）`,
  }[facts.channel];
  return { receivedOn: facts.on, basis };
}
