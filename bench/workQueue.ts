/**
 * Work queue bench (issue 11): `agencies` agencies, each with the golden 中卫 catalog (36 items, 25 lint errors)
 * published and a submitted document; the queue of one agency's editor+reviewer and of a system admin (who may
 * act in every agency, so every catalog is linted). SQLite; medians and p95 over `rounds` runs.
 *
 *   node --import tsx bench/workQueue.ts [agencies=200] [rounds=30]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseAuditLog } from '../src/app/audit.ts';
import { loadCatalog } from '../src/app/catalog/loadCatalog.ts';
import { submitDocument } from '../src/app/documents/changeDocumentStatus.ts';
import { createDocument } from '../src/app/documents/createDocument.ts';
import { workQueue } from '../src/app/supervision/workQueue.ts';
import { SYSTEM_ACTOR, type Actor } from '../src/domain/accounts/roles.ts';
import { fixedClock } from '../src/domain/shared/clock.ts';
import { openDatabase } from '../src/storage/database.ts';
import { completeInput } from '../test/documents/documentFixtures.ts';
import { goldenCatalog } from '../test/helpers/appContext.ts';

const agencyCount = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 30);
const clock = fixedClock('2026-12-07T02:00:00.000Z');

const dir = mkdtempSync(join(tmpdir(), 'gongkai-queuebench-'));
const engine = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
try {
  const system = { actor: SYSTEM_ACTOR, db: engine.db, clock, audit: databaseAuditLog(clock) };
  const golden = goldenCatalog() as { agency: string };
  let first = '';
  for (let i = 0; i < agencyCount; i++) {
    const { agencyId } = await loadCatalog(system, { ...golden, agency: `${golden.agency}${i ? `（${i}）` : ''}` }, { publish: true });
    const editor = { ...system, actor: { id: `editor-${i}`, name: '填表人', roles: ['editor'], agencyId, regionId: null } satisfies Actor };
    const { documentId } = await createDocument(editor, { agencyId, ...completeInput() });
    await submitDocument(editor, { documentId });
    first ||= agencyId;
  }
  const measure = async (label: string, actor: Actor) => {
    const ctx = { ...system, actor };
    let lines = (await workQueue(ctx)).lines.length;
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      lines = (await workQueue(ctx)).lines.length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`${label}: ${lines} lines, median ${at(0.5)} ms, p95 ${at(0.95)} ms (${rounds} rounds)`);
  };
  console.log(`sqlite: ${agencyCount} agencies × 36 items, one submitted document each`);
  await measure('  officer (editor+reviewer of one agency)', { id: 'officer', name: '办事员', roles: ['editor', 'reviewer'], agencyId: first, regionId: null });
  await measure('  system admin (every agency)', { id: 'root', name: '系统管理员', roles: ['system_admin'], agencyId: null, regionId: null });
} finally {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
}
