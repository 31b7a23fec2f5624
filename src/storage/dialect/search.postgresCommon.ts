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
}

const cache = new WeakMap<Kysely<any>, { at: number; shares: Promise<LexemeShares> }>();

/** The shares as the statistics say now (tests; searches use the cached `lexemeShares`). */
export async function readLexemeShares(db: Kysely<any>): Promise<LexemeShares> {
  const found = await sql<{ elems: string[] | null; freqs: number[] | null }>`select most_common_elems::text::text[] as elems,
    most_common_elem_freqs as freqs from pg_stats where tablename = 'document_search' and attname = 'tokens' limit 1`.execute(db);
  const { elems, freqs } = found.rows[0] ?? { elems: null, freqs: null };
  const counted = await sql<{ rows: number }>`select reltuples::float8 as rows from pg_class where oid = 'document_search'::regclass`.execute(db);
  const shares = new Map((elems ?? []).map((e, i) => [e, freqs?.[i] ?? 0]));
  // Unlisted lexemes: below the least frequent listed one (with no statistics, nothing is known: 1).
  const floor = shares.size > 0 ? Math.min(...shares.values()) : 1;
  return {
    common: new Set([...shares].filter(([, share]) => share > COMMON_SHARE).map(([e]) => e)),
    shareOf: (lexeme) => shares.get(lexeme) ?? floor,
    rows: Math.max(0, Number(counted.rows[0]?.rows ?? 0)),
  };
}

export async function readCommonLexemes(db: Kysely<any>): Promise<ReadonlySet<string>> {
  return (await readLexemeShares(db)).common;
}

export function lexemeShares(db: Kysely<any>): Promise<LexemeShares> {
  const now = performance.now();
  const held = cache.get(db);
  if (held && now - held.at < FRESH_MS) return held.shares;
  const shares = readLexemeShares(db).catch((): LexemeShares => ({ common: new Set(), shareOf: () => 1, rows: 0 }));
  cache.set(db, { at: now, shares });
  return shares;
}
