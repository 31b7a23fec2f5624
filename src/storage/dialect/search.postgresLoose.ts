import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Hit } from './searchContract.ts';
import { FIRST_WALK, keyAt, MAX_WINDOW, windowStart, type Prepared } from './search.postgresRead.ts';

/**
 * Hits from the GIN index without reading a `tokens` tsvector from TOAST, where it can be helped.
 * The loose query (each phrase's tokens ANDed, no positions) is answered by GIN exactly, with no
 * recheck: its candidates are every real hit plus the rare document that has a phrase's tokens
 * apart. Candidates are ordered by what the heap row holds inline (the short title vector, the sort
 * key); the non-title candidates are then checked against the real query (`ts_match_vq`, which reads
 * the tsvector) in that order, only until the page and the count have their hits. A title hit is a
 * hit: the title is part of the text, at its start.
 */

/** Expected candidates per needed hit that a window's narrowed query may leave (search.postgresQuery.ts tsNarrowQuery). */
const CANDIDATES_PER_HIT = 4;
/** The first step through GIN: at most this many candidates expected among the FIRST_WALK newest rows… */
const FIRST_CANDIDATES = 500;
/** …and at most this many index entries of its rarest word (GIN's bitmap costs ≈ 0.2 µs an entry). */
const FIRST_POSTINGS = 50_000;

export interface LooseHits {
  /** Real hits, best first: the first `need` of them, or all when there are fewer. */
  hits: Hit[];
  /** Every candidate was checked: `hits` are all the hits there are. */
  complete: boolean;
}

/**
 * The first `need` hits of the candidates of `loose` within `tier`. The candidates keep their `tokens`
 * as a TOAST pointer; the sorted stream (`offset 0` keeps the check out of the sort) is checked row by
 * row and stops at the `need`-th hit, so only the tsvectors of the rows before it are read.
 */
async function firstHits(db: Kysely<any>, p: Prepared, tier: RawBuilder<unknown>, need: number, loose = p.loose) {
  const { q, where } = p;
  // Materialised: the planner must take the GIN bitmap, not walk the sort_key index reading tsvectors.
  const rows = await sql<{ document_id: string; sort_key: string; title_hit: boolean }>`
    with m as materialized (select s.document_id, s.sort_key, s.tokens, s.title_tokens @@ ${q} as title_hit from document_search s
      where s.tokens @@ ${loose} ${tier} ${where})
    select o.document_id, o.sort_key, o.title_hit from (select * from m order by title_hit desc, sort_key desc offset 0) o
      where o.title_hit or ts_match_vq(o.tokens, ${q}) limit ${need}`.execute(db);
  const hits = rows.rows.map((r) => ({ documentId: r.document_id, score: r.title_hit ? 2 : 1, key: Number(r.sort_key) }));
  return { hits, complete: hits.length < need };
}

/**
 * Step 1 (search.postgresRead.ts firstWalk) through GIN, when a word of the query is rare: the newest
 * FIRST_WALK rows of the filter (a sort_key range; the whole filter when it has fewer rows) ANDed with
 * the narrowed candidates, so only the candidates' tsvectors are read instead of every row's. The same
 * hits as the walk (at most cap + 1) and the same `whole`; null when no word is rare enough.
 */
export async function firstWalkFromGin(db: Kysely<any>, p: Prepared): Promise<{ hits: (Hit & { key: number })[]; whole: boolean } | null> {
  const narrowed = p.narrow(FIRST_WALK, FIRST_CANDIDATES);
  if (narrowed === null || narrowed.postings > FIRST_POSTINGS) return null;
  const from = await keyAt(db, p, FIRST_WALK);
  const window = from === null ? sql`` : sql`and s.sort_key >= ${from}`;
  return { hits: (await firstHits(db, p, window, p.cap + 1, narrowed.loose)).hits, whole: from === null };
}

/** Whether a title hit is older than `key` (it would rank above the window's other hits). */
async function titleHitBefore(db: Kysely<any>, { q, where }: Prepared, key: number): Promise<boolean> {
  const found = await sql`select 1 from document_search s where s.title_tokens @@ ${q} and s.sort_key < ${key} ${where} limit 1`.execute(db);
  return found.rows.length > 0;
}

/**
 * At least `need` real hits, best first (title hits, then newest), when there are that many.
 * `onlyOthers`: the documents whose title does not match (the second tier of a common query).
 * `density`: hits per row among the newest rows, when known. The GIN bitmap is then ANDed with the
 * newest rows expected to hold the page twice over (a range of the sort_key index), so only those
 * rows are read from the heap, and the loose query names only the words rare enough for the window
 * (Prepared.narrow); the page of a range that ends at the newest row is the newest page overall,
 * unless an older title hit would rank above it — then, or when the range falls short, every
 * candidate of the whole loose query is read.
 */
export async function looseHits(db: Kysely<any>, p: Prepared, need: number, onlyOthers = false, density = 0): Promise<LooseHits> {
  const tier = onlyOthers ? sql`and not (s.title_tokens @@ ${p.q})` : sql``;
  const rows = density > 0 ? Math.ceil((2 * need) / density) : 0;
  const from = rows > 0 && rows < MAX_WINDOW ? await windowStart(db, p, rows) : null;
  if (from !== null && (onlyOthers || !(await titleHitBefore(db, p, from)))) {
    const loose = p.narrow(rows, CANDIDATES_PER_HIT * need)?.loose ?? p.loose;
    const windowed = await firstHits(db, p, sql`${tier} and s.sort_key >= ${from}`, need, loose);
    if (windowed.hits.length >= need) return { hits: windowed.hits.map(({ documentId, score }) => ({ documentId, score })), complete: false };
  }
  const all = await firstHits(db, p, tier, need);
  return { hits: all.hits.map(({ documentId, score }) => ({ documentId, score })), complete: all.complete };
}
