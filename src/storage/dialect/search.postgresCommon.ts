import { sql, type Kysely } from 'kysely';

/**
 * How often lexemes occur, from PostgreSQL's own statistics of `document_search.tokens`
 * (pg_stats.most_common_elems and their frequencies, kept by ANALYZE/autovacuum).
 * - Lexemes in more than COMMON_SHARE of the indexed documents are left out of a loose phrase that
 *   has rarer tokens: a GIN AND reads every posting list it names, and the list of a token in 75 % of
 *   a million documents costs more than the rest of the search, while narrowing almost nothing.
 * - The shares let a window's loose query name only its rarest words (tsNarrowQuery).
 * Leaving a token out only adds candidates, which the real query then checks
 * (search.postgresLoose.ts), so what matches does not change.
 */
const COMMON_SHARE = 0.3;
/** Statistics change slowly; each process reads them at most once a minute per database. */
const FRESH_MS = 60_000;

export interface LexemeShares {
  /** Lexemes in more than COMMON_SHARE of the documents. */
  common: ReadonlySet<string>;
  /** The share of documents holding a lexeme; a lexeme the statistics do not list is rarer than every listed one. */
  shareOf: (lexeme: string) => number;
  /** Rows of the index as the statistics count them (pg_class.reltuples; 0 before the first ANALYZE). */
  rows: number;
  /** A sort key with at least `rows` rows newer than it, as the sort_key histogram says (with room to spare), or null. */
  keyWithNewer: (rows: number) => number | null;
}

/** Room the histogram's estimate leaves: its buckets come from a sample of rows. */
const HISTOGRAM_MARGIN = 1.25;

const cache = new WeakMap<Kysely<any>, { at: number; shares: Promise<LexemeShares> }>();

/** The shares as the statistics say now (tests; searches use the cached `lexemeShares`). */
export async function readLexemeShares(db: Kysely<any>): Promise<LexemeShares> {
  const found = await sql<{ elems: string[] | null; freqs: number[] | null }>`select most_common_elems::text::text[] as elems,
    most_common_elem_freqs as freqs from pg_stats where tablename = 'document_search' and attname = 'tokens' limit 1`.execute(db);
  const { elems, freqs } = found.rows[0] ?? { elems: null, freqs: null };
  const counted = await sql<{ rows: number }>`select reltuples::float8 as rows from pg_class where oid = 'document_search'::regclass`.execute(db);
  const histogram = await sql<{ bounds: string[] | null }>`select histogram_bounds::text::text[] as bounds from pg_stats
    where tablename = 'document_search' and attname = 'sort_key' limit 1`.execute(db);
  const bounds = (histogram.rows[0]?.bounds ?? []).map(Number);
  const total = Math.max(0, Number(counted.rows[0]?.rows ?? 0));
  const shares = new Map((elems ?? []).map((e, i) => [e, freqs?.[i] ?? 0]));
  // Unlisted lexemes: below the least frequent listed one (with no statistics, nothing is known: 1).
  const floor = shares.size > 0 ? Math.min(...shares.values()) : 1;
  return {
    common: new Set([...shares].filter(([, share]) => share > COMMON_SHARE).map(([e]) => e)),
    shareOf: (lexeme) => shares.get(lexeme) ?? floor,
    rows: total,
    keyWithNewer: (rows) => {
      // Each of the histogram's buckets holds about the same number of rows; rows added since ANALYZE are newer still.
      const buckets = bounds.length - 1;
      const at = buckets - Math.ceil((HISTOGRAM_MARGIN * rows * buckets) / Math.max(1, total));
      return buckets > 0 && at >= 0 ? bounds[at]! : null;
    },
  };
}

export async function readCommonLexemes(db: Kysely<any>): Promise<ReadonlySet<string>> {
  return (await readLexemeShares(db)).common;
}

export function lexemeShares(db: Kysely<any>): Promise<LexemeShares> {
  const now = performance.now();
  const held = cache.get(db);
  if (held && now - held.at < FRESH_MS) return held.shares;
  const shares = readLexemeShares(db).catch((): LexemeShares => ({ common: new Set(), shareOf: () => 1, rows: 0, keyWithNewer: () => null }));
  cache.set(db, { at: now, shares });
  return shares;
}
