/** Expands the topics into documents: one per agency × year × variant, with 文号, dates and fixture key. */
import { EVAL_AGENCIES, type CorpusDocument, type Topic } from './model.ts';
import { BENEFIT_TOPICS } from './benefitTopics.ts';
import { CARE_TOPICS } from './careTopics.ts';
import { FUND_TOPICS } from './fundTopics.ts';
import { OPENNESS_TOPICS } from './opennessTopics.ts';

export const ALL_TOPICS: readonly Topic[] = [...BENEFIT_TOPICS, ...CARE_TOPICS, ...FUND_TOPICS, ...OPENNESS_TOPICS];

const pad = (n: number) => String(n).padStart(2, '0');

/** Deterministic: the same topics always give the same documents, keys and 文号. */
export function expandTopics(topics: readonly Topic[] = ALL_TOPICS): CorpusDocument[] {
  const counters = new Map<string, number>();
  const next = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const docs: CorpusDocument[] = [];
  for (const topic of topics) {
    for (const variant of topic.variants) {
      for (const year of variant.years) {
        for (const [index, agency] of EVAL_AGENCIES.entries()) {
          const day = 3 + ((index * 5 + year + topic.id.length) % 22);
          const formedOn = `${year}-${pad(variant.month)}-${pad(day)}`;
          const documentNumber = variant.number ? `${agency.numberPrefix}${variant.number}〔${year}〕${next(`${agency.key}${variant.number}${year}`)}号` : null;
          const body = variant.body(agency, year);
          docs.push({
            key: `${agency.key}-${year}-${topic.id}-${variant.name}`, topic: topic.id, variant: variant.name, agency: agency.key, year, source: topic.source,
            kind: variant.kind ?? 'policy', title: variant.title(agency, year), documentNumber, publisher: agency.publisher, formedOn,
            publishedAt: `${year}-${pad(variant.month)}-${pad(day + 3)}T02:00:00.000Z`, subjectCategory: topic.subjectCategory, genre: variant.genre,
            keywords: topic.keywords, summary: body.find((p) => p.length > 30)!.slice(0, 120), body, item: topic.items[agency.key],
            attachment: variant.attachment?.(agency, year) ?? null, interprets: null,
          });
        }
      }
    }
  }
  return linkInterpretations(docs);
}

/** A 解读 interprets its topic's notice of the same agency: the latest one formed before it. */
function linkInterpretations(docs: CorpusDocument[]): CorpusDocument[] {
  return docs.map((doc) => {
    if (doc.kind !== 'interpretation') return doc;
    const policy = docs.filter((d) => d.topic === doc.topic && d.agency === doc.agency && d.kind === 'policy' && d.formedOn <= doc.formedOn).at(-1);
    if (!policy) throw new Error(`no policy for the 解读 ${doc.key}`);
    return { ...doc, interprets: policy.key };
  });
}
