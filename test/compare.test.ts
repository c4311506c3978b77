// compare and export: the same indicator side by side across plans (CSV, HTML checked in a real
// headless browser), and a SQLite database a tracking system can query.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import initSqlJs from 'sql.js';
import { querySqlite } from '../src/write/sqlite.js';
import { compareTargets, formatTarget } from '../src/write/compare.js';
import { fromText, root, rules } from './helpers.js';

const cli = join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'pe-compare-'));
const txtOutputs = ['000_9b2e00de58257c85', '001_fa84db0f1f94df91', '002_b033392631c88dae', '003_5eae82b6ca57ce72', '004_b17e89f833e62c5f'].map((b) => join(root, 'output', `${b}.txt.json`));

describe('plan-extract compare', () => {
  it('puts the national-standard-school targets of Quận 10 and Phù Liễn in the same row of a CSV Excel reads', () => {
    const csv = join(dir, 'compare.csv');
    expect(run('compare', ...txtOutputs, '--out', csv).status).toBe(0);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Chỉ số,Nhóm theo,Quận 10 (2020),Hà Đông (2020),phường Phù Liễn,phường Đông Đa,Hải An (2023)');
    const row = lines.find((l) => l.startsWith('Trường đạt chuẩn quốc gia,bảng chỉ số,'))!;
    expect(row).toContain('≥ 25% (2025) [trường mầm non, tiểu học, trung học cơ sở đạt chuẩn Quốc gia, dòng 26]');
    expect(row).toContain('> 50% (2030) [số trường công lập trên địa bàn được công nhận trường học đạt chuẩn quốc gia, dòng 30]');
    // What the indicator table does not list is grouped by similarity, and says so.
    expect(lines.some((l) => l.includes(',tương đồng,'))).toBe(true);
  });

  it('reads plans directly too', () => {
    const csv = join(dir, 'direct.csv');
    expect(run('compare', join(root, 'fixtures/txt/000_9b2e00de58257c85.txt'), join(root, 'fixtures/docx/002_b033392631c88dae.docx'), '--out', csv).status).toBe(0);
    const row = readFileSync(csv, 'utf8').split('\r\n').find((l) => l.startsWith('Trường đạt chuẩn quốc gia,'))!;
    expect(row).toContain('≥ 25% (2025)');
    expect(row).toContain('> 50% (2030)');
  });

  describe('the HTML page in a real headless browser (Debian chromium)', () => {
    beforeAll(() => {
      // The test set-up installs the browser: Debian's package, as root (CI, a fresh machine).
      if (!existsSync('/usr/bin/chromium')) {
        spawnSync('apt-get', ['update'], { stdio: 'ignore' });
        const install = spawnSync('apt-get', ['install', '-y', 'chromium'], { encoding: 'utf8' });
        if (install.status !== 0) throw new Error(`could not install chromium: ${install.stderr}`);
      }
    }, 600_000);

    it('opens from disk with no server and no network, shows the table, and a value reveals its quote', async () => {
      const html = join(dir, 'compare.html');
      expect(run('compare', ...txtOutputs, '--out', html).status).toBe(0);
      expect(readFileSync(html, 'utf8')).not.toMatch(/<script|https?:\/\//);
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(pathToFileURL(html).href);
        expect(await page.locator('#comparison thead th').allTextContents()).toEqual(['Chỉ số', 'Quận 10 (2020)', 'Hà Đông (2020)', 'phường Phù Liễn', 'phường Đông Đa', 'Hải An (2023)', 'Biểu đồ']);
        const row = page.locator('#comparison tbody tr', { hasText: 'Trường đạt chuẩn quốc gia' });
        const value = row.locator('a.value', { hasText: '≥ 25% (2025)' });
        const quoteId = (await value.getAttribute('href'))!.slice(1);
        await expect.poll(() => page.locator(`#${quoteId}`).isVisible()).toBe(false);
        await value.click();
        await expect.poll(() => page.locator(`#${quoteId}`).isVisible()).toBe(true);
        expect(await page.locator(`#${quoteId}`).textContent()).toMatch(/có ít nhất 25% trường mầm non, tiểu học, trung học cơ sở đạt chuẩn Quốc gia.*dòng 26|dòng 26[\s\S]*có ít nhất 25%/);
        expect(await row.locator('svg rect').count()).toBe(2);
        expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
      } finally {
        await browser.close();
      }
    }, 120_000);
  });
});

describe('a target as a cell', () => {
  it('lines a target up by its own words, not by another target of the same sentence', () => {
    const d = fromText('KẾ HOẠCH\nPhát triển giáo dục năm 2026\n\nI. MỤC TIÊU\n- Phấn đấu 100% trẻ 5 tuổi được học 2 buổi/ngày và 95% trẻ mẫu giáo được ăn bán trú.\n- Trẻ 5 tuổi: 2.285/2.285 = 100%.\n');
    const rows = compareTargets([d], rules).rows.map((r) => [r.name, r.cells[0].map((t) => t.text)]);
    expect(rows).toContainEqual(['Học sinh học 2 buổi/ngày', ['100%']]);
    expect(rows).toContainEqual(['Trẻ 5 tuổi ra lớp', ['100%']]);
    expect(rows.find(([, texts]) => texts.includes('95%'))?.[0]).toBe('trẻ mẫu giáo được ăn bán trú');
  });
  it('lines up the socio-economic indicators of commune and provincial plans, however each words them', () => {
    const commune = fromText('KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2026\n\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm còn dưới 1%.\n- Tỷ lệ người dân tham gia BHYT đạt 95%.\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%.\n');
    const province = fromText('KẾ HOẠCH\nChuyển đổi số năm 2026\n\nI. MỤC TIÊU\n- Giảm tỷ lệ hộ nghèo xuống dưới 0,5%.\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 96% dân số.\n- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt tối thiểu 80%.\n- 100% cơ sở dữ liệu được kết nối.\n');
    const rows = compareTargets([commune, province], rules).rows.map((r) => [r.name, r.cells.map((cell) => cell.map((t) => t.text))]);
    expect(rows).toContainEqual(['Tỷ lệ hộ nghèo', [['dưới 1%'], ['dưới 0,5%']]]);
    expect(rows).toContainEqual(['Bao phủ bảo hiểm y tế', [['95%'], ['96%']]]);
    expect(rows).toContainEqual(['Dịch vụ công trực tuyến', [['50%'], ['tối thiểu 80%']]]);
    expect(rows).toContainEqual(['Ứng dụng công nghệ thông tin, chuyển đổi số', [[], ['100%']]]);
  });
  it('tells apart the columns of two plans of one place and year by their numbers', () => {
    const plan = (number: string) => fromText(`Số: ${number}\nHà Nội, ngày 15 tháng 9 năm 2026\nKẾ HOẠCH\nPhát triển giáo dục năm 2026\n\nI. MỤC TIÊU\n- 100% trường đạt chuẩn.\n`);
    const other = fromText('Số: 12/KH-UBND\nHà Đông, ngày 15 tháng 9 năm 2026\nKẾ HOẠCH\nPhát triển giáo dục năm 2026\n\nI. MỤC TIÊU\n- 100% trường đạt chuẩn.\n');
    expect(compareTargets([plan('1120/KH-BGDĐT'), plan('3456/KH-SGDĐT'), other], rules).columns.map((c) => c.label)).toEqual([
      'Hà Nội (2026, 1120/KH-BGDĐT)',
      'Hà Nội (2026, 3456/KH-SGDĐT)',
      'Hà Đông (2026)',
    ]);
  });
  it('keeps growth indicators that share their words apart: the economy, output, revenue, income', () => {
    const district = fromText('KẾ HOẠCH\nPhát triển kinh tế năm 2026\n\nI. MỤC TIÊU\n- Tốc độ tăng trưởng giá trị sản xuất bình quân 8-9%/năm.\n- Thu nhập bình quân đầu người tăng 8% so với cùng kỳ.\n- Tỷ lệ đô thị hoá đạt 45%.\n');
    const province = fromText('KẾ HOẠCH\nPhát triển du lịch năm 2026\n\nI. MỤC TIÊU\n- Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 8%.\n- Tăng trưởng doanh thu du lịch bình quân 12 - 15%/năm.\n- Tỷ lệ đô thị hóa đạt 50%.\n- Tỷ lệ che phủ rừng đạt 55,5%.\n');
    const rows = compareTargets([district, province], rules).rows.map((r) => [r.name, r.groupedBy, r.cells.map((cell) => cell.map((t) => t.text))]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Tăng trưởng giá trị sản xuất', 'table', [['8-9%/năm'], []]],
        ['Thu nhập bình quân đầu người', 'table', [['tăng 8%'], []]],
        ['Tăng trưởng kinh tế (GRDP)', 'table', [[], ['8%']]],
        ['Doanh thu du lịch', 'table', [[], ['12 - 15%/năm']]],
        ['Tỷ lệ đô thị hóa', 'table', [['45%'], ['50%']]],
        ['Độ che phủ rừng', 'table', [[], ['55,5%']]],
      ]),
    );
  });
  it('signs a rise or fall from a baseline, so that it is not read as a level', () => {
    const d = fromText('KẾ HOẠCH\nTuyển sinh năm học 2024-2025\n\nI. MỤC TIÊU\n- Tỷ lệ đỗ lớp 10 tăng 5% so với năm học trước.\n- Tỷ lệ bỏ học giảm 1%.\n- Ít nhất 90% học sinh lên lớp.\n');
    expect(d.targets.map(formatTarget)).toEqual(['+5% (2025)', '−1% (2025)', '≥ 90% (2025)']);
  });
});

describe('plan-extract export --sqlite', () => {
  const db = join(dir, 'plans.db');
  beforeAll(() => {
    expect(run('export', '--sqlite', db, ...txtOutputs).status).toBe(0);
  });

  it('loading the same documents again adds no row', async () => {
    const count = async () => (await querySqlite(db, 'SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM tasks) t, (SELECT count(*) FROM task_agencies) a, (SELECT count(*) FROM targets) g'))[0];
    const before = await count();
    expect(before).toMatchObject({ d: 5 });
    const again = run('export', '--sqlite', db, ...txtOutputs);
    expect(again.stderr).toContain('0 added, 0 replaced, 5 unchanged');
    expect(await count()).toEqual(before);
  });

  it('a new version of a document replaces its rows', async () => {
    const copy = join(dir, '003_5eae82b6ca57ce72.txt');
    copyFileSync(join(root, 'fixtures/txt/003_5eae82b6ca57ce72.txt'), copy);
    writeFileSync(copy, `${readFileSync(copy, 'utf8')}\n- Phấn đấu 100% trường học đạt chuẩn quốc gia.\n`);
    const result = run('export', '--sqlite', db, copy);
    expect(result.stderr).toContain('0 added, 1 replaced, 0 unchanged');
    const rows = await querySqlite(db, "SELECT count(*) n, max(sha256) sha FROM documents WHERE file = '003_5eae82b6ca57ce72.txt'");
    expect(rows[0].n).toBe(1);
    expect(rows[0].sha).not.toBe(JSON.parse(readFileSync(txtOutputs[3], 'utf8')).source.sha256);
    const orphans = await querySqlite(db, 'SELECT count(*) n FROM tasks WHERE document_id NOT IN (SELECT id FROM documents)');
    expect(orphans[0].n).toBe(0);
  });

  it('gives a database written before the column for a rise or fall that column, filled for new documents', async () => {
    const old = join(dir, 'before-change.db');
    const SQL = await initSqlJs();
    const earlier = new SQL.Database();
    earlier.exec('CREATE TABLE targets (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, target_id TEXT NOT NULL, section_id TEXT, text TEXT NOT NULL, min REAL NOT NULL, max REAL NOT NULL, comparator TEXT NOT NULL, year INTEGER, subject TEXT NOT NULL, quote TEXT NOT NULL, line INTEGER NOT NULL, page INTEGER)');
    writeFileSync(old, earlier.export());
    earlier.close();
    const plan = join(dir, 'rise.txt');
    writeFileSync(plan, 'KẾ HOẠCH\nTuyển sinh năm học 2024-2025\n\nI. MỤC TIÊU\n- Tỷ lệ học sinh đỗ lớp 10 công lập tăng 5% so với năm học trước.\n- 100% trường đạt chuẩn.\n');
    expect(run('export', '--sqlite', old, plan).status).toBe(0);
    expect(await querySqlite(old, 'SELECT text, change FROM targets ORDER BY line')).toEqual([
      { text: 'tăng 5%', change: 'increase' },
      { text: '100%', change: null },
    ]);
  });

  it('keeps the units of a lead and the bodies issuing a joint plan with its issuer', async () => {
    const joint = join(dir, 'joint.db');
    const plan = join(dir, 'joint.txt');
    writeFileSync(plan, 'ỦY BAN NHÂN DÂN\tỦY BAN MTTQ VIỆT NAM\nXÃ AN PHÚ\tXÃ AN PHÚ\nSố: 05/KHLT-UBND-MTTQ\nAn Phú, ngày 02 tháng 02 năm 2026\n\nKẾ HOẠCH LIÊN TỊCH\nBảo đảm an ninh trật tự năm 2026\n\nI. NHIỆM VỤ\n1. Công an xã (Đội Cảnh sát quản lý hành chính) chủ trì rà soát cư trú.\n2. Đoàn Thanh niên xã tuyên truyền.\n');
    expect(run('export', '--sqlite', joint, plan).status).toBe(0);
    expect(await querySqlite(joint, 'SELECT issuer, co_issuers FROM documents')).toEqual([{ issuer: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ', co_issuers: '["ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ"]' }]);
    const units = 'SELECT t.title, a.name AS body, u.name AS unit FROM task_agency_units tu JOIN tasks t ON t.id = tu.task_id JOIN agencies a ON a.id = tu.agency_id JOIN agencies u ON u.id = tu.unit_id';
    expect(await querySqlite(joint, units)).toEqual([{ title: 'Chủ trì rà soát cư trú', body: 'Công an xã', unit: 'Đội Cảnh sát quản lý hành chính' }]);
  });

  it('answers the README’s example queries', async () => {
    const due = await querySqlite(db, README_QUERIES.dueBefore, ['Phòng Giáo dục và Đào tạo', '2023-10']);
    expect(due.map((r) => [r.title, r.end])).toEqual([
      ['Xây dựng kế hoạch, triển khai bồi dưỡng đội ngũ, nâng chuẩn trình độ đào tạo cán bộ quản lý, giáo viên', '2023-05'],
      ['Xây dựng kế hoạch năm học 2023-2024', '2023-08'],
      ['Kiểm tra công tác tuyển sinh, chuẩn bị các điều kiện năm học mới 2023-2024', '2023-08'],
      ['Triển khai kế hoạch chuyên môn và các hoạt động giáo dục năm học 2023-2024', '2023-09'],
      ['Chỉ đạo các trường triển khai tháng “An toàn giao thông”', '2023-09'],
      ['Khai giảng năm học mới 2023-2024', '2023-09-05'],
    ]);
    const busiest = await querySqlite(db, README_QUERIES.busiestLeads);
    expect(busiest[0]).toMatchObject({ agency: 'Phòng Giáo dục và Đào tạo' });
    const targets = await querySqlite(db, README_QUERIES.targetsOf, ['Hải An']);
    expect(targets.length).toBeGreaterThan(50);
  });
});

/** The example queries shown in README.md. */
export const README_QUERIES = {
  dueBefore: `SELECT t.title, t.start, t."end", d.place
FROM tasks t JOIN task_agencies ta ON ta.task_id = t.id JOIN agencies a ON a.id = ta.agency_id JOIN documents d ON d.id = t.document_id
WHERE a.name = ? AND ta.role = 'lead' AND t."end" IS NOT NULL AND t."end" < ?
ORDER BY t."end", t.line`,
  busiestLeads: `SELECT a.name AS agency, count(*) AS tasks
FROM task_agencies ta JOIN agencies a ON a.id = ta.agency_id
WHERE ta.role = 'lead' GROUP BY a.id ORDER BY tasks DESC, agency LIMIT 5`,
  targetsOf: `SELECT g.text, g.comparator, g.year, g.subject
FROM targets g JOIN documents d ON d.id = g.document_id
WHERE d.place = ? ORDER BY g.line`,
};
