// load: reads a file and dispatches on its extension to a loader. Unknown extensions are refused by name.
import { extname } from 'node:path';
import { InputError } from '../model/errors.js';
import type { Loaded, LoadOptions } from './types.js';
import { loadTxt } from './txt.js';

export type { Loaded, LoadOptions } from './types.js';

export const supportedExtensions = ['.txt', '.docx', '.pdf'] as const;
/** Formats that are recognised in order to be refused with advice, not skipped in silence. */
const refusedExtensions: Record<string, string> = {
  '.doc': 'legacy Word 97-2003 .doc file: convert it to .docx (e.g. "Save as" in Word or libreoffice --headless --convert-to docx)',
};

export function isSupported(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return (supportedExtensions as readonly string[]).includes(extension) || extension in refusedExtensions;
}

export async function load(path: string, bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  if (bytes.length === 0) throw new InputError('empty file');
  const extension = extname(path).toLowerCase();
  switch (extension) {
    case '.txt':
      return loadTxt(bytes, options.wrap);
    // The .docx and .pdf readers (jszip; pdfjs-dist, OCR) load on first use: a batch of text
    // files, and each worker that only sees text, starts without them.
    case '.docx':
      return (await import('./docx.js')).loadDocx(bytes);
    case '.pdf':
      return (await import('./pdf.js')).loadPdf(bytes, options);
    default:
      if (extension in refusedExtensions) throw new InputError(refusedExtensions[extension]);
      throw new InputError(`unsupported file type "${extension || '(none)'}": expected ${supportedExtensions.join(', ')}`);
  }
}
