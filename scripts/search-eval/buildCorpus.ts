/**
 * Writes bench/search-eval/corpus.json from the topics in scripts/search-eval/corpus/ (run once
 * after changing a topic; the judged set refers to the documents by their fixture key).
 *   node --import tsx scripts/search-eval/buildCorpus.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandTopics } from './corpus/expandTopics.ts';

const docs = expandTopics();
const keys = new Set(docs.map((d) => d.key));
if (keys.size !== docs.length) throw new Error('duplicate fixture keys');
writeFileSync(join(import.meta.dirname, '..', '..', 'bench', 'search-eval', 'corpus.json'), `${JSON.stringify(docs, null, 1)}\n`);
console.log(`${docs.length} documents, ${docs.filter((d) => d.attachment).length} with a PDF attachment`);
