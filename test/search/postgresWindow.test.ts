import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { openTestDatabase } from '../helpers/databases.ts';
import { searchIndexOf, type SearchEntry } from '../../src/storage/dialect/searchIndex.ts';
import { documentTokens, queryTerms } from '../../src/domain/search/tokens.ts';
import { commonTiers, firstWalk, prepare } from '../../src/storage/dialect/search.postgresRead.ts';
import { firstWalkFromGin, looseHits } from '../../src/storage/dialect/search.postgresLoose.ts';
import { tsLooseQuery, tsNarrowQuery } from '../../src/storage/dialect/search.postgresQuery.ts';
import { readCommonLexemes, readLexemeShares } from '../../src/storage/dialect/search.postgresCommon.ts';
import { sql } from 'kysely';

// PostgreSQL's GIN step (search.postgresLoose.ts): a window of the newest rows gives the same first hits as
// reading every candidate, is left when an older title hit would rank first, and candidates that hold a
// phrase's tokens apart are never hits.
const opened = await openTestDatabase('postgres');
after(() => opened.drop());
const db = opened.engine.db;
const entries: SearchEntry[] = [];
for (let i = 0; i < 3000; i++) {
  const publishedOn = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const text = i % 10 === 0 ? '居民值班排表。鼗鼙鼛' : i % 10 === 1 ? '班排，值班，排表，居民' : '通知，鼗鼙';
  entries.push({ documentId: `w${i}`, agencyId: 'a1', year: 2024, validity: 'effective', publishedOn, tokens: documentTokens(`公告${i}`, text) });
}
await searchIndexOf(db).addMany(db, entries);
// Statistics before the first search: 鼗鼙 (in 90 % of the rows) is left out of loose phrases that have rarer tokens.
await sql`analyze document_search`.execute(db);
const request = (query: string) => ({ query: queryTerms(query).match, filter: {}, limit: 10, offset: 0 });
const ids = (hits: { documentId: string }[]) => hits.map((h) => h.documentId);

it('a window of the newest rows gives the first hits of all candidates', async () => {
  const p = await prepare(db, request('值班排表'));
  const everything = await looseHits(db, p, 2000);
  assert.equal(everything.complete, true);
  assert.equal(everything.hits.length, 300, 'the rows with 值班, 班排, 排表 apart are candidates, never hits');
  const windowed = await looseHits(db, p, 40, false, 0.1);
  assert.deepEqual(ids(windowed.hits).slice(0, 40), ids(everything.hits).slice(0, 40));
});

it('reads every candidate when an older title hit ranks first', async () => {
  await searchIndexOf(db).upsert(db, { documentId: 'old', agencyId: 'a1', year: 2020, validity: 'effective', publishedOn: '2020-03-01', tokens: documentTokens('值班排表（旧）', '') });
  const p = await prepare(db, request('值班排表'));
  const everything = await looseHits(db, p, 2000);
  assert.equal(everything.hits[0]!.documentId, 'old', 'the title hit first, although it is the oldest');
  const windowed = await looseHits(db, p, 40, false, 0.1);
  assert.equal(windowed.hits[0]!.documentId, 'old');
  assert.deepEqual(ids(windowed.hits).slice(0, 40), ids(everything.hits).slice(0, 40));
});

it('the title tier reads a window of the newest rows when its walk falls short, with the same page', async () => {
  const many: SearchEntry[] = [];
  for (let i = 0; i < 12_000; i++) {
    const publishedOn = `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    many.push({ documentId: `t${i}`, agencyId: 'a2', year: 2023, validity: 'effective', publishedOn, tokens: documentTokens(i % 125 === 0 ? `排班轮值表${i}` : `公告${i}`, '排班轮值表') });
  }
  await searchIndexOf(db).addMany(db, many);
  const p = await prepare(db, { ...request('排班轮值表'), filter: { agencyId: 'a2' } });
  const expected = many.filter((_, i) => i % 125 === 0)
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || Number(b.documentId.slice(1)) - Number(a.documentId.slice(1))).map((e) => e.documentId);
  const { title } = commonTiers(db, p, false, () => Promise.reject(new Error('not asked')));
  assert.deepEqual(ids(await title.page(45, 0)), expected.slice(0, 45));
  assert.deepEqual(ids(await title.page(20, 80)), expected.slice(80, 96));
});

it('leaves the lexemes PostgreSQL counts in most rows out of the loose query, not changing the hits', async () => {
  const { match } = queryTerms('值班排表');
  assert.equal(tsLooseQuery(match, 'all', new Set(['值班'])), "(('班排' & '排表'))");
  assert.equal(tsLooseQuery(match, 'all', new Set(['值班', '班排', '排表'])), "(('值班' & '班排' & '排表'))", 'all common: all kept');
  const common = await readCommonLexemes(db);
  assert.ok(common.has('鼗鼙') && !common.has('鼙鼛'), [...common].join(' '));
  const p = await prepare(db, request('鼗鼙鼛'));
  assert.doesNotMatch(String(p.loose.compile(db).parameters), /鼗鼙/);
  assert.match(String(p.loose.compile(db).parameters), /鼙鼛/);
  const everyToken = { ...p, loose: sql`${tsLooseQuery(queryTerms('鼗鼙鼛').match)}::tsquery` };
  const all = await looseHits(db, everyToken, 2000);
  assert.equal(all.hits.length, 300);
  assert.deepEqual(ids((await looseHits(db, p, 2000)).hits), ids(all.hits));
});

it('names only the rarest words a window needs, each form by its rarest token', () => {
  const shares = new Map([['值班', 0.5], ['班排', 0.2], ['排表', 0.4], ['鼗鼙', 0.1]]);
  const shareOf = (token: string) => shares.get(token) ?? 0.9;
  const { match } = queryTerms('值班排表，鼗鼙');
  assert.deepEqual(tsNarrowQuery(match, shareOf, 1000, 100), { text: "('鼗鼙')", rarest: 0.1 });
  assert.deepEqual(tsNarrowQuery(match, shareOf, 1000, 20), { text: "('鼗鼙') & ('班排')", rarest: 0.1 });
  assert.equal(tsNarrowQuery(match, shareOf, 1000, 10), null, 'never under the budget');
});

it('the first step through GIN finds the walk\'s hits among the newest rows, and leaves common words to the walk', async () => {
  const p = await prepare(db, request('鼙鼛'));
  const viaGin = await firstWalkFromGin(db, p);
  assert.ok(viaGin, 'a rare word goes through GIN');
  const walked = await firstWalk(db, p);
  assert.ok(walked.hits.length > 100 && !walked.whole, String(walked.hits.length));
  assert.deepEqual(ids(viaGin.hits).sort(), ids(walked.hits).sort());
  assert.equal(await firstWalkFromGin(db, await prepare(db, request('通知'))), null, 'a common word: the walk');
  const few: SearchEntry[] = Array.from({ length: 60 }, (_, i) => ({ documentId: `f${i}`, agencyId: 'a3', year: 2022, validity: 'effective',
    publishedOn: `2022-05-${String(1 + (i % 28)).padStart(2, '0')}`, tokens: documentTokens(i % 7 === 0 ? `鼙鼛${i}` : `公告${i}`, i % 3 === 0 ? '鼙鼛' : '通知') }));
  await searchIndexOf(db).addMany(db, few);
  const small = await prepare(db, { ...request('鼙鼛'), filter: { agencyId: 'a3' } });
  const [inFilter, walkedWhole] = [await firstWalkFromGin(db, small), await firstWalk(db, small)];
  assert.ok(inFilter?.whole && walkedWhole.whole, 'a filter smaller than the walk is read whole');
  const sorted = (hits: { documentId: string; score: number }[]) => hits.map((h) => `${h.documentId}:${h.score}`).sort();
  assert.deepEqual(sorted(inFilter.hits), sorted(walkedWhole.hits));
  assert.equal(walkedWhole.hits.length, few.filter((_, i) => i % 7 === 0 || i % 3 === 0).length);
});

it('starts a wide window where the sort_key histogram leaves at least as many newer rows', async () => {
  const stats = await readLexemeShares(db);
  const from = stats.keyWithNewer(1000);
  assert.notEqual(from, null);
  const newer = await sql<{ n: string }>`select count(*) as n from document_search where sort_key >= ${from}`.execute(db);
  assert.ok(Number(newer.rows[0]!.n) >= 1000, newer.rows[0]!.n);
  assert.equal(stats.keyWithNewer(2 * stats.rows), null, 'more rows than the table holds');
});
