/**
 * Damaged Word and PDF reports (bytes changed, cut short, zip parts emptied) through
 * readAnnualReportFile: each must give a reading — tables or Chinese problems — never an exception
 * and never a crash of the server process (the parse worker takes the blow). No timing asserted.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAnnualReportFile } from '../../../src/importers/annualReport/index.ts';
import { stopParseWorkers } from '../../../src/importers/workers/parsePool.ts';
import { hostileCorpus } from '../hostileFiles.ts';

after(() => stopParseWorkers());

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/annual-reports/${name}`, import.meta.url)));

/** A repeatable sequence of numbers in [0, 1) (linear congruential, glibc constants). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function damaged(original: Uint8Array, next: () => number): Uint8Array {
  if (next() < 0.4) return original.slice(0, Math.floor(next() * original.length));
  const copy = original.slice();
  const changes = 1 + Math.floor(next() * 16);
  for (let change = 0; change < changes; change++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
  return copy;
}

describe('damaged Word and PDF reports', () => {
  for (const name of ['blank-cells-2021.docx', 'blank-cells-2021.pdf', 'shanghai-office-2019-unruled.pdf']) {
    it(`${name}: 40 damaged copies each give a reading, never an exception`, async () => {
      const original = fixture(name);
      const next = numbers(name.length * 7919);
      let refused = 0;
      for (let copy = 0; copy < 40; copy++) {
        const reading = await readAnnualReportFile(damaged(original, next));
        assert.ok(Array.isArray(reading.problems) && Array.isArray(reading.blanks));
        assert.ok(reading.problems.every((problem) => /[\u4e00-\u9fff]/.test(problem)), reading.problems.join(' / '));
        if (reading.text === null) refused++;
      }
      assert.ok(refused > 0, 'some copies are damaged beyond reading');
    });
  }
});

describe('hostile files given as a report', () => {
  for (const { name, bytes } of hostileCorpus()) {
    it(`${name}: refused with one Chinese problem by the parse worker's limits`, async () => {
      const reading = await readAnnualReportFile(bytes);
      assert.equal(reading.problems.length, 1, reading.problems.join(' / '));
      assert.match(reading.problems[0]!, /过多|过于庞大|超过|上限/);
      assert.equal(reading.text, null);
    });
  }
});
