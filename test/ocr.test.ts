// Scans read by OCR (tesseract.js, Vietnamese model, offline): the image-only versions of the
// reference plans against their .txt, and a real scanned plan against what a person reads on it.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { evaluate, type DocumentScore } from '../src/evaluate/index.js';
import type { PlanDocument } from '../src/model/schema.js';
import { root } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'pe-ocr-'));
const realScan = 'kh-753-KH-DCT_2026_HUIT_khao-sat-hai-long.scan.pdf';
const composite = (d: DocumentScore) => (d.sections.f1 + d.subsections.f1 + d.targets.strictF1 + d.tasks.strictF1 + d.meta.accuracy) / 5;

beforeAll(() => {
  // One batch on both cores, as a user would run it.
  const scans = readdirSync(join(root, 'test/fixtures/scan')).map((f) => join(root, 'test/fixtures/scan', f));
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'extract', ...scans, join(root, 'test/fixtures/realdocs', realScan), '--out', out, '--jobs', '2', '-q'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}, 480_000);

describe('OCR of scanned plans', () => {
  it('marks every fact read from a scanned page, and the pages themselves', () => {
    const doc = JSON.parse(readFileSync(join(out, '003_5eae82b6ca57ce72.scan.pdf.json'), 'utf8')) as PlanDocument;
    expect(doc.source.ocrPages).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.tasks.length).toBeGreaterThan(5);
    for (const fact of [...doc.tasks, ...doc.targets]) expect(fact.span.ocr).toBe(true);
  });

  it('each scan scores within 0.10 of its .txt (composite of sections, targets with comparator and year, tasks with leads and period, meta)', () => {
    const scans = new Map(evaluate(join(root, 'test/gold'), readdirSync(out).filter((f) => f.endsWith('.scan.pdf.json')).map((f) => join(out, f))).documents.map((d) => [d.output.split('.')[0], d]));
    const txt = new Map(
      evaluate(join(root, 'test/gold'), ['000_9b2e00de58257c85', '003_5eae82b6ca57ce72', '004_b17e89f833e62c5f'].map((b) => join(root, 'output', `${b}.txt.json`))).documents.map((d) => [d.output.split('.')[0], d]),
    );
    expect(scans.size).toBe(3);
    const gap = (base: string) => composite(txt.get(base)!) - composite(scans.get(base)!);
    for (const base of ['000_9b2e00de58257c85', '003_5eae82b6ca57ce72', '004_b17e89f833e62c5f']) expect(gap(base), base).toBeLessThanOrEqual(0.1);
  });

  it('reads the rows of a scanned table over page breaks: runs split at cell edges, the cells of one row a few points apart, a header that lost a label, a note under it', () => {
    const doc = JSON.parse(readFileSync(join(out, '004_b17e89f833e62c5f.scan.pdf.json'), 'utf8')) as PlanDocument;
    const row = (title: string) => doc.tasks.find((t) => t.kind === 'table-row' && t.title.startsWith(title));
    const read = (title: string) => {
      const t = row(title);
      return t && [t.lead.map((a) => a.name), t.period.start, t.period.end];
    };
    // The recogniser read "Các trường Tiểu học, Tháng." as one run over the partner and start cells.
    expect(read('Chuẩn bị các điều kiện, tập huấn giáo viên')).toEqual([['Phòng Giáo dục và Đào tạo'], '2024-03', '2024-06']);
    // Its number cell sits four points below the others: one row, not two.
    expect(read('Tham gia thi Giáo viên chủ nhiệm giỏi')).toEqual([['Phòng Giáo dục và Đào tạo'], '2024-01', '2024-02']);
    // The last page's header lost "Hoàn thành": the column keeps its role from the page before.
    expect(read('Chỉ đạo công tác tuyển sinh')).toEqual([['Phòng Giáo dục và Đào tạo', 'Phòng Nội vụ'], '2024-06', '2024-07']);
    // Rows whose numbers OCR lost ("2", "11"): the columns that take up again below a blank line of their own begin a row.
    expect(read('Rà soát đội ngũ cán bộ quản lý')).toEqual([['Phòng Nội vụ'], '2023-07', '2023-08']);
    expect(read('Kiểm tra các cơ sở giáo dục ngoài công lập')).toEqual([['Phòng Giáo dục và Đào tạo', 'Ủy ban nhân dân các phường'], '2023-08', '2024-06']);
    expect(read('Kiểm tra liên ngành việc chấp hành')).toEqual([['Phòng Giáo dục và Đào tạo'], '2023-08', '2024-05']);
    // "Ghi chú: …" under the table is no row of it.
    expect(doc.tasks.filter((t) => /Ghi chú|bổ sung phù hợp/.test(t.title) || t.lead.some((a) => /Thàn!/.test(a.name)))).toEqual([]);
  });

  it('a real scanned plan (kh-753): type, issuer, sections 1–7, and the bodies in its schedule with their dates', () => {
    const doc = JSON.parse(readFileSync(join(out, `${realScan}.json`), 'utf8')) as PlanDocument;
    expect(doc.meta.docType).toBe('KẾ HOẠCH');
    expect(doc.meta.issuer).toMatch(/TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG/);
    expect(doc.meta.title).toMatch(/^Khảo sát, xác định chỉ số hài lòng của người dân/);
    const labels = doc.sections.map((s) => s.label);
    expect(labels).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    // "5.2." is printed; OCR reads "52.": the lost dot is restored.
    expect(doc.sections[4].children.map((s) => s.label)).toEqual(['5.1', '5.2', '5.3']);
    const bodies = doc.tasks.flatMap((t) => [...t.lead, ...t.partners].map((a) => a.name));
    expect(bodies).toContain('Phòng Đào tạo');
    expect(bodies.some((b) => b.startsWith('Trung tâm Quản lý chất lượng') || b.startsWith('Trung tâm QLCL'))).toBe(true);
    expect(bodies.some((b) => /^Các khoa/i.test(b))).toBe(true);
    const scheduled = doc.tasks.filter((t) => t.kind === 'table-row' && t.period.start);
    expect(scheduled.length).toBeGreaterThan(0);
    for (const t of scheduled) expect(t.period.start).toMatch(/^2026-0[67]/);
    // "Trước ngày 27/6/2026" centred in its cell, read in one run with the work before it: cut at the cell's padding.
    const first = doc.tasks.find((t) => t.kind === 'table-row' && t.title.startsWith('Ban hành kế hoạch'));
    expect(first && [first.title, first.lead.map((a) => a.name)[0], first.period.start, first.period.end]).toEqual(['Ban hành kế hoạch; rà soát danh sách sinh viên thuộc 05 khoa được chọn', 'Phòng Đào tạo', null, '2026-06-27']);
  });
});
