// .txt: UTF-8 with or without BOM, UTF-16 with BOM. A binary or undecodable file is refused.
import { InputError } from '../model/errors.js';
import type { Loaded } from './types.js';

export function loadTxt(bytes: Uint8Array): Loaded {
  return { format: 'txt', text: decodeText(bytes).replace(/\r\n?/g, '\n'), pageStarts: [], messages: [] };
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.subarray(0, 8192).includes(0)) throw new InputError('binary file, not text (NUL bytes)');
  const text = decode('utf-8', body);
  // Control characters other than tab, newline, carriage return and form feed mean binary data.
  const control = text.slice(0, 8192).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > 8) throw new InputError('binary file, not text (control characters)');
  return text;
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`not valid ${encoding.toUpperCase()} text`);
  }
}
