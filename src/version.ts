import { createRequire } from 'node:module';

/** The package version, recorded in every output. */
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
