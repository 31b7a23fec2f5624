import type { LocalDate } from '../shared/clock.ts';
import type { ApplicantDetails, ApplicationEvent } from './application.ts';
import type { ApplicationStatus } from './status.ts';
import type { ApplicantType, Channel, DeliveryForm, DeliveryWay, Medium, OutcomeKey } from './vocabulary.ts';

/** How the applicant asked to get the information (the form's two questions, or staff's note). */
export interface DeliveryChoice {
  medium?: Medium;
  way?: DeliveryWay;
  /** Recorded by staff for an oral application (条例第二十九条). */
  oral?: boolean;
}

/** An application as the register holds it (the row; events are read separately). */
export interface StoredApplication {
  id: string;
  agencyId: string;
  trackingNo: string;
  ref: string | null;
  source: 'online' | 'staff' | 'import';
  channel: Channel;
  applicantType: ApplicantType;
  applicant: ApplicantDetails;
  request: string;
  deliveryForm: DeliveryForm;
  delivery: DeliveryChoice | null;
  submittedAt: string | null;
  receivedOn: LocalDate | null;
  receivedBasis: string | null;
  status: ApplicationStatus;
  dueOn: LocalDate | null;
  provisional: boolean;
  correctionNoticeDue: LocalDate | null;
  closedOn: LocalDate | null;
  outcome: OutcomeKey | null;
  handlerId: string | null;
  proactiveSuggestion: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A ledger event as stored: its place in the ledger and who recorded it. */
export interface StoredApplicationEvent extends ApplicationEvent {
  id: string;
  seq: number;
  recordedBy: string | null;
  recordedAt: string;
}
