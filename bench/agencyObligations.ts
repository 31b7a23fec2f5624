/**
 * Obligations per item (issue 11): agencies each with a published catalog of 50 items (30 event-driven, 8 periodic,
 * 6 standing, 6 vague) and 1,000 published documents filed under them (2025-01 … 2026-12, some late), then
 * `agencyObligations` per agency — one query for all of an agency's filed documents — on SQLite (a file in /tmp)
 * and on a private PostgreSQL cluster. Prints p50/p95/max over all calls and the findings counted.
 *
 *   node --import tsx bench/agencyObligations.ts [agencies=20] [documents=1000] [rounds=10]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseAuditLog } from '../src/app/audit.ts';
import { loadCatalog } from '../src/app/catalog/loadCatalog.ts';
import { agencyObligations } from '../src/app/supervision/agencyObligations.ts';
import { SYSTEM_ACTOR } from '../src/domain/accounts/roles.ts';
import { addDays } from '../src/domain/calendar/localDate.ts';
import { fixedClock } from '../src/domain/shared/clock.ts';
import { openDatabase, type Engine } from '../src/storage/database.ts';
import { filedPublications } from '../src/storage/repositories/itemObligations.repository.ts';
import { seededRandom } from './applications/ledgers.ts';
import { openPostgresBenchDatabase } from './postgresBenchDatabase.ts';

const agencyCount = Number(process.argv[2] ?? 20);
const documentCount = Number(process.argv[3] ?? 1000);
const rounds = Number(process.argv[4] ?? 10);
const clock = fixedClock('2026-12-07T02:00:00.000Z');
const LIMITS = [
  ...Array<string>(30).fill('形成或者变更之日起20个工作日内'), '每季度', '每月', '每半年', '每年1月31日前', '每季度结束后15日内', '每年', '每月', '每季度',
  ...Array<string>(6).fill('长期'), '即时公开', '实时', '及时', '尽快', '无', '',
];
const LEVEL2 = (i: number) => (i >= 38 && i < 44 ? ['机构职能', '领导信息', '内设机构', '政府信息公开指南', '机构概况', '领导分工'][i - 38]! : `事项${i + 1}`);

async function seed(engine: Engine) {
  const ctx = { actor: SYSTEM_ACTOR, db: engine.db, clock: fixedClock('2025-01-02T02:00:00.000Z'), audit: databaseAuditLog(clock) };
  const random = seededRandom(7);
  const agencyIds: string[] = [];
  for (let a = 0; a < agencyCount; a++) {
    const items = LIMITS.map((timeLimit, i) => ({
      seq: String(i + 1), level1: `一级事项${Math.floor(i / 10) + 1}`, level2: LEVEL2(i), content: '内容', basis: ['《中华人民共和国政府信息公开条例》'],
      timeLimit, subject: '办公室', channels: ['政府网站'], audience: ['全社会'], mode: ['主动公开'], fiveTypes: null, column: null, category: null, remarks: null,
    }));
    const doc = { title: null, agency: `中卫市第${a + 1}局`, preparer: null, reviewer: null, approver: null, preparedOn: null, declared: null, preamble: null, items };
    const { agencyId } = await loadCatalog(ctx, doc, { publish: true });
    agencyIds.push(agencyId);
    const rows = Array.from({ length: documentCount }, (_, d) => {
      const formedOn = addDays('2025-01-02', Math.floor(random() * 690));
      const publishedOn = addDays(formedOn, Math.floor(random() ** 3 * 60));
      const { level1, level2 } = items[Math.floor(random() ** 1.5 * 44)]!;
      return { id: randomUUID(), title: `文件${a}-${d}`, formedOn, publishedOn, item: { level1, level2 } };
    });
    await insertPublished(engine, agencyId, rows);
  }
  return agencyIds;
}

type Row = { id: string; title: string; formedOn: string; publishedOn: string; item: { level1: string; level2: string } };

async function insertPublished(engine: Engine, agencyId: string, rows: readonly Row[]) {
  await engine.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 200) {
      const part = rows.slice(i, i + 200);
      const now = `${part[0]!.publishedOn}T02:00:00.000Z`;
      await tx.insertInto('documents').values(part.map((r) => ({
        id: r.id, agency_id: agencyId, status: 'published', kind: 'policy', title: r.title, publisher: '中卫市', formed_on: r.formedOn, keywords_json: '[]', summary: null,
        validity: 'valid', disclosure_mode: 'proactive', body_html: '<p>正文</p>', items_json: JSON.stringify([{ agencyId, ...r.item }]), index_number: r.id, revision: 1, created_at: now, updated_at: now,
      })) as never).execute();
      await tx.insertInto('published_documents').values(part.map((r) => ({
        document_id: r.id, agency_id: agencyId, index_number: r.id, kind: 'policy', title: r.title, published_on: r.publishedOn,
        published_at: `${r.publishedOn}T02:00:00.000Z`, formed_on: r.formedOn, year: Number(r.publishedOn.slice(0, 4)), validity: 'valid', state: 'live',
        revision: 1, content_json: '{}', attachments_json: '[]', plain_text: r.title, end_json: null, updated_at: `${r.publishedOn}T02:00:00.000Z`,
      }))).execute();
      await tx.insertInto('published_document_items').values(part.map((r) => ({ document_id: r.id, agency_id: agencyId, ...r.item, published_on: r.publishedOn }))).execute();
    }
  });
}

async function measure(name: string, engine: Engine) {
  const started = performance.now();
  const agencyIds = await seed(engine);
  console.log(`${name}: ${agencyCount} agencies × 50 items × ${documentCount} documents loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ctx = { actor: SYSTEM_ACTOR, db: engine.db, clock, audit: databaseAuditLog(clock) };
  const times: number[] = [];
  let totals = { blank: 0, late: 0, stale: 0, vague: 0, ok: 0 };
  for (let round = 0; round <= rounds; round++) {
    for (const agencyId of agencyIds) {
      const t = performance.now();
      const { counts } = await agencyObligations(ctx, { agencyId });
      if (round > 0) times.push(performance.now() - t); // round 0 warms the calendar and statement caches
      else totals = { blank: totals.blank + counts.blank, late: totals.late + counts.late, stale: totals.stale + counts.stale, vague: totals.vague + counts.vague, ok: totals.ok + counts.ok };
    }
  }
  console.log(`  agencyObligations: ${percentiles(times)}`);
  const queryTimes: number[] = [];
  for (const agencyId of agencyIds) {
    const t = performance.now();
    await filedPublications(engine.db, agencyId);
    queryTimes.push(performance.now() - t);
  }
  console.log(`  of which the one query of filed documents: ${percentiles(queryTimes)}`);
  console.log(`  items with findings over all agencies: blank ${totals.blank}, late ${totals.late}, stale ${totals.stale}, vague ${totals.vague}, ok ${totals.ok}`);
}

function percentiles(times: number[]): string {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1)!.toFixed(1)} ms (${times.length} calls)`;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
const dir = mkdtempSync(join(tmpdir(), 'gongkai-obligations-'));
const sqlite = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
try {
  await measure('sqlite', sqlite);
} finally {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}
const postgres = await openPostgresBenchDatabase('obligationbench');
try {
  await measure('postgres', postgres);
} finally {
  await postgres.close();
}
