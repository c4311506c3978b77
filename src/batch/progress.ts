// A one-line progress bar on a terminal: files done/total, rate and ETA. Silent elsewhere.

export interface Progress {
  update(done: number, total: number): void;
  /** A page of a long scan was read: shown beside the count. */
  page(file: string, page: number, pages: number): void;
  /** Clears the bar so that the next line prints cleanly. */
  clear(): void;
}

export function progressBar(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled) return { update() {}, page() {}, clear() {} };
  const started = performance.now();
  let last = 0;
  let shown = false;
  let lastDone = 0;
  let lastTotal = 0;
  let scan = '';
  return {
    page(file, page, pages) {
      scan = `  OCR ${file.split('/').pop()} p. ${page}/${pages}`;
      last = 0;
      this.update(lastDone, lastTotal);
    },
    update(done, total) {
      lastDone = done;
      lastTotal = total;
      const now = performance.now();
      if (done < total && now - last < 100) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = done / Math.max(seconds, 0.001);
      const eta = rate > 0 ? (total - done) / rate : 0;
      const width = 24;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      stream.write(`\r\x1b[2K${bar} ${done}/${total}  ${rate.toFixed(1)} docs/s  ETA ${formatSeconds(eta)}${scan}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}
