import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { openTestDatabase } from '../helpers/databases.ts';
import { searchIndexOf, type SearchEntry } from '../../src/storage/dialect/searchIndex.ts';
import { documentTokens, queryTerms } from '../../src/domain/search/tokens.ts';
import { prepare } from '../../src/storage/dialect/search.postgresRead.ts';
import { looseHits } from '../../src/storage/dialect/search.postgresLoose.ts';

// PostgreSQL's GIN step (search.postgresLoose.ts): a window of the newest rows gives the same first hits as
// reading every candidate, is left when an older title hit would rank first, and candidates that hold a
// phrase's tokens apart are never hits.
const opened = await openTestDatabase('postgres');
after(() => opened.drop());
const db = opened.engine.db;
const entries: SearchEntry[] = [];
for (let i = 0; i < 3000; i++) {
  const publishedOn = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const text = i % 10 === 0 ? '居民值班排表' : i % 10 === 1 ? '班排，值班，排表，居民' : '通知';
  entries.push({ documentId: `w${i}`, agencyId: 'a1', year: 2024, validity: 'effective', publishedOn, tokens: documentTokens(`公告${i}`, text) });
}
await searchIndexOf(db).addMany(db, entries);
const request = (query: string) => ({ query: queryTerms(query).match, filter: {}, limit: 10, offset: 0 });
const ids = (hits: { documentId: string }[]) => hits.map((h) => h.documentId);

it('a window of the newest rows gives the first hits of all candidates', async () => {
  const p = prepare(request('值班排表'));
  const everything = await looseHits(db, p, 2000);
  assert.equal(everything.complete, true);
  assert.equal(everything.hits.length, 300, 'the rows with 值班, 班排, 排表 apart are candidates, never hits');
  const windowed = await looseHits(db, p, 40, false, 0.1);
  assert.deepEqual(ids(windowed.hits).slice(0, 40), ids(everything.hits).slice(0, 40));
});

it('reads every candidate when an older title hit ranks first', async () => {
  await searchIndexOf(db).upsert(db, { documentId: 'old', agencyId: 'a1', year: 2020, validity: 'effective', publishedOn: '2020-03-01', tokens: documentTokens('值班排表（旧）', '') });
  const p = prepare(request('值班排表'));
  const everything = await looseHits(db, p, 2000);
  assert.equal(everything.hits[0]!.documentId, 'old', 'the title hit first, although it is the oldest');
  const windowed = await looseHits(db, p, 40, false, 0.1);
  assert.equal(windowed.hits[0]!.documentId, 'old');
  assert.deepEqual(ids(windowed.hits).slice(0, 40), ids(everything.hits).slice(0, 40));
});
