/**
 * A match worker thread (started by match-pool.ts through match-worker-entry.js): compiles the
 * catalog it was given once, then turns each batch of items the pool posts into the rows to
 * store. An exception (a catalog that does not compile, an item that breaks the matcher) is
 * left uncaught on purpose: the pool sees it as the worker's 'error' event and fails the run.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { compileCatalog } from './alias-index.ts';
import { matchBatch } from './match-batch.ts';
import type { MatchTask, MatchTaskResult, MatchWorkerData } from './match-pool.ts';

const port = parentPort;
if (!port) throw new Error('match-worker: not started as a worker thread');
const data = workerData as MatchWorkerData;
const index = compileCatalog(data.catalog);
const outlets = new Map(data.outlets);

port.on('message', (task: MatchTask) => {
  const result: MatchTaskResult = { threadId, writes: matchBatch(index, task.rows, outlets, data.threshold) };
  port.postMessage(result);
});
