import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase } from '../helpers/databases.ts';
import { contextFor, TestClock } from '../helpers/appContext.ts';
import { WebClient } from '../helpers/webApp.ts';
import type { Engine } from '../../src/storage/database.ts';
import { buildServer } from '../../src/web/shared/server.ts';
import { seedDemoData } from '../../src/app/demo/seedDemoData.ts';
import { listAgencies } from '../../src/storage/repositories/agency.repository.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { MAX_QUERY_CHARS } from '../../src/web/public/searchRoutes.tsx';

/**
 * Issue 13, must show: a fresh install's portal (the five demo catalogs loaded by seedDemoData, as `gongkai serve --seed`
 * does; real SQLite, the real server) answers long natural questions about every item of the five catalogs with that
 * item first on its results page. The questions are built from templates, the same for every item: the agency as
 * people shorten it, the item's names, its 公开内容, and the filler words people type.
 */
interface SeedItem {
  agencyId: string;
  short: string;
  itemKey: string;
  level1: string;
  level2: string | null;
  content: string;
}

/** How people shorten an agency's name: its last place without 市 (金凤区, 中卫), and 医保局 for 医疗保障局. */
export function shortAgencyName(name: string): string {
  const place = name.match(/([^市区县]+[市区县])(?=[^市区县]*$)/u)?.[1] ?? '';
  const unit = name.slice(name.lastIndexOf(place) + place.length);
  return `${place.replace(/市$/u, '')}${unit === '医疗保障局' ? '医保局' : unit}`;
}

/** The longest clause of the 公开内容 (its first 16 characters; none under 4), as someone would retype what they look for. */
function mainClause(content: string): string {
  const clauses = content.split(/[，。；：、,;:\s（）()《》“”]/u);
  const longest = clauses.reduce((best, part) => (part.length > best.length ? part : best), '');
  return longest.length >= 4 ? longest.slice(0, 16) : '';
}

/** Long questions about an item: [query, the items that answer it (the same names in the same agency, or anywhere when no agency is named)]. */
function questionsAbout(item: SeedItem, all: readonly SeedItem[]): { query: string; right: Set<string> }[] {
  const name = item.level2 ?? item.level1;
  const sameName = (other: SeedItem) => other.level1 === item.level1 && other.level2 === item.level2;
  const here = (other: SeedItem) => other.agencyId === item.agencyId;
  const keys = (pick: (other: SeedItem) => boolean) => new Set(all.filter(pick).map((other) => other.itemKey));
  const questions = [
    { query: `我想查一下${item.short}的${name}在哪里公开`, right: keys((o) => here(o) && sameName(o)) },
    { query: `请问${item.level1}${item.level2 ?? ''}相关信息怎么查询`, right: keys(sameName) },
    { query: `${item.short}有没有公开${name}方面的信息，在哪里可以看到`, right: keys((o) => here(o) && sameName(o)) },
  ];
  const clause = mainClause(item.content);
  // Every item of the agency whose 公开内容 or name says it answers (several items may hold a clause).
  const says = (o: SeedItem) => `${o.level2 ?? o.level1}${o.content}`.replace(/\s+/gu, '').includes(clause);
  if (clause) questions.push({ query: `请问${item.short}公开的${clause}在哪里能查到`, right: keys((o) => here(o) && says(o)) });
  return questions.map((q) => ({ ...q, query: q.query.slice(0, MAX_QUERY_CHARS) }));
}

/** The first result of a results page: the first result link in the page's order. */
const firstResult = (html: string) => html.match(/<a href="([^"]+)" class="result-title">/u)?.[1] ?? null;

describe('a fresh install answers long questions about every seed catalog item with that item first (SQLite)', () => {
  let engine: Engine;
  let drop: () => Promise<void>;
  let client: WebClient;
  const items: SeedItem[] = [];

  before(async () => {
    ({ engine, drop } = await openTestDatabase('sqlite'));
    const clock = new TestClock();
    await seedDemoData(contextFor(engine, undefined, clock));
    for (const agency of await listAgencies(engine.db)) {
      for (const item of (await getPublishedCatalog(engine.db, agency.id))?.items ?? []) {
        items.push({ agencyId: agency.id, short: shortAgencyName(agency.name), itemKey: item.itemKey, level1: item.level1, level2: item.level2 ?? null, content: item.content ?? '' });
      }
    }
    const app = await buildServer({ engine, clock });
    await app.ready();
    client = new WebClient(app);
  });
  after(() => drop());

  it('shortens agency names as people do', () => {
    assert.deepEqual(['中卫市医疗保障局', '银川市金凤区医疗保障局', '石嘴山市大武口区医疗保障局'].map(shortAgencyName), ['中卫医保局', '金凤区医保局', '大武口区医保局']);
  });

  it('puts the item asked about first, for every item of the five catalogs', async () => {
    assert.ok(items.length >= 100, `the five seeds hold ${items.length} items`);
    const misses: string[] = [];
    let asked = 0;
    for (const item of items) {
      for (const { query, right } of questionsAbout(item, items)) {
        asked++;
        const page = await client.get(`/search?q=${encodeURIComponent(query)}`);
        assert.equal(page.statusCode, 200);
        const first = firstResult(page.body);
        const key = first?.match(/^\/agencies\/[^/]+\/items\/([^/?#]+)$/u)?.[1];
        const hit = items.find((i) => i.itemKey === decodeURIComponent(key ?? ''));
        if ((!hit || !right.has(hit.itemKey))) misses.push(`${query} → ${hit ? `${hit.short} ${hit.level1}/${hit.level2 ?? ''} ${process.env.SHOW_CONTENT ? hit.content : ''}` : (first ?? '无结果')}`);
      }
    }
    assert.deepEqual(misses, [], `${asked - misses.length} of ${asked} questions answered with the item first`);
  });
});
