// The command line on real broken files: one clear line per bad input, never a stack trace
// or a partial output, and the good inputs of the batch still written.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, copyFileSync, readFileSync, cpSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { root, rules } from './helpers.js';
import { rulesHash } from '../src/model/rules.js';

const cli = join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('plan-extract extract', () => {
  it('processes the good files of a mixed directory and names each bad one on one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-in-'));
    const out = mkdtempSync(join(tmpdir(), 'pe-out-'));
    copyFileSync(join(root, 'fixtures/txt/003_5eae82b6ca57ce72.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4b, 0xea, 0x20, 0x68, 0x6f, 0xe1, 0x63, 0x68]));
    mkdirSync(join(dir, 'folder.txt', 'x'), { recursive: true });
    const result = run('extract', dir, join(dir, 'missing.txt'), join(dir, 'folder.txt'), '--out', out);
    expect(result.status).toBe(1);
    expect(readdirSync(out)).toEqual(['good.txt.json']);
    const errors = result.stderr.trim().split('\n').filter((l) => !l.startsWith('plan-extract:'));
    expect(errors.sort()).toEqual(
      [
        `${join(dir, 'binary.txt')}: binary file, not text (NUL bytes)`,
        `${join(dir, 'empty.txt')}: empty file`,
        `${join(dir, 'latin1.txt')}: not valid UTF-8 text`,
        `${join(dir, 'missing.txt')}: no such file, directory or matching file`,
      ].sort(),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(readFileSync(join(out, 'good.txt.json'), 'utf8')).meta.docType).toBe('KẾ HOẠCH');
  });
  it('refuses an unknown extension by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-in-'));
    writeFileSync(join(dir, 'plan.rtf'), '{\\rtf1 KẾ HOẠCH}');
    const result = run('extract', join(dir, 'plan.rtf'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'plan.rtf')}: unsupported file type ".rtf"`);
  });
  it('refuses to overwrite the output of another input with the same name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-in-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    for (const d of ['a', 'b']) copyFileSync(join(root, 'fixtures/txt/003_5eae82b6ca57ce72.txt'), join(dir, d, 'plan.txt'));
    const result = run('extract', dir, '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/b\/plan\.txt: output .* is already written for .*a\/plan\.txt/);
  });
  it('expands globs', () => {
    const out = mkdtempSync(join(tmpdir(), 'pe-out-'));
    const result = run('extract', join(root, 'fixtures/txt/00[34]*.txt'), '--out', out, '--quiet');
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['003_5eae82b6ca57ce72.txt.json', '004_b17e89f833e62c5f.txt.json']);
  });
});

describe('rule tables', () => {
  it('starts from the parsed copy the build wrote, which holds exactly the YAML of rules/', () => {
    const prebuilt = JSON.parse(readFileSync(join(root, 'dist', 'rules.json'), 'utf8')) as { sha256: string; tables: Record<string, unknown> };
    expect(prebuilt.sha256).toBe(rulesHash(rules));
    const tables = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.yaml'));
    expect(Object.keys(prebuilt.tables).sort()).toEqual(tables.map((f) => f.replace(/\.yaml$/, '')).sort());
    for (const [name, table] of Object.entries(prebuilt.tables)) expect(table, name).toEqual(parseYaml(readFileSync(join(root, 'rules', `${name}.yaml`), 'utf8')));
  });

  it('reads edited tables from their YAML, not from the parsed copy', () => {
    const rulesDir = mkdtempSync(join(tmpdir(), 'pe-rules-'));
    cpSync(join(root, 'rules'), rulesDir, { recursive: true });
    const meta = join(rulesDir, 'meta.yaml');
    // A date line that can no longer match: the plan's place and date must be gone.
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^dateLine: '/m, "dateLine: 'never-here"));
    const input = join(root, 'fixtures/txt/000_9b2e00de58257c85.txt');
    const read = (...args: string[]) => JSON.parse(run('extract', input, '--ndjson', '-q', ...args).stdout) as { meta: { place: string | null } };
    expect(read().meta.place).toBe('Quận 10');
    expect(read('--rules', rulesDir).meta.place).toBeNull();
  });
});

describe('plan-extract schema, evaluate, --help', () => {
  it('prints the JSON Schema of the contract', () => {
    const schema = JSON.parse(run('schema').stdout);
    expect(schema.properties.targets.items.properties.comparator.enum).toEqual(['eq', 'gte', 'gt', 'lte', 'lt', 'range', 'approx']);
    expect(schema.required).toContain('schemaVersion');
  });
  it('scores outputs against annotations', () => {
    const out = mkdtempSync(join(tmpdir(), 'pe-out-'));
    run('extract', join(root, 'fixtures/txt'), '--out', out, '--quiet');
    const result = run('evaluate', '--gold', join(root, 'test/gold'), out, '--json');
    const scores = JSON.parse(result.stdout);
    expect(scores.documents).toHaveLength(5);
    expect(scores.overall.composite).toBeGreaterThan(0.9);
  });
  it('explains every option', () => {
    const help = run('extract', '--help').stdout;
    for (const option of ['--out', '--rules', '--quiet']) expect(help).toContain(option);
    expect(run('--help').stdout).toMatch(/extract[\s\S]*schema[\s\S]*evaluate/);
  });
});

describe('.docx inputs', () => {
  it('refuses a legacy .doc, a .doc renamed .docx, a zip that is not a docx, and a zip bomb, in one line each', async () => {
    const JSZip = (await import('jszip')).default;
    const dir = mkdtempSync(join(tmpdir(), 'pe-docx-'));
    copyFileSync(join(root, 'test/fixtures/realdocs/8030ec6d_TBKL_cuoc_hop_PCI_+_Doanh_nghiep.doc'), join(dir, 'renamed.docx'));
    const notWord = new JSZip();
    notWord.file('hello.txt', 'xin chào');
    writeFileSync(join(dir, 'notword.docx'), await notWord.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const bomb = new JSZip();
    bomb.file('word/document.xml', Buffer.alloc(300 * 1024 * 1024, 0x20));
    writeFileSync(join(dir, 'bomb.docx'), await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    writeFileSync(join(dir, 'truncated.docx'), readFileSync(join(root, 'fixtures/docx/003_5eae82b6ca57ce72.docx')).subarray(0, 3000));
    copyFileSync(join(root, 'fixtures/docx/003_5eae82b6ca57ce72.docx'), join(dir, 'good.docx'));
    const out = join(dir, 'out');
    const result = run('extract', dir, '--out', out);
    expect(result.status).toBe(1);
    expect(readdirSync(out)).toEqual(['good.docx.json']);
    const lines = result.stderr.trim().split('\n').filter((l) => !l.startsWith('plan-extract:'));
    expect(lines).toHaveLength(4);
    expect(result.stderr).toContain('renamed.docx: legacy Word 97-2003 .doc file, not .docx: convert it to .docx');
    expect(result.stderr).toContain('notword.docx: not a Word document: the archive has no word/document.xml');
    expect(result.stderr).toMatch(/bomb\.docx: \.docx would inflate to 300 MB .* zip bomb/);
    expect(result.stderr).toMatch(/truncated\.docx: corrupt \.docx archive/);
  }, 120_000);
  it('reads Word auto-numbered Roman headings', () => {
    const out = mkdtempSync(join(tmpdir(), 'pe-out-'));
    run('extract', join(root, 'fixtures/docx/000_9b2e00de58257c85.docx'), '--out', out);
    const doc = JSON.parse(readFileSync(join(out, '000_9b2e00de58257c85.docx.json'), 'utf8'));
    expect(doc.sections.map((s: { label: string; title: string }) => `${s.label}. ${s.title}`)).toEqual(['I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU', 'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 'III. TỔ CHỨC THỰC HIỆN']);
  });
  it('reads a real notice with a header table: type, place, date, blank number, "giao" assignments', () => {
    const out = mkdtempSync(join(tmpdir(), 'pe-out-'));
    const r = run('extract', join(root, 'test/fixtures/realdocs/00d91d20_TBKL_cuoc_hop_PCI_+_Doanh_nghiep.docx'), '--out', out);
    expect(r.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, '00d91d20_TBKL_cuoc_hop_PCI_+_Doanh_nghiep.docx.json'), 'utf8'));
    expect(doc.meta).toMatchObject({ docType: 'THÔNG BÁO', place: 'Lâm Đồng', issuedDate: '2026-04', number: null });
    expect(doc.tasks.length).toBeGreaterThan(0);
  });
});

describe('.pdf inputs', () => {
  it('reports a scan, a truncated PDF and an image-only PDF in one line each; the good PDF is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-pdf-'));
    copyFileSync(join(root, 'test/fixtures/scan/003_5eae82b6ca57ce72.scan.pdf'), join(dir, 'scan.pdf'));
    writeFileSync(join(dir, 'truncated.pdf'), readFileSync(join(root, 'fixtures/pdf/003_5eae82b6ca57ce72.pdf')).subarray(0, 2000));
    copyFileSync(join(root, 'fixtures/pdf/003_5eae82b6ca57ce72.pdf'), join(dir, 'good.pdf'));
    const out = join(dir, 'out');
    const result = run('extract', dir, '--out', out, '--ocr', 'never');
    expect(result.status).toBe(1);
    expect(readdirSync(out)).toEqual(['good.pdf.json']);
    expect(result.stderr).toContain('scan.pdf: no text layer: scanned PDF');
    expect(result.stderr).toMatch(/truncated\.pdf: (corrupt or truncated PDF|no text layer)/);
    const doc = JSON.parse(readFileSync(join(out, 'good.pdf.json'), 'utf8'));
    expect(doc.source).toMatchObject({ format: 'pdf', pages: 6 });
    expect(doc.tasks.every((t: { span: { page?: number } }) => (t.span.page ?? 0) >= 1)).toBe(true);
  }, 60_000);
});
