// Unit tests per stage on small inputs, with the hard cases named in the issues.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { decodeText, loadTxt, wrapRulesOf } from '../src/load/txt.js';
import { loadDocx } from '../src/load/docx.js';
import { DateReader } from '../src/extract/dates.js';
import { AgencyReader } from '../src/extract/agencies.js';
import { compile, withoutBoundaries } from '../src/model/rules.js';
import type { Section } from '../src/model/schema.js';
import { fixture, fromText, root, rules } from './helpers.js';

describe('load: text decoding', () => {
  it('reads UTF-8 with and without BOM and UTF-16 with BOM', () => {
    const text = 'KẾ HOẠCH';
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    const utf16 = Buffer.from(text, 'utf16le');
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16]))).toBe(text);
  });
  it('joins the lines of a hard-wrapped text into paragraphs, a space for each break, short or long, and nothing in an unwrapped one', () => {
    const wrap = wrapRulesOf(rules);
    const paragraph = 'Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Nội vụ rà soát đội ngũ giáo viên, bảo đảm đủ theo định mức, hoàn thành trong tháng 8 năm 2026.';
    const wrapped = ['KẾ HOẠCH', 'thực hiện Nghị quyết', '', 'I. MỤC TIÊU', ...Array.from({ length: 12 }, () => ['Phòng Giáo dục và Đào tạo chủ trì, phối hợp với', 'Phòng Nội vụ rà soát đội ngũ giáo viên, bảo đảm', 'đủ theo định mức, hoàn thành trong tháng 8 năm', '2026.']).flat(), '1. Nhiệm vụ'].join('\n');
    const loaded = loadTxt(new TextEncoder().encode(wrapped), wrap);
    expect(loaded.text.length).toBe(wrapped.length);
    const lines = loaded.text.split('\n');
    // The type stays apart from its lower-case title, the heading and the numbered item from the paragraphs.
    expect(lines.slice(0, 4)).toEqual(['KẾ HOẠCH', 'thực hiện Nghị quyết', '', 'I. MỤC TIÊU']);
    // Each paragraph is one line again; its short last line ("2026.") ends it.
    expect(lines.slice(4, 16)).toEqual(Array.from({ length: 12 }, () => paragraph));
    expect(lines[16]).toBe('1. Nhiệm vụ');
    expect(loaded.joinedBreaks).toHaveLength(12 * 3);
    // The body after a title starts anew even under a full line.
    const titled = ['KẾ HOẠCH', 'Triển khai thực hiện Chương trình hành động số 05 của Ban Thường vụ Thành', 'ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính', 'trị về đột phá phát triển giáo dục và đào tạo trên địa bàn phường mới', 'Thực hiện Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban', ...wrapped.split('\n').slice(4)].join('\n');
    const titledLines = loadTxt(new TextEncoder().encode(titled), wrap).text.split('\n');
    expect(titledLines[1]).toBe('Triển khai thực hiện Chương trình hành động số 05 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo trên địa bàn phường mới');
    expect(titledLines[2]).toMatch(/^Thực hiện Chương trình hành động số 05-CTr\/TU/);
    const short = 'ĐẢNG ỦY PHƯỜNG\nCHƯƠNG TRÌNH CÔNG TÁC\nnăm 2025\n\nI. MỤC TIÊU';
    expect(loadTxt(new TextEncoder().encode(short), wrap).text).toBe(short);
    // A short wrapped text has few lines in lower case; the lines they go on from give the width.
    const shortWrapped = ['KẾ HOẠCH', 'Thử', '', 'I. NHIỆM VỤ', ...wrapped.split('\n').slice(4, 16), 'II. TỔ CHỨC THỰC HIỆN', 'Các phòng, ban thực hiện.'].join('\n');
    expect(loadTxt(new TextEncoder().encode(shortWrapped), wrap).text.split('\n').slice(4)).toEqual([paragraph, paragraph, paragraph, 'II. TỔ CHỨC THỰC HIỆN', 'Các phòng, ban thực hiện.']);
    // A full numbered line goes on when it ends as no heading does ("… phối hợp với"), and stays a heading otherwise.
    const headings = [...wrapped.split('\n').slice(0, -1), '1. Phòng Văn hóa và Thông tin chủ trì, phối hợp với', 'Ủy ban nhân dân phường tổ chức tuyên truyền.', '2. Nâng cao chất lượng đội ngũ giáo viên mầm non', 'Phòng Giáo dục và Đào tạo rà soát đội ngũ.'].join('\n');
    expect(loadTxt(new TextEncoder().encode(headings), wrap).text.split('\n').slice(16)).toEqual([
      '1. Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ủy ban nhân dân phường tổ chức tuyên truyền.',
      '2. Nâng cao chất lượng đội ngũ giáo viên mầm non',
      'Phòng Giáo dục và Đào tạo rà soát đội ngũ.',
    ]);
    // A full bulleted line is a paragraph and goes on, unless its sentence ended; a full numbered one
    // goes on into the few words that end its sentence; a title stops before its "(Kèm theo …)".
    const bullets = [
      ...wrapped.split('\n').slice(0, -1),
      '- Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc',
      'Việt Nam phường tổ chức tuyên truyền.',
      '- Phòng Văn hóa - Xã hội tổ chức tuyên truyền trong tháng 3/2026.',
      'Phòng Nội vụ rà soát đội ngũ.',
      '3. Tỷ lệ hộ gia đình thực hiện phân loại rác tại nguồn đạt tối thiểu',
      '60%.',
    ].join('\n');
    expect(loadTxt(new TextEncoder().encode(bullets), wrap).text.split('\n').slice(16)).toEqual([
      '- Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường tổ chức tuyên truyền.',
      '- Phòng Văn hóa - Xã hội tổ chức tuyên truyền trong tháng 3/2026.',
      'Phòng Nội vụ rà soát đội ngũ.',
      '3. Tỷ lệ hộ gia đình thực hiện phân loại rác tại nguồn đạt tối thiểu 60%.',
    ]);
    // A target read across a joined break, with the space the wrapping left at the line's end, is written with one space.
    // A joined break is one space in the normalised text: the spaces its line ended with and the next line's indent go.
    const spaced = bullets.replace('đạt tối thiểu\n', 'đạt tối thiểu \n').replace('Ủy ban Mặt trận Tổ quốc\nViệt Nam', 'Công \n  an phường, Ủy ban Mặt trận Tổ quốc Việt Nam');
    const doc = fromText(spaced);
    expect(doc.targets.map((t) => t.text)).toEqual(['tối thiểu 60%']);
    expect(doc.tasks.find((t) => t.lead[0]?.name === 'Phòng Văn hóa - Xã hội')?.partners.map((a) => a.name)).toEqual(['Công an phường', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường']);
    // A numbered heading wrapped over two lines ends at its full stop, even when its last line is full.
    const ended = [
      ...wrapped.split('\n').slice(0, -1),
      'a) Rà soát, đánh giá thủ tục hành chính, đề xuất phương án đơn giản',
      'hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước.',
      'Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn thực hiện.',
      '2. Thủ trưởng các phòng, đơn vị thuộc Sở, các đơn vị sự nghiệp căn cứ',
      'Kế hoạch này tổ chức triển khai thực hiện.',
      '3. Văn phòng HĐND và UBND huyện (Cơ quan thường',
      'trực Ban Chỉ đạo) theo dõi, tổng hợp tình hình.',
      '4. Văn phòng HĐND và UBND xã (Cơ quan thường trực',
      'Ban Chỉ đạo) theo dõi, tổng hợp tình hình.',
      '5. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc',
      'Nhà nước tỉnh rà soát, điều chuyển vốn đầu tư.',
      '6. Tối thiểu 50% trường tiểu học có phòng học',
      'STEM; phấn đấu đến năm 2028 đạt 80%.',
      '7. Ban Tuyên giáo Thành Đoàn: tham mưu, giúp việc cho Ban Thường vụ',
      'Thành Đoàn triển khai kế hoạch.',
    ].join('\n');
    expect(loadTxt(new TextEncoder().encode(ended), wrap).text.split('\n').slice(16)).toEqual([
      'a) Rà soát, đánh giá thủ tục hành chính, đề xuất phương án đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước.',
      'Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn thực hiện.',
      // "căn cứ" in lower case ends no heading.
      '2. Thủ trưởng các phòng, đơn vị thuộc Sở, các đơn vị sự nghiệp căn cứ Kế hoạch này tổ chức triển khai thực hiện.',
      // Nor one inside its brackets.
      '3. Văn phòng HĐND và UBND huyện (Cơ quan thường trực Ban Chỉ đạo) theo dõi, tổng hợp tình hình.',
      '4. Văn phòng HĐND và UBND xã (Cơ quan thường trực Ban Chỉ đạo) theo dõi, tổng hợp tình hình.',
      // Nor a sentence that assigns or sets a level.
      '5. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh rà soát, điều chuyển vốn đầu tư.',
      '6. Tối thiểu 50% trường tiểu học có phòng học STEM; phấn đấu đến năm 2028 đạt 80%.',
      // Nor a body's work after its colon.
      '7. Ban Tuyên giáo Thành Đoàn: tham mưu, giúp việc cho Ban Thường vụ Thành Đoàn triển khai kế hoạch.',
    ]);
    const attached = ['ĐỀ ÁN', 'Phát triển du lịch cộng đồng tỉnh Ninh Bình giai đoạn 2026-2030 và', 'định hướng đến năm 2035 trên địa bàn các xã vùng núi của tỉnh', '(Kèm theo Quyết định số 512/QĐ-UBND ngày 02/3/2026 của UBND tỉnh)', ...wrapped.split('\n').slice(3)].join('\n');
    expect(loadTxt(new TextEncoder().encode(attached), wrap).text.split('\n').slice(1, 3)).toEqual([
      'Phát triển du lịch cộng đồng tỉnh Ninh Bình giai đoạn 2026-2030 và định hướng đến năm 2035 trên địa bàn các xã vùng núi của tỉnh',
      '(Kèm theo Quyết định số 512/QĐ-UBND ngày 02/3/2026 của UBND tỉnh)',
    ]);
    // A line in capitals starts anew under a full one that is not: the type line under the place and date.
    const typed = ['Quảng Trị, ngày 05 tháng 3 năm 2026 Ủy ban nhân dân tỉnh', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', ...wrapped.split('\n').slice(1)].join('\n');
    expect(loadTxt(new TextEncoder().encode(typed), wrap).text.split('\n').slice(0, 3)).toEqual(['Quảng Trị, ngày 05 tháng 3 năm 2026 Ủy ban nhân dân tỉnh', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'thực hiện Nghị quyết']);
    // One or two lines in lower case (a title's second line) are joined, and nothing else.
    const twoLines = 'KẾ HOẠCH\nTriển khai công tác\nGiáo dục\n\nI. MỤC TIÊU\nPhòng Giáo dục và Đào tạo chủ trì, phối hợp với\nPhòng Nội vụ rà soát đội ngũ giáo viên, bảo đảm\nđủ theo định mức.';
    expect(loadTxt(new TextEncoder().encode(twoLines), wrap).text.split('\n').slice(5)).toEqual(['Phòng Giáo dục và Đào tạo chủ trì, phối hợp với', 'Phòng Nội vụ rà soát đội ngũ giáo viên, bảo đảm đủ theo định mức.']);
  });
  it('refuses binary and undecodable bytes', () => {
    expect(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/binary/);
    expect(() => decodeText(Uint8Array.from([0x4b, 0xc3, 0x28, 0x41]))).toThrow(/not valid UTF-8/);
  });
});

describe('load: .docx', () => {
  it('reads a document with tracked changes as it now stands: no deleted text, moved text once, where it was moved to, and its non-breaking hyphens', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
        `<w:p>${run('Phòng Nội vụ chủ trì')}<w:del w:id="1" w:author="A"><w:r><w:delText> rà soát</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${run(' kiện toàn')}</w:ins>${run(' đội ngũ.')}</w:p>` +
        `<w:p><w:moveFrom w:id="3" w:author="A">${run('Thời gian: Quý II/2026.')}</w:moveFrom></w:p>` +
        `<w:p>${run('Phòng Tài chính bố trí kinh phí năm học 2025')}<w:r><w:noBreakHyphen/><w:t>2026.</w:t></w:r></w:p>` +
        `<w:p><w:moveTo w:id="4" w:author="A">${run('Thời gian: Quý II/2026.')}</w:moveTo></w:p>` +
        `</w:body></w:document>`,
    );
    const loaded = await loadDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(loaded.text.split('\n')).toEqual(['Phòng Nội vụ chủ trì kiện toàn đội ngũ.', 'Phòng Tài chính bố trí kinh phí năm học 2025-2026.', 'Thời gian: Quý II/2026.']);
  });
});

describe('normalize', () => {
  it('removes emphasis markers with remark and keeps a map to the source', () => {
    const source = '- *Đơn vị phối hợp*: phòng **Nội vụ** và ***Tư pháp***';
    const { text, sourceOffset } = normalize(source, rules);
    expect(text).toBe('- Đơn vị phối hợp: phòng Nội vụ và Tư pháp');
    const at = text.indexOf('Nội vụ');
    expect(source.slice(sourceOffset[at], sourceOffset[at] + 6)).toBe('Nội vụ');
  });
  it('keeps a lone asterisk and "* " bullets as text', () => {
    expect(normalize('*\n* Ủy ban nhân dân quận giao', rules).text).toBe('*\n* Ủy ban nhân dân quận giao');
  });
  it('composes decomposed diacritics (NFC) and maps them to their cluster', () => {
    const decomposed = 'Quận 10'.normalize('NFD');
    const { text, sourceOffset } = normalize(decomposed, rules);
    expect(text).toBe('Quận 10');
    expect(sourceOffset[text.length - 1]).toBe(decomposed.length - 1);
  });
  it('drops export artefacts and LaTeX markup but keeps the formula', () => {
    expect(normalize('I. [bookmark: _GoBack]MỤC TIÊU', rules).text).toBe('I. MỤC TIÊU');
    expect(normalize('Trẻ Nhà trẻ: $1.827/3.323 = 55\\%$; x', rules).text).toBe('Trẻ Nhà trẻ: 1.827/3.323 = 55%; x');
    expect(normalize('[Handwritten signature]\nBùi Thị Mai', rules).text).toBe('\nBùi Thị Mai');
  });
  it('never removes a newline, so lines stay the source lines', () => {
    const source = '**TM. ỦY BAN\nCHỦ TỊCH**\nx';
    expect(normalize(source, rules).text.split('\n').length).toBe(3);
  });
});

describe('segment', () => {
  const doc = (body: string) => fromText(`KẾ HOẠCH\nThử nghiệm\n\n${body}`);
  it('puts the parts of an Đề án above its Roman sections, which count again in each part', () => {
    const d = doc('PHẦN I. THỰC TRẠNG\nI. Kết quả\nII. Hạn chế\nPHẦN II. GIẢI PHÁP\nI. Mục tiêu\n1. Quy mô\n1.1. Trường lớp\nChương III – Tổ chức thực hiện\n1. Sở Tài chính cân đối ngân sách.');
    const tree = (sections: typeof d.sections): unknown[] => sections.map((s) => [s.id, s.kind, s.title, tree(s.children)]);
    expect(tree(d.sections)).toEqual([
      ['I', 'roman', 'THỰC TRẠNG', [['I.I', 'roman', 'Kết quả', []], ['I.II', 'roman', 'Hạn chế', []]]],
      ['II', 'roman', 'GIẢI PHÁP', [['II.I', 'roman', 'Mục tiêu', [['II.I.1', 'numbered', 'Quy mô', [['II.I.1.1', 'numbered', 'Trường lớp', []]]]]]]],
      ['III', 'roman', 'Tổ chức thực hiện', [['III.1', 'numbered', 'Sở Tài chính cân đối ngân sách', []]]],
    ]);
    expect(d.diagnostics.filter((x) => x.severity === 'warning')).toEqual([]);
  });
  it('reads tasks and solutions numbered by name as numbered items', () => {
    const d = doc('I. NHIỆM VỤ VÀ GIẢI PHÁP\nNhiệm vụ 1: Hoàn thiện thể chế về chuyển đổi số\n- Sở Tư pháp chủ trì rà soát văn bản.\nNhiệm vụ 2. Phát triển hạ tầng số\nNhiệm vụ 1 năm 2026 là rà soát.\nII. GIẢI PHÁP\nGiải pháp 1 – Huy động nguồn lực');
    expect(d.sections.map((s) => [s.id, s.title, s.children.map((c) => [c.id, c.title])])).toEqual([
      ['I', 'NHIỆM VỤ VÀ GIẢI PHÁP', [['I.1', 'Hoàn thiện thể chế về chuyển đổi số'], ['I.2', 'Phát triển hạ tầng số']]],
      ['II', 'GIẢI PHÁP', [['II.1', 'Huy động nguồn lực']]],
    ]);
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name)])).toEqual([['I.1', ['Sở Tư pháp']]]);
    // After a number of its own, the name by number is no part of the title.
    const numbered = doc('I. NHIỆM VỤ\n2. Nhiệm vụ 2: Đào tạo nguồn nhân lực\nSở Nội vụ chủ trì; Sở Tài chính phối hợp; thời gian: năm 2026.');
    expect(numbered.sections[0].children.map((c) => [c.id, c.title])).toEqual([['I.2', 'Đào tạo nguồn nhân lực']]);
    expect(numbered.tasks.map((t) => t.title)).toEqual(['Đào tạo nguồn nhân lực']);
  });
  it('places dotted items whose number has no heading above them side by side under the section', () => {
    const d = doc('A. MỤC TIÊU\n1.1. Tỷ lệ rác thải được thu gom đạt 100%.\n1.2. Phấn đấu 80% hộ gia đình phân loại rác.\n1.2.1. Khu vực đô thị.\nB. NHIỆM VỤ\n1. Tuyên truyền');
    const tree = (sections: typeof d.sections): unknown[] => sections.map((s) => [s.id, tree(s.children)]);
    expect(tree(d.sections)).toEqual([
      ['I', [['I.1.1', []], ['I.1.2', [['I.1.2.1', []]]]]],
      ['II', [['II.1', []]]],
    ]);
    expect(d.diagnostics.map((x) => x.message)).toEqual(['"1.1" has no parent "1"; placed under "I"', '"1.2" has no parent "1"; placed under "I"']);
  });
  it('reads the articles of a resolution as its sections, in sequence, unless it attaches the plan', () => {
    const d = fromText('NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2027\n\nQUYẾT NGHỊ:\nĐiều 1. Chỉ tiêu chủ yếu năm 2027\n1. Tỷ lệ đô thị hóa đạt 52%.\n2. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,2%.\nĐiều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.\nĐiều 35. Luật quy định như sau.\nĐiều 3. Nghị quyết này có hiệu lực từ ngày 01/01/2027.');
    const tree = (sections: typeof d.sections): unknown[] => sections.map((s) => [s.id, s.title, tree(s.children)]);
    expect(tree(d.sections)).toEqual([
      ['I', 'Chỉ tiêu chủ yếu năm 2027', [['I.1', 'Tỷ lệ đô thị hóa đạt 52%', []], ['I.2', 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,2%', []]]],
      // An article out of sequence is cited, not one of the document's.
      ['II', 'Tổ chức thực hiện', [['II.1', 'Giao Ủy ban nhân dân tỉnh tổ chức thực hiện', []]]],
      ['III', 'Nghị quyết này có hiệu lực từ ngày 01/01/2027', []],
    ]);
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name)])).toEqual([['II.1', ['Ủy ban nhân dân tỉnh']]]);
    // A regulation numbers its articles on through its chapters, where Roman sections start again in each part.
    const regulation = fromText('QUY CHẾ\nPhối hợp công tác\n\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng\nChương II\nTRÁCH NHIỆM\nĐiều 3. Trách nhiệm của Phòng Nội vụ\n1. Phòng Nội vụ chủ trì tham mưu.\nĐiều 4. Hiệu lực thi hành');
    expect(tree(regulation.sections)).toEqual([
      ['I', 'QUY ĐỊNH CHUNG', [['I.I', 'Phạm vi điều chỉnh', []], ['I.II', 'Đối tượng áp dụng', []]]],
      ['II', 'TRÁCH NHIỆM', [['II.III', 'Trách nhiệm của Phòng Nội vụ', [['II.III.1', 'Phòng Nội vụ chủ trì tham mưu', []]]], ['II.IV', 'Hiệu lực thi hành', []]]],
    ]);
    // A decision that attaches its plan: the plan's tree, the articles text.
    const issuing = fromText('QUYẾT ĐỊNH\nPhê duyệt Đề án phát triển du lịch\n\nĐiều 1. Phê duyệt kèm theo Quyết định này Đề án.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐỀ ÁN\nPhát triển du lịch\n(Kèm theo Quyết định số 88/QĐ-UBND)\nI. MỤC TIÊU\n1. Tỷ lệ khách quốc tế đạt 20%.');
    expect(tree(issuing.sections)).toEqual([['I', 'MỤC TIÊU', [['I.1', 'Tỷ lệ khách quốc tế đạt 20%', []]]]]);
  });
  it('reads a decision’s article that assigns work as a task, and no Roman title as one', () => {
    const d = fromText('QUYẾT ĐỊNH\nPhê duyệt Kế hoạch phát triển du lịch năm 2026\n\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch phát triển du lịch năm 2026.\nĐiều 2. Giao Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện.\nĐiều 3. Quyết định có hiệu lực kể từ ngày ký.');
    expect(d.tasks.map((t) => [t.sectionId, t.title, t.lead.map((a) => a.name)])).toEqual([['II', 'Bố trí kinh phí thực hiện', ['Phòng Tài chính - Kế hoạch']]]);
    const titled = fromText('KẾ HOẠCH\nThử nghiệm\n\nI. PHÒNG NỘI VỤ\n1. Rà soát biên chế.\nII. Sở Y tế chủ trì\n1. Kiểm tra.');
    expect(titled.tasks.filter((t) => t.sectionId === 'I' || t.sectionId === 'II')).toEqual([]);
  });
  it('reads the plan a decision attaches after its signature, as a tree of its own', () => {
    const d = fromText(
      'QUYẾT ĐỊNH\nBan hành Kế hoạch phát triển giáo dục\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nI. Không phải mục\n\nKẾ HOẠCH\nPhát triển giáo dục\n(Kèm theo Quyết định số 12/QĐ-UBND)\nI. MỤC TIÊU\n1. Mục tiêu chung\nII. NHIỆM VỤ\n1. Phòng Giáo dục và Đào tạo chủ trì triển khai.\nNơi nhận:\nIII. Không phải mục',
    );
    expect(d.meta.docType).toBe('QUYẾT ĐỊNH');
    expect(d.sections.map((s) => [s.id, s.title, s.children.map((c) => c.id)])).toEqual([
      ['I', 'MỤC TIÊU', ['I.1']],
      ['II', 'NHIỆM VỤ', ['II.1']],
    ]);
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name)])).toEqual([['II.1', ['Phòng Giáo dục và Đào tạo']]]);
    expect(d.meta.attached.map((a) => [a.docType, a.title, a.span.line])).toEqual([['KẾ HOẠCH', 'Phát triển giáo dục', 10]]);
  });
  it('reads the work a decision’s articles assign past their labels, when the articles are text before the plan they attach', () => {
    const d = fromText(
      'QUYẾT ĐỊNH\nBan hành Kế hoạch phát triển kinh tế đêm năm 2026\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế đêm năm 2026.\nĐiều 2. Giao Sở Du lịch chủ trì, phối hợp với các sở, ngành tổ chức triển khai thực hiện Kế hoạch.\nĐiều 3. Chánh Văn phòng UBND thành phố, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.\nCHỦ TỊCH\n\nKẾ HOẠCH\nPhát triển kinh tế đêm năm 2026\n(Ban hành kèm theo Quyết định số 1250/QĐ-UBND)\nI. MỤC TIÊU\n1. Mục tiêu chung\nII. NHIỆM VỤ\n1. Công an thành phố bảo đảm an ninh trật tự.',
    );
    // The closing article names who executes the decision: no work of its own.
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Tổ chức triển khai thực hiện Kế hoạch', ['Sở Du lịch'], ['Các sở, ngành']],
      ['Bảo đảm an ninh trật tự', ['Công an thành phố'], []],
    ]);
  });
  it('reads the plan a decision runs on into, by the note under its title, and no document in a type alone elsewhere', () => {
    const d = fromText(
      'QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch tiêm phòng\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n\nKẾ HOẠCH\nTiêm phòng cho đàn gia súc năm 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\nI. MỤC TIÊU\n- 100% đàn trâu, bò được tiêm phòng.\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế chủ trì triển khai.',
    );
    expect(d.meta.attached.map((a) => [a.docType, a.title])).toEqual([['KẾ HOẠCH', 'Tiêm phòng cho đàn gia súc năm 2026']]);
    expect(d.sections.map((s) => s.id)).toEqual(['I', 'II']);
    // The attached plan's year is the targets' year when the decision's title states none.
    expect(d.targets.map((t) => [t.year, t.yearSource])).toEqual([[2026, 'document']]);
    const guide = doc('I. THỂ THỨC\n1. Tên loại văn bản\nVí dụ:\nBÁO CÁO\nkết quả đại hội chi bộ\n2. Trích yếu');
    expect(guide.meta.attached).toEqual([]);
    expect(guide.sections.map((s) => [s.id, s.children.map((c) => c.id)])).toEqual([['I', ['I.1', 'I.2']]]);
  });
  it('places an appendix inside the body in no section, and goes on with the plan’s next section after it', () => {
    const d = doc('I. NHIỆM VỤ\n1. Đào tạo\nSở Nội vụ chủ trì mở lớp bồi dưỡng.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\nSTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tSố hóa dữ liệu\tSở Khoa học và Công nghệ\tQuý III/2027\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí.');
    expect(d.tasks.map((t) => [t.sectionId, t.kind, t.lead.map((a) => a.name)])).toEqual([
      ['I.1', 'assignment', ['Sở Nội vụ']],
      [null, 'table-row', ['Sở Khoa học và Công nghệ']],
      ['II.1', 'assignment', ['Sở Tài chính']],
    ]);
    expect(d.quality.numberingGaps).toBe(0);
  });
  it('reads the numbered paragraphs of an appendix after the signature as tasks titled by their work', () => {
    const d = doc('I. NHIỆM VỤ\n1. Rà soát.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nPHỤ LỤC\n(Kèm theo Kế hoạch số 12/KH-UBND)\n1. Sở Nội vụ chủ trì rà soát biên chế, hoàn thành trong Quý II/2027.\n2. Phòng Tài chính bố trí kinh phí.');
    expect(d.tasks.map((t) => [t.sectionId, t.title, t.lead.map((a) => a.name), t.period.end])).toEqual([
      [null, 'Chủ trì rà soát biên chế', ['Sở Nội vụ'], '2027-06'],
      [null, 'Bố trí kinh phí', ['Phòng Tài chính'], null],
    ]);
  });
  it('reads parts lettered in capitals, as school plans write them, and no answers "A. Rất hài lòng"', () => {
    const d = doc('A. ĐẶC ĐIỂM TÌNH HÌNH\nI. Thuận lợi\nII. Khó khăn\nB. NHIỆM VỤ TRỌNG TÂM\nI. Mục tiêu\n1. 100% học sinh hoàn thành chương trình.\nC. TỔ CHỨC THỰC HIỆN\n1. Hiệu trưởng chỉ đạo chung.');
    expect(d.sections.map((s) => [s.id, s.title, s.children.map((c) => c.id)])).toEqual([
      ['I', 'ĐẶC ĐIỂM TÌNH HÌNH', ['I.I', 'I.II']],
      ['II', 'NHIỆM VỤ TRỌNG TÂM', ['II.I']],
      ['III', 'TỔ CHỨC THỰC HIỆN', ['III.1']],
    ]);
    expect(d.diagnostics.filter((x) => x.severity === 'warning')).toEqual([]);
    const survey = doc('I. KHẢO SÁT\n1. Mức độ hài lòng\nA. Rất hài lòng\nB. Hài lòng');
    expect(survey.sections.map((s) => [s.id, s.children.map((c) => c.id)])).toEqual([['I', ['I.1']]]);
  });
  it('reads parts counted in words, with the title on the next line', () => {
    const d = doc('PHẦN THỨ NHẤT\nTHỰC TRẠNG\nI. Kết quả\nPHẦN THỨ HAI\nGIẢI PHÁP\nI. Mục tiêu');
    expect(d.sections.map((s) => [s.id, s.title, s.children.map((c) => c.id)])).toEqual([
      ['I', 'THỰC TRẠNG', ['I.I']],
      ['II', 'GIẢI PHÁP', ['II.I']],
    ]);
  });
  it('reads lettered parts inside a "Phần" as its sub-parts, each with Roman sections counted again', () => {
    const d = doc(
      'Phần I\nSỰ CẦN THIẾT\n1. Căn cứ\nPhần II\nNỘI DUNG ĐỀ ÁN\nA. MỤC TIÊU\nI. Mục tiêu chung\nII. Mục tiêu cụ thể\n1. Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%.\nB. NHIỆM VỤ VÀ GIẢI PHÁP\nI. Sắp xếp mạng lưới\n1. Sở Nội vụ chủ trì rà soát các cơ sở.\nD. KHÔNG PHẢI PHẦN\nPhần III\nTỔ CHỨC THỰC HIỆN\nA. KINH PHÍ\n1. Sở Tài chính bố trí kinh phí.',
    );
    const tree = (sections: typeof d.sections): unknown[] => sections.map((s) => [s.id, s.label, tree(s.children)]);
    expect(tree(d.sections)).toEqual([
      ['I', 'I', [['I.1', '1', []]]],
      [
        'II',
        'II',
        [
          ['II.A', 'A', [['II.A.I', 'I', []], ['II.A.II', 'II', [['II.A.II.1', '1', []]]]]],
          ['II.B', 'B', [['II.B.I', 'I', [['II.B.I.1', '1', []]]]]],
        ],
      ],
      // Sub-parts count again in each part; a letter out of sequence is text.
      ['III', 'III', [['III.A', 'A', [['III.A.1', '1', []]]]]],
    ]);
    expect(d.targets.map((t) => t.sectionId)).toEqual(['II.A.II.1']);
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name)])).toEqual([
      ['II.B.I.1', ['Sở Nội vụ']],
      ['III.A.1', ['Sở Tài chính']],
    ]);
  });
  it('reads the dash numbering of Party documents: "I-", "1-", and no item in "2-3 buổi"', () => {
    const d = doc('I- MỤC ĐÍCH, YÊU CẦU\n1- Đánh giá kết quả\n2- Chuẩn bị nhân sự\n2-3 buổi mỗi tuần\nII- TỔ CHỨC THỰC HIỆN\n1 - Ban Tổ chức Huyện ủy chủ trì công tác tổ chức.');
    expect(d.sections.map((s) => [s.id, s.children.map((c) => [c.id, c.title])])).toEqual([
      ['I', [['I.1', 'Đánh giá kết quả'], ['I.2', 'Chuẩn bị nhân sự']]],
      ['II', [['II.1', 'Ban Tổ chức Huyện ủy chủ trì công tác tổ chức']]],
    ]);
  });
  it('reads targets listed by number ("1. 100% trường …") as items, not "1.000 học sinh" nor "2-3 buổi"', () => {
    const d = doc('I. MỤC TIÊU\n1. 100% cơ sở giáo dục sử dụng học bạ số.\n2. Ít nhất 80% giáo viên được bồi dưỡng.\n3. 05 trường đạt chuẩn quốc gia.\n1.000 học sinh được hỗ trợ\n2-3 buổi mỗi tuần');
    expect(d.sections[0].children.map((c) => [c.id, c.title])).toEqual([
      ['I.1', '100% cơ sở giáo dục sử dụng học bạ số'],
      ['I.2', 'Ít nhất 80% giáo viên được bồi dưỡng'],
      ['I.3', '05 trường đạt chuẩn quốc gia'],
    ]);
    expect(d.targets.map((t) => t.sectionId)).toEqual(['I.1', 'I.2']);
    // What bodies achieve is a target, not work assigned to "05 trường đạt chuẩn quốc gia".
    expect(d.tasks).toEqual([]);
  });
  it('reads targets listed by dash number ("3- 100% chi bộ …") as items whose label is no part of the number', () => {
    const d = doc('I- CHỈ TIÊU\n1- Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 90%.\n2- 100% chi bộ tổ chức sinh hoạt chuyên đề.\n3- 2- 3% đảng viên được khen thưởng.');
    expect(d.sections[0].children.map((c) => c.id)).toEqual(['I.1', 'I.2', 'I.3']);
    expect(d.diagnostics.filter((x) => x.message.includes('numbering'))).toEqual([]);
    expect(d.targets.map((t) => [t.sectionId, t.text, t.comparator, t.subject])).toEqual([
      ['I.1', '90%', 'eq', 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ'],
      ['I.2', '100%', 'eq', 'chi bộ tổ chức sinh hoạt chuyên đề'],
      ['I.3', '2- 3%', 'range', 'đảng viên được khen thưởng'],
    ]);
  });
  it('nests by numbering: Roman → 1. → 1.1. → a), not by indentation', () => {
    const d = doc('I. MỤC TIÊU\n1. Mục tiêu chung\n1.1. Nội dung\n    a) Việc một\n  2. Chỉ tiêu\nII- NHIỆM VỤ\n1.2.2.1. Sâu');
    expect(d.sections.map((s) => s.id)).toEqual(['I', 'II']);
    const one = d.sections[0].children[0];
    expect(one.children[0].id).toBe('I.1.1');
    expect(one.children[0].children[0]).toMatchObject({ id: 'I.1.1.a', kind: 'lettered', title: 'Việc một' });
    expect(d.sections[0].children[1]).toMatchObject({ id: 'I.2', title: 'Chỉ tiêu' });
    expect(d.diagnostics.some((x) => x.ruleId === 'segment:level-jump')).toBe(true);
  });
  it('reads sections and items numbered with a slash, "I/ …", "1/ …", "a/ …", and no item in "3/2026 …"', () => {
    const d = doc('I/ MỤC TIÊU\n1/ Mục tiêu chung\nNâng cao chất lượng.\n2/ Chỉ tiêu\na/ Về giáo dục mầm non\nb/ Về giáo dục phổ thông\n3/2026 là tháng khai giảng.\nII/ NHIỆM VỤ\n1/ Phòng Nội vụ chủ trì rà soát.');
    const tree = (sections: typeof d.sections): unknown[] => sections.map((s) => [s.id, s.title, tree(s.children)]);
    expect(tree(d.sections)).toEqual([
      ['I', 'MỤC TIÊU', [['I.1', 'Mục tiêu chung', []], ['I.2', 'Chỉ tiêu', [['I.2.a', 'Về giáo dục mầm non', []], ['I.2.b', 'Về giáo dục phổ thông', []]]]]],
      ['II', 'NHIỆM VỤ', [['II.1', 'Phòng Nội vụ chủ trì rà soát', []]]],
    ]);
  });
  it('reads items lettered with a dash before a capital, "a- …", and no item in "c- đầu tư" or "e-learning"', () => {
    const d = doc('I. NHIỆM VỤ\n1. Nhiệm vụ một\na- Phòng Nội vụ chủ trì rà soát\nb- Phòng Tư pháp thẩm định văn bản\nc- đầu tư\ne-learning cho giáo viên');
    const tree = (sections: typeof d.sections): unknown[] => sections.map((s) => [s.id, tree(s.children)]);
    expect(tree(d.sections)).toEqual([['I', [['I.1', [['I.1.a', []], ['I.1.b', []]]]]]]);
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name)])).toEqual([
      ['I.1.a', ['Phòng Nội vụ']],
      ['I.1.b', ['Phòng Tư pháp']],
    ]);
  });
  it('reads items numbered under a lettered item by its letter ("a.1)") as its items, not as a wrapped line', () => {
    const d = doc('I. NHIỆM VỤ\n1. Tuyên truyền\na) Trang thông tin điện tử\na.1) Đăng tin\na.2) Đăng ảnh\nb) Mạng xã hội\nb.1. Lập trang');
    const walk = (s: Section): string[] => [`${s.id} ${s.title}`, ...s.children.flatMap(walk)];
    expect(d.sections.flatMap(walk)).toEqual(['I NHIỆM VỤ', 'I.1 Tuyên truyền', 'I.1.a Trang thông tin điện tử', 'I.1.a.a.1 Đăng tin', 'I.1.a.a.2 Đăng ảnh', 'I.1.b Mạng xã hội', 'I.1.b.b.1 Lập trang']);
    expect(d.quality.numberingGaps).toBe(0);
  });
  it('reads items numbered in brackets, "(1) …", under "1." or "a)", each a task, and no item in "(2025)"', () => {
    const d = doc('I. NHIỆM VỤ\n1. Hoàn thiện chính sách\n(1) Sở Nội vụ chủ trì, phối hợp Sở Tài chính tham mưu ban hành chính sách.\n(2) Sở Tư pháp thẩm định văn bản; hoàn thành trước ngày 30/9/2026.\n(2025) là năm đầu\n2. Đào tạo\na) Về nghề\n(1) Sở Giáo dục và Đào tạo tổ chức đào tạo.\nb) Về việc làm\n(3) Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch.');
    const tree = (sections: typeof d.sections): unknown[] => sections.map((s) => [s.id, s.kind, tree(s.children)]);
    expect(tree(d.sections)).toEqual([
      ['I', 'roman', [
        ['I.1', 'numbered', [['I.1.(1)', 'numbered', []], ['I.1.(2)', 'numbered', []]]],
        ['I.2', 'numbered', [['I.2.a', 'lettered', [['I.2.a.(1)', 'numbered', []]]], ['I.2.b', 'lettered', [['I.2.b.(3)', 'numbered', []]]]]],
      ]],
    ]);
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.end])).toEqual([
      ['I.1.(1)', ['Sở Nội vụ'], ['Sở Tài chính'], null],
      ['I.1.(2)', ['Sở Tư pháp'], [], '2026-09-30'],
      ['I.2.a.(1)', ['Sở Giáo dục và Đào tạo'], [], null],
      ['I.2.b.(3)', ['Trung tâm Dịch vụ việc làm tỉnh'], [], null],
    ]);
    expect(d.diagnostics.map((x) => x.message)).toContain('numbering "(3)" where the first item was expected');
  });
  it('reads targets numbered in brackets, "(5) 100% xã …", as items in sequence, and no item in "(1.000 người)"', () => {
    const d = doc('I. CHỈ TIÊU\n(1) Tỷ lệ lao động qua đào tạo đạt 75%.\n(2) 100% xã đạt chuẩn nông thôn mới.\n(3) 20 - 25% hộ gia đình đạt danh hiệu gia đình văn hóa.\n(1.000 người) tham gia.');
    expect(d.sections[0].children.map((s) => s.id)).toEqual(['I.(1)', 'I.(2)', 'I.(3)']);
    expect(d.targets.map((t) => [t.text, t.subject])).toEqual([
      ['75%', 'Tỷ lệ lao động qua đào tạo'],
      ['100%', 'xã đạt chuẩn nông thôn mới'],
      ['20 - 25%', 'hộ gia đình đạt danh hiệu gia đình văn hóa'],
    ]);
    expect(d.diagnostics).toEqual([]);
  });
  it('reads the symbol bullets Word exports ("●", "○", "➢"), nested as the dash bullets are', () => {
    const d = doc('I. NHIỆM VỤ\n1. Tuyên truyền\n● Phòng Văn hóa và Thông tin chủ trì tuyên truyền:\n○ Phòng Nội vụ phối hợp rà soát.\n➢ Phòng Y tế chủ trì kiểm tra.');
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name)])).toEqual([
      ['I.1', ['Phòng Văn hóa và Thông tin']],
      ['I.1', ['Phòng Nội vụ']],
      ['I.1', ['Phòng Y tế']],
    ]);
    expect(d.quality.linesInSections).toBe(1);
  });
  it('counts the lines placed in sections among the body’s, not the recipients and the signature', () => {
    const d = doc('Căn cứ Kế hoạch số 12/KH-UBND;\nI. NHIỆM VỤ\n1. Phòng Nội vụ chủ trì rà soát.\n2. Phòng Y tế chủ trì kiểm tra.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A');
    // The preamble is body left outside the tree; the closing block is no body.
    expect(d.quality.linesInSections).toBe(0.75);
  });
  it('reads items numbered under their Roman numeral, "I.1.", "II.2.1", only in that Roman section', () => {
    const d = doc('I. MỤC TIÊU\nI.1. Mục tiêu chung\nI.2. Chỉ tiêu\nI.2.1. Về mầm non\nII. NHIỆM VỤ\nII.1 Phòng Nội vụ chủ trì rà soát.\nI.3. Không phải mục của phần II');
    const tree = (sections: typeof d.sections): unknown[] => sections.map((s) => [s.id, tree(s.children)]);
    expect(tree(d.sections)).toEqual([
      ['I', [['I.1', []], ['I.2', [['I.2.1', []]]]]],
      ['II', [['II.1', []]]],
    ]);
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name)])).toEqual([['II.1', ['Phòng Nội vụ']]]);
  });
  it('reads lettered items written "a." as well as "a)"', () => {
    const d = doc('I. MỤC TIÊU\n1. Mục tiêu cụ thể\na. Về giáo dục mầm non\n- 100% trẻ được học 2 buổi/ngày.\nb. Về giáo dục phổ thông\nc) Về giáo dục thường xuyên');
    expect(d.sections[0].children[0].children.map((c) => [c.id, c.kind, c.title])).toEqual([
      ['I.1.a', 'lettered', 'Về giáo dục mầm non'],
      ['I.1.b', 'lettered', 'Về giáo dục phổ thông'],
      ['I.1.c', 'lettered', 'Về giáo dục thường xuyên'],
    ]);
    expect(d.targets[0].sectionId).toBe('I.1.a');
  });
  it('takes the next line, past a blank one, as the title of a label alone on its line ("4.1." in a PDF’s text)', () => {
    const d = doc('I. NHIỆM VỤ\n4.\nNâng cao chất lượng đội ngũ\n4.1.\n\nCán bộ quản lý\na)\nGiáo viên');
    expect(d.sections[0].children.map((c) => [c.id, c.title, c.children.map((g) => [g.id, g.title, g.children.map((x) => x.title)])])).toEqual([
      ['I.4', 'Nâng cao chất lượng đội ngũ', [['I.4.1', 'Cán bộ quản lý', ['Giáo viên']]]],
    ]);
  });
  it('accepts a Roman label only in sequence', () => {
    const d = doc('I. MỤC ĐÍCH\nV. Ước tính ban đầu là một câu.\nII. NHIỆM VỤ');
    expect(d.sections.map((s) => s.label)).toEqual(['I', 'II']);
  });
  it('takes a numbered paragraph’s first sentence as its title', () => {
    const d = doc('I. TỔ CHỨC\n1. Các đảng bộ, chi bộ tập trung lãnh đạo; chủ động triển khai. Tiếp theo.');
    expect(d.sections[0].children[0].title).toBe('Các đảng bộ, chi bộ tập trung lãnh đạo');
  });
  it('reads "52." after "5.1." as "5.2." (a dot lost by OCR), and "52." elsewhere as 52', () => {
    const lost = doc('1. Phân công\n1.1. Trung tâm A\n12. Phòng B\n1.3. Các khoa\n2. Tiến độ');
    expect(lost.sections.map((s) => s.label)).toEqual(['1', '2']);
    expect(lost.sections[0].children.map((c) => c.label)).toEqual(['1.1', '1.2', '1.3']);
    expect(lost.diagnostics.some((x) => x.ruleId === 'segment:lost-dot')).toBe(true);
    const plain = doc('11. Mười một\n12. Mười hai');
    expect(plain.sections.map((s) => s.label)).toEqual(['11', '12']);
  });
  it('does not take a table row for a heading and reports numbering gaps', () => {
    const d = doc('I. CHỈ TIÊU\n1. Đội ngũ\nTrình độ\tMầm non\tTiểu học\n1. Đạt chuẩn\t99-100%\t95%\n3. Nhiệm vụ');
    expect(d.sections[0].children.map((c) => c.label)).toEqual(['1', '3']);
    expect(d.quality.numberingGaps).toBe(1);
  });
  it('takes items lettered in the Vietnamese or the Latin alphabet for a sequence, and reports a letter skipped in both', () => {
    const latin = doc('I. NHIỆM VỤ\na) Một\nb) Hai\nc) Ba\nd) Bốn\ne) Năm\nf) Sáu\ng) Bảy');
    const vietnamese = doc('I. NHIỆM VỤ\na) Một\nb) Hai\nc) Ba\nd) Bốn\nđ) Năm\ne) Sáu\ng) Bảy');
    expect([latin.quality.numberingGaps, vietnamese.quality.numberingGaps]).toEqual([0, 0]);
    const skipped = doc('I. NHIỆM VỤ\na) Một\nb) Hai\nd) Bốn');
    expect(skipped.diagnostics.map((x) => x.message)).toEqual(['numbering "d" where "c" was expected']);
  });
});

describe('meta', () => {
  it('reads a blank number as null and a blank day as YYYY-MM', () => {
    const d = fromText('Số: /KH-UBND\n\nHải An, ngày     tháng 8 năm 2023\n\nKẾ HOẠCH\n\nTriển khai năm học 2023-2024\n\nThực hiện …');
    expect(d.meta).toMatchObject({ docType: 'KẾ HOẠCH', number: null, place: 'Hải An', issuedDate: '2023-08', title: 'Triển khai năm học 2023-2024' });
  });
  it('reads a date line written in figures, and no date from a citation in the title', () => {
    const d = fromText('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/KH-PGDĐT\tGia Lâm, ngày 05/9/2026\n\nKẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng\n\nI. MỤC ĐÍCH');
    expect(d.meta).toMatchObject({ place: 'Gia Lâm', issuedDate: '2026-09-05' });
    const cited = fromText('CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025\ncủa Bộ Chính trị\n\nI. MỤC ĐÍCH');
    expect(cited.meta).toMatchObject({ place: null, issuedDate: null });
  });
  it('dates a plan issued with a decision by the decision, when it has no date line of its own', () => {
    const attached = fromText('ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nĐỀ ÁN\nPhát triển nguồn nhân lực giai đoạn 2026-2030\n(Ban hành kèm theo Quyết định số 55/QĐ-UBND\nngày 10 tháng 01 năm 2026 của UBND tỉnh)\n\nI. MỤC TIÊU\n1. Nâng cao chất lượng.');
    expect(attached.meta).toMatchObject({ docType: 'ĐỀ ÁN', number: null, issuedDate: '2026-01-10', title: 'Phát triển nguồn nhân lực giai đoạn 2026-2030' });
    // Its own date line wins over the decision's.
    const own = fromText('ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nAn Bình, ngày 05 tháng 02 năm 2026\n\nKẾ HOẠCH\nChuyển đổi số\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 01/02/2026)\n\nI. MỤC TIÊU');
    expect(own.meta.issuedDate).toBe('2026-02-05');
  });
  it('prefers the longest document type and joins a title over several lines', () => {
    const d = fromText('ĐẢNG BỘ TP\nQUẬN ỦY QUẬN 10\nSố: 267/KH-UBND\nHà Đông, ngày 25 tháng 12 năm 2020\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN THƯỜNG VỤ\nthực hiện Nghị quyết số 71\nThực hiện …');
    expect(d.meta).toMatchObject({ docType: 'CHƯƠNG TRÌNH HÀNH ĐỘNG', number: '267/KH-UBND', issuer: 'QUẬN ỦY QUẬN 10', issuedDate: '2020-12-25' });
    expect(d.meta.title).toBe('CỦA BAN THƯỜNG VỤ thực hiện Nghị quyết số 71');
  });
  it('names an issuer by the line above it: the place it adds, or the body whose organ it names', () => {
    const organ = fromText('ĐẢNG BỘ TỈNH BẮC NINH\nBAN CHẤP HÀNH\n*\nSố 12-CTr/TU\nBắc Ninh, ngày 03 tháng 02 năm 2026\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 66-NQ/TW\n\nI. MỤC TIÊU');
    expect(organ.meta.issuer).toBe('BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BẮC NINH');
    const place = fromText('ỦY BAN NHÂN DÂN\nPHƯỜNG HÀ ĐÔNG\nSố: 07/KH-UBND\nHà Đông, ngày 08 tháng 01 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. MỤC ĐÍCH');
    expect(place.meta.issuer).toBe('ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG');
  });
  it('names the bodies issuing a joint plan beside the issuer, and none beside the national title', () => {
    const joint = fromText('ỦY BAN NHÂN DÂN\tỦY BAN MTTQ VIỆT NAM\nXÃ AN PHÚ\tXÃ AN PHÚ\nSố: 05/KHLT-UBND-MTTQ\nAn Phú, ngày 02 tháng 02 năm 2026\n\nKẾ HOẠCH LIÊN TỊCH\nThực hiện Cuộc vận động năm 2026\n\nI. MỤC TIÊU');
    expect(joint.meta).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ', coIssuers: ['ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ'] });
    const single = fromText('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG HÀ ĐÔNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 07/KH-UBND\tHà Đông, ngày 08 tháng 01 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. MỤC ĐÍCH');
    expect(single.meta.issuer).toBe('ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG');
    expect(single.meta.coIssuers).toBeUndefined();
  });
  it('names an issuer read without its place as the sentence announcing the plan names it in full', () => {
    const signed = fromText('KẾ HOẠCH\nTriển khai Chương trình hành động số 05\n\nThực hiện Chương trình hành động số 05-CTr/TU, Đảng ủy phường Đông Đa ban hành Kế hoạch triển khai thực hiện như sau:\n\nI. MỤC ĐÍCH\n1. Quán triệt.\n\nT/M ĐẢNG ỦY\nPHÓ BÍ THƯ');
    expect(signed.meta.issuer).toBe('Đảng ủy phường Đông Đa');
    const organ = fromText('CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 71-NQ/TW\n\nBan Thường vụ Đảng ủy phường Phù Liễn xây dựng Chương trình hành động như sau:\nI. MỤC ĐÍCH\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ');
    expect(organ.meta.issuer).toBe('Ban Thường vụ Đảng ủy phường Phù Liễn');
    // An issuer with its place keeps it as written; a sentence naming another body changes nothing.
    const placed = fromText('ỦY BAN NHÂN DÂN\nPHƯỜNG HÀ ĐÔNG\nSố: 07/KH-UBND\n\nKẾ HOẠCH\nCải cách hành chính\n\nỦy ban nhân dân phường Hà Đông ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH');
    expect(placed.meta.issuer).toBe('ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG');
    const other = fromText('KẾ HOẠCH\nPhòng chống dịch\n\nThực hiện Kế hoạch của Sở Y tế, Trung tâm Y tế huyện Ba Vì xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n\nT/M ĐẢNG ỦY\nBÍ THƯ');
    expect(other.meta.issuer).toBe('ĐẢNG ỦY');
  });
  it('reads a header field the text of a PDF broke over two lines', () => {
    const d = fromText('QUẬN ỦY QUẬN 10\n*\nSố:\n\n- Ctr/QU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuận 10, ngày\n\ntháng 9 năm 2020\nCHƯƠNG TRÌNH\nPhát triển Giáo dục và Đào tạo\n\nI. MỤC TIÊU');
    expect(d.meta).toMatchObject({ docType: 'CHƯƠNG TRÌNH', number: null, place: 'Quận 10', issuedDate: '2020-09' });
    expect(fromText('UBND TỈNH CAO BẰNG\nSố:\n772/KH-UBND\nCao Bằng, ngày 30 tháng 3 năm 2020\nKẾ HOẠCH\nThử\n\nI. MỤC TIÊU').meta.number).toBe('772/KH-UBND');
  });
  it('reads the joint, action and work-programme types whole', () => {
    expect(fromText('UBND QUẬN 1\nKẾ HOẠCH LIÊN TỊCH\nPhối hợp tuyên truyền pháp luật\n\nI. MỤC TIÊU').meta).toMatchObject({ docType: 'KẾ HOẠCH LIÊN TỊCH', title: 'Phối hợp tuyên truyền pháp luật' });
    expect(fromText('ĐẢNG ỦY PHƯỜNG\nCHƯƠNG TRÌNH CÔNG TÁC\nnăm 2025\n\nI. MỤC TIÊU').meta).toMatchObject({ docType: 'CHƯƠNG TRÌNH CÔNG TÁC', title: 'năm 2025' });
    expect(fromText('SỞ GIÁO DỤC VÀ ĐÀO TẠO\nKẾ HOẠCH HÀNH ĐỘNG\nThực hiện chuyển đổi số\nngành giáo dục năm 2026\n\nI. MỤC TIÊU').meta).toMatchObject({ docType: 'KẾ HOẠCH HÀNH ĐỘNG', title: 'Thực hiện chuyển đổi số ngành giáo dục năm 2026' });
  });
  it('reads an urgent directive, CÔNG ĐIỆN, by its type', () => {
    const d = fromText('THỦ TƯỚNG CHÍNH PHỦ\nSố: 149/CĐ-TTg\nHà Nội, ngày 28 tháng 8 năm 2025\n\nCÔNG ĐIỆN\nVề việc tặng quà người dân nhân dịp Quốc khánh 2/9\n\nThủ tướng Chính phủ yêu cầu:\n1. Bộ Văn hóa, Thể thao và Du lịch, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam thực hiện công tác thông tin.');
    expect(d.meta).toMatchObject({ docType: 'CÔNG ĐIỆN', number: '149/CĐ-TTg', title: 'Về việc tặng quà người dân nhân dịp Quốc khánh 2/9' });
    // The news agency after the broadcasters shares no "Đài".
    expect(d.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Bộ Văn hóa, Thể thao và Du lịch', 'Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam']]);
  });
  it('reads a Party document number written without a colon, and no number from prose starting "Số"', () => {
    expect(fromText('ĐẢNG ỦY KHỐI CÁC CƠ QUAN\nSố 45-CTr/ĐU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết\n\nI. MỤC TIÊU').meta.number).toBe('45-CTr/ĐU');
    expect(fromText('UBND PHƯỜNG\nSố lượng trường học tăng\nKẾ HOẠCH\nPhát triển giáo dục\n\nI. MỤC TIÊU').meta.number).toBeNull();
  });
  it('takes the line after the type for the title even when it starts like a body, unless it is a clause', () => {
    const title = (afterType: string) => fromText(`KẾ HOẠCH\n${afterType}\n\nI. MỤC TIÊU\n1. Nội dung`).meta.title;
    expect(title('Thực hiện Chương trình chuyển đổi số giai đoạn 2024 - 2026\nThực hiện Kế hoạch số 12/KH-UBND, …')).toBe('Thực hiện Chương trình chuyển đổi số giai đoạn 2024 - 2026');
    expect(title('Căn cứ Luật Giáo dục năm 2019;')).toBeNull();
    expect(title('Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân quận, Ủy ban nhân dân phường xây dựng Kế hoạch như sau:')).toBeNull();
  });
  it('ends a letter’s subject before the national title, the motto and the date that its column came before', () => {
    const d = fromText('ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 2233/UBND-KT\nV/v triển khai các giải pháp thúc đẩy\ngiải ngân vốn đầu tư công năm 2026\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNghệ An, ngày 10 tháng 4 năm 2026\n\nKính gửi: Các sở, ban, ngành cấp tỉnh.');
    expect(d.meta).toMatchObject({ title: 'triển khai các giải pháp thúc đẩy giải ngân vốn đầu tư công năm 2026', place: 'Nghệ An', issuedDate: '2026-04-10' });
    expect(fromText('V/v tổ chức hội nghị sơ kết\nNghệ An, ngày 10 tháng 4 năm 2026\n\nKính gửi: Các sở.').meta.title).toBe('tổ chức hội nghị sơ kết');
  });
  it('reads a letter’s addressees as header: the bodies listed under “Kính gửi:” are given no work', () => {
    const d = fromText(
      'SỞ CÔNG THƯƠNG\nSố: 720/SCT-QLTM\nV/v bình ổn thị trường dịp Tết\nLạng Sơn, ngày 10 tháng 12 năm 2025\n\nKính gửi:\n- Ủy ban nhân dân các huyện, thành phố;\n- Các doanh nghiệp tham gia chương trình bình ổn thị trường.\n\nSở Công Thương đề nghị các đơn vị thực hiện một số nội dung sau:\n1. Ủy ban nhân dân các huyện, thành phố chỉ đạo theo dõi sát diễn biến thị trường.',
    );
    expect(d.tasks.map((t) => [t.span.line, t.title])).toEqual([[11, 'Chỉ đạo theo dõi sát diễn biến thị trường']]);
  });
});

describe('dates', () => {
  const dates = new DateReader(rules);
  const cases: [string, string | null, string | null][] = [
    ['Tháng 01/2021', '2021-01', '2021-01'],
    // The start of a range written without its year takes the end's; a ratio is no date.
    ['Từ 01/6 đến 31/7/2025', '2025-06-01', '2025-07-31'],
    ['từ ngày 15/3 - 30/4/2024', '2024-03-15', '2024-04-30'],
    ['Từ tháng 6 đến tháng 8/2025', '2025-06', '2025-08'],
    ['Từ tháng 3 đến hết tháng 6/2026', '2026-03', '2026-06'],
    ['Từ 01/6 đến hết ngày 31/7/2026', '2026-06-01', '2026-07-31'],
    // Days of one month: the first takes the month and the year of the last.
    ['Từ 15-20/3/2026', '2026-03-15', '2026-03-20'],
    ['ngày 20-21/3/2026', '2026-03-20', '2026-03-21'],
    ['Từ ngày 15 đến 20/3/2026', '2026-03-15', '2026-03-20'],
    ['ngày 15 và 16/5/2026', '2026-05-15', '2026-05-16'],
    ['ngày 15, 16/5/2026', '2026-05-15', '2026-05-16'],
    ['từ ngày 15 đến ngày 30 tháng 4 năm 2026', '2026-04-15', '2026-04-30'],
    ['2-3 buổi/tuần trong năm 2026', '2026', '2026'],
    ['2/3 số trường năm 2025', '2025', '2025'],
    ['ngày 20/11', null, null],
    ['tháng 7/2023', '2023-07', '2023-07'],
    ['T5/2024', '2024-05', '2024-05'],
    ['Ngày 05/9/2023', '2023-09-05', '2023-09-05'],
    ['05/9/2023', '2023-09-05', '2023-09-05'],
    // The day of the week before the date.
    ['vào ngày Chủ nhật 08/3/2026', '2026-03-08', '2026-03-08'],
    ['Thứ Bảy, ngày 14/3/2026', '2026-03-14', '2026-03-14'],
    ['Quý II/2024', '2024-04', '2024-06'],
    // Months, quarters and halves named together share the year written last.
    ['Tháng 9 - 12/2026', '2026-09', '2026-12'],
    ['Tháng 10-11/2026', '2026-10', '2026-11'],
    ['Tháng 8-9 năm 2026', '2026-08', '2026-09'],
    ['tháng 3 đến 5 năm 2026', '2026-03', '2026-05'],
    ['tháng 6, 7/2026', '2026-06', '2026-07'],
    // On a scan, a year that lost its last digit at a cell's edge: the year of the range's end; alone, no date.
    ['Tháng 10/202 - Tháng 11/2023', '2023-10', '2023-11'],
    ['tháng 10/202', null, null],
    ['Quý 2/2026', '2026-04', '2026-06'],
    // The first or last month of a quarter named as such; a year keeps its own precision.
    ['vào cuối quý III/2026', '2026-09', '2026-09'],
    ['đầu quý II/2026', '2026-04', '2026-04'],
    ['cuối năm 2026', '2026', '2026'],
    ['Quý III, IV/2026', '2026-07', '2026-12'],
    // Quarters written short.
    ['trong Q.IV/2026', '2026-10', '2026-12'],
    ['QII/2026', '2026-04', '2026-06'],
    ['Q.III - Q.IV/2026', '2026-07', '2026-12'],
    ['Quý I và Quý II năm 2026', '2026-01', '2026-06'],
    ['6 tháng đầu năm 2026', '2026-01', '2026-06'],
    ['6 tháng cuối năm 2026', '2026-07', '2026-12'],
    ['Trong 06 tháng đầu năm 2026', '2026-01', '2026-06'],
    ['sáu tháng cuối năm 2026', '2026-07', '2026-12'],
    // A deadline with no start written as a date.
    ['Từ nay đến hết năm 2026', null, '2026'],
    ['đến ngày 31/12/2026', null, '2026-12-31'],
    ['chậm nhất trong quý III/2026', null, '2026-09'],
    // A day written with "tháng … năm" and no "ngày".
    ['trước 31 tháng 12 năm 2026', null, '2026-12-31'],
    // Several deadlines: the last is the end, none the start.
    ['trước ngày 10/01/2027 và cả năm học trước ngày 25/5/2027', null, '2027-05-25'],
    ['Từ tháng 01/2021 đến tháng 12/2025', '2021-01', '2025-12'],
    ['Từ tháng 12/2020 đến 12/2025', '2020-12', '2025-12'],
    ['Từ năm 2020 đến năm 2025', '2020', '2025'],
    ['giai đoạn 2020 - 2025', '2020', '2025'],
    ['năm học 2023-2024', '2023', '2024'],
    ['Năm 2026-2027', '2026', '2027'],
    ['Năm 2026 và các năm tiếp theo', '2026', null],
    ['Từ tháng 6/2026 trở đi', '2026-06', null],
    ['Trong tháng 01/2021', '2021-01', '2021-01'],
    ['Hoàn thành trong tháng 01/2021', '2021-01', '2021-01'],
    ['Tháng 12/2023; T5/2024', '2023-12', '2024-05'],
    ['Từ tháng 01/2020 và trong quá trình thực hiện Đề án', '2020-01', null],
    ['hằng năm', null, null],
    ['định kỳ 6 tháng', null, null],
    ['Trước tháng 7 hằng năm', null, null],
    ['theo Nghị định 71/2020/NĐ-CP', null, null],
    ['giai đoạn 2015 - 2020 và giai đoạn 2020 - 2025', null, null],
  ];
  it.each(cases)('%s', (text, start, end) => {
    const p = dates.period(text);
    expect([p.start, p.end]).toEqual([start, end]);
    expect(p.text).toBe(text);
  });
  it('reads recurring time in the order written, and not in a name or a kind of spending', () => {
    expect(dates.recurringPhrase('thường xuyên kiểm tra, định kỳ báo cáo mỗi năm')).toBe('thường xuyên; định kỳ; mỗi năm');
    expect(dates.recurringPhrase('phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện')).toBeNull();
    expect(dates.recurringPhrase('bố trí ngân sách chi thường xuyên cho giáo dục')).toBeNull();
    // How often, each way of writing it: "6 tháng, 1 năm" as "6 tháng, năm".
    expect(dates.recurringPhrase('báo cáo Ban Thường vụ định kỳ 6 tháng, 1 năm.')).toBe('định kỳ 6 tháng, 1 năm');
    expect(dates.recurringPhrase('báo cáo định kỳ 6 tháng, năm.')).toBe('định kỳ 6 tháng, năm');
  });
});

describe('agencies', () => {
  const agencies = new AgencyReader(rules);
  const names = (text: string) => agencies.readAll(text, 0).mentions.map((m) => m.name);
  it('writes out the construction department, the police of a level and the boards and associations written short', () => {
    expect(names('Sở XD, BHXH tỉnh, CA tỉnh, Phòng XD, CA xã')).toEqual(['Sở Xây dựng', 'Bảo hiểm xã hội tỉnh', 'Công an tỉnh', 'Phòng Xây dựng', 'Công an xã']);
    expect(names('BQL dự án, Chi cục THADS huyện, Hội NCT xã, Hội CTĐ huyện')).toEqual(['Ban Quản lý dự án', 'Chi cục Thi hành án dân sự huyện', 'Hội Người cao tuổi xã', 'Hội Chữ thập đỏ huyện']);
  });
  it('reads the forest rangers alone as a body before their verb, and the forest-protection department whole', () => {
    expect(names('Hạt Kiểm lâm bảo vệ rừng; các Hạt Kiểm lâm kiểm tra.')).toEqual(['Hạt Kiểm lâm', 'Các Hạt Kiểm lâm']);
    expect(names('Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên theo dõi, tổng hợp')).toEqual(['Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên']);
  });
  it('reads the central bodies of the youth union and the mass associations ("Trung ương Đoàn", "Trung ương Hội …"), and the union at every level, no ministry, in "cấp bộ Đoàn"', () => {
    expect(names('Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh chỉ đạo các cấp bộ Đoàn, cấp bộ Đảng')).toEqual(['Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Các cấp bộ Đoàn, cấp bộ Đảng']);
    expect(names('Trung ương Hội Liên hiệp Phụ nữ Việt Nam, Trung ương Đoàn phối hợp')).toEqual(['Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'Trung ương Đoàn']);
  });
  it('keeps the comma of the 2025 offices inside their names, reads "Khoa học" as no faculty and "Tổ đại biểu" as a body', () => {
    expect(names('Phòng Văn hóa, Khoa học và Thông tin phối hợp Phòng Kinh tế, Hạ tầng và Đô thị')).toEqual(['Phòng Văn hóa, Khoa học và Thông tin', 'Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(names('Sở Y tế, Khoa học và Công nghệ, Khoa Nội, Khoa Khoa học cơ bản')).toEqual(['Sở Y tế', 'Sở Khoa học và Công nghệ', 'Khoa Nội', 'Khoa Khoa học cơ bản']);
    // Their initials, comma and all.
    expect(names('Phòng KT, HT&ĐT chủ trì, phối hợp Phòng VH, KH&TT xã')).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Văn hóa, Khoa học và Thông tin xã']);
    // A council's groups of deputies, not one more of its boards.
    expect(names('các Ban của Hội đồng nhân dân, các Tổ đại biểu Hội đồng nhân dân tỉnh giám sát')).toEqual(['Các Ban của Hội đồng nhân dân', 'Các Tổ đại biểu Hội đồng nhân dân tỉnh']);
  });
  it('writes out the initials of district offices, broadcasters, unions and the city level', () => {
    expect(names('BCHQS huyện, Công an TP, Hội ND xã, Phòng VH&TT, Phòng KT&HT, Đài TT-TH huyện, Đài PT-TH tỉnh, Sở VH,TT&DL')).toEqual([
      'Ban Chỉ huy Quân sự huyện',
      'Công an thành phố',
      'Hội Nông dân xã',
      'Phòng Văn hóa và Thông tin',
      'Phòng Kinh tế và Hạ tầng',
      'Đài Truyền thanh - Truyền hình huyện',
      'Đài Phát thanh - Truyền hình tỉnh',
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);
    // Teams, post offices, alliances by their names; the courts and the treasury by their initials.
    expect(names('Hạt Kiểm lâm, Đội Quản lý thị trường số 5, Bưu điện huyện, Liên minh Hợp tác xã tỉnh, VKSND huyện, TAND huyện, KBNN huyện, Văn phòng Điều phối NTM huyện')).toEqual([
      'Hạt Kiểm lâm',
      'Đội Quản lý thị trường số 5',
      'Bưu điện huyện',
      'Liên minh Hợp tác xã tỉnh',
      'Viện kiểm sát nhân dân huyện',
      'Tòa án nhân dân huyện',
      'Kho bạc Nhà nước huyện',
      'Văn phòng Điều phối nông thôn mới huyện',
    ]);
    expect(names('Phòng Nội vụ rà soát đội ngũ giáo viên.')).toEqual(['Phòng Nội vụ']);
    // The city and the town by their initials, a dot before the place's name or not; a dot before a body ends the name.
    expect(names('UBND TP. Hà Nội, Sở Y tế TP.HCM, UBND TX. Sơn Tây, Công an TP.')).toEqual(['Ủy ban nhân dân thành phố Hà Nội', 'Sở Y tế thành phố Hồ Chí Minh', 'Ủy ban nhân dân thị xã Sơn Tây', 'Công an thành phố']);
    expect(names('báo cáo Công an TP. Sở Y tế phối hợp.')).toEqual(['Công an thành phố', 'Sở Y tế']);
  });
  it('keeps a canonical name with a comma whole when it is misspelt, names it as known, and splits two bodies that only look like one', () => {
    expect(names('Trung tâm Xúc đầu tư, Thương mại và Du lịch, Sở Tài chính')).toEqual(['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch', 'Sở Tài chính']);
    // Misspelt at its "và" too; two boards named each with its head stay two.
    expect(names('Văn phòng Hội đồng nhân và Ủy ban nhân dân, Ủy ban nhân dân các phường')).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Ủy ban nhân dân các phường']);
    expect(names('Ban Tuyên giáo và Ban Dân vận Huyện ủy')).toEqual(['Ban Tuyên giáo', 'Ban Dân vận Huyện ủy']);
    // Its level kept; a word of its own makes another body's name, and a short name is not near enough to tell.
    expect(names('Trung tâm Xúc tiến Đầu tư, Thương mai và Du lịch tỉnh, Ban Quản lý các dự án đầu tư xây dựng huyện, Sở Y tê')).toEqual([
      'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
      'Ban Quản lý các dự án đầu tư xây dựng huyện',
      'Sở Y tê',
    ]);
    expect(names('Sở Văn hóa, Thể thao, Du lịch')).toEqual(['Sở Văn hóa, Thể thao, Du lịch']);
    expect(names('Phòng Kinh tế, phòng Hạ tầng và Đô thị')).toEqual(['Phòng Kinh tế', 'Phòng Hạ tầng và Đô thị']);
    expect(names('Sở Văn hóa, Sở Thể thao và Du lịch')).toEqual(['Sở Văn hóa', 'Sở Thể thao và Du lịch']);
    // Names of the 2025 mergers (canonical), and a verb inside a name, before its level.
    expect(names('Chi cục Chăn nuôi, Thú y và Thủy sản, Chi cục Thủy lợi')).toEqual(['Chi cục Chăn nuôi, Thú y và Thủy sản', 'Chi cục Thủy lợi']);
    expect(names('Công an quận, Đội Quản lý trật tự xây dựng đô thị quận.')).toEqual(['Công an quận', 'Đội Quản lý trật tự xây dựng đô thị quận']);
    // The youth unions of three levels, their last word shared, and those directly under the province's.
    expect(names('Các huyện, thành, thị đoàn và Đoàn trực thuộc')).toEqual(['Các huyện, thành, thị đoàn', 'Đoàn trực thuộc']);
    expect(names('Ban Thường vụ các huyện, thành, thị đoàn chỉ đạo')).toEqual(['Ban Thường vụ các huyện, thành, thị đoàn']);
    expect(names('Các sở, ban, ngành trực thuộc')).toEqual(['Các sở, ban, ngành trực thuộc']);
    expect(names('Vụ Truyền thông và Thi đua, khen thưởng xây dựng tài liệu')).toEqual(['Vụ Truyền thông và Thi đua, khen thưởng']);
    expect(names('Chi nhánh Văn phòng đăng ký đất đai huyện cấp giấy chứng nhận')).toEqual(['Chi nhánh Văn phòng đăng ký đất đai huyện']);
  });
  it('restores a shared head word and expands abbreviations', () => {
    expect(names('phòng Nội vụ, Tài chính - Kế hoạch')).toEqual(['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch']);
    expect(names('Phòng GDĐT, Trung tâm GDNN - GDTX và UBND các phường')).toEqual([
      'Phòng Giáo dục và Đào tạo',
      'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
      'Ủy ban nhân dân các phường',
    ]);
    expect(names('Các trường Tiểu học, THCS')).toEqual(['Các trường Tiểu học', 'Các trường Trung học cơ sở']);
    // The offices of a provincial education department.
    expect(names('Phòng GDTrH phối hợp với Phòng KT&KĐCLGD, Phòng GDMN')).toEqual([
      'Phòng Giáo dục Trung học',
      'Phòng Khảo thí và Kiểm định chất lượng giáo dục',
      'Phòng Giáo dục Mầm non',
    ]);
    // After a plural body, a bare noun joins its group; after "và", a body with a name of its own stands apart.
    expect(names('các phòng, ban, đơn vị liên quan')).toEqual(['Các phòng, ban, đơn vị liên quan']);
    expect(names('các nhà trường và chính quyền địa phương')).toEqual(['Các nhà trường', 'Chính quyền địa phương']);
    expect(names('các Vụ, Cục liên quan')).toEqual(['Các Vụ, Cục liên quan']);
    // A list cut at its line's end leaves no "và" in the name.
    expect(names('Phòng Tài chính, Phòng Nội vụ và')).toEqual(['Phòng Tài chính', 'Phòng Nội vụ']);
  });
  it('gives the members named after "các sở:" the head, unless work follows the colon', () => {
    expect(names('Giao các sở: Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Xây dựng đôn đốc, hướng dẫn.')).toEqual([
      'Sở Giao thông vận tải',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Xây dựng',
    ]);
    expect(names('Các trường: Xây dựng kế hoạch dạy học')).toEqual(['Các trường']);
  });
  it('reads district bodies whose head is a whole name, and no body in the second half of another word', () => {
    expect(names('Quận đoàn chỉ đạo các trường; Bảo hiểm xã hội huyện, Chi nhánh Ngân hàng Chính sách xã hội huyện phối hợp')).toEqual([
      'Quận đoàn',
      'Các trường',
      'Bảo hiểm xã hội huyện',
      'Chi nhánh Ngân hàng Chính sách xã hội huyện',
    ]);
    expect(names('các tổ chức chính trị - xã hội huyện và các cơ sở Mầm non phối hợp trên cơ sở đó')).toEqual(['Các tổ chức chính trị - xã hội huyện', 'Các cơ sở Mầm non']);
  });
  it('keeps a comma that is inside a known name', () => {
    expect(names('Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính phối hợp')).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Tài chính']);
    expect(names('phòng Nội vụ, Tài chính - Kế hoạch')).toEqual(['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch']);
  });
  it('folds spellings of one body that differ by "và" into one agency', () => {
    const d = fromText('KẾ HOẠCH\nXây dựng trường học\n\nI. NHIỆM VỤ\n1. Ban Quản lý Dự án Đầu tư và Xây dựng quận chủ trì xây dựng trường.\n2. Ban Quản lý Dự án Đầu tư Xây dựng quận chủ trì sửa chữa trường.');
    expect(d.agencies.map((a) => [a.name, a.mentions.length])).toEqual([['Ban Quản lý Dự án Đầu tư và Xây dựng quận', 2]]);
  });
  it('knows the Party bodies by their heads: Quân ủy, Đảng đoàn', () => {
    expect(names('Cơ quan Ủy ban Kiểm tra Trung ương, Quân uỷ Trung ương và Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo')).toEqual([
      'Cơ quan Ủy ban Kiểm tra Trung ương',
      'Quân ủy Trung ương',
      'Đảng đoàn Hội đồng nhân dân tỉnh',
    ]);
  });
  it('reads a count before bodies of one kind as their determiner', () => {
    expect(names('phối hợp với Phòng Đào tạo và 05 khoa liên quan chuẩn bị dữ liệu sinh viên')).toEqual(['Phòng Đào tạo', '05 khoa liên quan']);
    expect(names('Tháng 12 năm 2023')).toEqual([]);
  });
  it('does not give the head word to a clause in lower case that follows a body', () => {
    expect(names('Phòng Tài chính - Kế hoạch đôn đốc, hướng dẫn lập dự toán')).toEqual(['Phòng Tài chính - Kế hoạch']);
    expect(names('Phòng Đào tạo, thực hiện chọn mẫu ngẫu nhiên')).toEqual(['Phòng Đào tạo']);
  });
  it('does not split a name that holds "và"', () => {
    expect(names('Văn phòng HĐND & UBND quận')).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận']);
    expect(names('Phòng Tài nguyên và Môi trường, Ban quản lý Dự án đầu tư & xây dựng quận')).toEqual([
      'Phòng Tài nguyên và Môi trường',
      'Ban quản lý Dự án đầu tư và xây dựng quận',
    ]);
  });
  it('writes a known body by its full name, as the canonical table gives it', () => {
    expect(names('Ủy ban Mặt trận Tổ quốc, UBMTTQ')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam']);
  });
  it('ends a name before a verb that other verbs follow or that only verbs can be', () => {
    expect(names('phòng Kinh tế, phòng Giáo dục và Đào tạo kiểm tra, rà soát các công trình')).toEqual(['Phòng Kinh tế', 'Phòng Giáo dục và Đào tạo']);
    expect(names('phòng Giáo dục và Đào tạo định hướng cho giáo viên')).toEqual(['Phòng Giáo dục và Đào tạo']);
    expect(names('Ủy ban Kiểm tra, Ban Tổ chức')).toEqual(['Ủy ban Kiểm tra', 'Ban Tổ chức']);
    expect(names('Các cơ quan liên quan nghiên cứu, rà soát quy trình')).toEqual(['Các cơ quan liên quan']);
  });
  it('reads heads written with the old tone placement, and respells whole syllables only', () => {
    expect(names('Phòng Nội vụ, Uỷ ban nhân dân phường')).toEqual(['Phòng Nội vụ', 'Ủy ban nhân dân phường']);
    expect(names('Giao uỷ ban nhân dân các phường')).toEqual(['Ủy ban nhân dân các phường']);
    expect(names('Trường Tiểu học Hoàn Kiếm, Phòng Văn hoá - Thông tin')).toEqual(['Trường Tiểu học Hoàn Kiếm', 'Phòng Văn hóa và Thông tin']);
    // "thôn" in "nông thôn" is no village level: the name goes on to its own level.
    expect(names('Văn phòng Điều phối nông thôn mới thành phố theo dõi, đôn đốc')).toEqual(['Văn phòng Điều phối nông thôn mới thành phố']);
    expect(names('Trưởng thôn Đông phối hợp')).toEqual(['Trưởng thôn Đông']);
    // The tax offices of 2025 by their level; tax itself is no body.
    expect(names('Thuế tỉnh, Kho bạc Nhà nước khu vực XII phối hợp')).toEqual(['Thuế tỉnh', 'Kho bạc Nhà nước khu vực XII']);
    expect(names('Thuế thu nhập cá nhân được miễn')).toEqual([]);
    expect(names('Tổ giúp việc Ban Chỉ đạo tổng hợp báo cáo')).toEqual(['Tổ giúp việc Ban Chỉ đạo']);
  });
  it('keeps "giao thông" inside a name, where "giao" alone is a verb', () => {
    expect(names('Đội Thanh tra giao thông số 7, Đội Cảnh sát giao thông tăng cường tuần tra')).toEqual(['Đội Thanh tra giao thông số 7', 'Đội Cảnh sát giao thông']);
    expect(names('Ban An toàn giao thông huyện giao Công an xã thực hiện')).toEqual(['Ban An toàn giao thông huyện', 'Công an xã']);
    expect(names('Phòng Cảnh sát giao thông tuần tra trên các tuyến quốc lộ')).toEqual(['Phòng Cảnh sát giao thông']);
  });
  it('keeps a group of heads that belongs to a body named after them one group', () => {
    expect(names('Các Khoa, Viện, Trường thuộc Trường rà soát chương trình')).toEqual(['Các Khoa, Viện, Trường thuộc Trường']);
    expect(names('Các phòng, ban, trung tâm trực thuộc Sở xây dựng kế hoạch')).toEqual(['Các phòng, ban, trung tâm trực thuộc Sở']);
    expect(names('Các Khoa, Trường Tiểu học Thực hành phối hợp')).toEqual(['Các Khoa', 'Trường Tiểu học Thực hành']);
  });
  it('reads "Nhà trường" as a body by itself, up to its verb', () => {
    expect(names('Đoàn trường phối hợp với Nhà trường tổ chức các hoạt động ngoại khóa')).toEqual(['Đoàn trường', 'Nhà trường']);
  });
  it('ends a proper name at a verb that names hold when a comma or a semicolon follows it', () => {
    expect(names('Phòng Nội vụ kiểm tra, thời gian: cả năm')).toEqual(['Phòng Nội vụ']);
    expect(names('Phòng Giáo dục và Đào tạo tuyên truyền; các trường thực hiện')).toEqual(['Phòng Giáo dục và Đào tạo', 'Các trường']);
    // A head and the verb alone are the name: "Ban chỉ đạo", "Ban quản lý".
    expect(names('phối hợp với Ban chỉ đạo, các phòng thực hiện')).toEqual(['Ban chỉ đạo', 'Các phòng']);
    expect(names('Ban QLDA đầu tư xây dựng, Phòng Tài chính phối hợp')).toEqual(['Ban Quản lý dự án đầu tư xây dựng', 'Phòng Tài chính']);
  });
  it('ends a whole name at its verb, even one that other names hold', () => {
    expect(names('Giáo viên chủ nhiệm phối hợp với Ban đại diện cha mẹ học sinh quản lý, giáo dục học sinh')).toEqual(['Giáo viên chủ nhiệm', 'Ban đại diện cha mẹ học sinh']);
    // "Ban" alone is no whole name: its verb may be part of it.
    expect(names('Ban quản lý dự án huyện phối hợp')).toEqual(['Ban quản lý dự án huyện']);
  });
  it('reads a steering body by its topic up to its level, and not over the object of its verb', () => {
    expect(names('Ban Chỉ đạo xây dựng nông thôn mới xã theo dõi, đôn đốc thực hiện')).toEqual(['Ban Chỉ đạo xây dựng nông thôn mới xã']);
    expect(names('Ban Chỉ đạo phát triển du lịch tỉnh chủ trì kiểm tra')).toEqual(['Ban Chỉ đạo phát triển du lịch tỉnh']);
    expect(names('Hội đồng thi đua khen thưởng huyện tổ chức bình xét')).toEqual(['Hội đồng thi đua khen thưởng huyện']);
    expect(names('Ban Chỉ đạo chỉ đạo các xã thực hiện')).toEqual(['Ban Chỉ đạo', 'Các xã']);
    expect(names('Ban Chỉ đạo kiểm tra việc thực hiện ở xã, báo cáo')).toEqual(['Ban Chỉ đạo']);
  });
  it('starts a new body at a journal, a cultural house or a community team listed after another head', () => {
    expect(names('Báo Công Thương, Tạp chí Công Thương thực hiện chuyên mục')).toEqual(['Báo Công Thương', 'Tạp chí Công Thương']);
    expect(names('Văn phòng Thành Đoàn, Nhà Văn hóa Thanh niên phối hợp')).toEqual(['Văn phòng Thành Đoàn', 'Nhà Văn hóa Thanh niên']);
    expect(names('Tổ công nghệ số cộng đồng các khu phố hướng dẫn người dân')).toEqual(['Tổ công nghệ số cộng đồng các khu phố']);
    // A building in lower case is no body.
    expect(names('Các thôn sửa chữa nhà văn hóa thôn')).toEqual(['Các thôn']);
  });
  it('reads one word in brackets after a body as its alias, and bodies in brackets as its units, without the bracket', () => {
    expect(names('Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) rà soát dự toán kinh phí')).toEqual(['Liên đoàn Thương mại và Công nghiệp Việt Nam']);
    expect(names('Ban Chỉ đạo (BCĐ), Phòng Nội vụ')).toEqual(['Ban Chỉ đạo', 'Phòng Nội vụ']);
    const [group, next] = agencies.readAll('các đơn vị (Phòng GDĐT, Phòng Nội vụ), Sở Tài chính thực hiện', 0).mentions;
    expect([group.name, group.units?.map((u) => [u.name, u.surface]), next.name]).toEqual(['Các đơn vị', [['Phòng Giáo dục và Đào tạo', 'Phòng GDĐT'], ['Phòng Nội vụ', 'Phòng Nội vụ']], 'Sở Tài chính']);
    // The police units whose names hold a verb and "về".
    expect(names('Phòng Cảnh sát quản lý hành chính về trật tự xã hội chủ trì, phối hợp Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện')).toEqual([
      'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
      'Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện',
    ]);
    // A level after the alias is the name's own; the initials alone name the body too.
    expect(names('Trung tâm Kiểm soát bệnh tật (CDC) tỉnh chủ trì, phối hợp với BVĐK tỉnh')).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh', 'Bệnh viện Đa khoa tỉnh']);
    expect(names('CDC tỉnh, Sở TN&MT hướng dẫn')).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh', 'Sở Tài nguyên và Môi trường']);
  });
  it('ends a head named short before a verb no name holds, and keeps the verbs names hold', () => {
    expect(names('Trung tâm chủ trì tổ chức hội nghị')).toEqual(['Trung tâm']);
    expect(names('UBND chủ trì, phối hợp Phòng Nội vụ')).toEqual(['Ủy ban nhân dân', 'Phòng Nội vụ']);
    expect(names('Hội đồng thẩm định dự án, Ban giám sát đầu tư cộng đồng')).toEqual(['Hội đồng thẩm định dự án', 'Ban giám sát đầu tư cộng đồng']);
  });
  it('ends a Party body named by its head alone before its verb, and reads the grassroots Party organisations', () => {
    expect(names('Chi bộ tổ chức sinh hoạt chuyên đề')).toEqual(['Chi bộ']);
    expect(names('Đảng ủy tổ chức hội nghị quán triệt, Chi đoàn tổ chức ra quân')).toEqual(['Đảng ủy', 'Chi đoàn']);
    // A verb names hold stays in the names of boards: "Ban Tổ chức".
    expect(names('Ban Tổ chức Huyện ủy chủ trì')).toEqual(['Ban Tổ chức Huyện ủy']);
    expect(names('Các tổ chức cơ sở đảng, các cơ quan, ban, ngành huyện căn cứ Chương trình')).toEqual(['Các tổ chức cơ sở đảng', 'Các cơ quan, ban, ngành huyện']);
  });
  it('names a management board and an organising committee by their topic, up to their level', () => {
    expect(names('Ban quản lý xây dựng nông thôn mới xã tham mưu UBND xã')).toEqual(['Ban quản lý xây dựng nông thôn mới xã', 'Ủy ban nhân dân xã']);
    expect(names('Ban Tổ chức hội thi cấp xã chủ trì')).toEqual(['Ban Tổ chức hội thi cấp xã']);
    expect(names('Ban quản lý chợ phối hợp')).toEqual(['Ban quản lý chợ']);
  });
  it('keeps the verbs of a known name right after its head: the one-stop desk', () => {
    expect(names('Bộ phận tiếp nhận và trả kết quả xã số hóa hồ sơ')).toEqual(['Bộ phận tiếp nhận và trả kết quả xã']);
    // A verb right after the head of no known name still ends it.
    expect(names('Bộ phận tiếp nhận hồ sơ, Trung tâm chủ trì')).toEqual(['Bộ phận', 'Trung tâm']);
  });
  it('ends a name before an adverb and its verb', () => {
    expect(names('các sở, ngành, địa phương liên quan khẩn trương rà soát danh mục')).toEqual(['Các sở, ngành, địa phương liên quan']);
  });
  it('takes no head word alone in lower case for a body', () => {
    expect(names('phòng Giáo dục và Đào tạo định hướng cho cán bộ')).toEqual(['Phòng Giáo dục và Đào tạo']);
    expect(names('Ban Chỉ đạo; trưởng ban')).toEqual(['Ban Chỉ đạo']);
  });
  it('keeps the level and place of a body', () => {
    expect(names('Ủy ban nhân dân phường Thành Tô')).toEqual(['Ủy ban nhân dân phường Thành Tô']);
  });
  it('stops at the verb after a body', () => {
    expect(agencies.readList('Phòng Nội vụ chủ trì, phối hợp phòng GDĐT', 0).mentions.map((m) => m.name)).toEqual(['Phòng Nội vụ']);
  });
});

describe('OCR clean-up table (rules/ocr.yaml), on errors seen in real scans', () => {
  it('fixes each recorded error and leaves correct text alone', async () => {
    const { PageReader } = await import('../src/load/ocr.js');
    const reader = new PageReader(rules.ocr);
    const cases: [string, string][] = [
      ['L MỤC ĐÍCH, YÊU CẦU', 'I. MỤC ĐÍCH, YÊU CẦU'],
      ['IH. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU'],
      ['IHL.TỔ CHỨC THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN'],
      ['KÉ HOẠCH', 'KẾ HOẠCH'],
      ['Quyết định số 214/QÐ-DCT', 'Quyết định số 214/QĐ-DCT'],
      ['Thành phố Hồ Chí Minh, ngày kháng 6 năm 2026', 'Thành phố Hồ Chí Minh, ngày tháng 6 năm 2026'],
      ['từ ngày 29/6/2026 đền hết ngày 09/7/2026', 'từ ngày 29/6/2026 đến hết ngày 09/7/2026'],
      ['Trẻ Nhà trẻ: $1.827/3.323 = 55\\96$; trẻ Mẫu giáo: $6.333/6.462 (98V%)$', 'Trẻ Nhà trẻ: $1.827/3.323 = 55\\%$; trẻ Mẫu giáo: $6.333/6.462 (98\\%)$'],
      ['Trung tâm Quân lý chất lượng', 'Trung tâm Quản lý chất lượng'],
      ['Tố chức thi Giáo viên dạy giỏi; Ủy ban Mặt trận Tố quốc', 'Tổ chức thi Giáo viên dạy giỏi; Ủy ban Mặt trận Tổ quốc'],
      ['Kiếm tra công tác phố cập giáo dục, chuấn bị thay sách', 'Kiểm tra công tác phổ cập giáo dục, chuẩn bị thay sách'],
      ['Phòng Y tế, Trung tâm V tế; Trung học cơ SỞ', 'Phòng Y tế, Trung tâm Y tế; Trung học cơ sở'],
      ['Đơn vị chủ trừphối hợp', 'Đơn vị chủ trì/phối hợp'],
      ['7. Các chỉ bộ trực thuộc Đảng ủy; Bí thư Chỉ bộ.', '7. Các chi bộ trực thuộc Đảng ủy; Bí thư Chi bộ.'],
      ['chỉ bộ phận một cửa tiếp nhận', 'chỉ bộ phận một cửa tiếp nhận'],
      ['tố cáo, phố cổ, kiếm sống', 'tố cáo, phố cổ, kiếm sống'],
      ['1. Mục tiêu', '1. Mục tiêu'],
      ['I. MỤC TIÊU', 'I. MỤC TIÊU'],
      ['Lãnh đạo, chỉ đạo', 'Lãnh đạo, chỉ đạo'],
    ];
    for (const [read, fixed] of cases) expect(reader.fixLine(read)).toBe(fixed);
  });
});

describe('rule tables', () => {
  it('list each word, phrase or name once in a table', () => {
    const repeated: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        const seen = new Set<string>();
        for (const row of value) {
          const key = row && typeof row === 'object' ? ((row as Record<string, unknown>).word ?? (row as Record<string, unknown>).phrase ?? (row as Record<string, unknown>).name) : undefined;
          if (typeof key !== 'string') continue;
          if (seen.has(key)) repeated.push(`${path}: ${key}`);
          seen.add(key);
        }
        value.forEach((row, i) => visit(row, `${path}[${i}]`));
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
      }
    };
    visit(rules, '');
    expect(repeated).toEqual([]);
  });
  it('probe a text for an abbreviation with the pattern less its boundaries, which matches wherever the pattern does', () => {
    expect(withoutBoundaries('\\bUBND\\b|\\\\b')).toBe('UBND|\\\\b');
    const texts = readdirSync(join(root, 'fixtures/txt')).map((f) => fixture(`fixtures/txt/${f}`).toString('utf8'));
    let matched = 0;
    for (const { pattern } of rules.agencies.abbreviations) {
      // Sticky: the probe must match at the very place the pattern did.
      const probe = compile(withoutBoundaries(pattern), 'y', true);
      for (const text of texts) {
        for (const m of text.matchAll(compile(pattern, 'g', true))) {
          matched++;
          probe.lastIndex = m.index;
          expect(probe.test(text), pattern).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
