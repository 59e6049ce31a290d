// A Node module hook: resolves `compromise/one` to the extension's lighter build (src/vendor/compromise-lite.js).
import { register } from 'node:module';

const lite = new URL('../../../src/vendor/compromise-lite.js', import.meta.url).href;
const hook = `export async function resolve(specifier, context, next) {
  return specifier === 'compromise/one' ? { url: ${JSON.stringify(lite)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
