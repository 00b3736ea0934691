#!/usr/bin/env node
// Entry point of the `covgap` command: loads the TypeScript sources through tsx, so the
// project runs straight from a clone with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
