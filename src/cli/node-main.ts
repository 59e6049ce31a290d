/** The built command's entry (dist-cli/main.js): real streams, and the worker script built beside it. */
import { main } from './main';
import { nodeIO } from './node-io';

// Resolved next to this file once built; vite leaves a runtime-built URL alone.
const workerScript = new URL(['.', 'worker.js'].join('/'), import.meta.url);
process.exitCode = await main(process.argv.slice(2), { ...nodeIO, workerScript });
