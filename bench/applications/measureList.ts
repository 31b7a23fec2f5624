/**
 * The register's filtered list through the real use case (listApplications with the agency's
 * staff member as actor): per filter kind, `rounds` queries with random values on random
 * agencies and on the largest one; p50/p95/p99/max in ms.
 */
import { databaseAuditLog } from '../../src/app/audit.ts';
import { listApplications, type RegisterQuery } from '../../src/app/applications/listApplications.ts';
import type { AppContext } from '../../src/app/context.ts';
import { APPLICATION_STATUSES } from '../../src/domain/applications/status.ts';
import { APPLICANT_TYPES, OUTCOME_KEYS } from '../../src/domain/applications/vocabulary.ts';
import type { Clock } from '../../src/domain/shared/clock.ts';
import type { Engine } from '../../src/storage/database.ts';
import type { Random } from './ledgers.ts';
import type { SeededAgency, SeededApplication } from './seedRegister.ts';

type Sample = { one: () => SeededApplication; withRef: () => SeededApplication; lastPage: number };
const oneOf = <T>(random: Random, list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const STATUSES = ['open', ...APPLICATION_STATUSES];

/** Filter kinds: each filter alone, combinations, searches, deeper pages. */
export const KINDS: [string, (r: Random, s: Sample) => RegisterQuery][] = [
  ['no filter, page 1', () => ({})],
  ['status', (r) => ({ status: oneOf(r, STATUSES) })],
  ['dueWithin N', (r) => ({ dueWithin: Math.floor(r() * 21) })],
  ['overdue', () => ({ overdue: true })],
  ['applicantType', (r) => ({ applicantType: oneOf(r, APPLICANT_TYPES) })],
  ['outcome', (r) => ({ outcome: oneOf(r, OUTCOME_KEYS) })],
  ['q = tracking number', (_r, s) => ({ q: s.one().trackingNo })],
  ['q = 台账编号', (_r, s) => ({ q: s.withRef().ref! })],
  ['q = name fragment', (r, s) => ({ q: s.one().name.slice(0, 1 + Math.floor(r() * 2)) })],
  ['open + dueWithin + type', (r) => ({ status: 'open', dueWithin: 5 + Math.floor(r() * 10), applicantType: oneOf(r, APPLICANT_TYPES.slice(0, 2)) })],
  ['overdue + outcome', (r) => ({ overdue: true, outcome: oneOf(r, ['granted', 'partial', 'unavailable.notHeld']) })],
  ['closed + name fragment', (_r, s) => ({ status: 'closed', q: s.one().name.slice(0, 1) })],
  ['page 2–10', (r) => ({ page: 2 + Math.floor(r() * 9) })],
  ['random page to last', (r, s) => ({ page: 1 + Math.floor(r() * s.lastPage) })],
  ['closed, page 2–10', (r) => ({ status: 'closed', page: 2 + Math.floor(r() * 9) })],
];

export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function measureList(engine: Engine, agencies: readonly SeededAgency[], seeded: readonly SeededApplication[], clock: Clock, random: Random, rounds: number) {
  const byAgency = new Map<string, SeededApplication[]>();
  for (const a of seeded) {
    if (!byAgency.has(a.agencyId)) byAgency.set(a.agencyId, []);
    byAgency.get(a.agencyId)!.push(a);
  }
  const largest = agencies.reduce((best, a) => ((byAgency.get(a.id)?.length ?? 0) > (byAgency.get(best.id)?.length ?? 0) ? a : best));
  const sampleOf = (agencyId: string): Sample => {
    const apps = byAgency.get(agencyId) ?? [];
    const refs = apps.filter((a) => a.ref);
    return { one: () => oneOf(random, apps), withRef: () => oneOf(random, refs.length ? refs : apps), lastPage: Math.max(1, Math.ceil(apps.length / 50)) };
  };
  const ctxOf = (agency: SeededAgency): AppContext => ({ actor: agency.staff, db: engine.db, clock, audit: databaseAuditLog(clock) });
  const lines: string[] = [`largest agency: ${byAgency.get(largest.id)?.length} applications; smallest: ${Math.min(...agencies.map((a) => byAgency.get(a.id)?.length ?? 0))}`];
  const all: number[] = [];
  for (const scope of ['random agency', 'largest agency'] as const) {
    for (const [name, make] of KINDS) {
      const times: number[] = [];
      let rows = 0;
      for (let n = -5; n < rounds; n++) {
        const agency = scope === 'largest agency' ? largest : oneOf(random, agencies);
        const query = make(random, sampleOf(agency.id));
        const started = performance.now();
        const page = await listApplications(ctxOf(agency), agency.id, query);
        const ms = performance.now() - started;
        if (n >= 0) {
          times.push(ms);
          rows += page.total;
        }
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      lines.push(`${scope.padEnd(14)} ${name.padEnd(26)} n=${times.length} p50=${percentile(times, 50).toFixed(1)} p95=${percentile(times, 95).toFixed(1)} p99=${percentile(times, 99).toFixed(1)} max=${times.at(-1)!.toFixed(1)} ms  avg-total=${(rows / times.length).toFixed(0)}`);
    }
  }
  all.sort((a, b) => a - b);
  lines.push(`all list queries              n=${all.length} p50=${percentile(all, 50).toFixed(1)} p95=${percentile(all, 95).toFixed(1)} p99=${percentile(all, 99).toFixed(1)} max=${all.at(-1)!.toFixed(1)} ms (target p95 < 50 ms)`);
  return lines;
}
