/**
 * What the supervision bench publishes, and the one agency published through the real use cases
 * (createDocument → submit → 复核 → 保密审查 → 审签, each on the day of publication), whose rows the bulk
 * loader (bulkDocuments.ts) copies for every other agency.
 */
import { databaseAuditLog } from '../../src/app/audit.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { reviewDocument, submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import type { AppContext } from '../../src/app/context.ts';
import type { Role } from '../../src/domain/accounts/roles.ts';
import { addDays } from '../../src/domain/calendar/localDate.ts';
import { fixedClock, type LocalDate } from '../../src/domain/shared/clock.ts';
import type { Engine } from '../../src/storage/database.ts';
import type { Random } from '../applications/ledgers.ts';
import { pickItemIndex, type SpecItem } from './catalogSpec.ts';

export interface PlannedDocument {
  title: string;
  formedOn: LocalDate;
  publishedOn: LocalDate;
  item: { level1: string; level2: string };
}

/**
 * `count` documents of one agency: 成文日期 spread over the three years before `today`, published 0–60 days
 * later (most within days, some after the 20 working days: late), filed under pickItemIndex's items.
 */
export function planDocuments(random: Random, agencyName: string, items: readonly SpecItem[], count: number, today: LocalDate): PlannedDocument[] {
  const first = addDays(today, -1070);
  return Array.from({ length: count }, (_, n) => {
    const formedOn = addDays(first, Math.floor(random() * 1060));
    const publishedOn = [addDays(formedOn, Math.floor(random() ** 3 * 60)), addDays(today, -1)].sort()[0]!;
    const { level1, level2 } = items[pickItemIndex(random)]!;
    return { title: `${agencyName}关于${level2}的通知（${n + 1}）`, formedOn, publishedOn, item: { level1, level2 } };
  });
}

export const BODY_HTML = '<p>各有关单位：为进一步做好政府信息公开工作，根据有关规定，现将有关事项通知如下。</p><p>本通知自发布之日起施行。</p>';

export function documentInput(agencyName: string, plan: PlannedDocument) {
  return {
    metadata: {
      kind: 'policy', title: plan.title, publisher: agencyName, formedOn: plan.formedOn, documentNumber: null, subjectCategory: null,
      genre: '通知', keywords: '政府信息公开', summary: '有关事项的通知。', validity: 'effective', disclosureMode: 'proactive',
    },
    bodyHtml: BODY_HTML,
    items: [plan.item],
  };
}

/** Three staff (填表人, 复核人, 审签人 are different people) made by createUser; returns a context maker per role and day. */
async function staffOf(system: AppContext, agencyId: string) {
  const roles: [Role, string][] = [['editor', '填表人'], ['reviewer', '复核人'], ['approver', '审签人']];
  const actors = await Promise.all(roles.map(async ([role, name]) => {
    const { id } = await createUser(system, { username: `real-${role}`, password: 'bench password 0123', displayName: name, roles: [role], agencyId });
    return { id, name, roles: [role], agencyId, regionId: null };
  }));
  return (index: number, day: LocalDate): AppContext => {
    const clock = fixedClock(`${day}T02:00:00.000Z`);
    return { actor: actors[index]!, db: system.db, clock, audit: databaseAuditLog(clock) };
  };
}

/** Publishes every planned document of one agency through the document use cases; returns their ids. */
export async function publishThroughUseCases(engine: Engine, system: AppContext, agency: { id: string; name: string }, plans: readonly PlannedDocument[]): Promise<string[]> {
  const as = await staffOf({ ...system, db: engine.db }, agency.id);
  const ids: string[] = [];
  for (const plan of plans) {
    const [editor, reviewer, approver] = [as(0, plan.publishedOn), as(1, plan.publishedOn), as(2, plan.publishedOn)];
    const { documentId } = await createDocument(editor, { agencyId: agency.id, ...documentInput(agency.name, plan) });
    await submitDocument(editor, { documentId });
    await reviewDocument(reviewer, { documentId, decision: 'pass' });
    await confirmSecrecyReview(reviewer, { documentId, note: '经审查不涉密' });
    await approveDocument(approver, { documentId, decision: 'approve' });
    ids.push(documentId);
  }
  return ids;
}
