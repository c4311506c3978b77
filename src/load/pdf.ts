import { InputError } from '../model/errors.js';
import type { Loaded } from './types.js';

export async function loadPdf(_bytes: Uint8Array): Promise<Loaded> {
  throw new InputError('.pdf is not supported yet');
}
