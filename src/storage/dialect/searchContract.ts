import type { Kysely } from 'kysely';

/** One published document in the search index: its filter columns and its app-made token string. */
export interface SearchEntry {
  documentId: string;
  agencyId: string;
  year: number;
  validity: string;
  publishedOn: string;
  tokens: string;
}

export interface SearchFilter {
  agencyId?: string;
  /** A catalog item by its stable key (docs/adr/0004). */
  item?: { agencyId: string; level1: string; level2: string };
  year?: number;
  validity?: string;
}

export interface SearchRequest {
  /** Plain tokens that must all occur (src/domain/search/tokens.ts); no engine syntax. */
  terms: readonly string[];
  filter: SearchFilter;
  limit: number;
  offset: number;
}

export interface SearchResult {
  /** Best first: relevance (higher is better), then newer 发布日期. */
  hits: { documentId: string; score: number }[];
  /** Hits counted up to COUNT_CAP; `capped` when there are more. */
  total: number;
  capped: boolean;
}

/** Counting every hit of a common word over a million documents is not worth it: "1000+ results". */
export const COUNT_CAP = 1000;

/** The engine-specific full-text index behind search; the same contract on both engines. */
export interface SearchIndex {
  upsert(db: Kysely<any>, entry: SearchEntry): Promise<void>;
  /** Add entries for documents not in the index yet, in one statement per engine round (bulk loads, benchmarks). */
  addMany(db: Kysely<any>, entries: readonly SearchEntry[]): Promise<void>;
  remove(db: Kysely<any>, documentId: string): Promise<void>;
  search(db: Kysely<any>, request: SearchRequest): Promise<SearchResult>;
}

