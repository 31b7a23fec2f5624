/** Attachment reads: the old whole-file read + sha256 per request against the streamed download. `node --expose-gc --import tsx bench/attachmentDownload.ts` */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { diskAttachmentStore } from '../src/storage/files/diskAttachmentStore.ts';
import { sha256Hex } from '../src/storage/files/attachmentStore.ts';

const store = diskAttachmentStore(mkdtempSync(join(tmpdir(), 'dl-bench-')));
const bytes = randomBytes(20 * 1024 * 1024);
const key = sha256Hex(bytes);
await store.put(key, bytes);
const N = 40;
const sink = () => new Writable({ write(_c, _e, cb) { cb(); } });
async function measure(label: string, one: () => Promise<void>) {
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: N }, one));
  const ms = performance.now() - t0;
  clearInterval(timer);
  console.log(`${label}: ${N} concurrent 20 MiB reads in ${ms.toFixed(0)} ms, peak RSS +${((peak - rss0) / 1024 / 1024).toFixed(0)} MiB`);
}
await measure('before (get: read whole file + sha256)', async () => { const b = await store.get(key); await pipeline([Buffer.from(b!)], sink()); });
await measure('after (open: stream from disk)', async () => { const f = await store.open(key); await pipeline(f!.stream, sink()); });
