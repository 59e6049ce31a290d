#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the command is the same source the extension builds from.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { nodeIO } = await import('../src/cli/node-io.ts');
process.exitCode = await main(process.argv.slice(2), nodeIO);
