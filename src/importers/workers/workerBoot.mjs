// Worker thread bootstrap: the project runs TypeScript through tsx, also inside workers.
// The entry module (a .ts file URL) comes in workerData.entry; see workerPool.ts.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
