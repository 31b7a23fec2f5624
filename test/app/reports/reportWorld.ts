/** Agency A of the web test app with its staff as use-case contexts, and applications to count, for the 年报 tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskAttachmentStore } from '../../../src/storage/files/diskAttachmentStore.ts';
import type { AttachmentStore } from '../../../src/storage/files/attachmentStore.ts';
import { getActorForUser } from '../../../src/app/accounts/getActor.ts';
import { registerApplication } from '../../../src/app/applications/registerApplication.ts';
import { recordApplicationEvent } from '../../../src/app/applications/recordApplicationEvent.ts';
import type { AppContext } from '../../../src/app/context.ts';
import type { Actor, Role } from '../../../src/domain/accounts/roles.ts';
import type { ApplicationEvent } from '../../../src/domain/applications/application.ts';
import type { Engine } from '../../../src/storage/database.ts';
import { findUserByUsername } from '../../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../../helpers/appContext.ts';
import { buildWebTestApp, type TestUser, type WebTestApp } from '../../helpers/webApp.ts';

export interface ReportWorld {
  web: WebTestApp;
  /** Where the published reports' Word and PDF files go. */
  files: AttachmentStore;
  agencyId: string;
  staff(user: TestUser): Promise<AppContext>;
  /** An actor of agency A with any roles (one person holding several roles, for the three-people rule). */
  as(id: string, roles: Role[]): AppContext;
  /** Registers an application received on `receivedOn`, with these ledger events after it. */
  application(receivedOn: string, events?: ApplicationEvent[]): Promise<string>;
  /** Enters the table 二 figures Gongkai cannot count (行政许可/处罚/强制, 收费) for the year. */
  enterCounts(year: number): Promise<void>;
}

export async function reportWorld(engine: Engine): Promise<ReportWorld> {
  const web = await buildWebTestApp(engine);
  const agencyId = web.agencyA;
  const staff = async (user: TestUser) => contextFor(engine, (await getActorForUser(engine.db, (await findUserByUsername(engine.db, user))!.id))!, web.clock);
  const as = (id: string, roles: Role[]) => contextFor(engine, { id, name: id, roles, agencyId, regionId: null } satisfies Actor, web.clock);
  const editor = await staff('editorA');
  let serial = 0;
  return {
    web, agencyId, staff, as, files: diskAttachmentStore(mkdtempSync(join(tmpdir(), 'gongkai-report-files-'))),
    async application(receivedOn, events = []) {
      serial++;
      const registered = await registerApplication(editor, {
        agencyId,
        fields: { applicantType: 'naturalPerson', name: `申请人${serial}`, idType: 'residentId', idNumber: '11010519491231002X', phone: '13800000000', email: 'a@example.invalid', request: `2025年度医保基金收支情况（第${serial}件）`, medium: 'electronic', way: 'email' },
        receipt: { channel: 'inPerson', on: receivedOn },
      });
      for (const event of events) await recordApplicationEvent(editor, registered.application.id, event);
      return registered.application.id;
    },
    async enterCounts(year) {
      const rows = (['licensing', 'penalties', 'enforcement', 'fees'] as const).map((key) => ({
        agency_id: agencyId, year, count_key: key, value: key === 'penalties' ? 12 : 0, source: '本单位执法统计台账', updated_by: null, updated_at: web.clock.now(),
      }));
      await engine.db.insertInto('annual_report_counts').values(rows).execute();
    },
  };
}
