import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { readPdf, stopPdfWorker } from '../../src/importers/pdf/index.ts';
import type { CatalogItem } from '../../src/domain/catalog/catalog.ts';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/** What must survive export → import: the fields an importer reads back from the national form. */
/** The exported CSV as rows of cells (RFC 4180 quoting), without the BOM. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows.at(-1)!.push(cell.replace(/\r$/, ''));
    cell = '';
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push([]);
    } else cell += c;
  }
  if (cell) rows.at(-1)!.push(cell);
  return rows.filter((row) => row.length > 1);
}

const essentials = (items: readonly CatalogItem[]) =>
  items.map((item) => ({ level1: item.level1, level2: item.level2, content: item.content, timeLimit: item.timeLimit, mode: [...item.mode].sort() }));

after(stopPdfWorker);

describeEachEngine('catalog downloads on the public agency page', (open) => {
  it('links every format from the agency page and serves each with its type and a Chinese RFC 5987 file name', async () => {
    const web = await buildWebTestApp(await open());
    const visitor = web.client();
    const page = await visitor.get(`/agencies/${web.agencyA}`);
    for (const format of Object.keys(TYPES)) assert.ok(page.body.includes(`href="/agencies/${web.agencyA}/catalog.${format}"`), `link to ${format}`);
    assert.match(page.body, /下载 Excel（\.xlsx）/);

    const published = (await getPublishedCatalog(web.engine.db, web.agencyA))!;
    const expected = essentials(published.items);
    for (const [format, type] of Object.entries(TYPES)) {
      const response = await visitor.get(`/agencies/${web.agencyA}/catalog.${format}`);
      assert.equal(response.statusCode, 200, format);
      assert.equal(response.headers['content-type'], type, format);
      const disposition = String(response.headers['content-disposition']);
      assert.ok(disposition.startsWith('attachment;'), disposition);
      assert.ok(disposition.includes(`filename*=UTF-8''${encodeURIComponent(`中卫市医疗保障局政务公开目录.${format}`)}`), disposition);
      assert.ok(disposition.includes(`filename="catalog.${format}"`), disposition);
      if (format === 'csv') {
        const [header, ...rows] = csvRows(response.body);
        const at = (name: string) => header!.indexOf(name);
        assert.deepEqual(
          rows.map((row) => [row[at('一级事项')], row[at('二级事项')], row[at('公开时限')]]),
          published.items.map((item) => [item.level1, item.level2 ?? '', item.timeLimit ?? '']),
        );
        continue;
      }
      if (format === 'pdf') await readPdf(new Uint8Array(response.rawPayload)); // warm the parse worker: its first read loads pdfjs
      if (format === 'json') {
        assert.deepEqual(essentials((JSON.parse(response.body) as { items: CatalogItem[] }).items), expected);
        continue;
      }
      // A generous PDF budget: this checks the round trip; at load 16 a 190 KB read passed the 1.5 s default.
      const back = await importCatalogFile(new Uint8Array(response.rawPayload));
      assert.equal(back.catalog.items.length, published.items.length, `${format}: item count`);
      assert.deepEqual(essentials(back.catalog.items), expected, `${format}: items read back`);
    }
  });

  it('re-imports the CSV download with importCatalogFile to the same items', async () => {
    const web = await buildWebTestApp(await open());
    const response = await web.client().get(`/agencies/${web.agencyA}/catalog.csv`);
    assert.equal(response.statusCode, 200);
    const published = (await getPublishedCatalog(web.engine.db, web.agencyA))!;
    assert.ok(published.items.length > 0);
    const back = await importCatalogFile(new Uint8Array(response.rawPayload));
    assert.equal(back.format, 'text');
    assert.equal(back.catalog.items.length, published.items.length);
    assert.deepEqual(essentials(back.catalog.items), essentials(published.items));
    assert.deepEqual(
      back.catalog.items.map((item) => ({ basis: item.basis, subject: item.subject, channels: item.channels, audience: [...item.audience].sort() })),
      published.items.map((item) => ({ basis: item.basis, subject: item.subject, channels: item.channels, audience: [...item.audience].sort() })),
    );
  });

  it('answers 404 in Chinese for an unknown format, an unknown agency, or an agency without a published catalog', async () => {
    const web = await buildWebTestApp(await open());
    const visitor = web.client();
    const unknownFormat = await visitor.get(`/agencies/${web.agencyA}/catalog.exe`);
    assert.equal(unknownFormat.statusCode, 404);
    assert.match(unknownFormat.body, /页面不存在/);
    assert.equal((await visitor.get('/agencies/no-such-agency/catalog.xlsx')).statusCode, 404);
  });
});
