/**
 * A module of the project bundled as one classic script that sets `globalThis[name]`, for a test to run the
 * real code in a page (`page.addScriptTag`): the same build tool as the extension, no copy of the code.
 */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

const built = new Map<string, Promise<string>>();

export function pageBundle(entry: string, name: string): Promise<string> {
  const key = `${entry}|${name}`;
  let script = built.get(key);
  if (!script) {
    script = build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry: resolve(entry), formats: ['iife'], name, fileName: () => 'bundle.js' } },
    }).then((out) => {
      const output = (Array.isArray(out) ? out[0] : out) as Rolldown.RolldownOutput;
      return output.output[0].code;
    });
    built.set(key, script);
  }
  return script;
}
