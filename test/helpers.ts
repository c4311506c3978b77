import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildDocument } from '../src/pipeline.js';
import { loadTxt, wrapRulesOf } from '../src/load/txt.js';
import { loadRules } from '../src/model/rules.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const rules = loadRules();

/** Runs the whole pipeline on a piece of text, as if it were a .txt file. */
export function fromText(text: string) {
  const bytes = new TextEncoder().encode(text);
  return buildDocument('test.txt', bytes, loadTxt(bytes, wrapRulesOf(rules)), rules);
}

export function fixture(path: string): Buffer {
  return readFileSync(join(root, path));
}
