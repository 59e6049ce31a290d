// Every test file's scratch directories (test/support/scratch-dir.ts) go when the file's tests are done.
import { afterAll } from 'vitest';
import { removeScratchDirs } from '../support/scratch-dir';

afterAll(removeScratchDirs);
