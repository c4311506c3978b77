// write: deterministic JSON files, written to a temporary file and renamed, so a failed or
// interrupted run never leaves a partial output.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PlanDocument } from '../model/schema.js';

export function serialize(document: PlanDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `<dir>/<input file name>.json` */
export function outputPath(outDir: string, inputName: string): string {
  return join(outDir, `${inputName}.json`);
}

export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The same for a worker thread, which has nothing else to do meanwhile: synchronous (each await
 * would cost a turn of its loop and of libuv's pool), through a temporary name chosen by the
 * caller, who removes it if the thread is stopped mid-write. The directory must exist.
 */
export function writeAtomicSync(path: string, content: string, temporary: string): void {
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
