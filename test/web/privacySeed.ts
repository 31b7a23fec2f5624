/**
 * Applications with distinctive personal data in two agencies, made through the use cases and
 * taken through receipt, a consultation, an answer, the archive and 转主动公开, for the privacy
 * scan. Every marker is unique text that appears nowhere else in the test world.
 */
import { contextFor } from '../helpers/appContext.ts';
import type { WebTestApp } from '../helpers/webApp.ts';
import { getActorForUser, ANONYMOUS_ACTOR } from '../../src/app/accounts/getActor.ts';
import { submitOnlineApplication } from '../../src/app/applications/submitOnlineApplication.ts';
import { confirmReceipt } from '../../src/app/applications/confirmReceipt.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { recordApplicationEvent } from '../../src/app/applications/recordApplicationEvent.ts';
import { archiveApplication } from '../../src/app/applications/archiveApplication.ts';
import { suggestProactiveDisclosure } from '../../src/app/applications/suggestProactiveDisclosure.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';

/** GB 11643: the check character of the first 17 digits. */
export function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

function applicant(tag: string, n: number) {
  return {
    applicantType: 'naturalPerson', idType: 'residentId', medium: 'electronic', way: 'email',
    name: `隐${tag}${'一二三四'[n]}氏`,
    idNumber: residentId(`640104198801${`1${n}`}${tag === '甲' ? '3' : '4'}${n}${n}`),
    phone: `139${tag === '甲' ? '1' : '2'}77700${n}${n}`,
    email: `privmark-${tag === '甲' ? 'a' : 'b'}${n}@example.cn`,
    address: `银川市金凤区标记路${tag}${n}号院`,
    request: `PRIVREQ${tag === '甲' ? 'A' : 'B'}${n} 本人家庭的低保审批材料 PRIVTAIL${tag === '甲' ? 'A' : 'B'}${n}`,
  };
}

export type SeededApplicant = ReturnType<typeof applicant>;

/** The strings that must never leave the agency's staff pages, lower-cased (pages may fold case). */
export function markersOf(people: readonly SeededApplicant[]): string[] {
  return people.flatMap((p) => [p.name, p.idNumber, p.phone, p.email, p.address, ...p.request.split(' ').filter((w) => w.startsWith('PRIV'))]).map((m) => m.toLowerCase());
}

export const THIRD_PARTY = '标记第三方隐私公司';

export async function seedPrivateApplications(t: WebTestApp) {
  const actorOf = async (username: string) => contextFor(t.engine, (await getActorForUser(t.engine.db, (await findUserByUsername(t.engine.db, username))!.id))!, t.clock);
  const [editorA, editorB] = [await actorOf('editorA'), await actorOf('editorB')];
  const anonymous = contextFor(t.engine, ANONYMOUS_ACTOR, t.clock);
  const a = [0, 1, 2].map((n) => applicant('甲', n));
  const b = [0, 1].map((n) => applicant('乙', n));
  // A0: submitted online, waiting for confirmation — the one the citizen can look up with the query code.
  const online = await submitOnlineApplication(anonymous, { agencyId: t.agencyA, fields: a[0]!, sourceKey: 'privacy-a0' });
  // A1: by post, answered 予以公开, archived, turned into a draft under a catalog item.
  const answered = (await registerApplication(editorA, { agencyId: t.agencyA, fields: a[1]!, receipt: { channel: 'post', on: '2026-03-02', signedFor: true } })).application;
  await recordApplicationEvent(editorA, answered.id, { type: 'answered', on: '2026-03-02', outcome: 'granted' });
  await archiveApplication(editorA, answered.id);
  const { documentId: draftId } = await suggestProactiveDisclosure(editorA, { applicationIds: [answered.id], item: { level1: '基本信息', level2: '政府信息公开制度及相关规定' }, title: '低保审批材料的公开范围' });
  // A2: in person, a third party consulted.
  const consulting = (await registerApplication(editorA, { agencyId: t.agencyA, fields: a[2]!, receipt: { channel: 'inPerson', on: '2026-03-02' } })).application;
  await recordApplicationEvent(editorA, consulting.id, { type: 'consultationStarted', on: '2026-03-02', party: THIRD_PARTY });
  // B0 online and confirmed, B1 by fax and answered 部分公开.
  const onlineB = await submitOnlineApplication(anonymous, { agencyId: t.agencyB, fields: b[0]!, sourceKey: 'privacy-b0' });
  await confirmReceipt(editorB, onlineB.applicationId, '2026-03-02');
  const faxB = (await registerApplication(editorB, { agencyId: t.agencyB, fields: b[1]!, receipt: { channel: 'fax', on: '2026-03-02' } })).application;
  await recordApplicationEvent(editorB, faxB.id, { type: 'answered', on: '2026-03-02', outcome: 'partial' });
  return {
    a, b, draftId,
    lookup: { trackingNo: online.trackingNo, queryCode: online.queryCode },
    idsA: [online.applicationId, answered.id, consulting.id],
    idsB: [onlineB.applicationId, faxB.id],
    trackingNos: [online.trackingNo, answered.trackingNo, consulting.trackingNo, onlineB.trackingNo, faxB.trackingNo],
  };
}
