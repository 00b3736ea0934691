// Entry of a match worker thread (see match-pool.ts). A worker does not share the main thread's
// module loader, so it registers tsx itself before loading the TypeScript worker: the same
// file then starts under bin/covgap.js, under `tsx` and from a vitest test.
import { register } from 'tsx/esm/api';

register();
await import('./match-worker.ts');
