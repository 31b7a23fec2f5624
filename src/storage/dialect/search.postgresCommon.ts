import { sql, type Kysely } from 'kysely';

/**
 * Lexemes in more than COMMON_SHARE of the indexed documents, from PostgreSQL's own statistics of
 * `document_search.tokens` (pg_stats.most_common_elems, kept by ANALYZE/autovacuum). The loose GIN
 * query leaves them out of a phrase that has rarer tokens: a GIN AND reads every posting list it
 * names, and the list of a token in 75 % of a million documents costs more than the rest of the
 * search, while narrowing almost nothing. Leaving a token out only adds candidates, which the real
 * query then checks (search.postgresLoose.ts), so what matches does not change.
 */
const COMMON_SHARE = 0.3;
/** Statistics change slowly; each process reads them at most once a minute per database. */
const FRESH_MS = 60_000;

const cache = new WeakMap<Kysely<any>, { at: number; lexemes: Promise<ReadonlySet<string>> }>();

/** The common lexemes as the statistics say now (tests; searches use the cached `commonLexemes`). */
export async function readCommonLexemes(db: Kysely<any>): Promise<ReadonlySet<string>> {
  const found = await sql<{ elems: string[] | null; freqs: number[] | null }>`select most_common_elems::text::text[] as elems,
    most_common_elem_freqs as freqs from pg_stats where tablename = 'document_search' and attname = 'tokens' limit 1`.execute(db);
  const { elems, freqs } = found.rows[0] ?? { elems: null, freqs: null };
  return new Set((elems ?? []).filter((_, i) => (freqs?.[i] ?? 0) > COMMON_SHARE));
}

export function commonLexemes(db: Kysely<any>): Promise<ReadonlySet<string>> {
  const now = performance.now();
  const held = cache.get(db);
  if (held && now - held.at < FRESH_MS) return held.lexemes;
  const lexemes = readCommonLexemes(db).catch(() => new Set<string>());
  cache.set(db, { at: now, lexemes });
  return lexemes;
}
