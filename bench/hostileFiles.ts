/**
 * Hostile-file benchmark: the worst latency of another HTTP request (a tiny server in
 * this process, asked again and again) while one hostile file is parsed, the worst gap of
 * a 10 ms timer, and how the parse ends.
 * Usage: npx tsx bench/hostileFiles.ts [checkout root, default this one] [case …]
 * Cases: docx10 docx40 (attachments), pdf (attachment, ~100 KB), import190 (catalog import).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { operatorBombPdf, paragraphBombDocx, tableBombDocx } from '../test/importers/hostileFiles.ts';

const root = resolve(process.argv[2] ?? '.');
const cases = process.argv.slice(3).length ? process.argv.slice(3) : ['docx10', 'docx40', 'pdf', 'import190'];
const { extractAttachmentText } = await import(`${root}/src/importers/attachmentText/extractText.ts`);
const { importCatalogFile } = await import(`${root}/src/importers/importCatalogFile.ts`);

const files: Record<string, () => { bytes: Uint8Array; run: (bytes: Uint8Array) => Promise<unknown> }> = {
  docx10: () => ({ bytes: paragraphBombDocx(10), run: (b) => extractAttachmentText('docx', b) }),
  docx40: () => ({ bytes: paragraphBombDocx(40), run: (b) => extractAttachmentText('docx', b) }),
  pdf: () => ({ bytes: operatorBombPdf(1_300_000), run: (b) => extractAttachmentText('pdf', b) }),
  import190: () => ({ bytes: tableBombDocx(190), run: (b) => importCatalogFile(b) }),
};

const server = createServer((_, response) => response.end('ok'));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

/** Asks the server again and again until stopped; returns the slowest answer. */
function requestProbe(): { stop: () => Promise<number> } {
  let running = true;
  let worst = 0;
  const loop = (async () => {
    // Latency from when the client means to ask (20 ms after the last answer), so a stalled timer counts too.
    let wantsAt = performance.now();
    while (running) {
      await new Promise((done) => setTimeout(done, Math.max(0, wantsAt - performance.now())));
      await (await fetch(url, { headers: { connection: 'close' } })).text();
      worst = Math.max(worst, performance.now() - wantsAt);
      wantsAt = performance.now() + 20;
    }
  })();
  return { stop: async () => ((running = false), await loop, worst) };
}

for (const name of cases) {
  const { bytes, run } = files[name]!();
  let last = performance.now();
  let worstGap = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    worstGap = Math.max(worstGap, now - last);
    last = now;
  }, 10);
  const requests = requestProbe();
  const started = performance.now();
  let outcome: string;
  try {
    const result = (await run(bytes)) as { problem?: string | null; text?: string };
    outcome = result && 'text' in result ? `text ${result.text?.length ?? 0} chars${result.problem ? `, ${result.problem}` : ''}` : 'imported';
  } catch (error) {
    outcome = `refused: ${(error as Error).message}`;
  }
  const elapsed = performance.now() - started;
  clearInterval(probe);
  const worstRequest = await requests.stop();
  console.log(`${name} (${(bytes.length / 1024).toFixed(0)} KB): ${elapsed.toFixed(0)} ms; other request at worst ${worstRequest.toFixed(0)} ms; timer gap at worst ${worstGap.toFixed(0)} ms — ${outcome.slice(0, 80)}`);
}
process.exit(0);
