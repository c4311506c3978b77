/**
 * Input that cannot be used at all (unknown format, binary, scanned PDF, corrupt archive).
 * Its message is one line naming the reason; the CLI prefixes the file name.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
