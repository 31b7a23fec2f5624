/** An agency (golden 中卫市医疗保障局), its staff and one registered application, for the letter tests. */
import { loadCatalog } from '../../../src/app/catalog/loadCatalog.ts';
import { registerApplication } from '../../../src/app/applications/registerApplication.ts';
import type { AppContext } from '../../../src/app/context.ts';
import type { Actor, Role } from '../../../src/domain/accounts/roles.ts';
import type { Engine } from '../../../src/storage/database.ts';
import { contextFor, goldenCatalog, TestClock } from '../../helpers/appContext.ts';

export interface LetterWorld {
  agencyId: string;
  applicationId: string;
  trackingNo: string;
  queryCode: string;
  clock: TestClock;
  as(role: Role | Role[], id: string, name?: string): AppContext;
}

export const APPLICANT = '张三丰';

/** Staff of the agency; `id` is who signs (the sign-off rule compares ids). */
function staff(agencyId: string, roles: Role[], id: string, name: string): Actor {
  return { id, name, roles, agencyId, regionId: null };
}

export async function letterWorld(engine: Engine): Promise<LetterWorld> {
  const clock = new TestClock('2026-03-10T02:00:00.000Z');
  const { agencyId } = await loadCatalog(contextFor(engine, undefined, clock), goldenCatalog(), { publish: true });
  const as = (role: Role | Role[], id: string, name = id) => contextFor(engine, staff(agencyId, Array.isArray(role) ? role : [role], id, name), clock);
  const registered = await registerApplication(as('editor', 'u-editor'), {
    agencyId,
    fields: {
      applicantType: 'naturalPerson',
      name: APPLICANT,
      idType: 'residentId',
      idNumber: '11010519491231002X',
      phone: '13800000000',
      email: 'zhang@example.invalid',
      request: '2025年度城乡居民医保基金收支情况',
      medium: 'electronic',
      way: 'email',
    },
    receipt: { channel: 'inPerson', on: '2026-03-05' },
  });
  return { agencyId, applicationId: registered.application.id, trackingNo: registered.application.trackingNo, queryCode: registered.queryCode, clock, as };
}
