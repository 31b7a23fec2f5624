import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Hit } from './searchContract.ts';
import { keyAt, MAX_WINDOW, type Prepared } from './search.postgresRead.ts';

/**
 * Hits from the GIN index without reading a `tokens` tsvector from TOAST, where it can be helped.
 * The loose query (each phrase's tokens ANDed, no positions) is answered by GIN exactly, with no
 * recheck: its candidates are every real hit plus the rare document that has a phrase's tokens
 * apart. Candidates are ordered by what the heap row holds inline (the short title vector, the sort
 * key); only the non-title candidates that the page or the count reaches are checked against the
 * real query (`ts_match_vq`, which reads the tsvector). A title hit is a hit: the title is part of
 * the text, at its start.
 */

/** Candidates checked beyond what is needed, for the few that fail the real query. */
const SLACK = 20;

export interface LooseHits {
  /** Real hits, best first, at least `need` of them when there are that many. */
  hits: Hit[];
  /** Every candidate was checked: `hits` are all the hits there are. */
  complete: boolean;
}

type Candidate = { document_id: string; title_hit: boolean };

async function candidates(db: Kysely<any>, p: Prepared, tier: RawBuilder<unknown>, take: number) {
  const { q, loose, where } = p;
  // Materialised: the planner must take the GIN bitmap, not walk the sort_key index reading tsvectors.
  const rows = await sql<{ n: string } & Partial<Candidate>>`
    with m as materialized (select s.document_id, s.sort_key, s.title_tokens @@ ${q} as title_hit from document_search s
      where s.tokens @@ ${loose} ${tier} ${where})
    select c.n, k.document_id, k.title_hit from (select count(*) as n from m) c
    left join lateral (select * from m order by title_hit desc, sort_key desc limit ${take}) k on true`.execute(db);
  const list = rows.rows.filter((r) => r.document_id != null).map((r) => ({ document_id: r.document_id!, title_hit: r.title_hit === true }));
  return { list, all: Number(rows.rows[0]?.n ?? 0) <= take };
}

/** The candidates that really match, in their order (title hits need no check). */
async function confirmed(db: Kysely<any>, { q }: Prepared, list: readonly Candidate[]): Promise<Hit[]> {
  const toCheck = list.filter((c) => !c.title_hit).map((c) => c.document_id);
  const matching = new Set<string>();
  if (toCheck.length > 0) {
    const found = await sql<{ document_id: string }>`select document_id from document_search
      where document_id = any(${toCheck}::text[]) and ts_match_vq(tokens, ${q})`.execute(db);
    for (const r of found.rows) matching.add(r.document_id);
  }
  return list.filter((c) => c.title_hit || matching.has(c.document_id)).map((c) => ({ documentId: c.document_id, score: c.title_hit ? 2 : 1 }));
}

/** Whether a title hit is older than `key` (it would rank above the window's other hits). */
async function titleHitBefore(db: Kysely<any>, { q, where }: Prepared, key: number): Promise<boolean> {
  const found = await sql`select 1 from document_search s where s.title_tokens @@ ${q} and s.sort_key < ${key} ${where} limit 1`.execute(db);
  return found.rows.length > 0;
}

/** The first hits of the candidates from `tier` (and, with a window, only rows at or after `from`). */
async function firstHits(db: Kysely<any>, p: Prepared, tier: RawBuilder<unknown>, need: number): Promise<LooseHits> {
  for (let take = need + SLACK; ; take *= 4) {
    const { list, all } = await candidates(db, p, tier, take);
    const hits = await confirmed(db, p, list);
    if (all || hits.length >= need) return { hits, complete: all };
  }
}

/**
 * At least `need` real hits, best first (title hits, then newest), when there are that many.
 * `onlyOthers`: the documents whose title does not match (the second tier of a common query).
 * `density`: hits per row among the newest rows, when known. The GIN bitmap is then ANDed with the
 * newest rows expected to hold the page twice over (a range of the sort_key index), so only those
 * rows are read from the heap; the page of a range that ends at the newest row is the newest page
 * overall, unless an older title hit would rank above it — then, or when the range falls short,
 * every candidate is read.
 */
export async function looseHits(db: Kysely<any>, p: Prepared, need: number, onlyOthers = false, density = 0): Promise<LooseHits> {
  const tier = onlyOthers ? sql`and not (s.title_tokens @@ ${p.q})` : sql``;
  const rows = density > 0 ? Math.ceil((2 * need) / density) : 0;
  const from = rows > 0 && rows < MAX_WINDOW ? await keyAt(db, p, rows) : null;
  if (from !== null && (onlyOthers || !(await titleHitBefore(db, p, from)))) {
    const windowed = await firstHits(db, p, sql`${tier} and s.sort_key >= ${from}`, need);
    if (windowed.hits.length >= need) return { hits: windowed.hits, complete: false };
  }
  return firstHits(db, p, tier, need);
}
