/**
 * How a query is judged, written down as rules over what each corpus document was written about
 * (its topic and variant: bench/search-eval/README.md gives the judging rules in words). The rules
 * are turned into explicit grades per fixture key once, into bench/search-eval/judgments.json.
 */
import type { AgencyKey, CorpusDocument } from '../corpus/model.ts';

export type Category = 'short' | 'docnum' | 'natural' | 'variant' | 'item' | 'attachment';
export type Grade = 1 | 2;
export type Rule = (d: CorpusDocument) => boolean;

export interface QuerySpec {
  category: Category;
  query: string;
  /** What a judge reading the texts counted as relevant, in words. */
  basis: string;
  /** Rules in order; a document gets the grade of the first rule it satisfies. */
  docs: [Grade, Rule][];
  /** Catalog items ("item:zw:一级/二级") and agencies ("agency:lw") the query targets; today's search cannot return them. */
  targets?: Record<string, Grade>;
}

export interface JudgedQuery {
  id: string;
  category: Category;
  query: string;
  basis: string;
  relevant: Record<string, Grade>;
}

export const topic = (id: string, ...variants: string[]): Rule => (d) => d.topic === id && (variants.length === 0 || variants.includes(d.variant));
export const agency = (key: AgencyKey): Rule => (d) => d.agency === key;
export const year = (...years: number[]): Rule => (d) => years.includes(d.year);
export const key = (...keys: string[]): Rule => (d) => keys.includes(d.key);
export const every = (...rules: Rule[]): Rule => (d) => rules.every((r) => r(d));
export const any = (...rules: Rule[]): Rule => (d) => rules.some((r) => r(d));
export const all: Rule = () => true;
export const item = (agencyKey: AgencyKey, level1: string, level2: string) => `item:${agencyKey}:${level1}/${level2}`;

/** The 文号 of one fixture document (for 文号 queries), so the judged set follows the corpus. */
export function numberOf(docs: readonly CorpusDocument[], fixtureKey: string): string {
  const found = docs.find((d) => d.key === fixtureKey)?.documentNumber;
  if (!found) throw new Error(`no 文号 for ${fixtureKey}`);
  return found;
}

export function judge(docs: readonly CorpusDocument[], specs: readonly QuerySpec[]): JudgedQuery[] {
  return specs.map((spec, index) => {
    const relevant: Record<string, Grade> = {};
    for (const d of docs) {
      const hit = spec.docs.find(([, rule]) => rule(d));
      if (hit) relevant[d.key] = hit[0];
    }
    Object.assign(relevant, spec.targets ?? {});
    return { id: `q${String(index + 1).padStart(3, '0')}`, category: spec.category, query: spec.query, basis: spec.basis, relevant };
  });
}
