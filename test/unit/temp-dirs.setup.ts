// Every test file's scratch directories (test/support/temp-dir.ts) go when the file's tests are done.
import { afterAll } from 'vitest';
import { removeScratchDirs } from '../support/temp-dir';

afterAll(removeScratchDirs);
