import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { highlightAll } from '../../domain/search/highlight.ts';
import { joinWrappedHan, normalizeText } from '../../domain/search/normalize.ts';
import { compareRanks, rankCandidates, type RankFields, type RankResult } from '../../domain/search/rank.ts';
import { suggest, type Suggestion } from '../../domain/search/suggest.ts';
import { NAMED_STRENGTH, nameStrength } from '../../domain/search/nameMatch.ts';
import { queryTerms } from '../../domain/search/tokens.ts';
import type { SearchableItem } from '../../storage/repositories/catalogSearch.repository.ts';
import { searchVocabulary } from './searchVocabulary.ts';

export interface ItemHitView {
  agencyId: string;
  agencyName: string;
  url: string;
  /** HTML: escaped 一级 / 二级事项 with <mark> around matches. */
  labelHtml: string;
  missing: string[];
  /** The query names this item (domain/search/nameMatch.ts): shown above the documents, the others after them. */
  named: boolean;
}

export interface AgencyHitView {
  id: string;
  name: string;
  url: string;
  guideUrl: string;
  /** The query names this agency: shown above the documents, otherwise after them. */
  named: boolean;
}

/** Items and agencies shown above the documents. */
export const CATALOG_HITS = 5;
/** What an agency is found by besides its name: its 指南 and catalog pages. */
const AGENCY_PAGES = '政府信息公开指南 政务公开目录';

const itemTexts = new WeakMap<SearchableItem, string>();
/** An item's text as matching reads it (normalised, wrapped Han joined), computed once per cached item. */
function searchableItemText(i: SearchableItem): string {
  let text = itemTexts.get(i);
  if (text === undefined) {
    text = normalizeText(joinWrappedHan([i.level1, i.level2 ?? '', i.content ?? '', ...i.basis].join('\n')));
    itemTexts.set(i, text);
  }
  return text;
}

const itemFields = (i: SearchableItem): RankFields => ({
  title: i.level2 ?? i.level1, number: '', metadata: `${i.level1}\n${i.agencyName}`, body: i.content ?? '', attachments: i.basis.join('\n'),
});

/**
 * The best of `ranked`: those that miss the fewest words, at most `maxMissing`, if they match at least one; those the
 * query names first (strongest first), then by rank, ties in catalog order.
 */
function best<T>(entries: readonly T[], ranks: readonly RankResult[], strengths: readonly number[], words: number, maxMissing: number) {
  const fewest = Math.min(...ranks.map((r) => r.missing.length));
  if (!(fewest < words) || fewest > maxMissing) return [];
  const namedStrength = (s: number) => (s >= NAMED_STRENGTH ? s : 0);
  return entries.map((e, i) => ({ e, r: ranks[i]!, s: strengths[i]! })).filter((x) => x.r.missing.length === fewest)
    .sort((a, b) => namedStrength(b.s) - namedStrength(a.s) || compareRanks(a.r, b.r)).slice(0, CATALOG_HITS)
    .map((x) => ({ e: x.e, r: x.r, named: x.s >= NAMED_STRENGTH }));
}

/**
 * Items may miss one word in three of a long question (异地就医备案流程 → 参保人员异地就医登记备案; 服务公开
 * 定点医药机构费用结算相关信息怎么查询 → that item, without 查询), never a word of a short query: a 文号 or a two-word
 * query whose items match only in part would push the documents down.
 */
const partialItemWords = (words: number) => Math.floor(words / 3);

/**
 * Catalog items (by 一级/二级事项, 公开内容, 公开依据) and agencies (by name, with their 指南 page)
 * that match a query, ranked the same way as documents (domain/search/rank.ts); items may be partial
 * matches (missing words named), agencies must match every word. `agencyId` limits both to one agency.
 */
export async function searchCatalog(db: Kysely<Database>, query: string, agencyId?: string) {
  const vocabulary = await searchVocabulary(db);
  const { match, words, phrases } = queryTerms(query, vocabulary.lexicon);
  if (match.length === 0) return { items: [] as ItemHitView[], agencies: [] as AgencyHitView[] };
  // Only items that hold some form of some word are ranked (thousands of items stay cheap).
  const forms = match.flatMap((w) => w.forms.map(normalizeText));
  const items = vocabulary.items.filter((i) => (!agencyId || i.agencyId === agencyId) && forms.some((f) => searchableItemText(i).includes(f)));
  const itemRanks = rankCandidates(items.map(itemFields), words);
  const itemStrengths = items.map((i) => nameStrength(i.level2 ?? i.level1, [i.level1, i.level2 ?? '', i.agencyName], words));
  const itemHits = best(items, itemRanks, itemStrengths, match.length, partialItemWords(match.length)).map(({ e: i, r, named }): ItemHitView => ({
    agencyId: i.agencyId, agencyName: i.agencyName, url: `/agencies/${i.agencyId}/items/${encodeURIComponent(i.itemKey)}`,
    labelHtml: highlightAll(i.level2 ? `${i.level1} / ${i.level2}` : i.level1, phrases), missing: r.missing, named,
  }));
  const agencies = agencyId ? [] : vocabulary.agencies;
  const agencyRanks = rankCandidates(agencies.map((a) => ({ title: a.name, number: '', metadata: AGENCY_PAGES, body: '', attachments: '' })), words);
  const agencyStrengths = agencies.map((a) => nameStrength(a.name, [a.name], words));
  const agencyHits = best(agencies, agencyRanks, agencyStrengths, match.length, 0).map(({ e: a, named }): AgencyHitView => ({ id: a.id, name: a.name, url: `/agencies/${a.id}`, guideUrl: `/agencies/${a.id}/guide`, named }));
  return { items: itemHits, agencies: agencyHits };
}

/** «您是不是要找：…»: the agencies, items and lexicon words closest to a query that found nothing. */
export async function searchSuggestions(db: Kysely<Database>, query: string): Promise<Suggestion[]> {
  const vocabulary = await searchVocabulary(db);
  const candidates: Suggestion[] = [
    ...vocabulary.agencies.map((a) => ({ label: a.name, href: `/agencies/${a.id}` })),
    ...vocabulary.items.map((i) => ({ label: i.level2 ?? i.level1, href: `/agencies/${i.agencyId}/items/${encodeURIComponent(i.itemKey)}` })),
    ...[...vocabulary.lexicon.words].map((w) => ({ label: w, href: `/search?q=${encodeURIComponent(w)}` })),
  ];
  return suggest(query, candidates);
}
