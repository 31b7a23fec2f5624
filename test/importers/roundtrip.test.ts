/**
 * Round trip: every golden catalog exported to .docx, .xlsx and .pdf by our
 * exporters and imported back with importCatalogFile scores 100% against the
 * golden file; variants of the form (column order, header wording, 一级事项
 * repeated, channels as text) keep ≥ 99%.
 *
 * The exported form prints the summary line computed from the items (never the
 * declared one), so the expected `declared` is computeSummary(golden items);
 * every other field is the golden file's.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error — the shared scorer is plain JavaScript without types.
import { scoreCatalog } from '../../../shared/tools/score-catalog.mjs';
import { computeSummary } from '../../src/domain/catalog/summary.ts';
import { exportDocx } from '../../src/exporters/docx.ts';
import { exportXlsx } from '../../src/exporters/xlsx.ts';
import { exportPdf } from '../../src/exporters/pdf.ts';
import type { ExportOptions } from '../../src/exporters/columns.ts';
import type { CatalogDocument } from '../../src/domain/catalog/catalog.ts';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { goldens, type Golden } from '../fixtures/catalogFiles.ts';

interface Score {
  accuracy: number;
  hit: number;
  total: number;
  misses: { where: string; field: string; want: unknown; got: unknown }[];
}

const EXPORTERS: Record<'docx' | 'xlsx' | 'pdf', (c: CatalogDocument, o?: ExportOptions) => Promise<Uint8Array>> = {
  docx: exportDocx,
  xlsx: exportXlsx,
  pdf: exportPdf,
};

const VARIANTS: Record<string, ExportOptions> = {
  'columns in another order': {
    order: ['seq', 'level1', 'level2', 'content', 'subject', 'timeLimit', 'basis', 'modeProactive', 'modeOnRequest', 'audienceAll', 'audienceGroup', 'remarks', 'channels'],
  },
  'header wording variants': { wording: 'variant' },
  '一级事项 repeated on every row': { mergeLevel1: false },
  'channels as plain text': { channelStyle: 'text' },
};

function expectedOf(golden: Golden): Record<string, unknown> {
  return { ...golden.raw, declared: { ...computeSummary(golden.catalog.items), proactive: null, onRequest: null } };
}

async function roundTrip(golden: Golden, format: keyof typeof EXPORTERS, options: ExportOptions = {}): Promise<Score> {
  const bytes = await EXPORTERS[format](golden.catalog, options);
  const { catalog, format: detected } = await importCatalogFile(bytes);
  assert.equal(detected, format);
  return scoreCatalog(expectedOf(golden), catalog) as Score;
}

const describeMisses = (score: Score) =>
  score.misses
    .slice(0, 5)
    .map((m) => `${m.where} ${m.field}: want ${JSON.stringify(m.want)} got ${JSON.stringify(m.got)}`)
    .join('\n');

describe('round trip: export → importCatalogFile → score against the golden catalog', () => {
  for (const format of Object.keys(EXPORTERS) as (keyof typeof EXPORTERS)[]) {
    it(`${format}: every golden catalog scores 100%`, async () => {
      const figures: string[] = [];
      for (const golden of goldens()) {
        const score = await roundTrip(golden, format);
        figures.push(`${golden.name.slice(0, 3)} ${(100 * score.accuracy).toFixed(1)}% (${score.hit}/${score.total})`);
        assert.equal(score.accuracy, 1, `${golden.name} as ${format}:\n${describeMisses(score)}`);
      }
      console.log(`# roundtrip ${format}: ${figures.join(', ')}`);
    });
  }

  for (const [variant, options] of Object.entries(VARIANTS)) {
    it(`variant — ${variant}: ≥ 99% in docx, xlsx and pdf`, async () => {
      let hit = 0;
      let total = 0;
      for (const format of Object.keys(EXPORTERS) as (keyof typeof EXPORTERS)[]) {
        for (const golden of goldens()) {
          const score = await roundTrip(golden, format, options);
          hit += score.hit;
          total += score.total;
          assert.ok(score.accuracy >= 0.99, `${golden.name} as ${format} (${variant}): ${(100 * score.accuracy).toFixed(1)}%\n${describeMisses(score)}`);
        }
      }
      console.log(`# roundtrip variant "${variant}": ${((100 * hit) / total).toFixed(2)}% (${hit}/${total})`);
    });
  }
});
