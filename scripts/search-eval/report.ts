/** Prints one engine's figures: overall, documents-only, per category, and the failing queries. */
import { documentsOnly, figures, hasRelevant, ndcgAt, successAt, type Figures } from './metrics.ts';
import type { RunOutcome } from './runQueries.ts';

export const CATEGORY_NAMES: Record<string, string> = { short: '短词', docnum: '文号', natural: '自然问句', variant: '变体/错字', item: '事项/机关名', attachment: '附件表格' };

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (label: string, f: Figures) => `  ${label.padEnd(22)} success@10 ${pct(f.success).padStart(6)}  nDCG@10 ${f.ndcg.toFixed(3)}  zero-result ${pct(f.zeroRate).padStart(6)}  (queries ${f.queries}, judged ${f.judged})`;

export function engineReport(engine: string, outcomes: readonly RunOutcome[]): string[] {
  const lines = [`== ${engine}`];
  lines.push(line('all targets', figures(outcomes)));
  const docOutcomes = outcomes.map((o) => ({ ...o, relevant: documentsOnly(o.relevant) }));
  lines.push(line('documents only', figures(docOutcomes)));
  for (const category of Object.keys(CATEGORY_NAMES)) {
    const of = outcomes.filter((o) => o.category === category);
    lines.push(line(`${category} ${CATEGORY_NAMES[category]}`, figures(of)));
  }
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  lines.push(`  query time: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms`);
  const failing = outcomes.filter((o) => hasRelevant(o.relevant) && !successAt(o.ranked, o.relevant));
  lines.push(`  failing (no relevant result in the first 10): ${failing.length}`);
  for (const o of failing) {
    const onlyTargets = !hasRelevant(documentsOnly(o.relevant));
    lines.push(`    ${o.query.id} [${o.category}] ${o.query.query} — ${o.total} results${onlyTargets ? '; only item/agency targets' : ''}${o.ranked.length ? `; first: ${o.ranked.slice(0, 3).join(', ')}` : ''}`);
  }
  return lines;
}

/** Per query, for the one tuning search: what came back, with each result's grade, and the query's figures. */
export function queryDetail(outcomes: readonly RunOutcome[]) {
  return outcomes.map((o) => ({
    id: o.query.id, category: o.category, query: o.query.query, total: o.total,
    success: hasRelevant(o.relevant) ? successAt(o.ranked, o.relevant) : null, ndcg: hasRelevant(o.relevant) ? Number(ndcgAt(o.ranked, o.relevant).toFixed(4)) : null,
    ranked: o.ranked.map((key) => `${key}=${o.relevant[key] ?? 0}`),
  }));
}
