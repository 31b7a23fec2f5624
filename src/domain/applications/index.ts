/**
 * 依申请公开 (条例第二十七条至第四十五条): the contract's vocabulary and shapes, the
 * answer clock as a ledger, the rules a ledger must keep, identity checks and
 * the table 三 count, the 信息处理费 and its 收费通知. Pure: callers pass the calendar and today's date.
 */
export * from './vocabulary.ts';
export type { ApplicantDetails, ApplicationEvent, ApplicationRecord } from './application.ts';
export * from './answerClock.ts';
export { closingIssues, ledgerIssues, type LedgerIssue } from './ledgerRules.ts';
export { identityNumberProblem, isValidCreditCode, isValidIdNumber } from './identity.ts';
export { countTable3, emptyTable3Row, TABLE3_ROW_KEYS, type CountedApplication, type Table3, type Table3Row, type Table3RowKey } from './table3.ts';
export { APPLICATION_STATUSES, isApplicationStatus, OPEN_STATUSES, STATUS_LABELS, statusOf, type ApplicationStatus } from './status.ts';
export { explainAnswerClock } from './clockExplanation.ts';
export { receiptOf, type ReceiptFacts } from './receipt.ts';
export type { DeliveryChoice, StoredApplication, StoredApplicationEvent } from './stored.ts';
export { INPUT_LIMITS, validateApplicationInput, type ApplicationInput } from './applicationInput.ts';
export { ANSWER_DEADLINE, answerClockRule, computeStoredDeadline, CORRECTION_NOTICE_DEADLINE, isAnswerClockRule, type AnswerClockRule } from './answerDeadline.ts';
export * from './fees.ts';
export { applicantKey, applicationsInSameFeeMonth, feeMonthOf, normalisePhone, unitsFiledBefore, type FeeCountedApplication } from './feeApplicants.ts';
export * from './feeNotice.ts';
