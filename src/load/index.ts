// load: reads a file and dispatches on its extension to a loader. Unknown extensions are refused by name.
import { extname } from 'node:path';
import { InputError } from '../model/errors.js';
import type { Loaded } from './types.js';
import { loadTxt } from './txt.js';
import { loadDocx } from './docx.js';
import { loadPdf } from './pdf.js';

export type { Loaded } from './types.js';

export const supportedExtensions = ['.txt', '.docx', '.pdf'] as const;

export function isSupported(path: string): boolean {
  return (supportedExtensions as readonly string[]).includes(extname(path).toLowerCase());
}

export async function load(path: string, bytes: Uint8Array): Promise<Loaded> {
  if (bytes.length === 0) throw new InputError('empty file');
  const extension = extname(path).toLowerCase();
  switch (extension) {
    case '.txt':
      return loadTxt(bytes);
    case '.docx':
      return loadDocx(bytes);
    case '.pdf':
      return loadPdf(bytes);
    default:
      throw new InputError(`unsupported file type "${extension || '(none)'}": expected ${supportedExtensions.join(', ')}`);
  }
}
