#!/usr/bin/env node
// Entry point of the `covgap` command: loads the TypeScript sources through tsx, so the
// project runs straight from a clone with no build step.
import { register } from 'tsx/esm/api';

register();
// `covgap … | head` closes the pipe early: that is the reader's choice, not an error of ours.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
