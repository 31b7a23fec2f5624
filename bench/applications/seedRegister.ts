/**
 * Loads the register bench's data in bulk: a region, N agencies with one staff member each,
 * and the generated applications as registerRows computes them, 500 rows per INSERT and
 * 5,000 applications per transaction, then ANALYZE.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { hashPassword } from '../../src/app/accounts/passwords.ts';
import { clockOptions } from '../../src/app/applications/clockOptions.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import type { WorkingCalendar } from '../../src/domain/calendar/workingCalendar.ts';
import type { Engine } from '../../src/storage/database.ts';
import { insertAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import { insertUser } from '../../src/storage/repositories/user.repository.ts';
import { agencyNames } from '../search/syntheticDocuments.ts';
import type { ApplicationSpec } from './ledgers.ts';
import { registerRows, type RegisterRows } from './registerRows.ts';

const BATCH = 500;
const PER_TRANSACTION = 5000;

export interface SeededAgency {
  id: string;
  name: string;
  staff: Actor;
}

export interface SeededApplication {
  agencyId: string;
  trackingNo: string;
  ref: string | null;
  name: string;
}

export async function seedAgencies(engine: Engine, count: number, now: string): Promise<SeededAgency[]> {
  const db = engine.db;
  const regionId = randomUUID();
  await db.insertInto('regions').values({ id: regionId, parent_id: null, name: '宁夏回族自治区', level: 'province', code: '640000', created_at: now }).execute();
  const passwordHash = await hashPassword('bench password 0123');
  const agencies: SeededAgency[] = [];
  for (const [i, name] of agencyNames(count).entries()) {
    const id = randomUUID();
    await db.insertInto('agencies').values({ id, region_id: regionId, name, code: String(640000001 + i), created_at: now }).execute();
    const userId = await insertUser(db, { username: `staff${i}`, displayName: `经办人${i}`, passwordHash, agencyId: id, regionId: null, roles: ['editor'], disabled: false, createdAt: now });
    agencies.push({ id, name, staff: (await getActorForUser(db, userId))! });
  }
  return agencies;
}

async function insertChunk(engine: Engine, rows: RegisterRows[]): Promise<void> {
  await engine.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const part = rows.slice(i, i + BATCH);
      await tx.insertInto('applications').values(part.map((r) => r.application)).execute();
      const events = part.flatMap((r) => r.events);
      for (let j = 0; j < events.length; j += BATCH) await tx.insertInto('application_events').values(events.slice(j, j + BATCH)).execute();
      const deadlines = part.flatMap((r) => r.deadlines);
      for (let j = 0; j < deadlines.length; j += BATCH) await tx.insertInto('deadlines').values(deadlines.slice(j, j + BATCH)).execute();
      const submissions = part.flatMap((r) => (r.submission ? [r.submission] : []));
      if (submissions.length) await tx.insertInto('application_submissions').values(submissions).execute();
      await insertAuditEvents(tx, part.flatMap((r) => r.audits));
    }
  });
}

export async function seedApplications(engine: Engine, specs: readonly ApplicationSpec[], agencies: readonly SeededAgency[], calendar: WorkingCalendar): Promise<SeededApplication[]> {
  const options = clockOptions();
  const used = new Set<string>();
  const seeded: SeededApplication[] = [];
  for (let start = 0; start < specs.length; start += PER_TRANSACTION) {
    const rows = specs.slice(start, start + PER_TRANSACTION).map((spec) => {
      let trackingNo: string;
      do trackingNo = `${spec.submittedOn.replace(/-/g, '')}-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
      while (used.has(trackingNo));
      used.add(trackingNo);
      const agency = agencies[spec.agencyIndex]!;
      const row = registerRows(spec, { agencyId: agency.id, staff: agency.staff, trackingNo, calendar, options });
      seeded.push({ agencyId: agency.id, trackingNo, ref: spec.ref, name: row.application.applicant_name });
      return row;
    });
    await insertChunk(engine, rows);
  }
  await sql.raw(engine.name === 'postgres' ? 'vacuum analyze' : 'analyze').execute(engine.db);
  return seeded;
}
