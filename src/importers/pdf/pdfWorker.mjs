// Worker thread bootstrap: the project runs TypeScript through tsx, also inside workers.
import { register } from 'tsx/esm/api';

register();
await import('./pdfWorker.ts');
