/**
 * Two agencies with published catalogs, an officer in each, and helpers that move an
 * application through the use cases to an answer — for the archive, 案卷 and 第四十四条 tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { contextFor, goldenCatalog, type TestClock } from '../helpers/appContext.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { recordApplicationEvent } from '../../src/app/applications/recordApplicationEvent.ts';
import type { AppContext } from '../../src/app/context.ts';
import type { OutcomeKey } from '../../src/domain/applications/vocabulary.ts';
import { findCjkFont } from '../../src/exporters/fonts.ts';
import type { Engine } from '../../src/storage/database.ts';

const PASSWORD = 'correct horse battery';
/** A valid GB 11643 number (check digit X). */
export const ID_NUMBER = '11010519491231002X';
export const FORM = { applicantType: 'naturalPerson', name: '归档甲', idType: 'residentId', idNumber: ID_NUMBER, phone: '13800000000', address: '宁夏中卫市沙坡头区文昌路1号', email: 'gd@example.cn', request: '2025年度城乡居民医保基金收支情况', medium: 'electronic', way: 'email' };

export async function twoAgencies(engine: Engine, clock: TestClock) {
  const root = contextFor(engine, undefined, clock);
  const a = await loadCatalog(root, goldenCatalog('000_16624d944bb0d70d'), { publish: true });
  const b = await loadCatalog(root, goldenCatalog('001_4d728002a9a631f9'), { publish: true });
  const officer = await createUser(root, { username: 'a-officer', displayName: '甲经办', password: PASSWORD, roles: ['editor'], agencyId: a.agencyId });
  const other = await createUser(root, { username: 'b-officer', displayName: '乙经办', password: PASSWORD, roles: ['editor'], agencyId: b.agencyId });
  const ctx = async (id: string) => contextFor(engine, (await getActorForUser(engine.db, id))!, clock);
  return { root, a: a.agencyId, b: b.agencyId, officer: await ctx(officer.id), other: await ctx(other.id) };
}

/** Registered by post on 2026-03-02, a 补正 round, then answered with `outcome` on 2026-03-20 (clock must be later). */
export async function answeredApplication(officer: AppContext, agencyId: string, outcome: OutcomeKey = 'partial', request = FORM.request) {
  const { application } = await registerApplication(officer, { agencyId, fields: { ...FORM, request }, receipt: { channel: 'post', on: '2026-03-02', signedFor: true } });
  await recordApplicationEvent(officer, application.id, { type: 'correctionRequested', on: '2026-03-04', periodWorkingDays: 5 });
  await recordApplicationEvent(officer, application.id, { type: 'correctionReceived', on: '2026-03-09' });
  await recordApplicationEvent(officer, application.id, { type: 'answered', on: '2026-03-20', outcome });
  return application;
}

/** A one-page PDF with `text`, drawn with the CJK font, as a letter would be. */
export async function letterPdf(text: string): Promise<Buffer> {
  const font = findCjkFont();
  const doc = new PDFDocument({ size: 'A4' });
  doc.registerFont('cjk', font.regular.file, font.regular.face || undefined);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font('cjk').fontSize(14).text(text);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** The text and page count of a PDF, read back with poppler. */
export function readPdf(bytes: Uint8Array): { text: string; pages: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'gongkai-casefile-')), 'file.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}
