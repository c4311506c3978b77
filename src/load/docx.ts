import { InputError } from '../model/errors.js';
import type { Loaded } from './types.js';

export async function loadDocx(_bytes: Uint8Array): Promise<Loaded> {
  throw new InputError('.docx is not supported yet');
}
