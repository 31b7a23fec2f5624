/**
 * Relevance metrics of the search eval (pure): success@k, nDCG@k with graded gains 2^rel − 1 and a
 * log2(rank + 1) discount (Järvelin & Kekäläinen 2002), the zero-result rate, and their means per category.
 */

export type Judgments = Readonly<Record<string, number>>;

export interface QueryOutcome {
  category: string;
  /** Keys of the results in rank order (first page). */
  ranked: readonly string[];
  /** How many results the engine reported in all. */
  total: number;
  relevant: Judgments;
}

const gain = (grade: number) => 2 ** grade - 1;

export function dcg(grades: readonly number[], k = 10): number {
  return grades.slice(0, k).reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
}

/** nDCG@k: DCG of the ranking over DCG of the ideal ranking of every judged result (items included). */
export function ndcgAt(ranked: readonly string[], relevant: Judgments, k = 10): number {
  const ideal = dcg(Object.values(relevant).filter((g) => g > 0).sort((a, b) => b - a), k);
  return ideal === 0 ? 0 : dcg(ranked.map((key) => relevant[key] ?? 0), k) / ideal;
}

export function successAt(ranked: readonly string[], relevant: Judgments, k = 10): boolean {
  return ranked.slice(0, k).some((key) => (relevant[key] ?? 0) > 0);
}

export const hasRelevant = (relevant: Judgments) => Object.values(relevant).some((g) => g > 0);

export interface Figures {
  queries: number;
  judged: number;
  success: number;
  ndcg: number;
  zeroRate: number;
}

/** success@10 and nDCG@10 over the queries that have relevant results; the zero-result rate over all queries. */
export function figures(outcomes: readonly QueryOutcome[], k = 10): Figures {
  const judged = outcomes.filter((o) => hasRelevant(o.relevant));
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  return {
    queries: outcomes.length,
    judged: judged.length,
    success: mean(judged.map((o) => (successAt(o.ranked, o.relevant, k) ? 1 : 0))),
    ndcg: mean(judged.map((o) => ndcgAt(o.ranked, o.relevant, k))),
    zeroRate: mean(outcomes.map((o) => (o.total === 0 ? 1 : 0))),
  };
}

/** Only the documents among the judgments (what today's search can return at all). */
export function documentsOnly(relevant: Judgments): Judgments {
  return Object.fromEntries(Object.entries(relevant).filter(([key]) => !key.startsWith('item:') && !key.startsWith('agency:')));
}
