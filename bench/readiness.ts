/**
 * Inspection readiness of one agency (issue 11, deliverable 3): agencyReadiness over the golden 中卫 catalog with
 * N published documents (~1 KB bodies, links to two other documents each, one in ten withdrawn so some links break),
 * filed round-robin under the catalog's items; on SQLite (a file in /tmp).
 *
 *   node --import tsx bench/readiness.ts [documents=1000] [rounds=20]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseAuditLog } from '../src/app/audit.ts';
import { loadCatalog } from '../src/app/catalog/loadCatalog.ts';
import { agencyReadiness } from '../src/app/supervision/agencyReadiness.ts';
import { SYSTEM_ACTOR } from '../src/domain/accounts/roles.ts';
import { fixedClock } from '../src/domain/shared/clock.ts';
import type { PublicRecord } from '../src/domain/documents/record.ts';
import { openDatabase } from '../src/storage/database.ts';
import { savePublicRecord } from '../src/storage/repositories/publishedDocument.repository.ts';
import { getPublishedCatalog } from '../src/app/catalog/readCatalog.ts';

const count = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 20);
const clock = fixedClock('2026-12-07T02:00:00.000Z');
const golden = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'golden', '000_16624d944bb0d70d.json'), 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'gongkai-readinessbench-'));
const engine = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
try {
  const ctx = { actor: SYSTEM_ACTOR, db: engine.db, clock, audit: databaseAuditLog(clock) };
  const { agencyId } = await loadCatalog(ctx, golden, { publish: true });
  const items = (await getPublishedCatalog(engine.db, agencyId))!.items;
  const filler = '为进一步规范医疗保障基金使用管理，保障参保人员合法权益，现将有关事项通知如下。'.repeat(10);
  for (let i = 0; i < count; i++) {
    const item = items[i % items.length]!;
    const day = `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const bodyHtml = `<p>${filler}</p><p>参见<a href="/documents/doc-${(i + 1) % count}">上一文件</a>和<a href="/documents/doc-${(i + 7) % count}">相关文件</a>。</p>`;
    const record: PublicRecord = {
      documentId: `doc-${i}`, agencyId, indexNumber: `640500/${day.slice(0, 4)}-${String(i).padStart(5, '0')}`, publishedOn: day, publishedAt: `${day}T02:00:00.000Z`,
      revision: 1, state: i % 10 === 0 ? 'withdrawn' : 'live', attachments: [], withdrawal: null, repeal: null, plainText: filler,
      content: {
        kind: 'other', title: `文件${i}`, publisher: '中卫市医疗保障局', formedOn: day, documentNumber: null, subjectCategory: null, genre: null, keywords: [],
        summary: null, validity: 'effective', repealedOn: null, legalForm: null, disclosureMode: 'proactive', source: null, bodyHtml,
        items: [{ agencyId, level1: item.level1, level2: item.level2 ?? '' }],
      },
    };
    const now = clock.now();
    await engine.db.insertInto('documents').values({ id: record.documentId, agency_id: agencyId, status: 'published', kind: 'other', title: record.content.title, publisher: '中卫市医疗保障局', formed_on: day,
      keywords_json: '[]', summary: null, validity: 'effective', disclosure_mode: 'proactive', body_html: bodyHtml, items_json: JSON.stringify(record.content.items), index_number: record.indexNumber, revision: 1, created_at: now, updated_at: now } as never).execute();
    await savePublicRecord(engine.db, record, now);
  }
  let result = await agencyReadiness(ctx, agencyId);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    result = await agencyReadiness(ctx, agencyId);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!;
  console.log(`sqlite: ${count} documents, ${items.length} items: agencyReadiness median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${rounds} rounds)`);
  console.log(`  ${result.findings.length} findings, ${result.facts.brokenLinks.length} broken links, score ${result.score}, ${result.verdict}`);
} finally {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
}
