// Batches: the same bytes whatever --jobs is, a hanging input fails alone, fuzzed inputs end as
// a valid document or one clear line, an interrupt keeps finished outputs and no partial file.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import JSZip from 'jszip';
import { PlanDocument } from '../src/model/schema.js';
import { root } from './helpers.js';

const cli = join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000 });
const fixtureFiles = ['txt', 'docx', 'pdf'].flatMap((f) => readdirSync(join(root, 'fixtures', f)).map((n) => join(root, 'fixtures', f, n)));

/** A small deterministic PRNG (mulberry32), so that a failing fuzz case can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('batch', () => {
  it('gives byte-identical outputs with --jobs 1 and --jobs 4', () => {
    const one = mkdtempSync(join(tmpdir(), 'pe-j1-'));
    const four = mkdtempSync(join(tmpdir(), 'pe-j4-'));
    expect(run('extract', join(root, 'fixtures'), '--out', one, '--jobs', '1', '-q').status).toBe(0);
    expect(run('extract', join(root, 'fixtures'), '--out', four, '--jobs', '4', '-q').status).toBe(0);
    const names = readdirSync(one).sort();
    expect(names).toHaveLength(fixtureFiles.length);
    expect(readdirSync(four).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(four, name), 'utf8')).toBe(readFileSync(join(one, name), 'utf8'));
  });

  it('fails a document that hangs a parser alone, after --timeout, and finishes the others', () => {
    // A user's rule with catastrophic backtracking and a document that triggers it.
    const dir = mkdtempSync(join(tmpdir(), 'pe-hang-'));
    const rules = join(dir, 'rules');
    cpSync(join(root, 'rules'), rules, { recursive: true });
    writeFileSync(join(rules, 'artefacts.yaml'), `${readFileSync(join(rules, 'artefacts.yaml'), 'utf8')}\n- id: slow\n  pattern: '(x+x+)+y'\n  note: 'A pathological pattern.'\n`);
    writeFileSync(join(dir, 'hangs.txt'), `KẾ HOẠCH\n${'x'.repeat(60)}\n`);
    copyFileSync(fixtureFiles.find((f) => f.includes('003_') && f.endsWith('.txt'))!, join(dir, 'good.txt'));
    const out = join(dir, 'out');
    const result = run('extract', join(dir, 'hangs.txt'), join(dir, 'good.txt'), '--out', out, '--timeout', '5', '--jobs', '2', '--rules', rules);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'hangs.txt')}: timed out after 5 s`);
    expect(readdirSync(out)).toEqual(['good.txt.json']);
  });

  it('refuses a pipe or a device instead of blocking on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-fifo-'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const result = run('extract', join(dir, 'pipe.txt'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'pipe.txt')}: not a regular file`);
  });

  it('reads a list of paths from stdin and writes NDJSON in input order', () => {
    const list = fixtureFiles.filter((f) => f.endsWith('.txt')).join('\n');
    const result = spawnSync(process.execPath, [cli, 'extract', '-', '--ndjson', '-q', '--jobs', '3'], { input: list, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).source.file)).toEqual(fixtureFiles.filter((f) => f.endsWith('.txt')).map((f) => f.split('/').pop()));
  });

  it('skips unchanged inputs with --incremental and redoes changed ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-inc-'));
    const txt = fixtureFiles.filter((f) => f.endsWith('.txt')).slice(0, 2);
    txt.forEach((f, i) => copyFileSync(f, join(dir, `p${i}.txt`)));
    const out = join(dir, 'out');
    run('extract', dir, '--out', out);
    writeFileSync(join(dir, 'p1.txt'), readFileSync(join(dir, 'p1.txt'), 'utf8') + '\n- 100% trường đạt chuẩn.\n');
    const again = run('extract', dir, '--out', out, '--incremental');
    expect(again.stderr).toMatch(/1 processed, 1 skipped, 0 failed/);
  });

  it('fuzz: every damaged input ends as a valid document or one clear line; nothing hangs; good files are untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-fuzz-'));
    const next = random(20261123);
    const damaged: string[] = [];
    for (const [i, file] of fixtureFiles.entries()) {
      const bytes = Buffer.from(readFileSync(file));
      const name = file.split('/').pop()!;
      if (name.endsWith('.txt')) {
        for (let k = 0; k < 40; k++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      } else if (name.endsWith('.docx')) {
        const zip = await JSZip.loadAsync(bytes);
        const xml = await zip.file('word/document.xml')!.async('string');
        const cut = Math.floor(next() * xml.length);
        zip.file('word/document.xml', xml.slice(0, cut) + '<w:p><w:r><w:t>' + xml.slice(cut + 200));
        if (i % 2) zip.remove('word/numbering.xml');
        writeFileSync(join(dir, `fuzz-${name}`), await zip.generateAsync({ type: 'nodebuffer' }));
        damaged.push(`fuzz-${name}`);
        continue;
      } else {
        // Damage the middle of the file, where the content streams are.
        const from = Math.floor(bytes.length * (0.3 + next() * 0.4));
        for (let k = 0; k < 200; k++) bytes[from + k] = Math.floor(next() * 256);
      }
      writeFileSync(join(dir, `fuzz-${name}`), bytes);
      damaged.push(`fuzz-${name}`);
    }
    const good = join(dir, 'good');
    mkdirSync(good);
    for (const f of fixtureFiles.slice(0, 3)) copyFileSync(f, join(good, f.split('/').pop()!));
    const out = join(dir, 'out');
    const result = run('extract', dir, '--out', out, '--timeout', '60', '-q');
    expect(result.error).toBeUndefined();
    expect([0, 1]).toContain(result.status);
    const errorLines = result.stderr.trim().split('\n').filter(Boolean);
    for (const line of errorLines) expect(line).toMatch(/^\/\S+: \S.*$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const written = readdirSync(out);
    for (const name of damaged) {
      const ok = written.includes(`${name}.json`);
      const failedLine = errorLines.some((l) => l.startsWith(join(dir, name) + ':'));
      expect(ok !== failedLine, name).toBe(true);
      if (ok) expect(PlanDocument.safeParse(JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'))).success).toBe(true);
    }
    for (const f of fixtureFiles.slice(0, 3)) {
      const name = f.split('/').pop()!;
      expect(readFileSync(join(out, `${name}.json`), 'utf8')).toBe(readFileSync(join(root, 'output', `${name}.json`), 'utf8'));
    }
    expect(written.some((n) => n.endsWith('.tmp'))).toBe(false);
  }, 180_000);

  it('stops on Ctrl-C: exit code 130, finished outputs kept, no partial file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-int-'));
    const pdf = fixtureFiles.find((f) => f.includes('001_') && f.endsWith('.pdf'))!;
    for (let i = 0; i < 40; i++) copyFileSync(pdf, join(dir, `p${String(i).padStart(2, '0')}.pdf`));
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [cli, 'extract', dir, '--out', out, '--jobs', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Interrupt once the first document is written (a fixed wait was too short on a loaded machine).
    const firstWritten = Date.now() + 30_000;
    while (Date.now() < firstWritten && !(existsSync(out) && readdirSync(out).some((n) => n.endsWith('.json')))) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    const written = readdirSync(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(40);
    expect(written.every((n) => n.endsWith('.pdf.json'))).toBe(true);
    for (const n of written) JSON.parse(readFileSync(join(out, n), 'utf8'));
  }, 60_000);
});
