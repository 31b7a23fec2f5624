import type { LocalDate } from '../shared/clock.ts';
import type { ApplicantType, Channel, ConsultationKind, DeliveryForm, EventType, OutcomeKey } from './vocabulary.ts';

/**
 * The shapes of applications-contract.md §2, the register's import file and
 * `--json` listing. Personal data lives in `applicant` only; nothing else in an
 * application may identify a person.
 */
export interface ApplicantDetails {
  name: string;
  /** 居民身份证号 or 统一社会信用代码 or another document's number. */
  idNumber?: string;
  idType?: string;
  phone?: string;
  address?: string;
  email?: string;
  /** For organisations: the contact person. */
  contactName?: string;
}

/** One ledger event; `on` is day zero of whatever it starts (contract §3). */
export interface ApplicationEvent {
  type: EventType;
  on: LocalDate;
  /** consultationStarted: the party consulted; consultationEnded: which one ends (else the earliest open). */
  party?: string;
  /** consultationStarted: 第三十二条 third party or 第三十四条 co-maker (default thirdParty). */
  kind?: ConsultationKind;
  /** extended: working days added (≤ 20 in total per application, 条例第三十三条). */
  workingDays?: number;
  /** extended: who approved the extension (条例第三十三条: 政府信息公开工作机构负责人). */
  approvedBy?: string;
  /** delayed (条例第三十五条): the new answer date set for an excessive application. */
  until?: LocalDate;
  /** correctionRequested: the correction period given to the applicant, in working days. */
  periodWorkingDays?: number;
  /** answered: the outcome key of contract §1. */
  outcome?: OutcomeKey;
  /** feeNotified: the amount in 元. */
  amount?: number;
  note?: string;
}

/** An application as the contract exchanges it. */
export interface ApplicationRecord {
  ref?: string;
  receivedOn: LocalDate;
  channel: Channel;
  applicantType: ApplicantType;
  applicant: ApplicantDetails;
  request: string;
  deliveryForm: DeliveryForm;
  events: ApplicationEvent[];
}
