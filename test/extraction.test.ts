// Rule families on short real sentences, with the negative cases: what must NOT be extracted.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/pipeline.js';
import { fromText, rules } from './helpers.js';

const plan = (body: string, title = 'Phát triển giáo dục') => fromText(`KẾ HOẠCH\n${title}\n\nI. MỤC TIÊU\n${body}\n`);
/** Each task as [title, leads, partners]. */
const assigned = (body: string) => plan(body).tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)]);
const timed = (body: string) => plan(body).tasks.map((t) => [t.title, t.period.start, t.period.end, t.period.text]);
const targets = (body: string, title?: string) => plan(body, title).targets.map((t) => ({ text: t.text, min: t.value.min, max: t.value.max, comparator: t.comparator, year: t.year }));

describe('percentage targets', () => {
  it('reads every percentage form', () => {
    const t = targets('- 100% trường; 70 % học sinh; 84,7% trẻ; Hoàn thành xuất sắc: 55-60%; Tốt: 5 - 10%; Chưa hoàn thành: 0,5-1%.');
    expect(t.map((x) => [x.min, x.max, x.comparator])).toEqual([
      [100, 100, 'eq'],
      [70, 70, 'eq'],
      [84.7, 84.7, 'eq'],
      [55, 60, 'range'],
      [5, 10, 'range'],
      [0.5, 1, 'range'],
    ]);
  });
  it('reads a decimal point as well as a decimal comma, and a dot before three digits as thousands', () => {
    const t = targets('- Tỷ lệ huy động trẻ đạt 99.5%; tỷ lệ bỏ học dưới 0.25%; 8.289 trẻ/ 9.785 (84,7%); 1.5 - 2% hộ nghèo.\nTT\tChỉ tiêu\tĐơn vị tính\tNăm 2026\n1\tTỷ lệ trẻ đi học\t%\t99.5');
    expect(t.map((x) => [x.text, x.min, x.max])).toEqual([
      ['99.5%', 99.5, 99.5],
      ['dưới 0.25%', 0.25, 0.25],
      ['84,7%', 84.7, 84.7],
      ['1.5 - 2%', 1.5, 2],
      ['99.5', 99.5, 99.5],
    ]);
  });
  it('reads ratios, LaTeX-ish formulas and table cells', () => {
    const t = targets('Số trẻ huy động ra lớp: 8.289 trẻ/ 9.785 (84,7%). Trẻ mẫu giáo: $6.333/6.462 (98\\%)$\nTrình độ\tMầm non\tTiểu học\n1. Đạt chuẩn\tCông lập: 99-100%\t95-96%');
    expect(t.map((x) => x.text)).toEqual(['84,7%', '98%', '99-100%', '95-96%']);
  });
  it('names a table cell’s target by its row, past the cell that numbers it, and by a column header that names more than rows or targets', () => {
    const d = plan('TT\tNội dung\tChỉ tiêu\tGhi chú\n1\tTỷ lệ trẻ đến trường\t98%\t\n2\tTỷ lệ trẻ suy dinh dưỡng\tdưới 3%\tGiảm so với năm trước');
    expect(d.targets.map((t) => [t.subject, t.comparator])).toEqual([
      ['Tỷ lệ trẻ đến trường', 'eq'],
      ['Tỷ lệ trẻ suy dinh dưỡng', 'lt'],
    ]);
    // A work table: the percentage inside a task's cell measures what the cell names.
    const work = plan('STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tTích hợp 100% dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia\tVăn phòng UBND tỉnh\tQuý II/2026');
    expect(work.targets.map((t) => t.subject)).toEqual(['dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia']);
    const columns = plan('TT\tChỉ tiêu\tNông thôn\tĐô thị\n1\tTỷ lệ hộ dùng nước sạch\t85%\t98%');
    expect(columns.targets.map((t) => t.subject)).toEqual(['Tỷ lệ hộ dùng nước sạch – Nông thôn', 'Tỷ lệ hộ dùng nước sạch – Đô thị']);
    // A column headed by a year says when: the cell's year, and no part of what it measures; notes name nothing.
    const yearly = plan('TT\tChỉ tiêu\tKế hoạch năm 2027\tGhi chú\n1\tTỷ lệ hồ sơ giải quyết đúng hạn\t≥ 98%\t\n2\tTỷ lệ hài lòng của người dân\t95%\tTăng 2% so với năm trước');
    expect(yearly.targets.map((t) => [t.subject, t.year, t.yearSource])).toEqual([
      ['Tỷ lệ hồ sơ giải quyết đúng hạn', 2027, 'heading'],
      ['Tỷ lệ hài lòng của người dân', 2027, 'heading'],
      ['Tỷ lệ hài lòng của người dân', null, null],
    ]);
  });
  it('takes the comparator from the qualifier words', () => {
    const t = targets('- có ít nhất 25% trường; tối thiểu 20% ngân sách; từ 50% trở lên; trên 95% trẻ; hơn 70% gia đình; dưới 1% học sinh; không quá 5% lớp; tối đa 10% giờ; khoảng 30% xã; đạt 70% trở lên; còn 2% trở xuống; từ 3% trở xuống.');
    expect(t.map((x) => [x.text, x.comparator])).toEqual([
      ['ít nhất 25%', 'gte'],
      ['tối thiểu 20%', 'gte'],
      ['từ 50% trở lên', 'gte'],
      ['trên 95%', 'gt'],
      ['hơn 70%', 'gt'],
      ['dưới 1%', 'lt'],
      ['không quá 5%', 'lte'],
      ['tối đa 10%', 'lte'],
      ['khoảng 30%', 'approx'],
      ['70% trở lên', 'gte'],
      ['2% trở xuống', 'lte'],
      ['từ 3% trở xuống', 'lte'],
    ]);
    // The longest qualifier wins, and a verb may join it to the number.
    expect(targets('- tối thiểu đạt 80% hộ; không vượt 5% trẻ; đạt trên dưới 90% rác; trên 95% trở lên.').map((x) => [x.text, x.comparator])).toEqual([
      ['tối thiểu đạt 80%', 'gte'],
      ['không vượt 5%', 'lte'],
      ['trên dưới 90%', 'approx'],
      ['trên 95% trở lên', 'gte'],
    ]);
    // "từ … trở lên" around what is measured: a floor, and what it measures read without "trở lên".
    const around = plan('- Hằng năm, có từ 95% tổ chức cơ sở đảng trở lên hoàn thành tốt nhiệm vụ.\n- Từ 70% xã đạt chuẩn.').targets;
    expect(around.map((x) => [x.text, x.comparator, x.subject])).toEqual([
      ['từ 95%', 'gte', 'tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ'],
      ['70%', 'eq', 'xã đạt chuẩn'],
    ]);
    // A ceiling put as what must not happen; "quá" alone is no comparator word.
    expect(targets('- Không để xảy ra quá 5% điểm tập kết rác tồn đọng; không để vượt quá 2% hộ tái nghèo; 3% quá hạn.').map((x) => [x.text, x.comparator])).toEqual([
      ['Không để xảy ra quá 5%', 'lte'],
      ['không để vượt quá 2%', 'lte'],
      ['3%', 'eq'],
    ]);
    // A range keeps the word that opens it, an approximate one too.
    expect(targets('- chiếm khoảng 25-30% GRDP; trong khoảng 5-7% hộ; từ 85% đến 90% trẻ; từ 80% đến dưới 90% hộ.').map((x) => [x.text, x.comparator, x.min, x.max])).toEqual([
      ['khoảng 25-30%', 'range', 25, 30],
      ['trong khoảng 5-7%', 'range', 5, 7],
      ['từ 85% đến 90%', 'range', 85, 90],
      // One range, closing below its upper number.
      ['từ 80% đến dưới 90%', 'range', 80, 90],
    ]);
    // No range across a line's end before its dash: a heading's year, then an item's share; after its dash, as a PDF's lines break, one.
    expect(plan('2. Mục tiêu đến năm 2030\n- 100% trường mầm non đạt chuẩn quốc gia.').targets.map((t) => [t.text, t.comparator, t.year, t.subject])).toEqual([['100%', 'eq', 2030, 'trường mầm non đạt chuẩn quốc gia']]);
    const pdfText = 'KẾ HOẠCH\nNăm học 2023-2024\n\nI. MỤC TIÊU\n- Hoàn thành Tốt: 10-\n15%.';
    const pdf = buildDocument('x.pdf', new TextEncoder().encode(pdfText), { format: 'pdf', text: pdfText, pageStarts: [0], pages: 1, messages: [] }, rules);
    expect(pdf.targets.map((t) => [t.value.min, t.value.max, t.comparator])).toEqual([[10, 15, 'range']]);
    // A capitalised word before the number is its grade only when nothing after the number names what it counts.
    expect(plan('- Có 100% xã.\n- Tốt 60%, Khá 30%, Đạt 10%.').targets.map((t) => t.subject)).toEqual(['xã', 'Tốt', 'Khá', 'Đạt']);
    // Closing words decide; a qualifier before the number beside them is no part of what is measured.
    expect(plan('- Tỷ lệ trường đạt chuẩn trên 90% trở lên.').targets.map((t) => [t.text, t.comparator, t.subject])).toEqual([['trên 90% trở lên', 'gte', 'Tỷ lệ trường đạt chuẩn']]);
  });
  it('reads a table of indicators whose columns are parts of what each row measures, in the plan’s year', () => {
    const d = plan(
      ['TT\tChỉ tiêu\tĐơn vị tính\tMầm non\tTiểu học\tTHCS\tGhi chú', '1\tTỷ lệ trường đạt chuẩn quốc gia\t%\t60\t75\t70\t', '2\tTỷ lệ giáo viên đạt chuẩn\t%\t95\t≥ 98\t100\t', '3\tSố trường\tTrường\t12\t15\t8\t'].join('\n'),
      'Phát triển giáo dục năm 2026',
    );
    expect(d.targets.map((t) => [t.subject, t.value.min, t.comparator, t.year])).toEqual([
      ['Tỷ lệ trường đạt chuẩn quốc gia – Mầm non', 60, 'eq', 2026],
      ['Tỷ lệ trường đạt chuẩn quốc gia – Tiểu học', 75, 'eq', 2026],
      ['Tỷ lệ trường đạt chuẩn quốc gia – THCS', 70, 'eq', 2026],
      ['Tỷ lệ giáo viên đạt chuẩn – Mầm non', 95, 'eq', 2026],
      ['Tỷ lệ giáo viên đạt chuẩn – Tiểu học', 98, 'gte', 2026],
      ['Tỷ lệ giáo viên đạt chuẩn – THCS', 100, 'eq', 2026],
    ]);
  });
  it('reads a table of indicators: a target per year column of each row measured in percent', () => {
    const d = plan(
      [
        'TT\tChỉ tiêu\tĐơn vị tính\tThực hiện 2020\tNăm 2025\tNăm 2030',
        '1\tTỷ lệ trường đạt chuẩn quốc gia\t%\t62\t80\t≥ 90',
        '2\tSố phòng học được kiên cố hóa\tPhòng\t120\t200\t300',
        '3\tTỷ lệ trẻ 5 tuổi đi học mẫu giáo\t%\t98,5\t99 - 100\t100%',
        '4\tTốc độ tăng giá trị sản xuất nông nghiệp\t%/năm\t2,5\t3,0\t3,5',
        '5\tTỷ lệ người dân có tài khoản định danh điện tử mức 2\t%\t40\t80\t95',
        '',
        'Tỷ lệ 62% của năm 2020 là kết quả.',
      ].join('\n'),
    );
    expect(d.targets.filter((t) => t.ruleId === 'targets:indicator-table').map((t) => [t.text, t.comparator, t.value.min, t.value.max, t.year, t.subject])).toEqual([
      ['80', 'eq', 80, 80, 2025, 'Tỷ lệ trường đạt chuẩn quốc gia'],
      ['≥ 90', 'gte', 90, 90, 2030, 'Tỷ lệ trường đạt chuẩn quốc gia'],
      ['99 - 100', 'range', 99, 100, 2025, 'Tỷ lệ trẻ 5 tuổi đi học mẫu giáo'],
      ['100%', 'eq', 100, 100, 2030, 'Tỷ lệ trẻ 5 tuổi đi học mẫu giáo'],
      // A rate per year is measured in percent too.
      ['3,0', 'eq', 3, 3, 2025, 'Tốc độ tăng giá trị sản xuất nông nghiệp'],
      ['3,5', 'eq', 3.5, 3.5, 2030, 'Tốc độ tăng giá trị sản xuất nông nghiệp'],
      ['80', 'eq', 80, 80, 2025, 'Tỷ lệ người dân có tài khoản định danh điện tử mức 2'],
      ['95', 'eq', 95, 95, 2030, 'Tỷ lệ người dân có tài khoản định danh điện tử mức 2'],
    ]);
    // A number ending a row's name is no percentage with the unit column after its tab ("mức 2<tab>%").
    expect(d.targets.filter((t) => t.ruleId !== 'targets:indicator-table').map((t) => t.text)).not.toContain('2 %');
    expect(d.quality.unreadPercentages).toBe(0);
  });
  it('reads a verb that holds what it opens at a level as a ceiling, and a share of what it controls as no bound', () => {
    expect(targets('- Khống chế tỷ lệ tăng dân số tự nhiên ở mức 1,1%.\n- Phấn đấu kiểm soát tỷ lệ lạm phát ở mức 4%.\n- Kiểm soát 100% cơ sở giết mổ gia súc.\n- Khống chế dịch bệnh, tỷ lệ tiêm chủng ở mức 95%.').map((t) => [t.min, t.comparator])).toEqual([
      [1.1, 'lte'],
      [4, 'lte'],
      [100, 'eq'],
      [95, 'eq'],
    ]);
  });
  it('tells a rise or fall from a baseline from a level', () => {
    const d = plan('- Tỷ lệ học sinh đỗ lớp 10 công lập tăng 5% so với năm học trước.\n- Số vụ tai nạn giảm ít nhất 10%.\n- Tỷ lệ trường đạt chuẩn tăng lên 90%.\n- Tỷ lệ chất thải rắn được thu gom tăng từ 85% năm 2025 lên 98% vào năm 2030.\n- Giảm tỷ lệ hộ nghèo từ 3,5% (năm 2025) xuống còn 2%.');
    // From a baseline to the target, its year beside it or not: the baseline is no target.
    expect(d.targets.map((t) => [t.text, t.comparator, t.change, t.subject])).toEqual([
      ['tăng 5%', 'eq', 'increase', 'Tỷ lệ học sinh đỗ lớp 10 công lập'],
      ['giảm ít nhất 10%', 'gte', 'decrease', 'Số vụ tai nạn'],
      ['90%', 'eq', null, 'Tỷ lệ trường đạt chuẩn'],
      ['98%', 'eq', null, 'Tỷ lệ chất thải rắn được thu gom'],
      ['2%', 'eq', null, 'tỷ lệ hộ nghèo'],
    ]);
    expect(d.targets[3].year).toBe(2030);
  });
  it('keeps a rate’s unit with its number and leaves a note in brackets out of what is measured', () => {
    const d = plan('- Đến năm 2030: tỷ lệ hộ nghèo (theo chuẩn mới) giảm bình quân 1%/năm.\n- Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026-2030 đạt 10%/năm trở lên.');
    expect(d.targets.map((t) => [t.text, t.comparator, t.change, t.year, t.subject])).toEqual([
      ['giảm bình quân 1%/năm', 'eq', 'decrease', 2030, 'tỷ lệ hộ nghèo'],
      // "trở lên" closes the rate, not "/năm".
      ['10%/năm trở lên', 'gte', null, 2030, 'Tốc độ tăng trưởng GRDP'],
    ]);
  });
  it('measures the revenue or spending that reaches a share of its budget estimate or plan, and reads a floor after that whole', () => {
    expect(plan('- Thu ngân sách nhà nước trên địa bàn đạt 105% dự toán.\n- Chi ngân sách đạt 100% dự toán được giao.').targets.map((t) => t.subject)).toEqual(['Thu ngân sách nhà nước trên địa bàn', 'Chi ngân sách']);
    const d = plan(
      '- Thu ngân sách đạt 100% dự toán được giao trở lên.\n- Giải ngân 100% kế hoạch vốn đầu tư công.\n- Hoàn thành 100% kế hoạch được giao trở lên.\n- 90% kế hoạch sử dụng đất được phê duyệt.\n- 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.\n- Để phấn đấu giải ngân đạt trên 95% kế hoạch vốn, yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ.',
    );
    expect(d.targets.map((t) => [t.comparator, t.subject])).toEqual([
      ['gte', 'Thu ngân sách'],
      // A bare verb before the share: what it does with the whole.
      ['eq', 'Giải ngân kế hoạch vốn đầu tư công'],
      ['gte', 'Hoàn thành kế hoạch được giao'],
      // "kế hoạch" alone counts plans; "trở lên" after other words is part of what is measured.
      ['eq', 'kế hoạch sử dụng đất được phê duyệt'],
      ['eq', 'tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên'],
      // A purpose and words of aim before the verb are no part of it.
      ['gt', 'giải ngân kế hoạch vốn'],
    ]);
  });
  it('reads grades as their labels, "Đạt" among them, and no space into a number’s text', () => {
    const d = plan('- Kết quả rèn luyện: Tốt ≥ 80%; Khá ≤ 18%; Đạt ≤ 2%.\n- Xếp loại: Tốt 60%, Khá 30%, Đạt 10%.\n- Học sinh hoàn thành chương trình lớp học: 99,5% trở lên.');
    expect(d.targets.map((t) => [t.text, t.comparator, t.subject])).toEqual([
      // The grade under the label before the colon that names what is graded.
      ['≥ 80%', 'gte', 'Kết quả rèn luyện – Tốt'],
      ['≤ 18%', 'lte', 'Kết quả rèn luyện – Khá'],
      ['≤ 2%', 'lte', 'Kết quả rèn luyện – Đạt'],
      ['60%', 'eq', 'Xếp loại – Tốt'],
      ['30%', 'eq', 'Xếp loại – Khá'],
      ['10%', 'eq', 'Xếp loại – Đạt'],
      ['99,5% trở lên', 'gte', 'Học sinh hoàn thành chương trình lớp học'],
    ]);
  });
  it('reads "đạt và vượt" as a floor, an average before the level as no part of the subject, and a share of total revenue', () => {
    const d = plan('- Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao đạt và vượt 40%.\n- Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản bình quân đạt 3,5%/năm.\n- Giảm tỷ lệ hộ nghèo đa chiều bình quân 1,5%/năm.\n- Phấn đấu doanh thu từ các dịch vụ ban đêm chiếm 30% tổng doanh thu du lịch.');
    expect(d.targets.map((t) => [t.text, t.comparator, t.subject])).toEqual([
      ['đạt và vượt 40%', 'gte', 'Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao'],
      ['3,5%/năm', 'eq', 'Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản'],
      ['1,5%/năm', 'eq', 'tỷ lệ hộ nghèo đa chiều'],
      ['30%', 'eq', 'doanh thu từ các dịch vụ ban đêm'],
    ]);
  });
  it('sets the targets of a campaign for an occasion in the occasion’s year', () => {
    const d = plan('- Tỷ lệ điều tra, khám phá án về trật tự xã hội đạt trên 80%.', 'Cao điểm tấn công, trấn áp tội phạm dịp Lễ 30/4 và 01/5/2026');
    expect(d.targets.map((t) => [t.year, t.yearSource])).toEqual([[2026, 'document']]);
    expect(plan('- 100% cơ sở được kiểm tra.', 'Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ 2026').targets.map((t) => t.year)).toEqual([2026]);
  });
  it('sets the targets of a plan for a period of years at its end, but not by the period of a programme its title quotes', () => {
    const period = (title: string) => plan('- 100% khu công nghiệp có hệ thống xử lý nước thải tập trung.', title).targets.map((t) => [t.year, t.yearSource]);
    expect(period('Bảo vệ môi trường trên địa bàn thành phố giai đoạn 2026 - 2030')).toEqual([[2030, 'document']]);
    expect(period('Phát triển du lịch cộng đồng giai đoạn 2026 - 2030, định hướng đến năm 2035')).toEqual([[2030, 'document']]);
    expect(period('Triển khai thực hiện Đề án “Nâng cao chất lượng giáo dục giai đoạn 2020 - 2025”')).toEqual([[null, null]]);
    // The horizon after the plan's year is not its year.
    expect(period('Phát triển du lịch đến năm 2030, tầm nhìn đến năm 2045')).toEqual([[2030, 'document']]);
    // A task restating the plan's period keeps it, unlike one restating a plan's one school year.
    const d = plan('- Trường Cao đẳng Du lịch tổ chức các lớp bồi dưỡng kỹ năng; giai đoạn 2026 - 2030.', 'Phát triển du lịch giai đoạn 2026 - 2030');
    expect(d.tasks.map((t) => [t.period.start, t.period.end])).toEqual([['2026', '2030']]);
  });
  it('reads the end of a numbered phase as the deadline of its targets', () => {
    const d = plan('1. Giai đoạn 1 (2026 - 2027):\n- 70% lao động được bồi dưỡng nghiệp vụ.\n2. Giai đoạn 2 (từ năm 2028 - 2030):\n- 90% lao động được bồi dưỡng nghiệp vụ.', 'Phát triển nguồn nhân lực du lịch đến năm 2035');
    expect(d.targets.map((t) => [t.text, t.year, t.yearSource])).toEqual([
      ['70%', 2027, 'heading'],
      ['90%', 2030, 'heading'],
    ]);
  });
  it('reads "trở lên" after the whole herd or total a number is a share of as a floor', () => {
    const d = plan('- Tỷ lệ tiêm phòng dại cho chó, mèo đạt 70% tổng đàn trở lên.\n- Tỷ lệ tiêm phòng lở mồm long móng đạt trên 80% tổng đàn.\n- Kết nạp đảng viên mới đạt 3% tổng số đảng viên trở lên.');
    expect(d.targets.map((t) => [t.text, t.comparator, t.subject])).toEqual([
      ['70%', 'gte', 'Tỷ lệ tiêm phòng dại cho chó, mèo'],
      ['đạt trên 80%', 'gt', 'Tỷ lệ tiêm phòng lở mồm long móng'],
      ['3%', 'gte', 'Kết nạp đảng viên mới'],
    ]);
  });
  it('reads a share in brackets after a count as measuring what the count counts', () => {
    const d = plan('- Phấn đấu 03/16 xã (18,75%) đạt chuẩn nông thôn mới kiểu mẫu.\n- Hoàn thành 12/12 thôn (100%) có nhà văn hóa đạt chuẩn.\n- 100% (15/15) trường học có phòng y tế đạt chuẩn.');
    expect(d.targets.map((t) => [t.text, t.subject])).toEqual([
      ['18,75%', 'xã đạt chuẩn nông thôn mới kiểu mẫu'],
      ['100%', 'thôn có nhà văn hóa đạt chuẩn'],
      ['100%', 'trường học có phòng y tế đạt chuẩn'],
    ]);
    // With nothing after the bracket: the words after the count, or the label before it when these only name what is counted.
    const e = plan('- Có 45/50 trường đạt chuẩn quốc gia (đạt 90%).\n- Có thêm 03 trường đạt chuẩn, nâng tổng số trường đạt chuẩn lên 52/60 trường (đạt 86,7%).\n- Số xã đạt chuẩn nông thôn mới: 12/15 xã (80%).');
    expect(e.targets.map((t) => [t.text, t.subject])).toEqual([
      ['90%', 'trường đạt chuẩn quốc gia'],
      ['86,7%', 'tổng số trường đạt chuẩn'],
      ['80%', 'Số xã đạt chuẩn nông thôn mới'],
    ]);
    // The share after the count's comma, and after a count the words "tương đương" link to it.
    const f = plan('- Có 12/15 trường đạt chuẩn quốc gia, chiếm tỷ lệ 80%.\n- Số hộ nghèo giảm 120 hộ, tương đương giảm 1,2%.\n- Số thuê bao băng rộng cố định đạt 30 thuê bao/100 dân, tăng 10% so với năm 2025.');
    expect(f.targets.map((t) => [t.text, t.subject])).toEqual([
      ['80%', 'trường đạt chuẩn quốc gia'],
      ['giảm 1,2%', 'Số hộ nghèo'],
      ['tăng 10%', 'Số thuê bao băng rộng cố định'],
    ]);
    // A unit of three words; a clause after the comma that says what must not be.
    expect(plan('- Vận động hiến máu tình nguyện đạt 1.200 đơn vị máu, tăng 10% so với năm 2025.\n- Phấn đấu 70% cơ sở Hội xếp loại vững mạnh, không có cơ sở Hội yếu kém.').targets.map((t) => t.subject)).toEqual([
      'Vận động hiến máu tình nguyện',
      'cơ sở Hội xếp loại vững mạnh',
    ]);
    // A level in a unit of its own before the number's clause is no part of what the number measures.
    expect(plan('- Thu nhập bình quân đầu người đạt 85 triệu đồng/năm, tăng 8% so với năm 2025.').targets.map((t) => [t.text, t.change, t.subject])).toEqual([['tăng 8%', 'increase', 'Thu nhập bình quân đầu người']]);
    // A count in its own unit before the number's clause: after a verb what it counts changes; after a noun, the noun; a label of a goal names nothing.
    expect(
      plan('- Thu hút 1,2 triệu lượt khách, tăng 15% so với năm 2025.\n- Tổng thu ngân sách 1.200 tỷ đồng, tăng 10%.\n- Phát triển mới 300 đảng viên, tăng 5%.\n- Tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 100%.\n1. Mục tiêu: Thu hút 150.000 lượt khách, tăng 15% so với năm 2025.').targets.map((t) => t.subject),
    ).toEqual(['lượt khách', 'Tổng thu ngân sách', 'đảng viên', 'Tỷ lệ học sinh lớp 9 tốt nghiệp THCS', 'lượt khách']);
    // "tăng trưởng" before the number is a rise too; opening the clause it names a rate.
    expect(
      plan('- Lượng khách du lịch đường thủy đạt 1,5 triệu lượt, tăng trưởng bình quân 15%/năm.\n- Tăng trưởng kinh tế đạt 8%.').targets.map((t) => [t.text, t.change, t.subject]),
    ).toEqual([
      ['tăng trưởng bình quân 15%/năm', 'increase', 'Lượng khách du lịch đường thủy'],
      ['8%', null, 'Tăng trưởng kinh tế'],
    ]);
  });
  it('measures with the number before it a number after a semicolon that names nothing', () => {
    const d = plan('- Tỷ lệ diện tích lúa chất lượng cao đạt từ 85% trở lên vào năm 2026; đạt 90% vào năm 2030.');
    expect(d.targets.map((t) => [t.text, t.year, t.subject])).toEqual([
      ['từ 85% trở lên', 2026, 'Tỷ lệ diện tích lúa chất lượng cao'],
      ['90%', 2030, 'Tỷ lệ diện tích lúa chất lượng cao'],
    ]);
  });
  it('reads grades listed after the first one under the head the first ends with, and no place as a grade', () => {
    const d = plan('- Học lực Giỏi: 25%; Khá: 45%; Trung bình: 28%; Yếu: không quá 2%.\n- Học sinh có kết quả học tập Tốt: 25%; Chưa đạt: 2%.\n- Tỷ lệ hộ dùng điện ở Hà Nội: 99%; Hải Phòng: 98%.\n- Tỷ lệ hộ dùng nước sạch tại Huế: 95%; Sapa: 90%.');
    expect(d.targets.map((t) => t.subject)).toEqual([
      'Học lực – Giỏi',
      'Học lực – Khá',
      'Học lực – Trung bình',
      'Học lực – Yếu',
      'Học sinh có kết quả học tập – Tốt',
      'Học sinh có kết quả học tập – Chưa đạt',
      'Tỷ lệ hộ dùng điện ở Hà Nội',
      'Hải Phòng',
      'Tỷ lệ hộ dùng nước sạch tại Huế',
      'Sapa',
    ]);
  });
  it('keeps a grade named by "đạt" and a list of classes in what is measured', () => {
    const d = plan('- Học sinh xếp loại Tốt, Khá đạt 75% trở lên; loại Chưa đạt không quá 2%.\n- Tổ chức dạy học 2 buổi/ngày cho 100% học sinh khối 6, 7.\n- 100% học sinh lớp 10, 11 và 12 được học tiếng Anh.\n- 70% khu phố đạt chuẩn và 90% cơ quan đạt chuẩn.\n- 100% trường có thư viện, 5 trường đạt chuẩn.');
    expect(d.targets.map((t) => t.subject)).toEqual([
      'Học sinh xếp loại Tốt, Khá',
      'loại Chưa đạt',
      'học sinh khối 6, 7',
      'học sinh lớp 10, 11 và 12 được học tiếng Anh',
      'khu phố đạt chuẩn',
      'cơ quan đạt chuẩn',
      'trường có thư viện',
    ]);
  });
  it('ends what is measured at a clause that says why, and reads no target in what has been reached so far', () => {
    const d = plan('- Đến ngày 10/5/2026, tỷ lệ giải ngân mới đạt 18,5% kế hoạch vốn.\n- Phấn đấu 100% trường đạt chuẩn quốc gia, góp phần nâng cao chất lượng giáo dục.\n- 100% hồ sơ được giải quyết đúng hạn, không để tồn đọng.\n- 100% trường mầm non, tiểu học, trung học cơ sở đạt chuẩn.');
    expect(d.targets.map((t) => t.subject)).toEqual(['trường đạt chuẩn quốc gia', 'hồ sơ được giải quyết đúng hạn', 'trường mầm non, tiểu học, trung học cơ sở đạt chuẩn']);
    // The situation a letter answers tells what happened.
    expect(plan('Trước tình hình dịch sốt xuất huyết diễn biến phức tạp, số ca mắc tăng 35% so với cùng kỳ năm 2025, Chủ tịch UBND tỉnh yêu cầu:\n1. Dư nợ tăng 10% so với cùng kỳ.').targets.map((t) => t.text)).toEqual(['tăng 10%']);
  });
  it('reads a change verb opening the clause as a change, unless the level reached is named or the number opens a clause of its own', () => {
    const d = plan('- Giảm tỷ lệ hộ nghèo đa chiều bình quân 1,5%/năm.\n- Phấn đấu tăng doanh thu du lịch 15% so với năm 2025.\n- Giảm số vụ tai nạn giao thông 5% trên cả 3 tiêu chí.\n- Giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi xuống dưới 12%.\n- Tăng tỷ lệ lao động qua đào tạo lên 75%.\n- Giảm tỷ lệ hộ nghèo đến năm 2030 còn dưới 2%.\n- Tăng cường kiểm tra, phấn đấu 100% cơ sở được kiểm tra.\n- Giảm thời gian giải quyết thủ tục, 100% hồ sơ được giải quyết đúng hạn.\n- Tăng trưởng kinh tế bình quân 8%/năm.');
    expect(d.targets.map((t) => [t.text, t.comparator, t.change, t.subject])).toEqual([
      ['1,5%/năm', 'eq', 'decrease', 'tỷ lệ hộ nghèo đa chiều'],
      // The verb goes from what is measured, and what it changes is before the number, not after it.
      ['15%', 'eq', 'increase', 'doanh thu du lịch'],
      ['5%', 'eq', 'decrease', 'số vụ tai nạn giao thông'],
      ['dưới 12%', 'lt', null, 'tỷ lệ trẻ suy dinh dưỡng thể thấp còi'],
      ['75%', 'eq', null, 'tỷ lệ lao động qua đào tạo'],
      // The deadline that the level's verb hid at the label's end goes with it.
      ['dưới 2%', 'lt', null, 'tỷ lệ hộ nghèo'],
      ['100%', 'eq', null, 'cơ sở được kiểm tra'],
      ['100%', 'eq', null, 'hồ sơ được giải quyết đúng hạn'],
      ['8%/năm', 'eq', null, 'Tăng trưởng kinh tế'],
    ]);
    // "kéo giảm" (to bring down) as "giảm"; "trở lên" inside what changes names no level reached.
    expect(targets('- Phấn đấu kéo giảm tai nạn giao thông từ 5-10% trên cả 3 tiêu chí.\n- Kéo giảm ít nhất 5% số vụ phạm pháp hình sự.\n- Giảm tỷ lệ sinh con thứ ba trở lên 0,5%.').map((t) => [t.text, t.comparator])).toEqual([
      ['từ 5-10%', 'range'],
      ['Kéo giảm ít nhất 5%', 'gte'],
      ['0,5%', 'eq'],
    ]);
    expect(plan('- Phấn đấu kéo giảm tai nạn giao thông từ 5-10% trên cả 3 tiêu chí.\n- Giảm tỷ lệ sinh con thứ ba trở lên 0,5%.').targets.map((t) => [t.change, t.subject])).toEqual([
      ['decrease', 'tai nạn giao thông'],
      ['decrease', 'tỷ lệ sinh con thứ ba trở lên'],
    ]);
    expect(d.targets[5].year).toBe(2030);
    // Cutting staff or procedures is a fall; a number joined by "và" to a change is the same change, and names its own subject;
    // after a comma it may be a level of its own.
    expect(plan('- Tinh giản tối thiểu 5% biên chế công chức và 10% số người làm việc hưởng lương từ ngân sách.\n- Giảm 10% số vụ tai nạn và 5% số người chết.\n- Tăng 5% doanh thu, 90% hộ có điện.').targets.map((t) => [t.text, t.change, t.subject])).toEqual([
      ['Tinh giản tối thiểu 5%', 'decrease', 'biên chế công chức'],
      ['10%', 'decrease', 'số người làm việc hưởng lương từ ngân sách'],
      ['Giảm 10%', 'decrease', 'số vụ tai nạn'],
      ['5%', 'decrease', 'số người chết'],
      ['Tăng 5%', 'increase', 'doanh thu'],
      ['90%', null, 'hộ có điện'],
    ]);
    // "vượt" a baseline is a rise over it; "vượt" a level is above it.
    expect(plan('- Thu ngân sách nhà nước trên địa bàn vượt 5% so với dự toán tỉnh giao.\n- Tỷ lệ bao phủ bảo hiểm y tế vượt 95%.').targets.map((t) => [t.text, t.comparator, t.change, t.subject])).toEqual([
      ['vượt 5%', 'eq', 'increase', 'Thu ngân sách nhà nước trên địa bàn'],
      ['vượt 95%', 'gt', null, 'Tỷ lệ bao phủ bảo hiểm y tế'],
    ]);
    // A colon may list what changes, items opening with the same word measured together; one right before the number opens a clause of its own.
    expect(plan('- Kéo giảm tai nạn giao thông trên cả 3 tiêu chí: số vụ, số người chết, số người bị thương từ 5% trở lên so với năm 2025.\n- Giảm thiểu tác hại của thuốc lá: 100% cơ quan treo biển cấm hút thuốc.').targets.map((t) => [t.text, t.change, t.subject])).toEqual([
      ['từ 5% trở lên', 'decrease', 'số vụ, số người chết, số người bị thương'],
      ['100%', null, 'cơ quan treo biển cấm hút thuốc'],
    ]);
  });
  it('reads two deadlines joined by “và”, each with its number, and the subject named once for both', () => {
    const d = plan('- Đến năm 2028 có 50% và đến năm 2030 có 80% số xã có chợ đạt chuẩn.\n- Đến năm 2028 có 50% số xã có chợ đạt chuẩn và đến năm 2030 có 80%.\n- Tỷ lệ che phủ đạt 80% vào năm 2027 và 95% vào năm 2030.');
    expect(d.targets.map((t) => [t.text, t.year, t.subject])).toEqual([
      ['50%', 2028, 'số xã có chợ đạt chuẩn'],
      ['80%', 2030, 'số xã có chợ đạt chuẩn'],
      ['50%', 2028, 'số xã có chợ đạt chuẩn'],
      ['80%', 2030, 'số xã có chợ đạt chuẩn'],
      ['80%', 2027, 'Tỷ lệ che phủ'],
      ['95%', 2030, 'Tỷ lệ che phủ'],
    ]);
  });
  it('resolves the deadline: sentence, then heading, then the plan’s own year', () => {
    expect(targets('1. Mục tiêu đến năm 2030\n- Đến năm 2025, 100% trường đạt chuẩn.\n- 90% giáo viên đạt chuẩn.').map((t) => t.year)).toEqual([2025, 2030]);
    expect(targets('- 100% trẻ được kiểm tra sức khỏe.', 'Triển khai nhiệm vụ năm học 2023-2024').map((t) => t.year)).toEqual([2024]);
    expect(targets('- Phấn đấu 100% trường đạt chuẩn vào năm 2025 (theo Nghị định 71/2020/NĐ-CP).').map((t) => t.year)).toEqual([2025]);
    expect(targets('- 100% giáo viên đạt chuẩn theo Luật Giáo dục 2019.').map((t) => t.year)).toEqual([null]);
    // The year of a law's name labels no number after it: the heading's year holds.
    expect(targets('1. Chỉ tiêu đến năm 2030\n- Tỷ lệ giáo viên đạt chuẩn theo Luật Giáo dục năm 2019: mầm non đạt 90%, tiểu học đạt 95%.\n- Tỷ lệ đạt chuẩn theo Luật Phòng, chống tác hại của rượu, bia năm 2019: năm 2026 đạt 70%.').map((t) => t.year)).toEqual([2030, 2030, 2026]);
    // Each number its own deadline right after it; a deadline after a comma starts the next item.
    const own = plan('- Tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt 80% vào năm 2027 và 95% vào năm 2030.\n- Đến năm 2025, tỷ lệ trẻ đi học đạt 80%, đến năm 2030 đạt 95%.').targets;
    expect(own.map((t) => [t.year, t.subject])).toEqual([
      [2027, 'Tỷ lệ người dân sử dụng dịch vụ công trực tuyến'],
      [2030, 'Tỷ lệ người dân sử dụng dịch vụ công trực tuyến'],
      [2025, 'tỷ lệ trẻ đi học'],
      [2030, 'tỷ lệ trẻ đi học'],
    ]);
    // A year right after each number, with no word between; in brackets too.
    const bare = plan('- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98% năm 2026, 99% năm 2027 và 100% vào năm 2030.\n- Tỷ lệ thu gom rác thải tại nông thôn đạt 80% trở lên (năm 2027).\n- Tỷ lệ hộ nghèo giảm 2% so với năm 2025.').targets;
    expect(bare.map((t) => [t.year, t.subject])).toEqual([
      [2026, 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
      [2027, 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
      [2030, 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
      [2027, 'Tỷ lệ thu gom rác thải tại nông thôn'],
      [null, 'Tỷ lệ hộ nghèo'],
    ]);
    // A breakdown in brackets between a number and its deadline.
    expect(targets('- Tỷ lệ lao động qua đào tạo đạt 70% (trong đó có bằng cấp, chứng chỉ đạt 35%) vào năm 2028.').map((t) => [t.min, t.year])).toEqual([
      [70, 2028],
      [35, 2028],
    ]);
    // Numbers in brackets that break down a rate with no number of its own, their deadline after the brackets.
    const parts = plan('- Tỷ lệ hộ gia đình sử dụng nước sạch (thành thị 100%, nông thôn 95%) vào năm 2030.\n- Tỷ lệ lao động qua đào tạo (trong đó nữ 40%) đến năm 2028.\n- Phấn đấu 03/16 xã (chiếm 18,75%) đạt chuẩn nông thôn mới.').targets;
    expect(parts.map((t) => [t.year, t.subject])).toEqual([
      [2030, 'Tỷ lệ hộ gia đình sử dụng nước sạch – thành thị'],
      [2030, 'Tỷ lệ hộ gia đình sử dụng nước sạch – nông thôn'],
      [2028, 'Tỷ lệ lao động qua đào tạo – nữ'],
      [null, 'xã đạt chuẩn nông thôn mới'],
    ]);
    // A year labelling each number of a list, before it: each number its year, all the rate's subject.
    const labelled = plan('- Tỷ lệ cơ sở sản xuất có hệ thống xử lý nước thải đạt tiêu chuẩn: năm 2026 đạt 70%, năm 2028 đạt 85%, năm 2030 là 100%.\n- Năm 2025 là năm cuối của giai đoạn, 90% xã đạt chuẩn.\n- Năm 2026: 70%; năm 2028: 85% số xã đạt chuẩn nông thôn mới.').targets;
    expect(labelled.map((t) => [t.year, t.subject])).toEqual([
      [2026, 'Tỷ lệ cơ sở sản xuất có hệ thống xử lý nước thải đạt tiêu chuẩn'],
      [2028, 'Tỷ lệ cơ sở sản xuất có hệ thống xử lý nước thải đạt tiêu chuẩn'],
      [2030, 'Tỷ lệ cơ sở sản xuất có hệ thống xử lý nước thải đạt tiêu chuẩn'],
      [null, 'xã đạt chuẩn'],
      // Only the last number of the list names what is measured: so do the numbers before it.
      [2026, 'số xã đạt chuẩn nông thôn mới'],
      [2028, 'số xã đạt chuẩn nông thôn mới'],
    ]);
    // A deadline opening the clause of a later number is that number's, not the one before it.
    expect(targets('- Thu nhập bình quân tăng 8%/năm, đến năm 2030 tỷ lệ lao động có việc làm đạt 95%.\n- Tỷ lệ A đạt 80%, đến năm 2030.\n- Tỷ lệ X đạt 90%, đến năm 2030, tỷ lệ Y đạt 95,5%.', 'Phát triển kinh tế - xã hội năm 2026').map((t) => [t.min, t.year])).toEqual([
      [8, 2026],
      [95, 2030],
      [80, 2030],
      [90, 2026],
      [95.5, 2030],
    ]);
    // The year before a change verb says when, not what is measured.
    expect(plan('- Tỷ lệ hộ nghèo năm 2026 giảm 1,5% so với năm 2025.\n- Doanh thu du lịch năm 2027 tăng 15%.').targets.map((t) => [t.year, t.subject])).toEqual([
      [2026, 'Tỷ lệ hộ nghèo'],
      [2027, 'Doanh thu du lịch'],
    ]);
    // A year with the change verb it labels, after a clause with a deadline of its own.
    const changed = plan('- Tỷ lệ trẻ suy dinh dưỡng thể thấp còi dưới 15% đến năm 2028, năm 2030 giảm còn 8%.\n- Tỷ lệ hộ nghèo giảm còn 3% vào năm 2027, năm 2030 còn dưới 1%.').targets;
    expect(changed.map((t) => [t.year, t.value.min])).toEqual([
      [2028, 15],
      [2030, 8],
      [2027, 3],
      [2030, 1],
    ]);
    // Only the first names it, after itself: so do the numbers after it; a number with words of its own does not.
    const namedFirst = plan('- Năm 2026: 80% điểm du lịch có wifi miễn phí; năm 2028: 100%.\n- Năm 2026 đạt 60% hộ dùng nước sạch, năm 2030 đạt 90%.\n- Đến năm 2026, 70% xã đạt chuẩn, 90% thôn có nhà văn hóa.').targets;
    expect(namedFirst.map((t) => [t.year, t.subject])).toEqual([
      [2026, 'điểm du lịch có wifi miễn phí'],
      [2028, 'điểm du lịch có wifi miễn phí'],
      [2026, 'hộ dùng nước sạch'],
      [2030, 'hộ dùng nước sạch'],
      [2026, 'xã đạt chuẩn'],
      [2026, 'thôn có nhà văn hóa'],
    ]);
    // A year opening the sentence as the time of its verb, "có", "đạt": "in 2026 there are 70% …".
    const had = plan('- Năm 2026 có 70% xã đạt chuẩn, 90% thôn có nhà văn hóa.\n- Năm 2027 đạt 60% xã đạt chuẩn, 80% thôn có nhà văn hóa.\n- Năm 2027 phấn đấu 90% hộ dùng nước sạch.\n- Tỷ lệ hộ nghèo: năm 2026 có 70%, năm 2028 có 85%.').targets;
    expect(had.map((t) => [t.year, t.subject])).toEqual([
      [2026, 'xã đạt chuẩn'],
      [2026, 'thôn có nhà văn hóa'],
      [2027, 'xã đạt chuẩn'],
      [2027, 'thôn có nhà văn hóa'],
      [2027, 'hộ dùng nước sạch'],
      [2026, 'Tỷ lệ hộ nghèo'],
      [2028, 'Tỷ lệ hộ nghèo'],
    ]);
    // A later number with its own deadline, in the next clause or after a comma: the first keeps the plan's
    // year; words of aim alone before it measure what the first does.
    const later = fromText('KẾ HOẠCH\nPhát triển giáo dục STEM năm học 2026-2027\n\nI. MỤC TIÊU\n- Tối thiểu 50% trường tiểu học có phòng học STEM; phấn đấu đến năm 2028 đạt 80%.\n- Tỷ lệ trẻ đi học đạt 95%, tiếp tục nâng lên 98% vào năm 2028.\n- Tỷ lệ trẻ đi học đạt 95%, đến năm 2028.\n- 80% xã đạt chuẩn, đến năm 2030 đạt 95%.\n- Tỷ lệ hộ nghèo giảm 2%, đến năm 2030: dưới 1%.').targets;
    expect(later.map((t) => [t.year, t.yearSource, t.subject])).toEqual([
      [2027, 'document', 'trường tiểu học có phòng học STEM'],
      [2028, 'sentence', 'trường tiểu học có phòng học STEM'],
      [2027, 'document', 'Tỷ lệ trẻ đi học'],
      [2028, 'sentence', 'Tỷ lệ trẻ đi học'],
      [2028, 'sentence', 'Tỷ lệ trẻ đi học'],
      // A deadline in the next clause that a number follows is that number's alone.
      [2027, 'document', 'xã đạt chuẩn'],
      [2030, 'sentence', 'xã đạt chuẩn'],
      [2027, 'document', 'Tỷ lệ hộ nghèo'],
      [2030, 'sentence', 'Tỷ lệ hộ nghèo'],
    ]);
    // The line that introduces a list gives its year to the items, up to the next heading.
    expect(targets('Phấn đấu đến năm 2030:\n- 100% trường được kết nối internet;\n- Tỷ lệ huy động trẻ mẫu giáo đạt 99,5%.\nKết quả đạt được:\n- 90% giáo viên đạt chuẩn.\n1. Đội ngũ\n- 95% giáo viên đạt chuẩn.').map((t) => t.year)).toEqual([2030, 2030, null, null]);
  });
  it('takes the year of a block’s time field for the targets under it', () => {
    const d = plan('1. Phát triển đội ngũ\n- Đơn vị chủ trì: Phòng Nội vụ\n- Thời gian thực hiện: Từ tháng 01/2021 đến tháng 12/2025.\n1.1. Yêu cầu\n- 100% lãnh đạo có trình độ Thạc sỹ.');
    expect(d.targets.map((t) => [t.year, t.yearSource])).toEqual([[2025, 'heading']]);
  });
  it('does not take funding shares, eligibility thresholds, quoted figures or history for targets', () => {
    expect(targets('- Tỷ lệ phòng học kiên cố đạt 100% (năm 2025 đạt 92%).\n- Tỷ lệ che phủ rừng đạt 45% (hiện nay là 42%).').map((t) => t.text)).toEqual(['100%', '45%']);
    expect(targets('- Đào tạo nâng chuẩn (hỗ trợ 50% kinh phí NSNN cho người đi học).')).toEqual([]);
    expect(targets('- Doanh nghiệp có doanh thu từ 1% - 3% được hưởng ưu đãi.')).toEqual([]);
    // A rise in revenue is a goal, not a threshold.
    expect(targets('- Tăng trưởng doanh thu du lịch bình quân 12 - 15%/năm.').map((x) => x.text)).toEqual(['12 - 15%/năm']);
    expect(targets('- 70% học sinh học 2 buổi/ngày (Thành phố là: Mỗi quận phấn đấu đạt 80% trường).').map((t) => t.min)).toEqual([70]);
    expect(targets('- Năm học trước đạt 95% học sinh lên lớp.')).toEqual([]);
    // The figure the level above assigned, beside the plan's own.
    expect(targets('- Tỷ lệ huy động trẻ đạt 98% (chỉ tiêu Thành phố giao: 100%); tỷ lệ hộ nghèo dưới 2% (chỉ tiêu được Tỉnh giao là 1,5%).').map((t) => t.text)).toEqual(['98%', 'dưới 2%']);
    // The baseline a target is set against; the year labelling it is not the target's deadline.
    expect(targets('- Tỷ lệ hài lòng của người bệnh đạt trên 90% so với năm 2025 là 85%.', 'Chăm sóc sức khỏe năm 2026')).toEqual([{ text: 'đạt trên 90%', min: 90, max: 90, comparator: 'gt', year: 2026 }]);
    expect(targets('- Tỷ lệ hộ nghèo đa chiều giảm 0,5 - 1% so với cuối năm 2025.', 'Xây dựng nông thôn mới năm 2026')).toEqual([{ text: 'giảm 0,5 - 1%', min: 0.5, max: 1, comparator: 'range', year: 2026 }]);
    expect(targets('- Giảm 5% số ca mắc sốt xuất huyết so với trung bình giai đoạn 2021-2025.', 'Phòng, chống sốt xuất huyết năm 2026').map((t) => t.year)).toEqual([2026]);
  });
  it('takes no targets from the shares of a funding section, and reads the work it assigns', () => {
    const d = fromText(
      'KẾ HOẠCH\nPhòng, chống sốt xuất huyết năm 2026\n\nI. MỤC TIÊU\n- Trên 80% hộ gia đình được truyền thông.\nII. KINH PHÍ THỰC HIỆN\nTổng kinh phí là 2.500 triệu đồng, trong đó ngân sách tỉnh chiếm 70%, ngân sách huyện chiếm 30%.\nSở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.\n',
    );
    expect(d.targets.map((t) => t.text)).toEqual(['Trên 80%']);
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([['Tham mưu bố trí kinh phí thực hiện Kế hoạch', ['Sở Tài chính']]]);
  });
  it('ignores "ít nhất 1 lần" beside a percentage and numbers that are not percentages', () => {
    expect(targets('- 100% trường học kiểm tra nội bộ ít nhất 1 lần/ năm học; Nghị định 71/2020/NĐ-CP; 8.289 trẻ.')).toEqual([
      { text: '100%', min: 100, max: 100, comparator: 'eq', year: null },
    ]);
  });
  it('says what is measured, after or before the number, with a number its word qualifies', () => {
    const d = plan('- 100% trường học công lập thuộc Quận đạt kiểm định chất lượng theo quy định của Bộ;\n- Hoàn thành xuất sắc: 55-60%\n- Kinh tế số chiếm tỷ trọng khoảng 20% GRDP của tỉnh.\n- 100% (15/15) trường học có phòng y tế đạt chuẩn.\n- Giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống dưới 15%.\n- Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đạt 3% tổng chi ngân sách.\n- Chi cho khoa học, công nghệ đạt 2% tổng chi ngân sách.\n- Trong năm, học sinh giỏi đạt 30%.\n- Tỷ lệ dân số sử dụng nước sạch đạt 98% (khu vực thành thị 100%, nông thôn 95%).\n- Kết quả rèn luyện: Tốt: 95-97%, Khá: 2,5-4,5%.\n- 100% cơ sở giáo dục đại học đào tạo trực tuyến kết hợp, bảo đảm tỷ lệ nội dung trực tuyến không quá 30%.\n- Trên 70% gia đình đạt Gia đình học tập và 90% cơ quan đạt Đơn vị học tập.\n- Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 đạt trên 85%.\n- Trẻ 5 tuổi: 2.285/2.285=100%.\n- Học sinh xếp loại học lực khá, giỏi đạt 85% trở lên.\n- Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt trên 90%.\n- Lãnh đạo phát triển kinh tế - xã hội, phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt 9,5%.\n- Tổng chỉ tiêu 10.500, trong đó xét tuyển theo kết quả thi tốt nghiệp THPT chiếm khoảng 70%.');
    expect(d.targets.map((t) => t.subject)).toEqual([
      'trường học công lập thuộc Quận đạt kiểm định chất lượng',
      'Hoàn thành xuất sắc',
      'Kinh tế số chiếm tỷ trọng',
      'trường học có phòng y tế đạt chuẩn',
      'tỷ lệ suy dinh dưỡng thể thấp còi',
      'Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      // A pair written with a comma is one subject; a clause before a comma is not.
      'Chi cho khoa học, công nghệ',
      'học sinh giỏi',
      'Tỷ lệ dân số sử dụng nước sạch',
      'Tỷ lệ dân số sử dụng nước sạch – khu vực thành thị',
      'Tỷ lệ dân số sử dụng nước sạch – nông thôn',
      'Kết quả rèn luyện – Tốt',
      'Kết quả rèn luyện – Khá',
      // What follows a number ends before the clause of the next number.
      'cơ sở giáo dục đại học đào tạo trực tuyến kết hợp',
      'tỷ lệ nội dung trực tuyến',
      'gia đình đạt Gia đình học tập',
      'cơ quan đạt Đơn vị học tập',
      // A number its word qualifies is part of the subject; the figures of a ratio are not.
      'Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2',
      'Trẻ 5 tuổi',
      // Grades named together are one pair.
      'Học sinh xếp loại học lực khá, giỏi',
      // "trở lên" inside what is measured keeps its "lên".
      'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên',
      // Words of aim opening it name nothing measured.
      'tốc độ tăng trưởng giá trị sản xuất',
      // A part of a whole that is no target: the part, without "trong đó".
      'xét tuyển theo kết quả thi tốt nghiệp THPT',
    ]);
  });
  it('measures the clause before a number whose phrase after it names the same whole, and reads past a note in brackets', () => {
    const d = plan('- Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao đạt 75% diện tích canh tác.\n- Số hộ sử dụng nước sạch đạt 95% số hộ trên địa bàn.\n- Phấn đấu 80% diện tích lúa được gieo cấy bằng giống xác nhận.\n- 100% văn bản đi (trừ văn bản mật) được ký số và gửi trên môi trường mạng.');
    expect(d.targets.map((t) => t.subject)).toEqual([
      'Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao',
      'Số hộ sử dụng nước sạch',
      'diện tích lúa được gieo cấy bằng giống xác nhận',
      'văn bản đi được ký số và gửi trên môi trường mạng',
    ]);
  });
  it('measures the label before a count, and a list of short items with the noun they share', () => {
    const d = plan('- Số người tham gia BHXH bắt buộc: 195.000 người, tăng 5% so với năm 2025.\n- Số người tham gia BHXH tự nguyện: 42.500 người, đạt 4,2% lực lượng lao động trong độ tuổi.\n- Số nợ BHXH, BHYT, BHTN dưới 2,5% so với số phải thu.\n- Giảm mức tiêu hao năng lượng trong các ngành thép, hóa chất, xi măng từ 3% đến 5%.\n- Năm học mới, giáo viên đạt chuẩn 100%.');
    expect(d.targets.map((t) => t.subject)).toEqual([
      'Số người tham gia BHXH bắt buộc',
      'Số người tham gia BHXH tự nguyện',
      'Số nợ BHXH, BHYT, BHTN',
      'mức tiêu hao năng lượng trong các ngành thép, hóa chất, xi măng',
      'giáo viên đạt chuẩn',
    ]);
  });
  it('reads a later number named by a word of a list’s group, or after a label’s colon, as the measure before it for that word', () => {
    const d = plan(
      '- Tỷ lệ hài lòng của người bệnh nội trú đạt ≥ 95%, ngoại trú ≥ 90%.\n- Tỷ lệ hộ nghèo khu vực thành thị giảm còn 1%, nông thôn còn 3%.\n- Tỷ lệ lao động nữ được đào tạo đạt 60%, nam đạt 65%.\n- Tỷ lệ huy động trẻ ra lớp: nhà trẻ đạt 40%, mẫu giáo đạt 98%.\n- Tỷ lệ dân cư được sử dụng nước sạch: đô thị đạt 98%; nông thôn đạt 85%.\n- 100% học sinh tốt nghiệp, trong đó: giỏi: 65%; khá: 30%.\n- 90% xã đạt chuẩn, 80% thôn có nhà văn hóa.\n- Tỷ lệ hộ dùng nước sạch đạt 90%. Nông thôn đạt 85%.',
    );
    expect(d.targets.map((t) => t.subject)).toEqual([
      'Tỷ lệ hài lòng của người bệnh nội trú',
      'Tỷ lệ hài lòng của người bệnh ngoại trú',
      'Tỷ lệ hộ nghèo khu vực thành thị',
      'Tỷ lệ hộ nghèo khu vực nông thôn',
      'Tỷ lệ lao động nữ được đào tạo',
      'Tỷ lệ lao động nam được đào tạo',
      'Tỷ lệ huy động trẻ ra lớp – nhà trẻ',
      'Tỷ lệ huy động trẻ ra lớp – mẫu giáo',
      'Tỷ lệ dân cư được sử dụng nước sạch – đô thị',
      'Tỷ lệ dân cư được sử dụng nước sạch – nông thôn',
      'học sinh tốt nghiệp',
      'học sinh tốt nghiệp – giỏi',
      'học sinh tốt nghiệp – khá',
      // Words of their own, and a number in another sentence, measure what they name.
      'xã đạt chuẩn',
      'thôn có nhà văn hóa',
      'Tỷ lệ hộ dùng nước sạch',
      'Nông thôn',
    ]);
  });
  it('reads a line that only says whom the items under it are of ("- Đối với lớp 5:") as part of what they measure', () => {
    const d = plan('- Đối với lớp 5:\n + Năng lực: Tốt: 80-85%; Đạt: 10-14%.\n + Tỷ lệ học sinh hoàn thành chương trình đạt 100%.\n- Đối với lớp 1,2,3,4: Hoàn thành xuất sắc: 55-60%.\n- Chỉ tiêu cụ thể:\n + 100% trường đạt chuẩn.');
    expect(d.targets.map((t) => t.subject)).toEqual([
      'lớp 5 – Năng lực – Tốt',
      'lớp 5 – Năng lực – Đạt',
      'lớp 5 – Tỷ lệ học sinh hoàn thành chương trình',
      'lớp 1,2,3,4 – Hoàn thành xuất sắc',
      // A lead-in that names the kind of target says nothing of whom.
      'trường đạt chuẩn',
    ]);
    // A rate named alone before its colon, its parts under it by their short labels; an item that says what it measures keeps it.
    const rate = plan('- Tỷ lệ trường đạt chuẩn quốc gia:\n + Mầm non: 85%;\n + Trung học cơ sở: 100%.\n- Tỷ lệ huy động trẻ ra lớp:\n + 98% trẻ mẫu giáo được huy động ra lớp.');
    expect(rate.targets.map((t) => t.subject)).toEqual(['Tỷ lệ trường đạt chuẩn quốc gia – Mầm non', 'Tỷ lệ trường đạt chuẩn quốc gia – Trung học cơ sở', 'trẻ mẫu giáo được huy động ra lớp']);
  });
  it('reads past "theo dõi" and a "theo" phrase a later "được" belongs to, and a predicate after the number with the label before it', () => {
    const d = plan(
      '- 100% trẻ được kiểm tra, theo dõi sức khỏe và đánh giá tình trạng dinh dưỡng.\n- 100% giáo viên dạy học theo Chương trình GDPT 2018 được tập huấn.\n- 100% trường đạt chuẩn theo quy định của Bộ.\n- Phấn đấu trình độ đào tạo đội ngũ toàn ngành 100% đạt chuẩn vào năm 2025.\n- Năm 2026 có 70% đạt chuẩn.\n- 50% học sinh tốt nghiệp trung học cơ sở đạt trình độ ngoại ngữ bậc 2 (A2), 90% đạt trình độ tin học cơ bản.\n- 100% giáo viên thích ứng cách mạng công nghiệp 4.0 và hội nhập quốc tế.\n- Phẩm chất: Tốt: 85-90%; đạt: 5-10%.\n- Tỷ lệ trẻ đi học đạt 98%, 100% được khám sức khỏe.',
    );
    expect(d.targets.map((t) => t.subject)).toEqual([
      'trẻ được kiểm tra, theo dõi sức khỏe và đánh giá tình trạng dinh dưỡng',
      'giáo viên dạy học theo Chương trình GDPT 2018 được tập huấn',
      'trường đạt chuẩn',
      'trình độ đào tạo đội ngũ toàn ngành đạt chuẩn',
      // A deadline before the number labels nothing.
      'đạt chuẩn',
      // A predicate alone after a later number says it of those the number before measured.
      'học sinh tốt nghiệp trung học cơ sở đạt trình độ ngoại ngữ bậc 2',
      'học sinh tốt nghiệp trung học cơ sở đạt trình độ tin học cơ bản',
      // The dot inside a number ends nothing; a grade "đạt" alone is no predicate.
      'giáo viên thích ứng cách mạng công nghiệp 4.0 và hội nhập quốc tế',
      'Phẩm chất – Tốt',
      'Phẩm chất – đạt',
      // A number that says what it measures after itself is not listed with the one before.
      'Tỷ lệ trẻ đi học',
      'được khám sức khỏe',
    ]);
  });
  it('leaves a modal before the level out of what is measured', () => {
    expect(plan('- Tỷ lệ hồ sơ giải quyết đúng hạn phải đạt trên 98%.\n- Tỷ lệ hồ sơ trực tuyến cần đạt 60%.\n- Tỷ lệ thôn cần có nhà văn hóa đạt 100%.').targets.map((t) => [t.subject, t.comparator])).toEqual([
      ['Tỷ lệ hồ sơ giải quyết đúng hạn', 'gt'],
      ['Tỷ lệ hồ sơ trực tuyến', 'eq'],
      ['Tỷ lệ thôn cần có nhà văn hóa', 'eq'],
    ]);
  });
  it('gives the items of a list that name only what they count what the last says of all, and its year', () => {
    const d = plan(
      '- Phấn đấu 100% trường học, 95% cơ sở y tế có nước sạch.\n- 100% xã, 90% thôn, 80% tổ dân phố có nhà văn hóa vào năm 2027.\n- 100% xã, 90% thôn.\n- Bảo đảm 100% trường học triển khai phần mềm quản trị, 100% giáo viên được tập huấn.\n- 100% cơ sở lưu trú, 95% cơ sở kinh doanh có điều kiện được kiểm tra.',
      'Phát triển giáo dục năm 2026',
    );
    expect(d.targets.map((t) => [t.subject, t.year])).toEqual([
      ['trường học có nước sạch', 2026],
      ['cơ sở y tế có nước sạch', 2026],
      ['xã có nhà văn hóa', 2027],
      ['thôn có nhà văn hóa', 2027],
      ['tổ dân phố có nhà văn hóa', 2027],
      // With nothing said of them, each counts what follows it.
      ['xã', 2026],
      ['thôn', 2026],
      // An item with work of its own keeps it.
      ['trường học triển khai phần mềm quản trị', 2026],
      ['giáo viên được tập huấn', 2026],
      // A passive opens the predicate past a "có" inside the noun.
      ['cơ sở lưu trú được kiểm tra', 2026],
      ['cơ sở kinh doanh có điều kiện được kiểm tra', 2026],
    ]);
  });
  it('reads a short label before a colon as the whole its clauses measure parts of, and a place after a rate as a part', () => {
    const d = plan(
      '- Cơ cấu kinh tế: Công nghiệp - xây dựng 45%; thương mại - dịch vụ 40%; nông nghiệp 15%.\n- Tỷ lệ chất thải rắn sinh hoạt được thu gom và xử lý đạt 98% ở đô thị và 90% ở nông thôn.\n- Cấp tiểu học: hoàn thành chương trình lớp học đạt 99%.\n- Năng lực: Tốt: 80-85%; Đạt: 10-14%.\n- Phấn đấu: 100% trường đạt chuẩn.\n- Công lập: 99-100% Ngoài công lập: 61-62%.\n- Đối với lớp 1,2,3,4: Hoàn thành xuất sắc: 55-60%; Hoàn thành: 25-30%.\n- Giai đoạn 2026-2030: nông nghiệp 15%.',
    );
    expect(d.targets.map((t) => t.subject)).toEqual([
      'Cơ cấu kinh tế – Công nghiệp - xây dựng',
      'Cơ cấu kinh tế – thương mại - dịch vụ',
      'Cơ cấu kinh tế – nông nghiệp',
      'Tỷ lệ chất thải rắn sinh hoạt được thu gom và xử lý – đô thị',
      'Tỷ lệ chất thải rắn sinh hoạt được thu gom và xử lý – nông thôn',
      'Cấp tiểu học – hoàn thành chương trình lớp học',
      'Năng lực – Tốt',
      'Năng lực – Đạt',
      // Words of aim label nothing; words up to a colon and the next number label that one.
      'trường đạt chuẩn',
      'Công lập',
      'Ngoài công lập',
      // A label may name classes by number; one that holds a year is a time.
      'lớp 1,2,3,4 – Hoàn thành xuất sắc',
      'lớp 1,2,3,4 – Hoàn thành',
      'nông nghiệp',
    ]);
  });
  it('reads a variant with the words before it as the number before has them before its own', () => {
    expect(plan('- Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung đạt 100%; dân số nông thôn đạt 98%.').targets.map((t) => t.subject)).toEqual([
      'Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung',
      'Tỷ lệ dân số nông thôn được cung cấp nước sạch qua hệ thống cấp nước tập trung',
    ]);
    // A school level of several words with the words before it; after "và", the next item names its own.
    expect(plan('- Tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, cấp trung học cơ sở đạt 97%.\n- Tỷ lệ hoàn thành cấp tiểu học đạt 99,7%, trung học cơ sở đạt 99% và hoàn thành cấp trung học phổ thông đạt 95%.').targets.map((t) => t.subject)).toEqual([
      'Tỷ lệ đi học đúng độ tuổi cấp tiểu học',
      'Tỷ lệ đi học đúng độ tuổi cấp trung học cơ sở',
      'Tỷ lệ hoàn thành cấp tiểu học',
      'Tỷ lệ hoàn thành cấp trung học cơ sở',
      'Tỷ lệ hoàn thành cấp trung học phổ thông',
    ]);
  });
  it('reads the levels of a contest as variants of one measure', () => {
    expect(plan('- Giáo viên dạy giỏi cấp trường: 50%, cấp quận: 20%.').targets.map((t) => t.subject)).toEqual(['Giáo viên dạy giỏi cấp trường', 'Giáo viên dạy giỏi cấp quận']);
  });
  it('reads the forms of malnutrition as variants of one measure', () => {
    expect(plan('- Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân dưới 1,5%; thể thấp còi dưới 2%.').targets.map((t) => t.subject)).toEqual([
      'Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân',
      'Tỷ lệ trẻ suy dinh dưỡng thể thấp còi',
    ]);
  });
  it('reads a place after a number joined to the next by its comparator, a place word before a number, and ends at a clause of change', () => {
    const d = plan(
      '- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt ≥ 95% ở quy mô tỉnh và ≥ 90% ở quy mô huyện.\n- Tỷ lệ hộ dân dùng nước sạch đạt trên 95% ở thành thị và đạt trên 85% ở nông thôn.\n- Duy trì tỷ lệ sử dụng phần mềm quản lý tiêm chủng tại 100% xã, phường.\n- Giảm từ 5 - 10% số vụ tai nạn giao thông, giảm cả 3 tiêu chí so với năm 2025.',
    );
    expect(d.targets.map((t) => [t.text, t.subject])).toEqual([
      ['≥ 95%', 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ – quy mô tỉnh'],
      ['≥ 90%', 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ – quy mô huyện'],
      ['đạt trên 95%', 'Tỷ lệ hộ dân dùng nước sạch – thành thị'],
      ['đạt trên 85%', 'Tỷ lệ hộ dân dùng nước sạch – nông thôn'],
      ['100%', 'tỷ lệ sử dụng phần mềm quản lý tiêm chủng – xã, phường'],
      ['Giảm từ 5 - 10%', 'số vụ tai nạn giao thông'],
    ]);
  });
  it('reads a part that names another level of the whole’s as the whole’s with that level, and a quota given from above as a whole', () => {
    const d = plan('- 100% dịch vụ công đạt mức độ 1, trong đó 30% đạt mức độ 2.\n- 100% giáo viên đạt chuẩn nghề nghiệp, trong đó 40% đạt mức khá trở lên.\n- Giao quân đạt 100% chỉ tiêu trên giao, bảo đảm chất lượng.\n- 100% trường mầm non đạt chuẩn quốc gia mức độ 1, trong đó 40% đạt mức độ 2.\n- 100% giáo viên đạt chuẩn nghề nghiệp mức khá trở lên, trong đó 40% đạt mức tốt.');
    expect(d.targets.map((t) => t.subject)).toEqual([
      'dịch vụ công đạt mức độ 1',
      'dịch vụ công đạt mức độ 2',
      'giáo viên đạt chuẩn nghề nghiệp',
      'giáo viên đạt chuẩn nghề nghiệp – đạt mức khá trở lên',
      'Giao quân',
      // The whole's predicate says more before the level it names.
      'trường mầm non đạt chuẩn quốc gia mức độ 1',
      'trường mầm non đạt chuẩn quốc gia mức độ 2',
      'giáo viên đạt chuẩn nghề nghiệp mức khá trở lên',
      'giáo viên đạt chuẩn nghề nghiệp mức tốt',
    ]);
    // A deadline in figures closing the label goes; a noun before a share of a total names nothing done with it.
    expect(plan('- Nợ thuế đến 31/12/2026 không vượt quá 5% tổng số thu ngân sách.').targets.map((t) => [t.text, t.subject])).toEqual([['không vượt quá 5%', 'Nợ thuế']]);
  });
  it('reads a number after "trong đó" or "riêng" as a part of the one before it, unless it names its own rate or kind', () => {
    const d = plan('- Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 35%.\n- Chi cho giáo dục tối thiểu 20% tổng chi ngân sách; trong đó ít nhất 5% dành cho đầu tư xây dựng trường lớp.\n- Tỷ lệ hộ nghèo giảm 1,5%, trong đó tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm 3%.\n- 100% trạm y tế xã có bác sĩ làm việc, trong đó ít nhất 50% trạm y tế đạt Bộ tiêu chí quốc gia.');
    expect(d.targets.map((t) => t.subject)).toEqual([
      'Tỷ lệ lao động qua đào tạo',
      'Tỷ lệ lao động qua đào tạo – có bằng cấp, chứng chỉ',
      'Chi cho giáo dục',
      'Chi cho giáo dục – dành cho đầu tư xây dựng trường lớp',
      'Tỷ lệ hộ nghèo',
      'tỷ lệ hộ nghèo đồng bào dân tộc thiểu số',
      'trạm y tế xã có bác sĩ làm việc',
      'trạm y tế đạt Bộ tiêu chí quốc gia',
    ]);
    // "riêng" singles out a part for the same measure, in the sentence or opening the next line.
    const singled = plan('- Giảm tỷ lệ hộ nghèo bình quân từ 3-4%/năm; riêng các huyện nghèo giảm từ 4-5%/năm.\n- Tỷ lệ hộ dùng nước sạch đạt 95%.\n- Riêng khu vực nông thôn đạt 85%.\n- Tỷ lệ tiêm chủng đạt 95%; riêng tỷ lệ tiêm vắc xin sởi đạt 98%.');
    expect(singled.targets.map((t) => t.subject)).toEqual([
      'tỷ lệ hộ nghèo',
      'tỷ lệ hộ nghèo – các huyện nghèo',
      'Tỷ lệ hộ dùng nước sạch',
      'Tỷ lệ hộ dùng nước sạch – khu vực nông thôn',
      'Tỷ lệ tiêm chủng',
      'tỷ lệ tiêm vắc xin sởi',
    ]);
    // After a colon, and opening its own line: a part of the number on the line before, not across a heading.
    const lines = plan('- 100% học sinh lớp 9 tốt nghiệp, trong đó: giỏi: 65-68%.\n- Tỷ lệ hộ dân sử dụng nước sạch đạt 85%.\n+ Trong đó, khu vực trung tâm xã đạt 90%.\n1. Y tế\n- Trong đó: tỷ lệ tiêm chủng đạt 95%.');
    expect(lines.targets.map((t) => t.subject)).toEqual([
      'học sinh lớp 9 tốt nghiệp',
      'học sinh lớp 9 tốt nghiệp – giỏi',
      'Tỷ lệ hộ dân sử dụng nước sạch',
      'Tỷ lệ hộ dân sử dụng nước sạch – khu vực trung tâm xã',
      'tỷ lệ tiêm chủng',
    ]);
  });
  it('does not take the comparator’s closing words, a deadline or a heading’s label for what is measured', () => {
    const d = plan('- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt từ 80% trở lên.\n- Tỷ lệ hộ gia đình có cáp quang đạt 85% - 90% trong năm 2025.\n- Trên 90% người dân có danh tính số vào năm 2026.\na) Tỷ lệ học sinh lớp 9 đạt điểm trung bình không dưới 85%.');
    expect(d.targets.map((t) => [t.subject, t.comparator, t.year])).toEqual([
      ['Tỷ lệ dịch vụ công trực tuyến toàn trình', 'gte', null],
      ['Tỷ lệ hộ gia đình có cáp quang', 'range', 2025],
      ['người dân có danh tính số', 'gt', 2026],
      ['Tỷ lệ học sinh lớp 9 đạt điểm trung bình', 'gte', null],
    ]);
    // The verb joining a subject to its level is no part of it; a rate's whole phrase is, commas too.
    expect(plan('- Tỷ lệ hộ nghèo giảm còn 2% trở xuống.\n- Tỷ lệ học sinh đạt học lực khá, giỏi đạt 70% trở lên.\n- Đến năm 2030, tỷ lệ che phủ rừng duy trì ổn định ở mức 60%.').targets.map((t) => t.subject)).toEqual(['Tỷ lệ hộ nghèo', 'Tỷ lệ học sinh đạt học lực khá, giỏi', 'tỷ lệ che phủ rừng']);
    // A rate named before the number says what it measures, whatever follows it — unless another percentage stands between
    // (the number after "trong đó" is a part of that one).
    expect(plan('- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.\n- Đảm bảo tỷ lệ chi cho giáo dục tối thiểu 20% tổng chi ngân sách; trong đó ít nhất 5% dành cho đầu tư.').targets.map((t) => t.subject)).toEqual([
      'Tỷ lệ bao phủ bảo hiểm y tế',
      'tỷ lệ chi cho giáo dục',
      'tỷ lệ chi cho giáo dục – dành cho đầu tư',
    ]);
    // A date without "ngày", a year opening the sentence (with a comma or a colon), "chậm nhất năm …".
    expect(plan('- 100% hồ sơ được số hóa trước 30/6/2026.\n- Năm 2026, 95% trường có kết nối internet.\n- Chậm nhất năm 2027, 90% xã đạt chuẩn.\n- Năm 2028: tỷ lệ che phủ rừng đạt 55,5%.').targets.map((t) => [t.year, t.subject])).toEqual([
      [2026, 'hồ sơ được số hóa'],
      [2026, 'trường có kết nối internet'],
      [2027, 'xã đạt chuẩn'],
      [2028, 'tỷ lệ che phủ rừng'],
    ]);
    // Half a year read whole, not as its end ("cuối năm"), and a summer.
    expect(plan('- Triển khai mô hình tại 100% xã, thị trấn trong 6 tháng cuối năm 2027.\n- 100% giáo viên được bồi dưỡng trong hè 2027.').targets.map((t) => [t.year, t.yearSource, t.subject])).toEqual([
      [2027, 'sentence', 'xã, thị trấn'],
      [2027, 'sentence', 'giáo viên được bồi dưỡng'],
    ]);
    // The year of a quarter, a month or a day is the deadline too, and no part of what is measured.
    expect(plan('- Phấn đấu 100% đảng viên được quán triệt Nghị quyết trong Quý I năm 2025.\n- 95% hồ sơ được số hóa trước tháng 6/2026.\n- 100% chi bộ hoàn thành đại hội trước ngày 30/6/2027.').targets.map((t) => [t.year, t.subject])).toEqual([
      [2025, 'đảng viên được quán triệt Nghị quyết'],
      [2026, 'hồ sơ được số hóa'],
      [2027, 'chi bộ hoàn thành đại hội'],
    ]);
    // A range opened by "từ" keeps it in its text; a share of a total is measured by what stands before it.
    const shares = plan('- Tỷ lệ hài lòng của người dân đạt từ 85% đến 90%.\n- Kết nạp đảng viên mới hằng năm đạt từ 3 - 4% tổng số đảng viên.\n- 100% tổng phụ trách đội được bồi dưỡng.\n- Khách du lịch cộng đồng chiếm 25% tổng lượt khách.');
    expect(shares.targets.map((t) => [t.text, t.comparator, t.subject])).toEqual([
      ['từ 85% đến 90%', 'range', 'Tỷ lệ hài lòng của người dân'],
      ['từ 3 - 4%', 'range', 'Kết nạp đảng viên mới hằng năm'],
      ['100%', 'eq', 'tổng phụ trách đội được bồi dưỡng'],
      ['25%', 'eq', 'Khách du lịch cộng đồng'],
    ]);
    expect(shares.quality.unreadPercentages).toBe(0);
    // A goal's label and its number before a colon name no part; a class does.
    expect(plan('Chỉ tiêu 1: Tốc độ tăng trưởng giá trị sản xuất đạt 8,5%.\nLớp 5: Hoàn thành 98%.').targets.map((t) => t.subject)).toEqual(['Tốc độ tăng trưởng giá trị sản xuất', 'Lớp 5 – Hoàn thành']);
    // An ellipsis trailing off ends what is measured.
    expect(plan('- 100% trường học kết nối hệ thống cơ sở dữ liệu dùng chung của toàn ngành…( căn cứ chỉ tiêu của Sở).').targets.map((t) => t.subject)).toEqual(['trường học kết nối hệ thống cơ sở dữ liệu dùng chung của toàn ngành']);
    // Pairs named together with a comma are one subject.
    expect(plan('- Tiêm phòng vắc xin Lở mồm long móng cho trâu, bò đạt trên 80% tổng đàn.\n- Tiêm phòng vắc xin Dại cho chó, mèo đạt 70% tổng đàn trở lên.').targets.map((t) => t.subject)).toEqual([
      'Tiêm phòng vắc xin Lở mồm long móng cho trâu, bò',
      'Tiêm phòng vắc xin Dại cho chó, mèo',
    ]);
    // So is a share of the plan or the quota.
    expect(plan('- Thu ngân sách vượt 10% kế hoạch.\n- 90% kế hoạch sử dụng đất được phê duyệt.\n- Tuyển quân đạt 100% chỉ tiêu.').targets.map((t) => t.subject)).toEqual(['Thu ngân sách', 'kế hoạch sử dụng đất được phê duyệt', 'Tuyển quân']);
    // A share of the population is measured by what stands before it, unless something is said of the population.
    expect(
      plan('- Kích hoạt tài khoản định danh điện tử mức độ 2 đạt tối thiểu 80% dân số từ 14 tuổi trở lên.\n- 95% dân số được cấp nước sạch.\n- 100% dân số từ 14 tuổi trở lên.\n- Nâng tổng số hội viên lên 5.200 người, đạt 3,5% dân số.').targets.map((t) => t.subject),
    ).toEqual(['Kích hoạt tài khoản định danh điện tử mức độ 2', 'dân số được cấp nước sạch', 'dân số từ 14 tuổi trở lên', 'Nâng tổng số hội viên']);
    expect(plan('- Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 90%.').targets.map((t) => t.subject)).toEqual(['Mức độ hài lòng của người dân, doanh nghiệp']);
    // From a baseline to the target: the baseline is no target, and no part of what the target measures.
    expect(plan('- Giảm tỷ lệ hộ nghèo từ 3,5% xuống còn 2%.\n- Tỷ lệ chất thải rắn được thu gom tăng từ 85% lên 95%.\n- Tỷ lệ người dân tham gia bảo hiểm y tế đạt tỷ lệ 95% trở lên.').targets.map((t) => [t.text, t.subject])).toEqual([
      ['2%', 'tỷ lệ hộ nghèo'],
      ['95%', 'Tỷ lệ chất thải rắn được thu gom'],
      ['95% trở lên', 'Tỷ lệ người dân tham gia bảo hiểm y tế'],
    ]);
    // Levels listed one after another measure the same; a fall "xuống còn" joins like "còn".
    expect(plan('- Tỷ lệ trường mầm non, tiểu học, THCS đạt chuẩn quốc gia lần lượt là 80%, 90% và 85%.\n- Tỷ lệ học sinh bỏ học giảm xuống còn dưới 0,5%.').targets.map((t) => t.subject)).toEqual([
      'Tỷ lệ trường mầm non, tiểu học, THCS đạt chuẩn quốc gia',
      'Tỷ lệ trường mầm non, tiểu học, THCS đạt chuẩn quốc gia',
      'Tỷ lệ trường mầm non, tiểu học, THCS đạt chuẩn quốc gia',
      'Tỷ lệ học sinh bỏ học',
    ]);
    // The comma before the next clause is no part of what is measured.
    expect(plan('- 100% trạm y tế xã có bác sĩ làm việc, trong đó ít nhất 50% trạm đạt chuẩn.').targets.map((t) => t.subject)).toEqual(['trạm y tế xã có bác sĩ làm việc', 'trạm đạt chuẩn']);
    // A school year or a period, with the preposition before it.
    expect(plan('- 100% cơ sở giáo dục sử dụng học bạ số trong năm học 2025-2026.\n- 90% xã đạt chuẩn nông thôn mới trong giai đoạn 2026-2030.').targets.map((t) => [t.year, t.subject])).toEqual([
      [2026, 'cơ sở giáo dục sử dụng học bạ số'],
      [2030, 'xã đạt chuẩn nông thôn mới'],
    ]);
  });
});

describe('tasks', () => {
  it('reads a block with field lines, emphasis or not, and its time without the full stop of its sentence', () => {
    const d = plan('1. Hội nghị cán bộ chủ chốt cấp quận:\n- *Chủ trì:* Mời Ban Tuyên giáo Quận ủy.\n- *Chịu trách nhiệm nội dung:* Phòng GDĐT, Trung tâm GDNN - GDTX.\n- Đơn vị phối hợp: Văn phòng HĐND & UBND quận.\n- *Thời gian*: Tháng 01/2021.');
    expect(d.tasks).toHaveLength(1);
    const [task] = d.tasks;
    expect(task).toMatchObject({ kind: 'block', title: 'Hội nghị cán bộ chủ chốt cấp quận', period: { start: '2021-01', end: '2021-01', text: 'Tháng 01/2021' } });
    expect(task.lead.map((a) => a.name)).toEqual(['Ban Tuyên giáo Quận ủy']);
    expect(task.partners.map((a) => a.name)).toEqual([
      'Phòng Giáo dục và Đào tạo',
      'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận',
    ]);
  });
  it('reads the field labels of school and office plans: who is in charge, who carries out, the schedule', () => {
    const d = plan('1. Tổ chức ngày hội đọc sách\n- Người phụ trách: Phó Hiệu trưởng.\n- Người thực hiện: Giáo viên chủ nhiệm, Tổng phụ trách Đội.\n- Thời gian triển khai: tháng 10/2025.\n2. Tham quan di tích lịch sử\n- Cơ quan, đơn vị chủ trì: Đoàn Thanh niên.\n- Bộ phận phối hợp: Tổ văn phòng.\n- Tiến độ thực hiện: Quý II/2026.\n3. Rà soát thủ tục hành chính\n- Đơn vị chủ trì: Phòng Tư pháp.\n- Đơn vị giúp việc: Văn phòng HĐND và UBND huyện.\n- Thời điểm hoàn thành: tháng 9/2026.');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['block', 'Tổ chức ngày hội đọc sách', ['Phó Hiệu trưởng'], ['Giáo viên chủ nhiệm', 'Tổng phụ trách Đội'], '2025-10', '2025-10'],
      ['block', 'Tham quan di tích lịch sử', ['Đoàn Thanh niên'], ['Tổ văn phòng'], '2026-04', '2026-06'],
      // The body that assists the lead is its partner; a deadline alone is the end.
      ['block', 'Rà soát thủ tục hành chính', ['Phòng Tư pháp'], ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'], null, '2026-09'],
    ]);
  });
  it('reads a ministry’s departments and several fields on one line', () => {
    const d = plan('a) Xây dựng Nghị định\n- Cơ quan chủ trì: Vụ Giáo dục Phổ thông.\n- Cơ quan phối hợp: Vụ Kế hoạch - Tài chính, Vụ Pháp chế.\nb) Sửa đổi Thông tư\n- Đơn vị chủ trì: Cục Quản lý chất lượng; đơn vị phối hợp: các Vụ, Cục liên quan.\n- Thời gian: năm 2026.\nc) Tổ chức thực hiện\nCác Vụ, Cục, đơn vị thuộc Bộ căn cứ nhiệm vụ xây dựng kế hoạch chi tiết; bảo đảm nhiệm vụ, dịch vụ công.');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.end])).toEqual([
      ['block', 'Xây dựng Nghị định', ['Vụ Giáo dục Phổ thông'], ['Vụ Kế hoạch - Tài chính', 'Vụ Pháp chế'], null],
      ['block', 'Sửa đổi Thông tư', ['Cục Quản lý chất lượng'], ['Các Vụ, Cục liên quan'], '2026'],
      ['assignment', 'Xây dựng kế hoạch chi tiết', ['Các Vụ, Cục, đơn vị thuộc Bộ'], [], null],
    ]);
  });
  it('titles a heading of bodies and a short verb by the verb, and ends an abbreviated name before a verb that closes it', () => {
    const d = plan('I. MỤC TIÊU\nNâng cao chất lượng.\nII. NHIỆM VỤ\n1. Hội LHPN huyện, Hội CCB huyện, Huyện đoàn vận động.\n2. Sở VH-TT&DL, Sở LĐTBXH kiểm tra.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([
      ['Vận động', ['Hội Liên hiệp Phụ nữ huyện', 'Hội Cựu chiến binh huyện', 'Huyện đoàn']],
      ['Kiểm tra', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Lao động - Thương binh và Xã hội']],
    ]);
  });
  it('keeps bodies apart that differ only in their number, and reads taxpayers inside a name', () => {
    const d = plan('II. NHIỆM VỤ\n1. Đội Kiểm tra thuế số 1, Đội Kiểm tra thuế số 2\nKiểm tra tại trụ sở người nộp thuế.\n2. Đội Tuyên truyền - Hỗ trợ người nộp thuế tổ chức đối thoại với doanh nghiệp.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([
      ['Kiểm tra tại trụ sở người nộp thuế', ['Đội Kiểm tra thuế số 1', 'Đội Kiểm tra thuế số 2']],
      ['Tổ chức đối thoại với doanh nghiệp', ['Đội Tuyên truyền - Hỗ trợ người nộp thuế']],
    ]);
  });
  it('reads the long field labels without their noun, and a department whose name holds a comma', () => {
    const d = plan('1. Xây dựng Đề án số hóa di sản văn hóa.\nChủ trì thực hiện: Cục Di sản văn hóa.\nPhối hợp thực hiện: Vụ Kế hoạch, Tài chính; Trung tâm Công nghệ thông tin.\nThời gian thực hiện: Quý I - Quý II năm 2027.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['Xây dựng Đề án số hóa di sản văn hóa', ['Cục Di sản văn hóa'], ['Vụ Kế hoạch, Tài chính', 'Trung tâm Công nghệ thông tin'], '2027-01', '2027-06'],
    ]);
  });
  it('reads a bullet whose items are its fields as a block, and no field line as a body at work', () => {
    const d = plan('2. Phát triển sản phẩm\n- Xây dựng bộ tiêu chí điểm du lịch cộng đồng.\n  + Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n  + Thời gian: năm 2026.\n- Hỗ trợ các hộ gia đình cải tạo nhà ở.\n  + Cơ quan chủ trì: UBND các huyện.\n  + Cơ quan phối hợp: Ngân hàng Chính sách xã hội chi nhánh tỉnh.\n  + Thời gian: 2026-2028.');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['block', 'Xây dựng bộ tiêu chí điểm du lịch cộng đồng', ['Sở Văn hóa, Thể thao và Du lịch'], [], '2026', '2026'],
      ['block', 'Hỗ trợ các hộ gia đình cải tạo nhà ở', ['Ủy ban nhân dân các huyện'], ['Ngân hàng Chính sách xã hội chi nhánh tỉnh'], '2026', '2028'],
    ]);
    expect(d.agencies.map((a) => a.name)).not.toContain('Cơ quan');
    // Fields ending the items of a last bullet that is a label alone are its heading's.
    const measures = plan('II. NHIỆM VỤ\n1. Nâng cao chất lượng giáo dục toàn diện\n* Chỉ tiêu:\n- Học sinh lên lớp thẳng đạt 98%.\n* Biện pháp:\n- Tổ chức dạy học 2 buổi/ngày.\n- Người phụ trách: Phó Hiệu trưởng.\n- Thời gian: Tháng 9/2026.');
    expect(measures.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.period.start])).toEqual([['block', 'Nâng cao chất lượng giáo dục toàn diện', ['Phó Hiệu trưởng'], '2026-09']]);
  });
  it('names an office with what it is in charge of, up to the verb of its work', () => {
    const d = plan('III. TỔ CHỨC THỰC HIỆN\n1. Đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội chỉ đạo triển khai Kế hoạch.\n2. Phó Hiệu trưởng phụ trách chuyên môn xây dựng kế hoạch dạy học.\n3. UBND các xã có điểm du lịch khảo sát hiện trạng.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([
      ['Chỉ đạo triển khai Kế hoạch', ['Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa - xã hội']],
      ['Xây dựng kế hoạch dạy học', ['Phó Hiệu trưởng phụ trách chuyên môn']],
      ['Khảo sát hiện trạng', ['Ủy ban nhân dân các xã có điểm du lịch']],
    ]);
  });
  it('keeps the comma of "khám, chữa bệnh" inside a name', () => {
    const d = plan('II. NHIỆM VỤ\n2. Cục Quản lý Khám, chữa bệnh\nChỉ đạo các bệnh viện tuyến tỉnh hỗ trợ chuyên môn cho tuyến xã, thời gian\nthực hiện: cả năm 2026.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.start, t.period.end])).toEqual([['Chỉ đạo các bệnh viện tuyến tỉnh hỗ trợ chuyên môn cho tuyến xã', ['Cục Quản lý Khám, chữa bệnh'], '2026', '2026']]);
  });
  it('reads a whole name in lower case as a body: "phối hợp với nhà trường", "giao nhà trường"', () => {
    const d = plan('III. TỔ CHỨC THỰC HIỆN\n1. Ban đại diện cha mẹ học sinh phối hợp với nhà trường tổ chức các hoạt động ngoại khóa.\n2. Giao nhà trường xây dựng kế hoạch cụ thể.\n3. Phòng Nội vụ phối hợp với cán bộ, công chức rà soát hồ sơ.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Tổ chức các hoạt động ngoại khóa', ['Ban đại diện cha mẹ học sinh'], ['Nhà trường']],
      ['Xây dựng kế hoạch cụ thể', ['Nhà trường'], []],
      // A head word that is not a whole name stays none alone in lower case.
      ['Phối hợp với cán bộ, công chức rà soát hồ sơ', ['Phòng Nội vụ'], []],
    ]);
  });
  it('folds a body named by its head word alone into the one body of that head named before it', () => {
    const d = plan('III. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Văn hóa - Thông tin và Thể thao huyện tổ chức tuyên truyền.\n2. Giao Trung tâm chủ trì, phối hợp với VCCI tổ chức hội nghị.\n3. Phòng Nội vụ, Phòng Tài chính rà soát biên chế.\n4. Giao Phòng chủ trì thẩm định.');
    expect(d.tasks.map((t) => [t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      [['Trung tâm Văn hóa - Thông tin và Thể thao huyện'], []],
      [['Trung tâm Văn hóa - Thông tin và Thể thao huyện'], ['Liên đoàn Thương mại và Công nghiệp Việt Nam']],
      [['Phòng Nội vụ', 'Phòng Tài chính'], []],
      // Two bodies of that head: which one is meant cannot be told.
      [['Phòng'], []],
    ]);
    const centre = d.agencies.find((a) => a.name.startsWith('Trung tâm'))!;
    expect(centre.aliases).toEqual(['Trung tâm', 'Trung tâm Văn hóa - Thông tin và Thể thao huyện']);
    expect(centre.mentions.map((m) => m.line)).toEqual([...centre.mentions.map((m) => m.line)].sort((a, b) => a - b));
    expect(d.agencies.filter((a) => a.name.startsWith('Trung tâm'))).toHaveLength(1);
    // In a department's own plan "Sở" alone is the department itself.
    const own = fromText('SỞ Y TẾ TỈNH NINH BÌNH\nSố: 12/KH-SYT\nNinh Bình, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\nPhòng chống dịch năm 2026\n\nI. NHIỆM VỤ\n1. Sở Tài chính bố trí kinh phí.\n2. Giao Sở chủ trì tổ chức kiểm tra các cơ sở.\n');
    expect(own.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Sở Tài chính'], ['Sở']]);
    // One body named with and without its level is one; two levels of one kind are two bodies.
    const levels = plan('III. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Y tế chủ trì tiêm chủng; Trung tâm Y tế huyện phối hợp.\n2. Trung tâm báo cáo kết quả.\n3. UBND huyện chủ trì, phối hợp với UBND xã tổ chức tập huấn.\n4. UBND chỉ đạo thực hiện.');
    expect(levels.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Trung tâm Y tế'], ['Trung tâm Y tế'], ['Ủy ban nhân dân huyện'], ['Ủy ban nhân dân']]);
  });
  it('reads no task time in a long ground that opens the sentence', () => {
    const d = plan('III. TỔ CHỨC THỰC HIỆN\n- Căn cứ nội dung Thỏa thuận hợp tác giữa UBND tỉnh Lâm Đồng với Liên đoàn Thương mại giai đoạn 2026 - 2030, giao Sở Tài chính tham mưu UBND tỉnh tổ chức hội nghị.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.text])).toEqual([['Tham mưu UBND tỉnh tổ chức hội nghị', ['Sở Tài chính'], null]]);
  });
  it('ends a list of partners at the verb of health work', () => {
    const d = plan('III. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã phối hợp với các trường học trên địa bàn khám sức khỏe định kỳ cho học sinh.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([['Khám sức khỏe định kỳ cho học sinh', ['Trạm Y tế xã'], ['Các trường học trên địa bàn']]]);
  });
  it('dates the work under a heading that is only a time, and after a date that opens a line with its colon', () => {
    const d = plan('II. NỘI DUNG\n1. Tháng 01/2026\n- Phòng Nội vụ: Xây dựng kế hoạch thi đua.\n2. Quý II/2026\nCông an huyện tổ chức diễn tập phòng cháy chữa cháy.\n3. Các hoạt động khác\n- Từ ngày 01/3 đến 15/3/2026: Các trường tổ chức hội khỏe Phù Đổng.\n- Trước ngày 20/3/2026: Phòng GD&ĐT tổng hợp kết quả.\n- Từ tháng 4 đến tháng 5/2026: Các trường tổ chức thi.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['Xây dựng kế hoạch thi đua', ['Phòng Nội vụ'], '2026-01', '2026-01'],
      ['Tổ chức diễn tập phòng cháy chữa cháy', ['Công an huyện'], '2026-04', '2026-06'],
      ['Tổ chức hội khỏe Phù Đổng', ['Các trường'], '2026-03-01', '2026-03-15'],
      ['Tổng hợp kết quả', ['Phòng Giáo dục và Đào tạo'], null, '2026-03-20'],
      ['Tổ chức thi', ['Các trường'], '2026-04', '2026-05'],
    ]);
    // The heading's line is where its time was read.
    expect(d.tasks[0].period.headingLine).toBe(d.tasks[0].span.line - 1);
    // A month or a quarter with no year is of the plan's year, or of its school year.
    const months = fromText('CHƯƠNG TRÌNH CÔNG TÁC\nnăm 2026 của Ủy ban nhân dân xã\n\nI. CÔNG TÁC THEO THÁNG\n1. Tháng 01\n- Hội nghị triển khai nhiệm vụ năm 2026 (Văn phòng HĐND và UBND xã chủ trì).\n2. Quý II:\n- Đoàn Thanh niên xã ra quân Tết trồng cây.');
    expect(months.tasks.map((t) => [t.period.start, t.period.end, t.period.text])).toEqual([
      ['2026-01', '2026-01', 'Tháng 01'],
      ['2026-04', '2026-06', 'Quý II'],
    ]);
    const school = fromText('KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2026 - 2027\n\nI. NHIỆM VỤ\n1. Tháng 9\n- Tổ chuyên môn xây dựng kế hoạch dạy học.\n2. Tháng 01\n- Tổ chuyên môn tổ chức thi học kỳ.');
    expect(school.tasks.map((t) => t.period.start)).toEqual(['2026-09', '2027-01']);
    // A span of quarters or months is a time heading too.
    const spans = plan('II. PHÂN CÔNG\n1. Quý II - III/2026:\n- UBND các phường: Tổ chức diễn tập phương án chữa cháy.\n2. Tháng 3 - 5/2026\n- Phòng Y tế kiểm tra an toàn thực phẩm.');
    expect(spans.tasks.map((t) => [t.title, t.period.start, t.period.end])).toEqual([
      ['Tổ chức diễn tập phương án chữa cháy', '2026-04', '2026-09'],
      ['Kiểm tra an toàn thực phẩm', '2026-03', '2026-05'],
    ]);
  });
  it('reads no task in the closing line of a notice', () => {
    const d = fromText('THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n1. Giao Sở Tài chính rà soát, đề xuất điều chuyển vốn.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([['Rà soát, đề xuất điều chuyển vốn', ['Sở Tài chính']]]);
  });
  it('reads the fields of an event and of an inspection', () => {
    const d = plan('1. Hội thi tìm hiểu pháp luật\n- Đơn vị tổ chức: Phòng Tư pháp.\n- Đơn vị phối hợp: Đoàn Thanh niên, Hội Phụ nữ.\n- Thời gian tổ chức: Tháng 11/2026.\n2. Kiểm tra công tác cải cách hành chính\n- Cơ quan thường trực: Phòng Nội vụ.\n- Thời gian kiểm tra: Quý III/2026.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['Hội thi tìm hiểu pháp luật', ['Phòng Tư pháp'], ['Đoàn Thanh niên', 'Hội Phụ nữ'], '2026-11', '2026-11'],
      ['Kiểm tra công tác cải cách hành chính', ['Phòng Nội vụ'], [], '2026-07', '2026-09'],
    ]);
  });
  it('reads the leader who oversees the work as its lead only when no body presides', () => {
    const d = plan('1. Hội nghị sơ kết\n- Lãnh đạo phụ trách: Phó Chủ tịch UBND xã.\n- Cơ quan chủ trì: Văn phòng UBND xã.\n2. Hội thi\n- Lãnh đạo phụ trách: Phó Chủ tịch UBND xã.\n3. Hội khỏe\n- Bộ phận phụ trách: Tổ chuyên môn.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Hội nghị sơ kết', ['Văn phòng Ủy ban nhân dân xã'], ['Phó Chủ tịch Ủy ban nhân dân xã']],
      ['Hội thi', ['Phó Chủ tịch Ủy ban nhân dân xã'], []],
      ['Hội khỏe', ['Tổ chuyên môn'], []],
    ]);
  });
  it('reads no body at work in a line that only names bodies after an unknown label', () => {
    const d = plan('1. Hội thi\n- Đơn vị được giao: Phòng Tư pháp.\n- Địa điểm: Văn phòng UBND xã.\n2. Phòng Nội vụ: Chủ trì hội nghị.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([['Chủ trì hội nghị', ['Phòng Nội vụ']]]);
  });
  it('reads a time field up to what follows its last date: a place, another field', () => {
    const d = plan('1. Tổ chức hội nghị sơ kết\n- Đơn vị chủ trì: Phòng Nội vụ.\n- Thời gian: Quý II/2026 tại Hội trường UBND xã.\n2. Tổ chức hội thi\n- Đơn vị chủ trì: Phòng Văn hóa.\n- Thời gian: Tháng 3/2026; địa điểm: Nhà văn hóa xã.\n3. Kiểm tra\n- Đơn vị chủ trì: Phòng Tư pháp.\n- Thời gian: Quý I/2026; Quý III/2026.');
    expect(d.tasks.map((t) => [t.period.start, t.period.end, t.period.text])).toEqual([
      ['2026-04', '2026-06', 'Quý II/2026'],
      ['2026-03', '2026-03', 'Tháng 3/2026'],
      ['2026-01', '2026-09', 'Quý I/2026; Quý III/2026'],
    ]);
  });
  it('reads a paragraph after a finished bullet as its heading’s, not the bullet’s, and a village’s mass-organisation branches', () => {
    const d = plan('II. NHIỆM VỤ\n1. Tiêm phòng\n- Đợt 1: Từ tháng 3 đến tháng 4/2026.\n- Đợt 2: Từ tháng 9 đến tháng 10/2026.\nChi cục Chăn nuôi và Thú y chủ trì, phối hợp Trung tâm Chẩn đoán thú y vùng lấy mẫu giám sát.\n2. Vận động\nChi hội Phụ nữ, Chi hội Nông dân thôn vận động hội viên tham gia.');
    // Two waves: the block states no single time of its own.
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.text])).toEqual([
      ['Lấy mẫu giám sát', ['Chi cục Chăn nuôi và Thú y'], ['Trung tâm Chẩn đoán thú y vùng'], null],
      ['Vận động hội viên tham gia', ['Chi hội Phụ nữ', 'Chi hội Nông dân thôn'], [], null],
    ]);
  });
  it('gives a heading the field lines written after its last bullet', () => {
    const d = plan('1. Nâng cao chất lượng dạy và học\n- Tổ chức dạy học 2 buổi/ngày.\n- Đổi mới phương pháp dạy học.\nNgười phụ trách: Phó Hiệu trưởng phụ trách chuyên môn.\nThời gian: tháng 9/2025.\n2. Bồi dưỡng học sinh giỏi\n- Lập danh sách học sinh.\nThời gian: tháng 3/2026.\n- Tổ chức ôn tập.\nThời gian: tháng 5/2026.');
    // Under the second heading each bullet has a field line of its own: they are not the heading's.
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.period.start, t.period.end])).toEqual([['block', 'Nâng cao chất lượng dạy và học', ['Phó Hiệu trưởng phụ trách chuyên môn'], '2025-09', '2025-09']]);
  });
  it('reads school groups by name, and no body in a heading in capitals or in work after a colon', () => {
    const d = plan('III. TỔ CHỨC THỰC HIỆN\n1. ĐỘI NGŨ GIÁO VIÊN\nTổ Toán - Tin, Tổ Ngữ văn bồi dưỡng giáo viên mới.\n2. BÁO CÁO KẾT QUẢ\nCác tổ chuyên môn báo cáo kết quả về Hiệu trưởng.\n3. Các Phó Hiệu trưởng: Giúp Hiệu trưởng tổ chức thực hiện theo lĩnh vực được phân công.\n4. Các sở: Giao thông vận tải, Xây dựng theo dõi việc thực hiện.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([
      ['Bồi dưỡng giáo viên mới', ['Tổ Toán - Tin', 'Tổ Ngữ văn']],
      ['Báo cáo kết quả về Hiệu trưởng', ['Các tổ chuyên môn']],
      ['Giúp Hiệu trưởng tổ chức thực hiện theo lĩnh vực được phân công', ['Các Phó Hiệu trưởng']],
      ['Theo dõi việc thực hiện', ['Sở Giao thông vận tải', 'Sở Xây dựng']],
    ]);
    expect(d.agencies.map((a) => a.name)).not.toContain('ĐỘI NGŨ GIÁO VIÊN');
  });
  it('reads a bullet that gives its fields after its work, and leaves a sentence that names its body a sentence', () => {
    const d = plan('1. Công tác tuyên truyền\n- Tổ chức hội nghị quán triệt Nghị quyết; đơn vị chủ trì: Ban Tuyên giáo; thời gian: tháng 3/2026.\n- Biên soạn tài liệu hỏi đáp (đơn vị chủ trì: Sở Tư pháp; thời gian: Quý II/2026).\n- Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát trạm y tế; thời gian thực hiện: giai đoạn 2026-2028.');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['block', 'Tổ chức hội nghị quán triệt Nghị quyết', ['Ban Tuyên giáo'], [], '2026-03', '2026-03'],
      ['block', 'Biên soạn tài liệu hỏi đáp', ['Sở Tư pháp'], [], '2026-04', '2026-06'],
      ['assignment', 'Rà soát trạm y tế', ['Sở Y tế'], ['Sở Tài chính'], '2026', '2028'],
    ]);
    // Without a time field, the time its heading gives after a time word.
    const stated = plan('1. Công tác chuẩn bị\n- Kiện toàn Ban Chỉ huy các xã; xong trước 30/4/2026. Đơn vị thực hiện: UBND các xã.\n2. Rà soát phương án ứng phó (hoàn thành trước ngày 15/5/2026)\n- Đơn vị chủ trì: Phòng Nông nghiệp và Môi trường.\n3. Diễn tập ứng phó năm 2025\n- Đơn vị chủ trì: Ban Chỉ huy Quân sự huyện.');
    expect(stated.tasks.map((t) => [t.kind, t.period.start, t.period.end, t.period.text])).toEqual([
      ['block', null, '2026-04-30', 'trước 30/4/2026'],
      ['block', null, '2026-05-15', 'trước ngày 15/5/2026'],
      // A year with no time word names the exercise, not its deadline.
      ['block', null, null, null],
    ]);
    // Else the one time its paragraphs give; two times there say nothing of the whole.
    const inProse = plan('1. Tuyên truyền trực quan\nTreo băng rôn trên các tuyến phố chính từ ngày 01/3/2026 đến ngày 30/4/2026.\nĐơn vị chủ trì: Trung tâm Văn hóa quận.\n2. Hội thi văn nghệ\nSơ khảo trong tháng 5/2026, chung kết trước ngày 30/6/2026.\nĐơn vị chủ trì: Phòng Văn hóa và Thông tin.');
    expect(inProse.tasks.map((t) => [t.kind, t.period.start, t.period.end, t.period.text])).toEqual([
      ['block', '2026-03-01', '2026-04-30', 'từ ngày 01/3/2026 đến ngày 30/4/2026'],
      ['block', null, null, null],
    ]);
  });
  it('titles a block whose heading labels its work by that work ("Nội dung: …")', () => {
    const d = plan('1. Nội dung: Xây dựng phần mềm quản lý hồ sơ\n- Cơ quan chủ trì: Sở Khoa học và Công nghệ\n- Sản phẩm: Phần mềm được đưa vào sử dụng\n- Thời gian hoàn thành: Quý IV/2026\n2. Nội dung: Tuyên truyền về chuyển đổi số');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      // When it is due: the end of the quarter, no start.
      ['block', 'Xây dựng phần mềm quản lý hồ sơ', ['Sở Khoa học và Công nghệ'], null, '2026-12'],
    ]);
  });
  it('reads the field of who is assigned (“Phân công: …”) as the lead, and those who take part in it as partners', () => {
    const d = plan(
      '1. Kiểm tra\n- Nội dung: Kiểm tra việc chấp hành Điều lệ Đảng.\n- Thời gian: Quý II/2027.\n- Phân công: Ủy ban Kiểm tra Đảng ủy xã thực hiện.\n2. Giám sát chuyên đề\n- Thời gian: Tháng 10/2027.\n- Phân công: Đồng chí Bí thư Đảng ủy chủ trì, Văn phòng Đảng ủy tham gia.',
    );
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start])).toEqual([
      ['Kiểm tra', ['Ủy ban Kiểm tra Đảng ủy xã'], [], '2027-04'],
      ['Giám sát chuyên đề', ['Bí thư Đảng ủy'], ['Văn phòng Đảng ủy'], '2027-10'],
    ]);
  });
  it('reads lettered field lines under a heading as its fields, and the time its work’s field gives with a cue', () => {
    const d = plan(
      '1. Tiêm chủng thường xuyên\na) Nội dung: Tổ chức tiêm chủng hằng tháng tại trạm y tế xã.\nb) Đơn vị chủ trì: Trung tâm Y tế huyện.\nc) Đơn vị phối hợp: UBND các xã.\nd) Thời gian thực hiện: Quý II năm 2027.\n2. Đại hội Thể dục thể thao\n- Nội dung: Các xã tổ chức Đại hội, hoàn thành trước ngày 30/6/2026.\n- Chủ trì: UBND các xã.\n3. Phòng Y tế\na) Phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức truyền thông.',
    );
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['block', 'Tiêm chủng thường xuyên', ['Trung tâm Y tế huyện'], ['Ủy ban nhân dân các xã'], '2027-04', '2027-06'],
      ['block', 'Đại hội Thể dục thể thao', ['Ủy ban nhân dân các xã'], [], null, '2026-06-30'],
      ['assignment', 'Tổ chức truyền thông', ['Phòng Y tế'], ['Hội Liên hiệp Phụ nữ xã'], null, null],
    ]);
  });
  it('takes the lead of a heading whose fields name only partners or time from the heading’s own subject', () => {
    const d = plan('a) Sở Khoa học và Công nghệ chủ trì xây dựng Trung tâm dữ liệu tỉnh; phối hợp: Công an tỉnh, Sở Tài chính; thời gian thực hiện: năm 2026-2027.\nb) Sở Nội vụ hướng dẫn sắp xếp tổ chức bộ máy\nĐơn vị phối hợp: Sở Tài chính\nThời gian: Quý III/2026\nc) Tổng hợp kết quả; đơn vị phối hợp: Văn phòng UBND tỉnh');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['block', 'Chủ trì xây dựng Trung tâm dữ liệu tỉnh', ['Sở Khoa học và Công nghệ'], ['Công an tỉnh', 'Sở Tài chính'], '2026', '2027'],
      ['block', 'Hướng dẫn sắp xếp tổ chức bộ máy', ['Sở Nội vụ'], ['Sở Tài chính'], '2026-07', '2026-09'],
      ['block', 'Tổng hợp kết quả', [], ['Văn phòng Ủy ban nhân dân tỉnh'], null, null],
    ]);
  });
  it('reads a paragraph with its fields in brackets as a block, and items with fields under a body heading as that body’s', () => {
    const d = plan(
      '1. Nâng cao chất lượng đội ngũ\nTổ chức bồi dưỡng chuyên môn hè cho giáo viên (đơn vị chủ trì: Bộ phận Mầm non; thời gian: tháng 7-8/2026).\nCác trường tổ chức hội thi giáo viên dạy giỏi (thời gian: tháng 11/2026; đơn vị phối hợp: Công đoàn ngành).\nTổng kết năm học (thời gian: tháng 5/2027).\n2. Sở Tài chính\n- Bố trí kinh phí (thời gian: tháng 3/2026; phối hợp: Sở Y tế).\n3. Công an tỉnh\n- Bảo đảm an ninh trật tự.\n- Kiểm tra việc chấp hành (thời gian: Quý IV/2026; phối hợp: Sở Y tế).',
    );
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['block', 'Tổ chức bồi dưỡng chuyên môn hè cho giáo viên', ['Bộ phận Mầm non'], [], '2026-07', '2026-08'],
      ['block', 'Tổ chức hội thi giáo viên dạy giỏi', ['Các trường'], ['Công đoàn ngành'], '2026-11', '2026-11'],
      // A time alone names no body: the paragraph is no block.
      // The heading's task is its first item, a block of its own; a later block keeps the heading's task.
      ['block', 'Bố trí kinh phí', ['Sở Tài chính'], ['Sở Y tế'], '2026-03', '2026-03'],
      ['assignment', 'Bảo đảm an ninh trật tự', ['Công an tỉnh'], [], null, null],
      ['block', 'Kiểm tra việc chấp hành', ['Công an tỉnh'], ['Sở Y tế'], '2026-10', '2026-12'],
    ]);
  });
  it('reads a deadline field labelled without "Thời", and the time a field of when the work is due gives as its end', () => {
    const d = plan('II. NHIỆM VỤ\n1. Số hóa hồ sơ hộ tịch\n- Chủ trì: Sở Tư pháp.\n- Hạn hoàn thành: 30/9/2026.\n2. Số hóa hồ sơ đất đai\n- Chủ trì: Sở Nông nghiệp và Môi trường.\n- Hạn chót: 15/10/2026.');
    expect(d.tasks.map((t) => [t.kind, t.lead.map((a) => a.name), t.period.end])).toEqual([
      ['block', ['Sở Tư pháp'], '2026-09-30'],
      ['block', ['Sở Nông nghiệp và Môi trường'], '2026-10-15'],
    ]);
    // A field of when the work is due gives one time as the end alone; one of when it is done, as both; a range, as stated.
    const due = plan('II. NHIỆM VỤ\n1. Số hóa hồ sơ\n- Chủ trì: Sở Tư pháp.\n- Thời gian hoàn thành: Quý II/2026.\n2. Rà soát\n- Chủ trì: Sở Nội vụ.\n- Thời gian thực hiện: Quý II/2026.\n3. Kiểm tra\n- Chủ trì: Sở Nội vụ.\n- Thời hạn: Từ tháng 3 đến tháng 6/2026.\n4. Tập huấn (Chủ trì: Sở Nội vụ; thời gian hoàn thành: tháng 8/2026).');
    expect(due.tasks.map((t) => [t.period.start, t.period.end])).toEqual([
      [null, '2026-06'],
      ['2026-04', '2026-06'],
      ['2026-03', '2026-06'],
      [null, '2026-08'],
    ]);
  });
  it('reads the fields of a task written in brackets after its heading, and the heads of agencies', () => {
    const d = plan('a) Rà soát, hệ thống hóa văn bản quy phạm pháp luật (cơ quan chủ trì: Sở Tư pháp; thời gian: Quý I/2026).\nb) Tổng kết (theo Kế hoạch số 12/KH-UBND).\n- Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm về kết quả cải cách hành chính.');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['block', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', ['Sở Tư pháp'], '2026-01', '2026-03'],
      ['assignment', 'Chịu trách nhiệm về kết quả cải cách hành chính', ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân các xã', 'Chủ tịch Ủy ban nhân dân các phường'], null, null],
    ]);
  });
  it('reads the sentence after a heading’s colon, and a whole head after a level as a body of its own', () => {
    const d = plan('7. Chế độ báo cáo: Các cơ quan, đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.\n8. Kiểm tra cải cách hành chính. Phân công: Sở Nội vụ chủ trì; thời gian thực hiện: tháng 5 - tháng 10/2026.\n9. Thời gian: Quý I/2026.\n10. Đề nghị Liên đoàn Lao động tỉnh, Tỉnh đoàn phối hợp tuyên truyền.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['Báo cáo kết quả về Sở Nội vụ', ['Các cơ quan, đơn vị'], null, '2026-12-15'],
      ['Kiểm tra cải cách hành chính', ['Sở Nội vụ'], '2026-05', '2026-10'],
      ['Phối hợp tuyên truyền', ['Liên đoàn Lao động tỉnh', 'Tỉnh đoàn'], null, null],
    ]);
  });
  it('reads assignments: "Giao …", "Phân công …", a lettered body, "<body> chủ trì, phối hợp …"', () => {
    const d = plan('2. Nhiệm vụ an ninh trường học\na) Giao phòng Giáo dục và Đào tạo\n- Chỉ đạo các trường thực hiện.\nb) Công an quận\n- Chủ trì, phối hợp phòng GDĐT triển khai.\nc) Phòng Nội vụ chủ trì, phối hợp phòng Tài chính - Kế hoạch, UBND các phường:\n- Bồi dưỡng cán bộ.');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['assignment', 'Nhiệm vụ an ninh trường học', ['Phòng Giáo dục và Đào tạo'], []],
      ['assignment', 'Nhiệm vụ an ninh trường học', ['Công an quận'], ['Phòng Giáo dục và Đào tạo']],
      ['assignment', 'Nhiệm vụ an ninh trường học', ['Phòng Nội vụ'], ['Phòng Tài chính - Kế hoạch', 'Ủy ban nhân dân các phường']],
    ]);
    // "Phân công" assigns as "Giao" does; with no body after it, nothing.
    expect(assigned('- Phân công Văn phòng HĐND và UBND xã theo dõi, tổng hợp.\n- Phân công nhiệm vụ cụ thể cho từng thành viên.')).toEqual([
      ['Theo dõi, tổng hợp', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'], []],
    ]);
  });
  it('reads the work of a body by any verb of the table, and leaves a verb inside a name to the name', () => {
    expect(
      assigned(
        '- UBND các xã gửi báo cáo về Sở Nội vụ.\n- Công an tỉnh xử lý nghiêm các hành vi vi phạm.\n- Sở Giáo dục và Đào tạo tập huấn cho giáo viên cốt cán.\n- Các doanh nghiệp viễn thông phủ sóng 5G tại các khu công nghiệp.\n- Ban Quản lý dự án đầu tư xây dựng huyện hoàn thiện hồ sơ thiết kế.\n- UBND các xã phối hợp với Sở Giáo dục và Đào tạo tuyên truyền, tư vấn hướng nghiệp cho thanh niên.\n- Hội đồng tư vấn tỉnh chủ trì thẩm định.\n- Chi đoàn các thôn ra quân làm sạch môi trường.\n- UBND các huyện, thị xã đẩy nhanh công tác giải phóng mặt bằng.\n- Sở Xây dựng tháo gỡ vướng mắc về thủ tục đầu tư.\n- Các chi bộ tạo nguồn, bồi dưỡng quần chúng ưu tú.\n- Các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán.\n- Hội đồng Quản lý chất lượng bệnh viện họp định kỳ 3 tháng/lần.',
      ),
    ).toEqual([
      ['Gửi báo cáo về Sở Nội vụ', ['Ủy ban nhân dân các xã'], []],
      ['Xử lý nghiêm các hành vi vi phạm', ['Công an tỉnh'], []],
      ['Tập huấn cho giáo viên cốt cán', ['Sở Giáo dục và Đào tạo'], []],
      ['Phủ sóng 5G tại các khu công nghiệp', ['Các doanh nghiệp viễn thông'], []],
      ['Hoàn thiện hồ sơ thiết kế', ['Ban Quản lý dự án đầu tư xây dựng huyện'], []],
      ['Tuyên truyền, tư vấn hướng nghiệp cho thanh niên', ['Ủy ban nhân dân các xã'], ['Sở Giáo dục và Đào tạo']],
      ['Chủ trì thẩm định', ['Hội đồng tư vấn tỉnh'], []],
      ['Ra quân làm sạch môi trường', ['Chi đoàn các thôn'], []],
      ['Đẩy nhanh công tác giải phóng mặt bằng', ['Ủy ban nhân dân các huyện', 'Ủy ban nhân dân các thị xã'], []],
      ['Tháo gỡ vướng mắc về thủ tục đầu tư', ['Sở Xây dựng'], []],
      ['Tạo nguồn, bồi dưỡng quần chúng ưu tú', ['Các chi bộ'], []],
      // The owners of public investment projects, after "các".
      ['Khẩn trương hoàn thiện hồ sơ thanh toán', ['Các chủ đầu tư'], []],
      ['Họp định kỳ 3 tháng/lần', ['Hội đồng Quản lý chất lượng bệnh viện'], []],
    ]);
    // Heads of offices and boards by their titles, "phòng" and "ban" in lower case; none alone; the members of a committee.
    expect(assigned('- Trưởng phòng Giáo dục và Đào tạo các quận chỉ đạo các trường triển khai.\n- Trưởng ban Tuyên giáo Huyện ủy chủ trì hội nghị.\n- Trưởng phòng chỉ đạo rà soát.\n- Các thành viên Ban Chỉ đạo theo dõi địa bàn được phân công.')).toEqual([
      ['Chỉ đạo các trường triển khai', ['Trưởng phòng Giáo dục và Đào tạo các quận'], []],
      ['Chủ trì hội nghị', ['Trưởng ban Tuyên giáo Huyện ủy'], []],
      ['Theo dõi địa bàn được phân công', ['Các thành viên Ban Chỉ đạo'], []],
    ]);
  });
  it('reads the bodies after a phrase opening the sentence, and after a request made of them mid-sentence', () => {
    expect(
      assigned('- Căn cứ Kế hoạch này, các phòng, ban chủ động triển khai.\n- Tùy theo tình hình thực tế, UBND các xã tổ chức ra quân.\n- Ngoài ra, Phòng Y tế hướng dẫn các trạm y tế.\n- Tuỳ điều kiện thực tế, các trường tổ chức tham quan.\n- Đối với các trường học, Phòng Giáo dục và Đào tạo chỉ đạo kiểm tra.\n- Để thực hiện tốt Kế hoạch, Bộ Nội vụ đề nghị các bộ, cơ quan ngang bộ rà soát, góp ý dự thảo.\n- Các đơn vị báo cáo theo yêu cầu Ban Chỉ đạo tỉnh.'),
    ).toEqual([
      ['Chủ động triển khai', ['Các phòng, ban'], []],
      ['Tổ chức ra quân', ['Ủy ban nhân dân các xã'], []],
      ['Hướng dẫn các trạm y tế', ['Phòng Y tế'], []],
      ['Tổ chức tham quan', ['Các trường'], []],
      ['Chỉ đạo kiểm tra', ['Phòng Giáo dục và Đào tạo'], []],
      // The bodies asked, not the one asking.
      ['Rà soát, góp ý dự thảo', ['Các bộ, cơ quan ngang bộ'], []],
      // "theo yêu cầu …": a request's source, not an assignment.
      ['Báo cáo theo yêu cầu Ban Chỉ đạo tỉnh', ['Các đơn vị'], []],
    ]);
    // Under whose direction: the body after the comma does the work.
    expect(assigned('- Dưới sự lãnh đạo, chỉ đạo của Ban Thường vụ Huyện ủy, Phòng Nội vụ chủ trì rà soát hồ sơ cán bộ.')).toEqual([['Chủ trì rà soát hồ sơ cán bộ', ['Phòng Nội vụ'], []]]);
    // A body directed to lead is the lead; a body directed to act is the directing body's work.
    expect(assigned('- UBND huyện chỉ đạo Phòng Nội vụ chủ trì tham mưu sắp xếp bộ máy.\n- Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu sắp xếp bộ máy.\n- Huyện ủy chỉ đạo Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện.')).toEqual([
      ['Chủ trì tham mưu sắp xếp bộ máy', ['Phòng Nội vụ'], []],
      ['Tham mưu sắp xếp bộ máy', ['Sở Nội vụ'], ['Sở Tài chính']],
      ['Chỉ đạo Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện', ['Huyện ủy'], []],
    ]);
    // How far, by the local situation, between the bodies and their verb.
    expect(assigned('- Các thôn, tổ dân phố căn cứ tình hình thực tế tổ chức ra quân.\n- Các trường tùy theo điều kiện cụ thể của đơn vị xây dựng kế hoạch dạy học.')).toEqual([
      ['Tổ chức ra quân', ['Các thôn, tổ dân phố'], []],
      ['Xây dựng kế hoạch dạy học', ['Các trường'], []],
    ]);
    // Each member for the unit in their charge, then how often, then the verb.
    expect(assigned('- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện được phân công phụ trách chi bộ thường xuyên theo dõi, giám sát việc thực hiện.\n- Đồng chí Bí thư được phân công phụ trách địa bàn chỉ đạo các chi bộ tổ chức hội nghị.')).toEqual([
      ['Thường xuyên theo dõi, giám sát việc thực hiện', ['Ủy viên Ban Chấp hành Đảng bộ huyện'], []],
      ['Chỉ đạo các chi bộ tổ chức hội nghị', ['Bí thư'], []],
    ]);
    // What was given before assigns nothing now.
    // A police plan's teams in the plural, but not staff ("đội ngũ").
    expect(assigned('- Các đội nghiệp vụ, Công an các xã xây dựng kế hoạch triển khai.\n- Các đội ngũ cán bộ tham gia tập huấn.')).toEqual([['Xây dựng kế hoạch triển khai', ['Các đội nghiệp vụ', 'Công an các xã'], []]]);
    expect(assigned('- Kinh phí từ nguồn ngân sách năm 2026 đã giao cho các đơn vị và nguồn xã hội hóa.\n- Thực hiện các nhiệm vụ được giao Sở Y tế theo dõi.')).toEqual([]);
    // Money allocated in the clause is not work assigned, while a clause after its colon or comma assigns.
    expect(assigned('- Từ nguồn ngân sách sự nghiệp y tế năm 2026 giao cho Trung tâm.\n- Vốn đầu tư công năm 2026 giao cho các xã thực hiện.\n- Kinh phí thực hiện: giao Phòng Tài chính - Kế hoạch tham mưu bố trí.\n- Từ nguồn ngân sách huyện, giao Phòng Tài chính - Kế hoạch cân đối.')).toEqual([
      ['Tham mưu bố trí', ['Phòng Tài chính - Kế hoạch'], []],
      ['Cân đối', ['Phòng Tài chính - Kế hoạch'], []],
    ]);
    // An enumeration opening the sentence.
    expect(assigned('- Thứ nhất, Phòng Văn hóa tuyên truyền sâu rộng.\n- Thứ hai, Phòng Nội vụ rà soát bộ máy.\n- Cuối cùng, Văn phòng tổng hợp báo cáo.')).toEqual([
      ['Tuyên truyền sâu rộng', ['Phòng Văn hóa'], []],
      ['Rà soát bộ máy', ['Phòng Nội vụ'], []],
      ['Tổng hợp báo cáo', ['Văn phòng'], []],
    ]);
    // The closing paragraph that restates the plan assigns nothing more.
    expect(assigned('- Trên đây là Kế hoạch triển khai Đề án. UBND quận yêu cầu Thủ trưởng các phòng, ban căn cứ kế hoạch tổ chức thực hiện./.')).toEqual([]);
  });
  it('reads a later sentence or clause of a paragraph that names its own lead as a task of its own, with its own time', () => {
    const d = plan('1. Tuyên truyền\nCác cấp ủy quán triệt Nghị quyết. Ban Tuyên giáo chủ trì, phối hợp với Sở Văn hóa tuyên truyền sâu rộng; hoàn thành trong quý II/2026.\n2. Kiểm tra\nPhòng Nội vụ rà soát hồ sơ. Sở Y tế hướng dẫn các trạm. Phòng Nội vụ chủ trì tổng hợp. Phối hợp chặt chẽ với Sở Tư pháp.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.text])).toEqual([
      ['Quán triệt Nghị quyết', ['Các cấp ủy'], [], null],
      ['Tuyên truyền sâu rộng', ['Ban Tuyên giáo'], ['Sở Văn hóa'], 'trong quý II/2026'],
      // A sentence with another lead stands apart; one with the same lead, and partners named later with no lead, are the first's.
      ['Rà soát hồ sơ', ['Phòng Nội vụ'], ['Sở Tư pháp'], null],
      ['Hướng dẫn các trạm', ['Sở Y tế'], [], null],
    ]);
    // Each sentence its own time, not the next one's.
    const sentences = plan('II. NHIỆM VỤ\nBan Chỉ đạo phong trào phường chỉ đạo các tổ dân phố đăng ký thi đua, hoàn thành trước ngày 31/3/2026. Ban Công tác Mặt trận các tổ dân phố vận động nhân dân thực hiện nếp sống văn minh. Công chức Văn hóa - Xã hội tổng hợp, bình xét danh hiệu vào tháng 11/2026.');
    expect(sentences.tasks.map((t) => [t.lead.map((a) => a.name), t.period.text])).toEqual([
      [['Ban Chỉ đạo phong trào phường'], 'trước ngày 31/3/2026'],
      [['Ban Công tác Mặt trận các tổ dân phố'], null],
      [['Công chức Văn hóa - Xã hội'], 'vào tháng 11/2026'],
    ]);
    // A clause after ";" that opens with its bodies and their verb, unless the verb is only the partners' role.
    const clauses = plan('1. Nhiệm vụ\nPhòng Tài chính bố trí kinh phí; Phòng Nội vụ hướng dẫn các đơn vị; hoàn thành trước 30/6/2026.\nPhòng Tài chính bố trí kinh phí; Phòng Nội vụ hướng dẫn các trường trong tháng 3/2026.\nSở Y tế chủ trì rà soát; Sở Tài chính, Sở Nội vụ phối hợp.');
    expect(clauses.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.text])).toEqual([
      // A time closing the sentence after both clauses is both's; one inside the later clause its own.
      ['Bố trí kinh phí', ['Phòng Tài chính'], [], 'trước 30/6/2026'],
      ['Hướng dẫn các đơn vị', ['Phòng Nội vụ'], [], 'trước 30/6/2026'],
      ['Bố trí kinh phí', ['Phòng Tài chính'], [], null],
      ['Hướng dẫn các trường', ['Phòng Nội vụ'], [], 'trong tháng 3/2026'],
      ['Chủ trì rà soát', ['Sở Y tế'], ['Sở Tài chính', 'Sở Nội vụ'], null],
    ]);
  });
  it('reads the later clauses of a numbered heading that name their own lead as tasks of their own', () => {
    const d = plan('1. Phòng Tài chính bảo đảm kinh phí; Phòng Quản trị - Thiết bị chuẩn bị cơ sở vật chất phục vụ nhập học.\n2. Sở Y tế chủ trì tổ chức tập huấn; Sở Tài chính, Sở Nội vụ phối hợp.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Bảo đảm kinh phí', ['Phòng Tài chính'], []],
      ['Chuẩn bị cơ sở vật chất phục vụ nhập học', ['Phòng Quản trị - Thiết bị'], []],
      ['Chủ trì tổ chức tập huấn', ['Sở Y tế'], ['Sở Tài chính', 'Sở Nội vụ']],
    ]);
  });
  it('reads bodies of a later clause that only help with the work as its partners, and those with partners of their own as a task', () => {
    const d = plan(
      '1. Phòng Giáo dục Trung học chủ trì xây dựng kho học liệu số; các trường trung học phổ thông phối hợp đóng góp bài giảng điện tử. Thời gian: 2027 - 2029.\n2. Phòng Y tế chủ trì kiểm tra; Công an xã phối hợp với các thôn bảo vệ tài sản.',
    );
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.text])).toEqual([
      ['Chủ trì xây dựng kho học liệu số', ['Phòng Giáo dục Trung học'], ['Các trường trung học phổ thông'], '2027 - 2029'],
      ['Chủ trì kiểm tra', ['Phòng Y tế'], [], null],
      ['Bảo vệ tài sản', ['Công an xã'], ['Các thôn'], null],
    ]);
    // After a comma too.
    const comma = plan('1. Sở Y tế chủ trì triển khai Kế hoạch, UBND các huyện phối hợp thực hiện.\n2. Sở Y tế chủ trì tổ chức tập huấn, các đơn vị liên quan phối hợp.');
    expect(comma.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Chủ trì triển khai Kế hoạch', ['Sở Y tế'], ['Ủy ban nhân dân các huyện']],
      ['Chủ trì tổ chức tập huấn', ['Sở Y tế'], ['Các đơn vị liên quan']],
    ]);
    // A clause that only helps, after a later task's clause: the first task's still.
    const after = plan('1. Giao Sở Y tế chủ trì triển khai Kế hoạch; Sở Tài chính bố trí kinh phí; UBND các huyện phối hợp thực hiện.');
    expect(after.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Chủ trì triển khai Kế hoạch', ['Sở Y tế'], ['Ủy ban nhân dân các huyện']],
      ['Bố trí kinh phí', ['Sở Tài chính'], []],
    ]);
  });
  it('dates the items under a line that is nothing but a time and its colon, up to a lead-in of another kind', () => {
    const d = plan('I. MỤC TIÊU\nNâng cao chất lượng.\nII. NHIỆM VỤ\nTháng 1:\n- Tổng kết công tác năm 2025 (Văn phòng chủ trì).\n- Hội nghị cán bộ công chức (Công đoàn cơ quan chủ trì).\nTháng 2:\n- Kiểm tra công tác phòng cháy chữa cháy - Công an huyện thực hiện.\nCác nhiệm vụ khác:\n- Phòng Nội vụ rà soát hồ sơ.', 'Chương trình công tác năm 2026');
    expect(d.tasks.map((t) => [t.title, t.period.start, t.period.end, t.period.text])).toEqual([
      ['Tổng kết công tác năm 2025', '2026-01', '2026-01', 'Tháng 1'],
      ['Hội nghị cán bộ công chức', '2026-01', '2026-01', 'Tháng 1'],
      ['Kiểm tra công tác phòng cháy chữa cháy', '2026-02', '2026-02', 'Tháng 2'],
      ['Rà soát hồ sơ', null, null, null],
    ]);
  });
  it('reads the body a work programme names after its item’s dash or colon, with its partners by their role', () => {
    const d = plan('II. NHIỆM VỤ\n- Kiểm tra công tác phòng cháy chữa cháy - Công an huyện thực hiện.\n- Ra quân Tháng Thanh niên: Huyện đoàn chủ trì, các xã phối hợp.\n- Rà soát quy hoạch mạng lưới trường lớp do Phòng Giáo dục và Đào tạo chủ trì, Phòng Tài chính phối hợp.\n- Ngày 20/4/2026, UBND tỉnh tổ chức buổi làm việc với các sở, ban, ngành báo cáo: (1) tiến độ thu hút đầu tư; (2) dự thảo Kế hoạch do đồng chí Nguyễn Văn A - Phó Chủ tịch UBND tỉnh chủ trì.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Kiểm tra công tác phòng cháy chữa cháy', ['Công an huyện'], []],
      ['Ra quân Tháng Thanh niên', ['Huyện đoàn'], ['Các xã']],
      ['Rà soát quy hoạch mạng lưới trường lớp', ['Phòng Giáo dục và Đào tạo'], ['Phòng Tài chính']],
    ]);
  });
  it('reads bodies joined by “và” or a comma with their own verb as a task of their own, but not a list of objects or partners', () => {
    const d = plan(
      'I. MỤC TIÊU\nNâng cao chất lượng.\nII. NHIỆM VỤ\n1. Phòng Tài chính - Kế hoạch bố trí kinh phí và Phòng Nội vụ hướng dẫn thực hiện chế độ cho cán bộ.\n2. Công an huyện bảo đảm an ninh trật tự, Ban Chỉ huy Quân sự huyện chuẩn bị lực lượng trong tháng 5/2026.\n3. UBND huyện chỉ đạo các xã và Phòng Y tế tổ chức tiêm chủng.\n4. Giao Phòng Nội vụ chủ trì, Phòng Tài chính phối hợp thực hiện rà soát biên chế.\n5. Phòng Văn hóa chủ trì, phối hợp với Phòng Tư pháp, Phòng Y tế tổ chức hội thi.\n6. Phòng Văn hóa và Phòng Y tế tổ chức kiểm tra.\n7. Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ Việt Nam tỉnh và Tỉnh đoàn tổ chức truyền thông.',
    );
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.end])).toEqual([
      ['Bố trí kinh phí', ['Phòng Tài chính - Kế hoạch'], [], null],
      ['Hướng dẫn thực hiện chế độ cho cán bộ', ['Phòng Nội vụ'], [], null],
      // The time closing the second clause is its own.
      ['Bảo đảm an ninh trật tự', ['Công an huyện'], [], null],
      ['Chuẩn bị lực lượng', ['Ban Chỉ huy Quân sự huyện'], [], '2026-05'],
      ['Chỉ đạo các xã và Phòng Y tế tổ chức tiêm chủng', ['Ủy ban nhân dân huyện'], [], null],
      ['Rà soát biên chế', ['Phòng Nội vụ'], ['Phòng Tài chính'], null],
      ['Tổ chức hội thi', ['Phòng Văn hóa'], ['Phòng Tư pháp', 'Phòng Y tế'], null],
      ['Tổ chức kiểm tra', ['Phòng Văn hóa', 'Phòng Y tế'], [], null],
      // A long name before "và" is still the list's.
      ['Tổ chức truyền thông', ['Sở Y tế'], ['Hội Liên hiệp Phụ nữ Việt Nam tỉnh', 'Tỉnh đoàn'], null],
    ]);
  });
  it('reads a clause after a semicolon that assigns as a task of its own, and an adverb before the verb as the work’s', () => {
    const d = plan('I. MỤC TIÊU\nNâng cao chất lượng.\nII. TỔ CHỨC THỰC HIỆN\n1. Ban Chỉ đạo xây dựng nông thôn mới xã chịu trách nhiệm chỉ đạo chung; giao đồng chí Phó Chủ tịch UBND xã phụ trách kinh tế trực tiếp chỉ đạo.\n2. UBND huyện giao Phòng Nội vụ chủ trì triển khai.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([
      ['Chỉ đạo chung', ['Ban Chỉ đạo xây dựng nông thôn mới xã']],
      ['Trực tiếp chỉ đạo', ['Phó Chủ tịch Ủy ban nhân dân xã phụ trách kinh tế']],
      ['Chủ trì triển khai', ['Phòng Nội vụ']],
    ]);
  });
  it('reads a steering body’s topic up to its level at the end of a field', () => {
    const d = plan('II. NHIỆM VỤ\nNhiệm vụ 2: Giao thông\n- Nội dung: Cứng hóa 3,5 km đường giao thông nội đồng.\n- Cơ quan thực hiện: Ban Quản lý xây dựng nông thôn mới xã.\n- Thời gian: Từ tháng 4 đến hết tháng 10 năm 2026.');
    expect(d.tasks.map((t) => [t.title, [...t.lead, ...t.partners].map((a) => a.name), t.period.start, t.period.end])).toEqual([['Giao thông', ['Ban Quản lý xây dựng nông thôn mới xã'], '2026-04', '2026-10']]);
  });
  it('reads a clause after a semicolon that opens with plural bodies in lower case as a task of its own', () => {
    const d = plan('I. MỤC TIÊU\nNâng cao chất lượng.\nII. TỔ CHỨC THỰC HIỆN\nGiao Văn phòng Hội Nông dân huyện theo dõi, đôn đốc thực hiện Chương trình; các cơ sở Hội căn cứ chương trình này xây dựng chương trình công tác của đơn vị, gửi về Hội Nông dân huyện trước ngày 31/01/2026.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.end])).toEqual([
      ['Theo dõi, đôn đốc thực hiện Chương trình', ['Văn phòng Hội Nông dân huyện'], null],
      ['Xây dựng chương trình công tác của đơn vị, gửi về Hội Nông dân huyện', ['Các cơ sở Hội'], '2026-01-31'],
    ]);
  });
  it('reads the office after a person’s name, not the name', () => {
    expect(assigned('- Giao đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện chỉ đạo triển khai Kế hoạch.\n- Đ/c Trần Văn B - Trưởng Công an xã chỉ đạo bảo đảm an ninh.\n- Ông Lê Văn Cường, Giám đốc Sở Y tế chỉ đạo các bệnh viện.\n- Đồng chí Chủ tịch UBND xã chịu trách nhiệm chỉ đạo chung.')).toEqual([
      ['Chỉ đạo triển khai Kế hoạch', ['Phó Chủ tịch Ủy ban nhân dân huyện'], []],
      ['Chỉ đạo bảo đảm an ninh', ['Trưởng Công an xã'], []],
      ['Chỉ đạo các bệnh viện', ['Giám đốc Sở Y tế'], []],
      ['Chỉ đạo chung', ['Chủ tịch Ủy ban nhân dân xã'], []],
    ]);
  });
  it('reads the offices one comrade holds, listed with commas, as one lead, and several comrades as several', () => {
    expect(assigned('- Giao đồng chí Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chỉ đạo sơ kết Nghị quyết.\n- Đồng chí Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ban Dân vận Huyện ủy tổ chức tuyên truyền.\n- Đ/c Nguyễn Văn An - Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì tổng kết.\n- Các đồng chí Ủy viên Ban Thường vụ, Trưởng các ban Đảng chỉ đạo thực hiện.\n- Đồng chí Chủ tịch UBND xã, Phòng Nội vụ và Công an huyện kiểm tra.')).toEqual([
      ['Chỉ đạo sơ kết Nghị quyết', ['Phó Bí thư Thường trực Huyện ủy, Chủ tịch Hội đồng nhân dân huyện'], []],
      ['Tổ chức tuyên truyền', ['Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy'], ['Ban Dân vận Huyện ủy']],
      ['Chủ trì tổng kết', ['Phó Chủ tịch Ủy ban nhân dân huyện, Trưởng Ban Chỉ đạo'], []],
      ['Chỉ đạo thực hiện', ['Ủy viên Ban Thường vụ', 'Trưởng các ban Đảng'], []],
      ['Kiểm tra', ['Chủ tịch Ủy ban nhân dân xã', 'Phòng Nội vụ', 'Công an huyện'], []],
    ]);
  });
  it('passes over the role a body plays, written after a dash, and reads the emulation council whole', () => {
    expect(assigned('- Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban vì sự tiến bộ phụ nữ tỉnh giúp Ban tham mưu Ủy ban nhân dân tỉnh chỉ đạo triển khai Kế hoạch.\n- Phòng Nội vụ - cơ quan thường trực Hội đồng thi đua, khen thưởng huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tổ chức tổng kết.\n- Sở Y tế - là cơ quan đầu mối, chủ trì tổ chức tiêm chủng.\n- Hội đồng Thi đua, Khen thưởng tỉnh hướng dẫn các sở xét khen thưởng.\n- Phòng Văn hóa - Thông tin chủ trì tổ chức giải chạy.')).toEqual([
      ['Giúp Ban tham mưu Ủy ban nhân dân tỉnh chỉ đạo triển khai Kế hoạch', ['Sở Kế hoạch và Đầu tư'], []],
      ['Tổ chức tổng kết', ['Phòng Nội vụ'], ['Phòng Tài chính - Kế hoạch']],
      ['Chủ trì tổ chức tiêm chủng', ['Sở Y tế'], []],
      ['Hướng dẫn các sở xét khen thưởng', ['Hội đồng Thi đua, Khen thưởng tỉnh'], []],
      ['Chủ trì tổ chức giải chạy', ['Phòng Văn hóa và Thông tin'], []],
    ]);
  });
  it('ends a body at the verbs of publishing and paying, and reads the web portal and the youth union by name', () => {
    expect(assigned('- Sở Thông tin và Truyền thông đăng tải nội dung trên cổng thông tin điện tử của tỉnh.\n- Kho bạc Nhà nước huyện thanh toán vốn cho các dự án.\n- Các cơ quan báo chí, Đài Phát thanh và Truyền hình tỉnh, Cổng thông tin điện tử tỉnh tăng cường tuyên truyền.\n- Đoàn TNCS Hồ Chí Minh huyện chủ trì tổ chức Tháng Thanh niên.')).toEqual([
      ['Đăng tải nội dung trên cổng thông tin điện tử của tỉnh', ['Sở Thông tin và Truyền thông'], []],
      ['Thanh toán vốn cho các dự án', ['Kho bạc Nhà nước huyện'], []],
      ['Tăng cường tuyên truyền', ['Các cơ quan báo chí', 'Đài Phát thanh và Truyền hình tỉnh', 'Cổng thông tin điện tử tỉnh'], []],
      ['Chủ trì tổ chức Tháng Thanh niên', ['Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện'], []],
    ]);
  });
  it('ends a body written as an abbreviation at its verb', () => {
    expect(assigned('- BCĐ kiểm tra các xã trong quý II/2026.\n- BCĐ huyện kiểm tra các xã.\n- UBND chủ trì tổng kết.')).toEqual([
      ['Kiểm tra các xã', ['Ban Chỉ đạo'], []],
      ['Kiểm tra các xã', ['Ban Chỉ đạo huyện'], []],
      ['Chủ trì tổng kết', ['Ủy ban nhân dân'], []],
    ]);
    // The Front with spaces in its abbreviation; the towns after the communes as "TT", not a centre.
    expect(assigned('- Đề nghị UB MTTQ VN huyện và các đoàn thể vận động hội viên.\n- Đề nghị UBMTTQ Việt Nam xã tuyên truyền.\n- BTV Huyện ủy chủ trì, phối hợp Trạm YT xã, Ngân hàng CSXH huyện tổ chức thực hiện.\n- Trung tâm Y tế huyện chủ trì, phối hợp Sở TT&TT, UBND các xã, TT tổ chức truyền thông.')).toEqual([
      ['Vận động hội viên', ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'Các đoàn thể'], []],
      ['Tuyên truyền', ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], []],
      // A Party committee's standing board, a commune's health station, the policy bank, by their abbreviations.
      ['Tổ chức thực hiện', ['Ban Thường vụ Huyện ủy'], ['Trạm Y tế xã', 'Ngân hàng Chính sách xã hội huyện']],
      ['Tổ chức truyền thông', ['Trung tâm Y tế huyện'], ['Sở Thông tin và Truyền thông', 'Ủy ban nhân dân các xã', 'Ủy ban nhân dân các thị trấn']],
    ]);
  });
  it('reads "Uỷ ban", and takes a colon after a body for work unless capitals follow it (an abbreviation)', () => {
    const d = plan('1. Giao Uỷ ban nhân dân phường chủ trì tổ chức thực hiện.\n2. Phòng Nội vụ: hướng dẫn các đơn vị.\n3. Ký hiệu\n- Chi bộ: CB\n- Các trường: MN, TH, THCS');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([
      ['Chủ trì tổ chức thực hiện', ['Ủy ban nhân dân phường']],
      ['Hướng dẫn các đơn vị', ['Phòng Nội vụ']],
    ]);
    // The work first, then its colon and the body told to do it: the work titles the task.
    const workFirst = plan('3. Rà soát các thủ tục hành chính: giao Văn phòng HĐND và UBND huyện chủ trì, thực hiện trước 30/6/2026.');
    expect(workFirst.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.end])).toEqual([['Rà soát các thủ tục hành chính', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'], '2026-06-30']]);
  });
  it('reads partners named after the lead’s role with their own ("X chủ trì, Y phối hợp …"), and the members a group lists', () => {
    expect(assigned('- Sở Y tế chủ trì, Sở Tài chính phối hợp thực hiện rà soát giá dịch vụ y tế.\n- Phòng Văn hóa chủ trì, Quận đoàn và Hội Phụ nữ quận phối hợp tổ chức hội thi.\n- Sở Y tế chủ trì, tổ chức kiểm tra.')).toEqual([
      ['Rà soát giá dịch vụ y tế', ['Sở Y tế'], ['Sở Tài chính']],
      ['Tổ chức hội thi', ['Phòng Văn hóa'], ['Quận đoàn', 'Hội Phụ nữ quận']],
      // No body after the comma: the lead's own work.
      ['Chủ trì, tổ chức kiểm tra', ['Sở Y tế'], []],
    ]);
    // A group whose colon lists its members: the members act; a colon before the work leaves the group.
    expect(assigned('- Các cơ quan báo chí của tỉnh: Báo Bình Định, Đài Phát thanh và Truyền hình Bình Định tăng cường tuyên truyền.\n- Các đoàn thể: phối hợp tuyên truyền.')).toEqual([
      ['Tăng cường tuyên truyền', ['Báo Bình Định', 'Đài Phát thanh và Truyền hình Bình Định'], []],
      ['Phối hợp tuyên truyền', ['Các đoàn thể'], []],
    ]);
  });
  it('reads a clause saying which of a plural body as part of its name, up to the verb of its work', () => {
    expect(
      assigned('- UBND các xã có điểm du lịch khảo sát, lựa chọn sản phẩm tiêu biểu.\n- Các trường có học sinh khuyết tật xây dựng kế hoạch giáo dục hòa nhập.\n- Phòng Văn hóa phối hợp với UBND các xã có điểm du lịch khảo sát tuyến điểm.\n- UBND các phường có liên quan rà soát hồ sơ.\n- Các trường có trách nhiệm tổ chức tuyên truyền.\n- Phòng Y tế có văn bản hướng dẫn các trạm y tế.\n- Các xã có kế hoạch triển khai cụ thể.'),
    ).toEqual([
      ['Khảo sát, lựa chọn sản phẩm tiêu biểu', ['Ủy ban nhân dân các xã có điểm du lịch'], []],
      ['Xây dựng kế hoạch giáo dục hòa nhập', ['Các trường có học sinh khuyết tật'], []],
      ['Khảo sát tuyến điểm', ['Phòng Văn hóa'], ['Ủy ban nhân dân các xã có điểm du lịch']],
      ['Rà soát hồ sơ', ['Ủy ban nhân dân các phường có liên quan'], []],
      // "có" the verb, not a clause: after a role word, and never after a singular body.
      ['Tổ chức tuyên truyền', ['Các trường'], []],
      ['Có văn bản hướng dẫn các trạm y tế', ['Phòng Y tế'], []],
      ['Có kế hoạch triển khai cụ thể', ['Các xã'], []],
    ]);
  });
  it('reads such a clause up to a heading’s colon, and over a longer description', () => {
    expect(assigned('IV. TỔ CHỨC THỰC HIỆN\n1. Các bệnh viện có khoa sản: Tổ chức tiêm vắc xin viêm gan B sơ sinh.\n2. UBND các xã có đồng bào dân tộc thiểu số tổ chức tuyên truyền bằng tiếng dân tộc.\n3. Các xã có kế hoạch: triển khai ngay.')).toEqual([
      ['Tổ chức tiêm vắc xin viêm gan B sơ sinh', ['Các bệnh viện có khoa sản'], []],
      ['Tổ chức tuyên truyền bằng tiếng dân tộc', ['Ủy ban nhân dân các xã có đồng bào dân tộc thiểu số'], []],
      // "có kế hoạch" is the verb and its object still, before a colon as before the work.
      ['Có kế hoạch', ['Các xã'], []],
    ]);
  });
  it('ends a name before the police’s verbs and keeps the topics of steering committees whole', () => {
    expect(
      assigned('II. NHIỆM VỤ\n- Phòng Cảnh sát hình sự phối hợp với Phòng Cảnh sát điều tra tội phạm về trật tự xã hội đấu tranh triệt phá các băng nhóm tội phạm.\n- Ban Chỉ đạo đấu tranh phòng, chống tội phạm tỉnh chỉ đạo mở đợt cao điểm.\n- Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh kiểm tra các vụ việc.\n- Chi nhánh Ngân hàng Chính sách xã hội tỉnh phối hợp với các tổ chức chính trị - xã hội nhận ủy thác cho vay hộ nghèo.'),
    ).toEqual([
      ['Đấu tranh triệt phá các băng nhóm tội phạm', ['Phòng Cảnh sát hình sự'], ['Phòng Cảnh sát điều tra tội phạm về trật tự xã hội']],
      ['Chỉ đạo mở đợt cao điểm', ['Ban Chỉ đạo đấu tranh phòng, chống tội phạm tỉnh'], []],
      ['Kiểm tra các vụ việc', ['Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh'], []],
      ['Nhận ủy thác cho vay hộ nghèo', ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh'], ['Các tổ chức chính trị - xã hội']],
    ]);
  });
  it('reads the lower-case rest of a unit’s name after its comma, before its role', () => {
    expect(
      assigned('- Phòng Tổ chức, biên chế và tổ chức phi chính phủ chủ trì tham mưu sắp xếp bộ máy.\n- Phòng Công chức, viên chức chủ trì, phối hợp Ban Thi đua - Khen thưởng tổ chức thi tuyển.\n- Phòng Nội vụ, phòng Tài chính chủ trì rà soát biên chế.\n- Trường THCS Lê Lợi, giáo viên chủ nhiệm chủ trì họp phụ huynh.'),
    ).toEqual([
      ['Chủ trì tham mưu sắp xếp bộ máy', ['Phòng Tổ chức, biên chế và tổ chức phi chính phủ'], []],
      ['Tổ chức thi tuyển', ['Phòng Công chức, viên chức'], ['Ban Thi đua - Khen thưởng']],
      // Another body after the comma; people of a school, not its name.
      ['Chủ trì rà soát biên chế', ['Phòng Nội vụ', 'Phòng Tài chính'], []],
      ['Chủ trì họp phụ huynh', ['Trường Trung học cơ sở Lê Lợi', 'Giáo viên chủ nhiệm'], []],
    ]);
  });
  it('reads past a note in brackets between the bodies and their verb', () => {
    expect(
      assigned('- Văn phòng HĐND và UBND huyện (Cơ quan thường trực Ban Chỉ huy) theo dõi, tổng hợp tình hình.\n- Phòng Nội vụ (đơn vị đầu mối) tham mưu kiện toàn Ban Chỉ đạo.\n- Các xã (theo danh sách tại Phụ lục) tổ chức tuyên truyền.\n- UBND các xã (có danh sách kèm theo) xây dựng kế hoạch.'),
    ).toEqual([
      ['Theo dõi, tổng hợp tình hình', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'], []],
      ['Tham mưu kiện toàn Ban Chỉ đạo', ['Phòng Nội vụ'], []],
      // The verb after the brackets ends the group's name.
      ['Tổ chức tuyên truyền', ['Các xã'], []],
      ['Xây dựng kế hoạch', ['Ủy ban nhân dân các xã'], []],
    ]);
  });
  it('reads the brackets after a person’s office as the person’s other office, no unit', () => {
    const d = plan('II. NHIỆM VỤ\n1. Đồng chí Phó Bí thư Chi bộ (Trưởng thôn) chỉ đạo phát triển kinh tế.\n2. Công an tỉnh (Phòng Cảnh sát giao thông) tuần tra, kiểm soát.');
    expect(d.tasks.map((t) => t.lead.map((a) => [a.name, a.units?.map((u) => u.name) ?? []]))).toEqual([[['Phó Bí thư Chi bộ', []]], [['Công an tỉnh', ['Phòng Cảnh sát giao thông']]]]);
    expect(d.agencies.map((a) => a.name)).not.toContain('Trưởng thôn');
  });
  it('reads a body heading with its role in brackets, and the role as no unit of the body', () => {
    const d = plan('II. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ huy)\nChủ trì, phối hợp với các sở, ngành kiểm tra an toàn hệ thống đê bao.\n2. Công an tỉnh (Phòng Cảnh sát giao thông) tuần tra, kiểm soát.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => [a.name, a.units?.map((u) => u.name) ?? []]), t.partners.map((a) => a.name)])).toEqual([
      ['Kiểm tra an toàn hệ thống đê bao', [['Sở Nông nghiệp và Môi trường', []]], ['Các sở, ngành']],
      ['Tuần tra, kiểm soát', [['Công an tỉnh', ['Phòng Cảnh sát giao thông']]], []],
    ]);
    expect(d.agencies.map((a) => a.name)).not.toContain('Cơ quan thường trực Ban Chỉ huy');
  });
  it('titles a task whose sentence only says "thực hiện" by the heading above it', () => {
    const d = plan('a) Rà soát, đánh giá thủ tục hành chính, đề xuất phương án đơn giản hóa.\nVăn phòng Sở chủ trì, phối hợp với các phòng chuyên môn thực hiện, hoàn thành trước ngày 30/6/2026.\nb) Niêm yết công khai thủ tục hành chính.\nVăn phòng Sở tổ chức thực hiện nội dung này.\nc) Kiểm tra việc thực hiện\nThanh tra Sở thực hiện Đề án số hóa hồ sơ.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.end])).toEqual([
      ['Rà soát, đánh giá thủ tục hành chính, đề xuất phương án đơn giản hóa', ['Văn phòng Sở'], ['Các phòng chuyên môn'], '2026-06-30'],
      ['Niêm yết công khai thủ tục hành chính', ['Văn phòng Sở'], [], null],
      // Work of its own: its title.
      ['Thực hiện Đề án số hóa hồ sơ', ['Thanh tra Sở'], [], null],
    ]);
    // A bullet of its own that only says to do it is titled by the heading too.
    const bullet = plan('1. Công tác tiêm phòng\n* Tổ chức tiêm phòng 2 đợt chính trong năm.\n* Giao Trạm Chăn nuôi và Thú y huyện chủ trì, phối hợp với UBND các xã tổ chức thực hiện.');
    expect(bullet.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([['Công tác tiêm phòng', ['Trạm Chăn nuôi và Thú y huyện']]]);
    // Holding it, when and where, is no work of its own either.
    const held = plan('1. Giải Cờ tướng truyền thống\nTrung tâm Văn hóa - Thông tin và Thể thao quận tổ chức vào ngày 08/02/2026 tại Nhà thi đấu quận.\n2. Hội thi tiếng hát\nPhòng Văn hóa và Thông tin tổ chức hội thi vào tháng 5/2026.');
    expect(held.tasks.map((t) => [t.title, t.period.text])).toEqual([
      ['Giải Cờ tướng truyền thống', 'vào ngày 08/02/2026'],
      ['Tổ chức hội thi', 'vào tháng 5/2026'],
    ]);
  });
  it('titles a task by its work without the time that closes it, after a comma or opening with its time word', () => {
    const d = plan('- Phòng Công nghệ thông tin triển khai bệnh án điện tử, hoàn thành trước ngày 30/9/2026.\n- Trung tâm Văn hóa tổ chức tuyên truyền trực quan, trước 15/8/2026.\n- Phòng Nội vụ tổng hợp báo cáo trong quý II/2026.\n- Trung tâm Dịch vụ nông nghiệp tổ chức 20 lớp tập huấn, thực hiện trong năm 2027.\n- Sở Y tế hoàn thành trước ngày 30/6/2026.');
    expect(d.tasks.map((t) => [t.title, t.period.text])).toEqual([
      ['Triển khai bệnh án điện tử', 'trước ngày 30/9/2026'],
      ['Tổ chức tuyên truyền trực quan', 'trước 15/8/2026'],
      ['Tổng hợp báo cáo', 'trong quý II/2026'],
      ['Tổ chức 20 lớp tập huấn', 'trong năm 2027'],
      // A title of nothing else keeps it.
      ['Hoàn thành trước ngày 30/6/2026', 'trước ngày 30/6/2026'],
    ]);
    // A recurrence says how the work is done, a time with no time word before it may name what it is about,
    // and a verb alone after the last comma says what is due then.
    expect(plan('- Trạm Y tế xã giám sát vệ sinh tay hằng tháng.\n- Phòng Nội vụ tổng kết năm 2026.\n- Sở Du lịch xây dựng Đề án du lịch cộng đồng, trình trước tháng 9/2026.').tasks.map((t) => [t.title, t.period.text])).toEqual([
      ['Giám sát vệ sinh tay hằng tháng', 'hằng tháng'],
      ['Tổng kết năm 2026', null],
      ['Xây dựng Đề án du lịch cộng đồng, trình trước tháng 9/2026', 'trước tháng 9/2026'],
    ]);
  });
  it('titles a task by its work: past the partners it names, and past a restated role when a verb follows', () => {
    expect(assigned('- Phòng Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Y tế rà soát biên chế.\n- Phòng Tài chính có trách nhiệm bố trí kinh phí.\n- Ban Tuyên giáo là cơ quan chủ trì tổ chức quán triệt.\n- Phòng Y tế chịu trách nhiệm về kết quả tiêm chủng.\n- Văn phòng là cơ quan thường trực, tổng hợp báo cáo.\n- Sở Y tế là cơ quan thường trực của Ban Chỉ đạo.\n- Văn phòng Sở là đầu mối tham mưu, hướng dẫn các phòng.\n- Công an quận là cơ quan thường trực, có trách nhiệm xây dựng lịch kiểm tra.')).toEqual([
      ['Rà soát biên chế', ['Phòng Nội vụ'], ['Sở Tài chính', 'Sở Y tế']],
      ['Bố trí kinh phí', ['Phòng Tài chính'], []],
      ['Chủ trì tổ chức quán triệt', ['Ban Tuyên giáo'], []],
      ['Chịu trách nhiệm về kết quả tiêm chủng', ['Phòng Y tế'], []],
      // The standing or focal body is a role too: its work starts at the verb after the comma.
      ['Tổng hợp báo cáo', ['Văn phòng'], []],
      ['Là cơ quan thường trực của Ban Chỉ đạo', ['Sở Y tế'], []],
      ['Tham mưu, hướng dẫn các phòng', ['Văn phòng Sở'], []],
      // One restated role after another.
      ['Xây dựng lịch kiểm tra', ['Công an quận'], []],
    ]);
    // Under a heading that names the body, its first item's work past the partners, when a verb follows them.
    const d = plan('1. Giao Công an phường:\n- Chủ trì, phối hợp với các nhà trường rà soát an ninh trường học.\n2. Hội Liên hiệp Phụ nữ phường:\n- Phối hợp với Ủy ban nhân dân phường trong việc vận động hội viên.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Rà soát an ninh trường học', ['Công an phường'], ['Các nhà trường']],
      ['Phối hợp với Ủy ban nhân dân phường trong việc vận động hội viên', ['Hội Liên hiệp Phụ nữ phường'], ['Ủy ban nhân dân phường']],
    ]);
  });
  it('reads the bodies a schedule line names alone in brackets after its work, unless the work names bodies the bracket says which of', () => {
    const d = plan('IV. KẾ HOẠCH THEO THÁNG\n- Tháng 9/2026: Xây dựng kế hoạch, phân công nhiệm vụ (Hiệu trưởng).\n- Tháng 10/2026: Tổ chức hội thi (Phó Hiệu trưởng, Liên đội).\n- Tháng 11/2026: Tổ chức ngày hội Em yêu khoa học (Tổ chuyên môn).\n- Tháng 12/2026: Phối hợp với các cơ quan (Sở Y tế, Sở Tư pháp).\n- Tổ chức ngày hội đọc sách (Thư viện).');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.end])).toEqual([
      ['Xây dựng kế hoạch, phân công nhiệm vụ', ['Hiệu trưởng'], '2026-09'],
      ['Tổ chức hội thi', ['Phó Hiệu trưởng', 'Liên đội'], '2026-10'],
      // "ngày hội" (a festival day) names no association.
      ['Tổ chức ngày hội Em yêu khoa học', ['Tổ chuyên môn'], '2026-11'],
    ]);
    // The same under a heading that is only a time.
    const headed = plan('IV. KẾ HOẠCH THEO THÁNG\n1. Tháng 9/2026\n- Tổ chức khai giảng năm học mới (Ban Giám hiệu, Đoàn trường).\n- Phối hợp với các cơ quan (Trạm Y tế, Công an xã).\n2. Nâng cao chất lượng\n- Tuyên truyền trên các phương tiện (Đài Truyền thanh xã).');
    expect(headed.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.end])).toEqual([['Tổ chức khai giảng năm học mới', ['Ban Giám hiệu', 'Đoàn trường'], '2026-09']]);
  });
  it('titles the second body’s short work in a heading by its own words, not by the first body’s sentence', () => {
    expect(assigned('1. Sở Y tế hướng dẫn chuyên môn; Đài Truyền thanh huyện đưa tin.')).toEqual([
      ['Hướng dẫn chuyên môn', ['Sở Y tế'], []],
      ['Đưa tin', ['Đài Truyền thanh huyện'], []],
    ]);
  });
  it('titles a task whose first clause only restates its body’s role by the clause after it', () => {
    const d = plan('1. Sở Nông nghiệp và Môi trường là cơ quan thường trực của Đề án; hằng năm xây dựng kế hoạch thực hiện, báo cáo UBND tỉnh trước ngày 15/12.\n- Phòng Y tế là đầu mối; tham mưu UBND huyện tổ chức tập huấn.\n- Văn phòng UBND phường là cơ quan thường trực, theo dõi, tổng hợp kết quả.\n- Phòng Nội vụ là cơ quan thường trực Ban Chỉ đạo giảm nghèo bền vững huyện, chủ trì theo dõi, kiểm tra.\n- Phòng Kinh tế là cơ quan thường trực Ban Chỉ đạo phòng, chống dịch bệnh động vật huyện, tham mưu UBND huyện chỉ đạo.\n- Sở Tư pháp là cơ quan thường trực của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, có trách nhiệm hướng dẫn, đôn đốc.');
    expect(d.tasks.map((t) => t.title)).toEqual(['Hằng năm xây dựng kế hoạch thực hiện, báo cáo UBND tỉnh trước ngày 15/12', 'Tham mưu UBND huyện tổ chức tập huấn', 'Theo dõi, tổng hợp kết quả', 'Chủ trì theo dõi, kiểm tra', 'Tham mưu UBND huyện chỉ đạo', 'Hướng dẫn, đôn đốc']);
  });
  it('reads bodies named after the work: in brackets at its end, or in a later sentence that assigns', () => {
    const d = plan('- Tổ chức hội nghị sơ kết việc thực hiện Kế hoạch. Giao Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND quận thực hiện.\n- Xây dựng cơ sở dữ liệu dân cư, hoàn thành trong năm 2026 (Công an quận chủ trì).\n- Tổ chức Hội thi giáo viên giỏi cấp quận (giao Phòng Giáo dục và Đào tạo thực hiện).\n- Nâng cấp trường học (theo Đề án số 12). Tổ chức hội thảo.\n- Rà soát quy hoạch mạng lưới trường lớp do Phòng Giáo dục và Đào tạo chủ trì, hoàn thành trong Quý II/2026.\n- Chế độ do Nhà nước quy định.\n- Triển khai Kế hoạch do UBND tỉnh ban hành.\n- Quán triệt các văn bản do Bộ Giáo dục và Đào tạo hướng dẫn.\n1. Tổ chức hội nghị tổng kết (Sở Y tế chủ trì, các sở liên quan phối hợp; thời gian: tháng 12/2026).');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.end])).toEqual([
      ['Tổ chức hội nghị sơ kết việc thực hiện Kế hoạch', ['Phòng Nội vụ'], ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận'], null],
      ['Xây dựng cơ sở dữ liệu dân cư', ['Công an quận'], [], '2026'],
      ['Tổ chức Hội thi giáo viên giỏi cấp quận', ['Phòng Giáo dục và Đào tạo'], [], null],
      // "do X chủ trì": by X; "do UBND tỉnh ban hành" says where a document comes from.
      ['Rà soát quy hoạch mạng lưới trường lớp', ['Phòng Giáo dục và Đào tạo'], [], '2026-06'],
      // A numbered heading that is a paragraph, its body in brackets at its end.
      ['Tổ chức hội nghị tổng kết', ['Sở Y tế'], ['Các sở liên quan'], '2026-12'],
    ]);
  });
  it('reads brackets at the end that hold bodies alone and then, after ";", only a time as who and when', () => {
    const d = plan('a) Nâng cấp Cơ sở dữ liệu ngành (Cục Khoa học, Công nghệ và Thông tin; hoàn thành tháng 12/2026).\nb) Triển khai nền tảng học tập trực tuyến mở (Cục Nhà giáo và Cán bộ quản lý giáo dục; năm học 2027 - 2028).\nc) Tuyên truyền về an toàn giao thông (Sở Y tế; trong tháng 5/2026).\nd) Phối hợp tuyên truyền với các cơ quan báo chí (Báo Quảng Ninh, Đài Phát thanh tỉnh).\ne) Rà soát các văn bản (Sở Tư pháp; theo Kế hoạch số 12 năm 2026).');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.text])).toEqual([
      ['Nâng cấp Cơ sở dữ liệu ngành', ['Cục Khoa học, Công nghệ và Thông tin'], 'hoàn thành tháng 12/2026'],
      ['Triển khai nền tảng học tập trực tuyến mở', ['Cục Nhà giáo và Cán bộ quản lý giáo dục'], 'năm học 2027 - 2028'],
      ['Tuyên truyền về an toàn giao thông', ['Sở Y tế'], 'trong tháng 5/2026'],
      // Bodies alone in brackets list whom the work reaches; a clause that is more than a time is no time.
    ]);
  });
  it('reads a later sentence that names a body by its lead role as the lead of the work before it', () => {
    const d = plan('a) Nâng cấp mạng nội bộ, trang bị máy tính cho bộ phận một cửa. Văn phòng HĐND và UBND phường chủ trì; hoàn thành trong quý II/2026.\nb) Lắp đặt hệ thống camera giám sát tại các tuyến đường chính. Công an phường chủ trì, phối hợp với Ban Chỉ huy Quân sự phường; thời gian: quý III/2026.\nc) Tổ chức hội nghị sơ kết. Các đơn vị báo cáo kết quả.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.end, t.period.text])).toEqual([
      ['Nâng cấp mạng nội bộ, trang bị máy tính cho bộ phận một cửa', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường'], [], '2026-06', 'trong quý II/2026'],
      // The label of a time field is no part of the time.
      ['Lắp đặt hệ thống camera giám sát tại các tuyến đường chính', ['Công an phường'], ['Ban Chỉ huy Quân sự phường'], '2026-09', 'quý III/2026'],
    ]);
    // A later sentence whose bodies do other work names no lead for the first.
    expect(d.tasks.some((t) => t.title === 'Tổ chức hội nghị sơ kết')).toBe(false);
  });
  it('ends a partner’s name at "phát triển", but keeps it inside "Trung tâm phát triển quỹ đất"', () => {
    expect(assigned('- Các doanh nghiệp viễn thông phối hợp với Sở Khoa học và Công nghệ phát triển hạ tầng mạng 5G.\n- Trung tâm phát triển quỹ đất chủ trì, phối hợp với Phòng Tài nguyên và Môi trường thúc đẩy giải phóng mặt bằng.')).toEqual([
      ['Phát triển hạ tầng mạng 5G', ['Các doanh nghiệp viễn thông'], ['Sở Khoa học và Công nghệ']],
      ['Thúc đẩy giải phóng mặt bằng', ['Trung tâm phát triển quỹ đất'], ['Phòng Tài nguyên và Môi trường']],
    ]);
    // A verb names hold, then the name's level and a verb: still the name; then what is built: work.
    expect(assigned('- Ban Quản lý dự án đầu tư xây dựng huyện chủ trì đầu tư các điểm trung chuyển rác thải.\n- Phòng Kinh tế xây dựng xã nông thôn mới kiểu mẫu.')).toEqual([
      ['Chủ trì đầu tư các điểm trung chuyển rác thải', ['Ban Quản lý dự án đầu tư xây dựng huyện'], []],
      ['Xây dựng xã nông thôn mới kiểu mẫu', ['Phòng Kinh tế'], []],
    ]);
    // A verb names hold right before the body's role is the name's; a verb that chains is the work.
    expect(assigned('- Phòng Quản lý đào tạo chủ trì xây dựng Đề án tuyển sinh.\n- Các trường tổ chức phối hợp với phụ huynh.')).toEqual([
      ['Chủ trì xây dựng Đề án tuyển sinh', ['Phòng Quản lý đào tạo'], []],
      ['Tổ chức phối hợp với phụ huynh', ['Các trường'], []],
    ]);
  });
  it('reads the "-hóa" verbs in either tone placement, where a body’s name ends', () => {
    const text = '1. Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Văn hóa và Thông tin số hóa học bạ.\n2. Giao Phòng Nội vụ chuẩn hóa đội ngũ cán bộ.\n3. Quân uỷ Trung ương và Đảng uỷ Công an Trung ương cụ thể hoá Hướng dẫn này.';
    const expected = [
      ['Số hóa học bạ', ['Phòng Giáo dục và Đào tạo'], ['Phòng Văn hóa và Thông tin']],
      ['Chuẩn hóa đội ngũ cán bộ', ['Phòng Nội vụ'], []],
      ['Cụ thể hóa Hướng dẫn này', ['Quân ủy Trung ương', 'Đảng ủy Công an Trung ương'], []],
    ];
    expect(assigned(text.replaceAll('hoá', 'hóa'))).toEqual(expected);
    // The same plan in the old tone placement: the titles keep the document's spelling.
    expect(assigned(text.replaceAll('hóa', 'hoá'))).toEqual(expected.map(([title, ...rest]) => [(title as string).replaceAll('hóa', 'hoá'), ...rest]));
  });
  it('takes work to be done, not what a body did, is doing or did not do', () => {
    expect(assigned('1. Phòng Y tế sẽ tổ chức tiêm chủng mở rộng.\n2. Các trường cần tăng cường giáo dục kỹ năng sống.\n3. Phòng Nội vụ đã ban hành quy chế.\n4. 04 hội không báo cáo kết quả.\n5. 03 hội chưa tổ chức đại hội.\n6. Phòng Tư pháp đang rà soát văn bản.')).toEqual([
      ['Sẽ tổ chức tiêm chủng mở rộng', ['Phòng Y tế'], []],
      ['Cần tăng cường giáo dục kỹ năng sống', ['Các trường'], []],
    ]);
  });
  it('reads a list continued by a level or school level alone, special zones, and newspapers', () => {
    expect(
      assigned(
        '- Ủy ban nhân dân các xã, phường, đặc khu xây dựng kế hoạch thực hiện tại địa phương.\n- Các trường Tiểu học, THCS xây dựng kế hoạch dạy học tại đơn vị.\n- Ban Chỉ đạo phổ cập quận, phường kiểm tra công nhận phổ cập.\n- Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Ninh tăng cường tuyên truyền.\n- Thông báo kết quả tuyển sinh trên cổng thông tin điện tử.',
      ),
    ).toEqual([
      ['Xây dựng kế hoạch thực hiện tại địa phương', ['Ủy ban nhân dân các xã', 'Ủy ban nhân dân các phường', 'Ủy ban nhân dân các đặc khu'], []],
      ['Xây dựng kế hoạch dạy học tại đơn vị', ['Các trường Tiểu học', 'Các trường Trung học cơ sở'], []],
      ['Kiểm tra công nhận phổ cập', ['Ban Chỉ đạo phổ cập quận', 'Ban Chỉ đạo phổ cập phường'], []],
      ['Tăng cường tuyên truyền', ['Đài Phát thanh và Truyền hình tỉnh', 'Báo Quảng Ninh'], []],
    ]);
    // Party cells and organisations written with their last word shared.
    expect(assigned('- Các chi, đảng bộ trực thuộc xây dựng chương trình hành động cụ thể.\n- Ban Tuyên giáo phối hợp với các chi, đảng bộ trực thuộc tổ chức quán triệt.')).toEqual([
      ['Xây dựng chương trình hành động cụ thể', ['Các chi, đảng bộ trực thuộc'], []],
      ['Tổ chức quán triệt', ['Ban Tuyên giáo'], ['Các chi, đảng bộ trực thuộc']],
    ]);
    // Party committees named alone, capitalised or not ("quận ủy" starts with a level's word).
    expect(assigned('- Huyện ủy, Thị ủy, Thành ủy xây dựng kế hoạch thực hiện.\n- Các quận ủy, huyện ủy tổ chức quán triệt.\n- UBND tỉnh trân trọng thông báo kết luận.')).toEqual([
      ['Xây dựng kế hoạch thực hiện', ['Huyện ủy', 'Thị ủy', 'Thành ủy'], []],
      ['Tổ chức quán triệt', ['Các quận ủy, huyện ủy'], []],
    ]);
    // Youth union cells, residential groups, a school's health officer.
    expect(assigned('- Các cấp bộ Đoàn tổ chức ra quân hưởng ứng Tháng Thanh niên.\n- Cơ sở Đoàn các xã tổ chức hoạt động tình nguyện.')).toEqual([
      ['Tổ chức ra quân hưởng ứng Tháng Thanh niên', ['Các cấp bộ Đoàn'], []],
      ['Tổ chức hoạt động tình nguyện', ['Cơ sở Đoàn các xã'], []],
    ]);
    expect(assigned('- Các chi đoàn tổ chức ra quân tình nguyện.\n- Tổ dân phố tham gia giám sát công trình.\n- Nhân viên y tế trường học theo dõi sức khỏe học sinh.')).toEqual([
      ['Tổ chức ra quân tình nguyện', ['Các chi đoàn'], []],
      ['Tham gia giám sát công trình', ['Tổ dân phố'], []],
      ['Theo dõi sức khỏe học sinh', ['Nhân viên y tế trường học'], []],
    ]);
    // The leaders of bodies, named as "Lãnh đạo" and the body; the verb "lãnh đạo, chỉ đạo" names none.
    expect(assigned('- Lãnh đạo Sở Y tế kiểm tra công tác phòng dịch.\n- Lãnh đạo Huyện ủy, HĐND, UBND huyện thăm, tặng quà các gia đình chính sách.\n- Lãnh đạo, chỉ đạo các cấp ủy tổ chức quán triệt Nghị quyết.')).toEqual([
      ['Kiểm tra công tác phòng dịch', ['Lãnh đạo Sở Y tế'], []],
      ['Thăm, tặng quà các gia đình chính sách', ['Lãnh đạo Huyện ủy', 'Hội đồng nhân dân huyện', 'Ủy ban nhân dân huyện'], []],
    ]);
    // "Trường" alone before its verb is the school; a share of schools and a movement named after schools are no body.
    expect(assigned('- Trường tổ chức dạy học trước ngày 30/6/2026.\n- Trường đạt chuẩn quốc gia: 70%.\n- Trường học an toàn.\n- Trường THCS Lê Lợi tổ chức hội thi.')).toEqual([
      ['Tổ chức dạy học', ['Trường'], []],
      ['Tổ chức hội thi', ['Trường Trung học cơ sở Lê Lợi'], []],
    ]);
    // Subject teachers after the homeroom teachers, in lower case; teaching is their work.
    expect(assigned('- Giáo viên chủ nhiệm, giáo viên bộ môn phối hợp với cha mẹ học sinh theo dõi học sinh.\n- Các giáo viên bộ môn dạy học theo kế hoạch.')).toEqual([
      ['Phối hợp với cha mẹ học sinh theo dõi học sinh', ['Giáo viên chủ nhiệm', 'Giáo viên bộ môn'], []],
      ['Dạy học theo kế hoạch', ['Các giáo viên bộ môn'], []],
    ]);
    // The Front's member organisations, named after it.
    expect(assigned('- Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên phối hợp tuyên truyền, vận động Nhân dân tham gia.')).toEqual([
      ['Phối hợp tuyên truyền, vận động Nhân dân tham gia', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Các tổ chức thành viên'], []],
    ]);
    // A province's merged newspaper and broadcaster: a canonical name after a head that needs a name after it.
    expect(assigned('- Sở Văn hóa, Thể thao và Du lịch, Báo và Phát thanh, Truyền hình Quảng Ninh đẩy mạnh tuyên truyền.\n- Sở Tư pháp chủ trì, phối hợp với Báo và Phát thanh, Truyền hình tỉnh tổ chức cuộc thi.')).toEqual([
      ['Đẩy mạnh tuyên truyền', ['Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh, Truyền hình Quảng Ninh'], []],
      ['Tổ chức cuộc thi', ['Sở Tư pháp'], ['Báo và Phát thanh, Truyền hình tỉnh']],
    ]);
    // A ministry's departments whose names hold a comma, or "và" before a head word.
    expect(assigned('- Vụ Pháp chế chủ trì, phối hợp với Cục Khoa học, Công nghệ và Thông tin rà soát văn bản.\n- Cục Nhà giáo và Cán bộ quản lý giáo dục xây dựng chương trình bồi dưỡng.')).toEqual([
      ['Rà soát văn bản', ['Vụ Pháp chế'], ['Cục Khoa học, Công nghệ và Thông tin']],
      ['Xây dựng chương trình bồi dưỡng', ['Cục Nhà giáo và Cán bộ quản lý giáo dục'], []],
    ]);
  });
  it('keeps the phrases names hold whole: "phòng, chống", "phòng cháy, chữa cháy", "việc làm"', () => {
    expect(
      assigned(
        '- Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện chủ trì tổ chức diễn tập.\n- Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh kiểm tra an toàn các cơ sở.\n- Trung tâm Dịch vụ việc làm tỉnh phối hợp với Ban Chỉ đạo phòng, chống tội phạm tỉnh tổ chức tư vấn.\n- Đồng chí Trưởng Công an xã làm Trưởng ban.',
      ),
    ).toEqual([
      ['Chủ trì tổ chức diễn tập', ['Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện'], []],
      ['Kiểm tra an toàn các cơ sở', ['Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh'], []],
      ['Tổ chức tư vấn', ['Trung tâm Dịch vụ việc làm tỉnh'], ['Ban Chỉ đạo phòng, chống tội phạm tỉnh']],
    ]);
  });
  it('reads the bodies of a commune plan: its health station, its officials, its villages', () => {
    expect(
      assigned(
        '- Trạm Y tế xã chủ trì, phối hợp với Công an xã, các thôn, bản tổ chức giám sát dịch tễ.\n- Công chức Văn hóa - Xã hội phối hợp tuyên truyền.\n- Bồi dưỡng cán bộ, công chức cấp xã về chuyển đổi số.',
      ),
    ).toEqual([
      ['Tổ chức giám sát dịch tễ', ['Trạm Y tế xã'], ['Công an xã', 'Các thôn', 'Các bản']],
      ['Phối hợp tuyên truyền', ['Công chức Văn hóa - Xã hội'], []],
    ]);
  });
  it('reads a commune official written in lower case before the field he holds, not officials of a department', () => {
    expect(
      assigned(
        '- Giao công chức Tư pháp - Hộ tịch xã chủ trì, phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam xã theo dõi việc thực hiện.\n- Cán bộ, công chức Phòng Nội vụ tham gia tập huấn.\n- Phòng Nội vụ bồi dưỡng cán bộ, công chức Văn phòng UBND xã.',
      ),
    ).toEqual([
      ['Theo dõi việc thực hiện', ['Công chức Tư pháp - Hộ tịch xã'], ['Ủy ban Mặt trận Tổ quốc Việt Nam xã']],
      ['Bồi dưỡng cán bộ, công chức Văn phòng UBND xã', ['Phòng Nội vụ'], []],
    ]);
  });
  it('reads a body that helps another with the work ("giúp"), and keeps "giúp việc" and legal aid inside names', () => {
    expect(
      assigned(
        '1. Ủy ban Kiểm tra Huyện ủy giúp Ban Thường vụ Huyện ủy kiểm tra, giám sát việc thực hiện Chương trình.\n2. Văn phòng giúp việc Ban Chỉ đạo huyện tổng hợp báo cáo.\n3. Các cơ quan tham mưu, giúp việc của Huyện ủy xây dựng kế hoạch thực hiện.\n4. Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp với Phòng Tư pháp trợ giúp pháp lý cho người nghèo.\n5. Ban Tổ chức Huyện ủy tham mưu, giúp Ban Thường vụ tổ chức hội nghị.',
      ),
    ).toEqual([
      ['Giúp Ban Thường vụ Huyện ủy kiểm tra, giám sát việc thực hiện Chương trình', ['Ủy ban Kiểm tra Huyện ủy'], []],
      ['Tổng hợp báo cáo', ['Văn phòng giúp việc Ban Chỉ đạo huyện'], []],
      ['Xây dựng kế hoạch thực hiện', ['Các cơ quan tham mưu, giúp việc của Huyện ủy'], []],
      ['Trợ giúp pháp lý cho người nghèo', ['Trung tâm Trợ giúp pháp lý nhà nước tỉnh'], ['Phòng Tư pháp']],
      ['Tham mưu, giúp Ban Thường vụ tổ chức hội nghị', ['Ban Tổ chức Huyện ủy'], []],
    ]);
  });
  it('ends a proper name at a verb that closes the sentence, and keeps the environmental police whole', () => {
    expect(
      assigned(
        '- Phòng Tư pháp phối hợp với Phòng Nội vụ tuyên truyền.\n- Công an huyện phối hợp với Phòng Cảnh sát phòng chống tội phạm về môi trường kiểm tra.\n- Phòng Kinh tế phối hợp với Ban Quản lý dự án Đầu tư xây dựng chủ trì giải phóng mặt bằng.',
      ),
    ).toEqual([
      ['Tuyên truyền', ['Phòng Tư pháp'], ['Phòng Nội vụ']],
      ['Kiểm tra', ['Công an huyện'], ['Phòng Cảnh sát phòng, chống tội phạm về môi trường']],
      ['Chủ trì giải phóng mặt bằng', ['Phòng Kinh tế'], ['Ban Quản lý dự án Đầu tư xây dựng']],
    ]);
  });
  it('gives the bodies found at every level the level that closes their list', () => {
    expect(
      assigned(
        '- Ủy ban MTTQ, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh xã tuyên truyền vận động hội viên.\n- Sở Y tế, Công an tỉnh kiểm tra.\n- Công an, Ban Chỉ huy Quân sự xã tuần tra.\n- Phòng Nội vụ phối hợp với Ủy ban MTTQ, các đoàn thể, các phường tổ chức ra quân.',
      ).map(([, leads, partners]) => [leads, partners]),
    ).toEqual([
      [['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Hội Liên hiệp Phụ nữ xã', 'Hội Nông dân xã', 'Hội Cựu chiến binh xã'], []],
      // A department is of one level; a list closed by the level's own plural gives none.
      [['Sở Y tế', 'Công an tỉnh'], []],
      [['Công an xã', 'Ban Chỉ huy Quân sự xã'], []],
      [['Phòng Nội vụ'], ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Các đoàn thể', 'Các phường']],
    ]);
  });
  it('reads a steering body by the programme it steers and its topic, up to its level', () => {
    expect(assigned('- Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh hướng dẫn các huyện.\n- Ban Chỉ đạo huyện chỉ đạo các xã thực hiện.')).toEqual([
      ['Hướng dẫn các huyện', ['Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh'], []],
      ['Chỉ đạo các xã thực hiện', ['Ban Chỉ đạo huyện'], []],
    ]);
  });
  it('reads the numbered local tax units of 2025 as bodies', () => {
    expect(assigned('- Bộ phận Tài chính - Kế toán phối hợp với Thuế cơ sở 3 tăng cường chống thất thu ngân sách.\n- Thuế cơ sở 1 thành phố Đà Nẵng tổ chức đối thoại với doanh nghiệp.')).toEqual([
      ['Tăng cường chống thất thu ngân sách', ['Bộ phận Tài chính - Kế toán'], ['Thuế cơ sở 3']],
      ['Tổ chức đối thoại với doanh nghiệp', ['Thuế cơ sở 1 thành phố Đà Nẵng'], []],
    ]);
  });
  it('reads the telecom groups of a digital transformation plan as bodies, and no body in "Chính quyền số"', () => {
    expect(
      assigned(
        '1. Chính quyền số\n- 100% văn bản đi, đến được xử lý trên môi trường mạng.\n2. Hạ tầng số\n- Phòng Văn hóa và Thông tin phối hợp Viettel Thanh Oai, VNPT Thanh Oai, Bưu điện huyện phát triển hạ tầng mạng 5G.\n- Viễn thông Hà Nội phối hợp với MobiFone, Tập đoàn Điện lực Việt Nam di dời cột.\n- Chính quyền địa phương các cấp chịu trách nhiệm tuyên truyền.',
      ),
    ).toEqual([
      ['Phát triển hạ tầng mạng 5G', ['Phòng Văn hóa và Thông tin'], ['Viettel Thanh Oai', 'VNPT Thanh Oai', 'Bưu điện huyện']],
      ['Di dời cột', ['Viễn thông Hà Nội'], ['MobiFone', 'Tập đoàn Điện lực Việt Nam']],
      ['Tuyên truyền', ['Chính quyền địa phương các cấp'], []],
    ]);
  });
  it('reads the work of land, police and public works plans, and keeps those verbs inside the names that hold them', () => {
    expect(
      assigned(
        '- Cơ quan Cảnh sát điều tra Công an huyện phối hợp Viện kiểm sát nhân dân huyện điều tra các vụ án.\n- Hội đồng bồi thường, hỗ trợ và tái định cư huyện chủ trì, phối hợp với Trung tâm Phát triển quỹ đất bồi thường cho các hộ dân.\n- Trung tâm Dịch vụ đấu giá tài sản tỉnh tổ chức đấu giá.\n- UBND huyện đấu giá quyền sử dụng đất tại 5 khu.\n- Công an huyện điều tra, xử lý các vụ vi phạm.\n- UBND các xã phối hợp với Điện lực huyện giải tỏa hành lang lưới điện, di dời các hộ dân ra khỏi vùng sạt lở.\n- Công ty Thủy lợi nạo vét kênh mương, duy tu các trạm bơm.',
      ),
    ).toEqual([
      ['Điều tra các vụ án', ['Cơ quan Cảnh sát điều tra Công an huyện'], ['Viện kiểm sát nhân dân huyện']],
      ['Bồi thường cho các hộ dân', ['Hội đồng bồi thường, hỗ trợ và tái định cư huyện'], ['Trung tâm Phát triển quỹ đất']],
      ['Tổ chức đấu giá', ['Trung tâm Dịch vụ đấu giá tài sản tỉnh'], []],
      ['Đấu giá quyền sử dụng đất tại 5 khu', ['Ủy ban nhân dân huyện'], []],
      ['Điều tra, xử lý các vụ vi phạm', ['Công an huyện'], []],
      ['Giải tỏa hành lang lưới điện, di dời các hộ dân ra khỏi vùng sạt lở', ['Ủy ban nhân dân các xã'], ['Điện lực huyện']],
      ['Nạo vét kênh mương, duy tu các trạm bơm', ['Công ty Thủy lợi'], []],
    ]);
  });
  it('writes out the initials provincial and district plans name their bodies by', () => {
    expect(
      assigned(
        '- Sở KH&ĐT chủ trì, phối hợp Sở TC, Sở NN&PTNT thẩm định dự án.\n- BHXH huyện phối hợp với NHCSXH huyện tuyên truyền chính sách.\n- LĐLĐ huyện, Hội LHPN huyện, Hội CCB huyện tổ chức tuyên truyền.\n- Sở TT&TT, Sở VH,TT&DL phối hợp thực hiện.\n- BCH Quân sự huyện, PGD&ĐT huyện phối hợp.\n- Trung tâm VH-TT&TT quận, Công chức VH-XH, VP HĐND-UBND quận phối hợp.',
      ).map(([, leads, partners]) => [leads, partners]),
    ).toEqual([
      [['Sở Kế hoạch và Đầu tư'], ['Sở Tài chính', 'Sở Nông nghiệp và Phát triển nông thôn']],
      [['Bảo hiểm xã hội huyện'], ['Ngân hàng Chính sách xã hội huyện']],
      [['Liên đoàn Lao động huyện', 'Hội Liên hiệp Phụ nữ huyện', 'Hội Cựu chiến binh huyện'], []],
      [['Sở Thông tin và Truyền thông', 'Sở Văn hóa, Thể thao và Du lịch'], []],
      [['Ban Chỉ huy Quân sự huyện', 'Phòng Giáo dục và Đào tạo huyện'], []],
      [['Trung tâm Văn hóa - Thông tin và Thể thao quận', 'Công chức Văn hóa - Xã hội', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận'], []],
    ]);
  });
  it('takes the short name a document gives a body in brackets for that body wherever it is used', () => {
    const d = plan(
      '1. Vụ Pháp chế chủ trì, phối hợp với Vụ Tiết kiệm năng lượng và Phát triển bền vững (sau đây gọi là Vụ TKNL) rà soát Nghị định số 21/2011/NĐ-CP.\n2. Vụ TKNL chủ trì xây dựng các dự án hỗ trợ doanh nghiệp.\n3. Ban Quản lý dự án đầu tư xây dựng huyện (sau đây gọi tắt là Ban QLDA) tổ chức lập hồ sơ mời thầu.\n4. Ban QLDA phối hợp với Phòng Kinh tế kiểm tra chất lượng công trình.',
    );
    expect(d.tasks.map((t) => [t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      [['Vụ Pháp chế'], ['Vụ Tiết kiệm năng lượng và Phát triển bền vững']],
      [['Vụ Tiết kiệm năng lượng và Phát triển bền vững'], []],
      [['Ban Quản lý dự án đầu tư xây dựng huyện'], []],
      [['Ban Quản lý dự án đầu tư xây dựng huyện'], ['Phòng Kinh tế']],
    ]);
    // The full name stays the agency's name; the short one is among its aliases.
    expect(d.agencies.find((a) => a.name.startsWith('Vụ Tiết kiệm'))?.aliases).toContain('Vụ TKNL');
    // A name given to a list together is each body of the list, and no agency of its own.
    const group = plan('1. UBND các huyện, thị xã, thành phố (sau đây gọi chung là UBND cấp huyện) xây dựng kế hoạch thực hiện.\n2. UBND cấp huyện báo cáo kết quả trước ngày 15/12/2026.\n3. Sở Y tế phối hợp với UBND cấp huyện kiểm tra.');
    const districts = ['Ủy ban nhân dân các huyện', 'Ủy ban nhân dân các thị xã', 'Ủy ban nhân dân các thành phố'];
    expect(group.tasks.map((t) => [t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      [districts, []],
      [districts, []],
      [['Sở Y tế'], districts],
    ]);
    expect(group.agencies.map((a) => a.name).sort()).toEqual(['Sở Y tế', ...districts].sort());
    expect(group.agencies.find((a) => a.name === 'Ủy ban nhân dân các thị xã')?.aliases).toContain('UBND cấp huyện');
    // The body's own head and an abbreviation of the rest is its short name, not a unit; another head's is a unit.
    const short = plan('1. Sở Nội vụ chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh (Liên minh HTX) hướng dẫn thành lập hợp tác xã.\n2. Liên minh HTX tư vấn cho các hợp tác xã.\n3. Sở Y tế phối hợp với Công an tỉnh (Phòng CSGT) kiểm tra nồng độ cồn.');
    expect(short.tasks.map((t) => [t.lead.map((a) => a.name), t.partners.map((a) => [a.name, (a.units ?? []).map((u) => u.name)])])).toEqual([
      [['Sở Nội vụ'], [['Liên minh Hợp tác xã tỉnh', []]]],
      [['Liên minh Hợp tác xã tỉnh'], []],
      [['Sở Y tế'], [['Công an tỉnh', ['Phòng CSGT']]]],
    ]);
  });
  it('reads the bodies in brackets right after a body as the units that do its work, not as bodies beside it', () => {
    const d = plan(
      'II. NHIỆM VỤ\n1. Tăng cường tuần tra kiểm soát trên các tuyến giao thông trọng điểm.\nCơ quan chủ trì: Công an tỉnh (Phòng Cảnh sát giao thông).\nCơ quan phối hợp: Sở Giao thông vận tải.\n2. Công an xã (Đội Cảnh sát quản lý hành chính) chủ trì, phối hợp với UBMTTQ xã (Ban công tác Mặt trận các thôn) tuyên truyền Luật Cư trú.\n3. Các phòng chuyên môn (Phòng Nội vụ, Phòng Tài chính - Kế hoạch) rà soát biên chế.\n4. Phòng Nội vụ (chủ trì) tổng hợp kết quả.',
    );
    const refs = (list: typeof d.tasks[number]['lead']) => list.map((a) => [a.name, (a.units ?? []).map((u) => u.name)]);
    expect(d.tasks.map((t) => [t.title, refs(t.lead), refs(t.partners)])).toEqual([
      ['Tăng cường tuần tra kiểm soát trên các tuyến giao thông trọng điểm', [['Công an tỉnh', ['Phòng Cảnh sát giao thông']]], [['Sở Giao thông vận tải', []]]],
      ['Tuyên truyền Luật Cư trú', [['Công an xã', ['Đội Cảnh sát quản lý hành chính']]], [['Ủy ban Mặt trận Tổ quốc Việt Nam xã', ['Ban công tác Mặt trận các thôn']]]],
      // A group's members.
      ['Rà soát biên chế', [['Các phòng chuyên môn', ['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch']]], []],
      // Brackets that name no body are no unit.
      ['Tổng hợp kết quả', [['Phòng Nội vụ', []]], []],
    ]);
    // Each unit is a body of the document, pointed to by its id, with its own span.
    const unit = d.tasks[0].lead[0].units![0];
    const agency = d.agencies.find((a) => a.id === unit.id)!;
    expect(agency.name).toBe('Phòng Cảnh sát giao thông');
    expect(agency.mentions[0].column).toBe('Cơ quan chủ trì: Công an tỉnh ('.length + 1);
  });
  it('reads "các phòng chức năng" acting as a body, and the rooms of a list as no body', () => {
    const d = plan(
      'II. NHIỆM VỤ\n1. Các phòng chức năng Sở Y tế theo chức năng, nhiệm vụ hướng dẫn, kiểm tra các đơn vị.\n2. Văn phòng Sở chủ trì, phối hợp với các phòng chức năng tổng hợp báo cáo.\n3. Các trường xây dựng phòng học, các phòng chức năng, bếp ăn.',
    );
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Hướng dẫn, kiểm tra các đơn vị', ['Các phòng chức năng Sở Y tế'], []],
      ['Tổng hợp báo cáo', ['Văn phòng Sở'], ['Các phòng chức năng']],
      ['Xây dựng phòng học, các phòng chức năng, bếp ăn', ['Các trường'], []],
    ]);
    expect(d.agencies.map((a) => a.name).sort()).toEqual(['Các phòng chức năng', 'Các phòng chức năng Sở Y tế', 'Các trường', 'Văn phòng Sở']);
  });
  it('reads no task in bodies followed by a colon and names alone, and one when work follows them', () => {
    expect(assigned('II. ĐỐI TƯỢNG KIỂM TRA\n1. UBND các xã: Tân An, Lãng Sơn, Tư Mại và Trường THCS Nham Sơn.\n2. Phòng Văn hóa: Tổ chức Hội thi, Tuyên truyền pháp luật.\n3. Các xã: Tân An, Lãng Sơn tổ chức ra quân.')).toEqual([
      ['Tổ chức Hội thi, Tuyên truyền pháp luật', ['Phòng Văn hóa'], []],
      ['Tổ chức ra quân', ['Xã Tân An', 'Xã Lãng Sơn'], []],
    ]);
  });
  it('reads the items under a heading that gives a body "the following" as that body’s work', () => {
    const d = plan('III. TỔ CHỨC THỰC HIỆN\n1. Giao Phòng Văn hóa - Xã hội thực hiện các nội dung sau:\n- Tham mưu UBND xã tổ chức Đại hội thể dục thể thao, hoàn thành trong tháng 8/2026.\n- Hướng dẫn các thôn xây dựng hương ước.\n2. UBND huyện yêu cầu các phòng, ban thực hiện một số nội dung sau:\n- Phòng Nội vụ rà soát biên chế.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.text])).toEqual([
      ['Tham mưu UBND xã tổ chức Đại hội thể dục thể thao', ['Phòng Văn hóa - Xã hội'], 'trong tháng 8/2026'],
      // Items that name their own bodies are theirs; the heading assigns nothing itself.
      ['Rà soát biên chế', ['Phòng Nội vụ'], null],
    ]);
  });
  it('reads the role restated as "làm đầu mối", and a sentence opened by the bodies’ remit', () => {
    expect(assigned('III. TỔ CHỨC THỰC HIỆN\n1. Giao Phòng Y tế làm đầu mối, phối hợp với Trung tâm Y tế huyện tổ chức tiêm chủng.\n2. Căn cứ chức năng, nhiệm vụ, các phòng, ban chủ động triển khai.\n3. Theo chức năng, nhiệm vụ được giao, các sở, ngành tổ chức thực hiện.')).toEqual([
      ['Tổ chức tiêm chủng', ['Phòng Y tế'], ['Trung tâm Y tế huyện']],
      ['Chủ động triển khai', ['Các phòng, ban'], []],
      ['Tổ chức thực hiện', ['Các sở, ngành'], []],
    ]);
  });
  it('reads the partners after a restated role, and the work after them however short', () => {
    expect(assigned('III. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Nội vụ là cơ quan đầu mối, chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc.\n2. Phòng Y tế là cơ quan thường trực, chủ trì, phối hợp với Trạm Y tế kiểm tra.\n3. Phòng Nội vụ thực hiện.')).toEqual([
      ['Theo dõi, đôn đốc', ['Sở Nội vụ'], ['Các cơ quan liên quan']],
      ['Kiểm tra', ['Phòng Y tế'], ['Trạm Y tế']],
      // With no partners, a heading of a body and a verb that only says "do it" is its own title.
      ['Phòng Nội vụ thực hiện', ['Phòng Nội vụ'], []],
    ]);
  });
  it('reads border posts, forest rangers, funds, credit institutions and cooperatives as bodies, and their verbs', () => {
    expect(assigned('II. NHIỆM VỤ\n- Đồn Biên phòng Cửa khẩu Lao Bảo phối hợp với Hạt Kiểm lâm huyện tuần tra bảo vệ rừng.\n- Các tổ chức tín dụng trên địa bàn cho vay phát triển sản xuất.\n- Quỹ Hỗ trợ nông dân huyện hỗ trợ vốn.\n- Các hợp tác xã nông nghiệp liên kết tiêu thụ sản phẩm.\n- Hạt Kiểm lâm huyện bảo vệ rừng.\n- Ban bảo vệ dân phố tuần tra ban đêm.\n- Các hộ gia đình chuẩn bị hạt giống và quỹ đất.')).toEqual([
      ['Tuần tra bảo vệ rừng', ['Đồn Biên phòng Cửa khẩu Lao Bảo'], ['Hạt Kiểm lâm huyện']],
      ['Cho vay phát triển sản xuất', ['Các tổ chức tín dụng trên địa bàn'], []],
      ['Hỗ trợ vốn', ['Quỹ Hỗ trợ nông dân huyện'], []],
      ['Liên kết tiêu thụ sản phẩm', ['Các hợp tác xã nông nghiệp'], []],
      ['Bảo vệ rừng', ['Hạt Kiểm lâm huyện'], []],
      // A verb names hold.
      ['Tuần tra ban đêm', ['Ban bảo vệ dân phố'], []],
      // In lower case, seeds and land funds are no bodies.
    ]);
  });
  it('reads the verbs of launching, broadcasting and publishing as work', () => {
    expect(assigned('II. NHIỆM VỤ\n- Ủy ban MTTQ xã phát động phong trào toàn dân bảo vệ môi trường.\n- Trung tâm Văn hóa - Thông tin và Thể thao huyện phát sóng chuyên mục môi trường hằng tuần.\n- Văn phòng Sở phát hành bản tin nội bộ.')).toEqual([
      ['Phát động phong trào toàn dân bảo vệ môi trường', ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], []],
      ['Phát sóng chuyên mục môi trường hằng tuần', ['Trung tâm Văn hóa - Thông tin và Thể thao huyện'], []],
      ['Phát hành bản tin nội bộ', ['Văn phòng Sở'], []],
    ]);
  });
  it('reads the verbs of keeping informed as work', () => {
    expect(assigned('II. NHIỆM VỤ\n- Công an các xã, thị trấn nắm tình hình địa bàn, báo cáo hằng ngày về Công an huyện.\n- Phòng Lao động nắm bắt tình hình lao động.')).toEqual([
      ['Nắm tình hình địa bàn, báo cáo hằng ngày về Công an huyện', ['Công an các xã', 'Công an các thị trấn'], []],
      ['Nắm bắt tình hình lao động', ['Phòng Lao động'], []],
    ]);
  });
  it('reads population collaborators and secretariat teams as bodies, and the verbs of screening, dialogue and communication', () => {
    expect(assigned('II. NHIỆM VỤ\n- Cộng tác viên dân số các thôn thu thập thông tin biến động dân số.\n- Tổ thư ký Hội đồng tổng hợp hồ sơ.\n- Trạm Y tế xã tầm soát bệnh tật bẩm sinh.\n- Chủ tịch UBND xã đối thoại với nhân dân.\n- Trạm Y tế xã truyền thông về dân số.\n- Chi cục An toàn vệ sinh thực phẩm kiểm tra các cơ sở.')).toEqual([
      ['Thu thập thông tin biến động dân số', ['Cộng tác viên dân số các thôn'], []],
      ['Tổng hợp hồ sơ', ['Tổ thư ký Hội đồng'], []],
      ['Tầm soát bệnh tật bẩm sinh', ['Trạm Y tế xã'], []],
      ['Đối thoại với nhân dân', ['Chủ tịch Ủy ban nhân dân xã'], []],
      ['Truyền thông về dân số', ['Trạm Y tế xã'], []],
      ['Kiểm tra các cơ sở', ['Chi cục An toàn vệ sinh thực phẩm'], []],
    ]);
  });
  it('reads inspection, staff and mediation teams as bodies named by their topic', () => {
    expect(assigned('II. NHIỆM VỤ\n- Tổ kiểm tra công vụ phường kiểm tra đột xuất việc chấp hành giờ giấc làm việc.\n- Tổ giúp việc Ban Chỉ đạo tổng hợp kết quả.\n- Các tổ hòa giải ở cơ sở tuyên truyền pháp luật.\n- Tổ hòa giải thôn hòa giải các mâu thuẫn.')).toEqual([
      ['Kiểm tra đột xuất việc chấp hành giờ giấc làm việc', ['Tổ kiểm tra công vụ phường'], []],
      ['Tổng hợp kết quả', ['Tổ giúp việc Ban Chỉ đạo'], []],
      ['Tuyên truyền pháp luật', ['Các tổ hòa giải ở cơ sở'], []],
      ['Hòa giải các mâu thuẫn', ['Tổ hòa giải thôn'], []],
    ]);
  });
  it('reads a commune’s commanders, village heads and village police as bodies', () => {
    expect(assigned('II. NHIỆM VỤ\n- Chỉ huy trưởng Ban CHQS xã tham mưu UBND xã thành lập Hội đồng Nghĩa vụ quân sự xã.\n- Thôn trưởng các thôn phối hợp với Công an viên, Thôn đội trưởng rà soát công dân trong độ tuổi.\n- Trưởng thôn các thôn tuyên truyền chính sách.\n- Trưởng ấp các ấp vận động nhân dân.')).toEqual([
      ['Tham mưu UBND xã thành lập Hội đồng Nghĩa vụ quân sự xã', ['Chỉ huy trưởng Ban Chỉ huy Quân sự xã'], []],
      ['Rà soát công dân trong độ tuổi', ['Thôn trưởng các thôn'], ['Công an viên', 'Thôn đội trưởng']],
      ['Tuyên truyền chính sách', ['Trưởng thôn các thôn'], []],
      ['Vận động nhân dân', ['Trưởng ấp các ấp'], []],
    ]);
  });
  it('reads "đầu tư" (invests) as work, but not inside the names of project boards and owners', () => {
    expect(assigned('II. NHIỆM VỤ\n- VNPT Quảng Nam đầu tư mở rộng vùng phủ sóng 5G.\n- Ban Quản lý các Dự án đầu tư và Xây dựng quận chủ trì thi công.\n- Ban quản lý dự án đầu tư huyện lập hồ sơ.\n- Các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán.')).toEqual([
      ['Đầu tư mở rộng vùng phủ sóng 5G', ['VNPT Quảng Nam'], []],
      ['Chủ trì thi công', ['Ban Quản lý các Dự án đầu tư và Xây dựng quận'], []],
      ['Lập hồ sơ', ['Ban quản lý dự án đầu tư huyện'], []],
      ['Khẩn trương hoàn thiện hồ sơ thanh toán', ['Các chủ đầu tư'], []],
    ]);
  });
  it('reads "lập" (draws up) as work, but not inside "công lập"', () => {
    expect(assigned('II. NHIỆM VỤ\n- Phòng Tài chính lập dự toán kinh phí.\n- Ban Quản lý dự án đầu tư xây dựng huyện lập hồ sơ mời thầu.\n- Các đơn vị sự nghiệp công lập lập danh sách viên chức.')).toEqual([
      ['Lập dự toán kinh phí', ['Phòng Tài chính'], []],
      ['Lập hồ sơ mời thầu', ['Ban Quản lý dự án đầu tư xây dựng huyện'], []],
      ['Lập danh sách viên chức', ['Các đơn vị sự nghiệp công lập'], []],
    ]);
  });
  it('reads the verbs of traffic, guard and disinfection duty as work', () => {
    expect(assigned('II. NHIỆM VỤ\n- Đội Cảnh sát giao thông - Trật tự phân luồng giao thông.\n- Công an quận điều tiết giao thông.\n- Công an xã chốt chặn các ngả đường vào ổ dịch.\n- Dân quân xã canh gác các điểm cháy rừng.\n- Trạm Y tế xã ứng trực 24/24 giờ.\n- Trung tâm Y tế huyện khử khuẩn các điểm có ca bệnh.')).toEqual([
      ['Phân luồng giao thông', ['Đội Cảnh sát giao thông - Trật tự'], []],
      ['Điều tiết giao thông', ['Công an quận'], []],
      ['Chốt chặn các ngả đường vào ổ dịch', ['Công an xã'], []],
      ['Canh gác các điểm cháy rừng', ['Dân quân xã'], []],
      ['Ứng trực 24/24 giờ', ['Trạm Y tế xã'], []],
      ['Khử khuẩn các điểm có ca bệnh', ['Trung tâm Y tế huyện'], []],
    ]);
  });
  it('reads the verbs of submitting, inspecting and caring as work, and keeps them inside the names that hold them', () => {
    expect(assigned('II. NHIỆM VỤ\n- Sở Xây dựng trình UBND tỉnh chương trình phát triển đô thị.\n- Sở Y tế thanh tra các cơ sở hành nghề y tư nhân.\n- Đoàn thanh tra liên ngành tỉnh kiểm tra an toàn thực phẩm.\n- Trung tâm phục vụ hành chính công tỉnh tiếp nhận hồ sơ.\n- Trạm Y tế xã chăm sóc người cao tuổi.\n- Văn phòng đăng ký đất đai cấp giấy chứng nhận.')).toEqual([
      ['Trình UBND tỉnh chương trình phát triển đô thị', ['Sở Xây dựng'], []],
      ['Thanh tra các cơ sở hành nghề y tư nhân', ['Sở Y tế'], []],
      ['Kiểm tra an toàn thực phẩm', ['Đoàn thanh tra liên ngành tỉnh'], []],
      ['Tiếp nhận hồ sơ', ['Trung tâm phục vụ hành chính công tỉnh'], []],
      ['Chăm sóc người cao tuổi', ['Trạm Y tế xã'], []],
      ['Cấp giấy chứng nhận', ['Văn phòng đăng ký đất đai'], []],
    ]);
    // Right after a head, a verb that names hold and then another verb is the name's, after a place the work.
    expect(assigned('II. NHIỆM VỤ\n- Các đơn vị thi công bảo đảm an toàn lao động.\n- Các khoa, viện đào tạo tổ chức lấy ý kiến người học.\n- Trường Cao đẳng Y tế đào tạo nhân lực điều dưỡng.\n- UBND các xã, thị trấn tổ chức giám sát dịch bệnh.')).toEqual([
      ['Bảo đảm an toàn lao động', ['Các đơn vị thi công'], []],
      ['Tổ chức lấy ý kiến người học', ['Các khoa, viện đào tạo'], []],
      ['Đào tạo nhân lực điều dưỡng', ['Trường Cao đẳng Y tế'], []],
      ['Tổ chức giám sát dịch bệnh', ['Ủy ban nhân dân các xã', 'Ủy ban nhân dân các thị trấn'], []],
    ]);
    // So is what it acts on, a few words before the verb; and after a head that is one only after a plural ("Các cơ sở").
    expect(assigned('II. NHIỆM VỤ\n- Các cơ sở điều trị methadone tổ chức tư vấn cho người bệnh.\n- Các cơ sở chăm sóc sức khỏe ban đầu thực hiện sàng lọc.\n- Các cơ sở đào tạo tổ chức tuyển sinh.\n- Các đơn vị thi công công trình đúng tiến độ, bảo đảm an toàn.')).toEqual([
      ['Tổ chức tư vấn cho người bệnh', ['Các cơ sở điều trị methadone'], []],
      ['Thực hiện sàng lọc', ['Các cơ sở chăm sóc sức khỏe ban đầu'], []],
      ['Tổ chức tuyển sinh', ['Các cơ sở đào tạo'], []],
      ['Thi công công trình đúng tiến độ, bảo đảm an toàn', ['Các đơn vị'], []],
    ]);
    // "trình" submits only to a body: "Chương trình", "công trình" keep it; so does a known name its "trồng".
    expect(assigned('II. NHIỆM VỤ\n- Ban Quản lý công trình công cộng quận duy tu vỉa hè.\n- Chi cục trồng trọt và bảo vệ thực vật tỉnh hướng dẫn nông dân.\n- Đoàn Thanh niên trồng cây xanh.')).toEqual([
      ['Duy tu vỉa hè', ['Ban Quản lý công trình công cộng quận'], []],
      ['Hướng dẫn nông dân', ['Chi cục trồng trọt và bảo vệ thực vật tỉnh'], []],
      ['Trồng cây xanh', ['Đoàn Thanh niên'], []],
    ]);
  });
  it('reads a paragraph in lower case as the sentence above it going on, not as a new one', () => {
    const d = plan('II. NHIỆM VỤ\n1. Phòng Tài chính - Kế hoạch\n\nPhối hợp phòng Giáo dục và Đào tạo rà soát trang thiết bị, báo cáo Ủy\n\nban nhân dân quận trình Hội đồng nhân dân quận phê duyệt đầu tư.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([['Rà soát trang thiết bị, báo cáo Ủy', ['Phòng Tài chính - Kế hoạch']]]);
  });
  it('reads the development funds by their known names, which hold the verb "phát triển"', () => {
    expect(assigned('II. NHIỆM VỤ\n- Quỹ Hỗ trợ phát triển hợp tác xã tỉnh cho vay ưu đãi đối với hợp tác xã.\n- Quỹ Đầu tư phát triển tỉnh ủy thác vốn cho Ngân hàng Chính sách xã hội.\n- Phòng Kinh tế phát triển hợp tác xã kiểu mới.')).toEqual([
      ['Cho vay ưu đãi đối với hợp tác xã', ['Quỹ Hỗ trợ phát triển hợp tác xã tỉnh'], []],
      ['Ủy thác vốn cho Ngân hàng Chính sách xã hội', ['Quỹ Đầu tư phát triển tỉnh'], []],
      ['Phát triển hợp tác xã kiểu mới', ['Phòng Kinh tế'], []],
    ]);
  });
  it('dates the sentence after a heading’s colon by the phase before it, unless it states its own time', () => {
    const d = plan('II. NHIỆM VỤ\n1. Giai đoạn 1 (2026 - 2027): Sở Du lịch chủ trì, phối hợp với Trường Đại học Nha Trang khảo sát nhu cầu đào tạo.\n2. Giai đoạn 2 (2028 - 2030): Sở Du lịch tổ chức đánh giá kỹ năng nghề, hoàn thành trong năm 2029.');
    expect(d.tasks.map((t) => [t.title, t.period.start, t.period.end])).toEqual([
      ['Khảo sát nhu cầu đào tạo', '2026', '2027'],
      ['Tổ chức đánh giá kỹ năng nghề', '2029', '2029'],
    ]);
  });
  it('reads duties numbered inside a sentence as tasks of its bodies, each with its own time and partners', () => {
    const d = plan('II. NHIỆM VỤ\n1. Giao Sở Tài chính: (1) cân đối nguồn vốn hỗ trợ hợp tác xã; (2) phối hợp với Sở Nội vụ hướng dẫn thanh quyết toán kinh phí, hoàn thành trước ngày 30/6/2026.\n2. Sở Y tế: a) rà soát trạm y tế; b) tập huấn cán bộ y tế; thời gian: năm 2026.\n3. Phòng Nội vụ: (1) rà soát vị trí việc làm.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.text])).toEqual([
      ['Cân đối nguồn vốn hỗ trợ hợp tác xã', ['Sở Tài chính'], [], null],
      ['Hướng dẫn thanh quyết toán kinh phí', ['Sở Tài chính'], ['Sở Nội vụ'], 'trước ngày 30/6/2026'],
      ['Rà soát trạm y tế', ['Sở Y tế'], [], null],
      ['Tập huấn cán bộ y tế', ['Sở Y tế'], [], 'năm 2026'],
      // One duty alone is the sentence's work, without its number.
      ['Rà soát vị trí việc làm', ['Phòng Nội vụ'], [], null],
    ]);
  });
  it('reads the verbs of issuing cards, certificates and licences as work, and "cấp" before a level as a level', () => {
    expect(assigned('II. NHIỆM VỤ\n- Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế cấp thẻ BHYT cho người nghèo.\n- Văn phòng Đăng ký đất đai cấp giấy chứng nhận quyền sử dụng đất.\n- Sở Xây dựng cấp phép xây dựng cho các dự án.\n- Phòng Giáo dục và Đào tạo cấp phát sách giáo khoa.\n- UBND cấp huyện chỉ đạo rà soát.')).toEqual([
      ['Cấp thẻ BHYT cho người nghèo', ['Bảo hiểm xã hội tỉnh'], ['Sở Y tế']],
      ['Cấp giấy chứng nhận quyền sử dụng đất', ['Văn phòng Đăng ký đất đai'], []],
      ['Cấp phép xây dựng cho các dự án', ['Sở Xây dựng'], []],
      ['Cấp phát sách giáo khoa', ['Phòng Giáo dục và Đào tạo'], []],
      ['Chỉ đạo rà soát', ['Ủy ban nhân dân cấp huyện'], []],
    ]);
  });
  it('reads companies, enterprises, universities and levels named as such', () => {
    expect(
      assigned(
        '- Công ty Điện lực Quảng Ninh bảo đảm cung cấp điện ổn định.\n- Các doanh nghiệp, hợp tác xã chủ động tham gia chương trình.\n- Ủy ban nhân dân cấp huyện, cấp xã tổ chức thực hiện.\n- Đại học Quốc gia Hà Nội, Học viện Chính trị khu vực I phối hợp đào tạo.\n- Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục đại học thực hiện.',
      ),
    ).toEqual([
      ['Bảo đảm cung cấp điện ổn định', ['Công ty Điện lực Quảng Ninh'], []],
      ['Chủ động tham gia chương trình', ['Các doanh nghiệp, hợp tác xã'], []],
      ['Tổ chức thực hiện', ['Ủy ban nhân dân cấp huyện', 'Ủy ban nhân dân cấp xã'], []],
      ['Phối hợp đào tạo', ['Đại học Quốc gia Hà Nội', 'Học viện Chính trị khu vực I'], []],
      ['Hướng dẫn các cơ sở giáo dục đại học thực hiện', ['Sở Giáo dục và Đào tạo'], []],
    ]);
  });
  it('reads a body that acts "theo chức năng, nhiệm vụ", with or without commas, and leaves that phrase out of the title', () => {
    expect(
      assigned(
        [
          '- Các phòng chuyên môn thuộc Sở theo chức năng, nhiệm vụ hướng dẫn, kiểm tra các đơn vị.',
          '- Các sở, ngành theo chức năng, nhiệm vụ, chủ động triển khai thực hiện.',
          '- Các sở, ngành, căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm triển khai thực hiện.',
          '- Sở Tài chính trong phạm vi chức năng, nhiệm vụ của mình có trách nhiệm bố trí kinh phí.',
          '- Văn phòng Sở là đầu mối tổng hợp, báo cáo Giám đốc Sở.',
          '- Các cấp ủy, tổ chức đảng có trách nhiệm thực hiện Hướng dẫn này.',
          '- Các sở, ngành căn cứ nhiệm vụ được giao tại Phụ lục kèm theo xây dựng kế hoạch chi tiết.',
          '- UBND các xã, phường căn cứ Kế hoạch này triển khai thực hiện tại địa phương.',
          '- Các đoàn thể căn cứ nội dung Chương trình hành động của Ban Thường vụ Đảng ủy xây dựng kế hoạch.',
          '- Các huyện đoàn căn cứ Kế hoạch xây dựng kế hoạch cụ thể, triển khai thực hiện.',
          '- Bộ Tài chính theo chức năng, nhiệm vụ được giao căn cứ ý kiến chỉ đạo của Bộ Chính trị tại văn bản số 17129-CV/VPTW, phối hợp chặt chẽ, triển khai ngay việc rà soát.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Hướng dẫn, kiểm tra các đơn vị', ['Các phòng chuyên môn thuộc Sở'], []],
      ['Chủ động triển khai thực hiện', ['Các sở, ngành'], []],
      ['Triển khai thực hiện', ['Các sở, ngành'], []],
      ['Bố trí kinh phí', ['Sở Tài chính'], []],
      ['Tổng hợp, báo cáo Giám đốc Sở', ['Văn phòng Sở'], []],
      ['Thực hiện Hướng dẫn này', ['Các cấp ủy, tổ chức đảng'], []],
      ['Xây dựng kế hoạch chi tiết', ['Các sở, ngành'], []],
      ['Triển khai thực hiện tại địa phương', ['Ủy ban nhân dân các xã', 'Ủy ban nhân dân các phường'], []],
      // The plan named is followed by more of its name, not by the verb: the phrase stays.
      ['Căn cứ nội dung Chương trình hành động của Ban Thường vụ Đảng ủy xây dựng kế hoạch', ['Các đoàn thể'], []],
      // The plan named without a comma comes before the verb; the comma later ends no phrase.
      ['Xây dựng kế hoạch cụ thể, triển khai thực hiện', ['Các huyện đoàn'], []],
      // One phrase after another.
      ['Phối hợp chặt chẽ, triển khai ngay việc rà soát', ['Bộ Tài chính'], []],
    ]);
  });
  it('takes no targets and no work from the results a plan reports, only from what it plans', () => {
    const d = fromText(
      [
        'KẾ HOẠCH\nPhát triển giáo dục năm 2026\n',
        'I. KẾT QUẢ THỰC HIỆN NĂM 2025\n1. Kết quả đạt được\n- Tỷ lệ trường đạt chuẩn quốc gia đạt 85%.\n- Phòng Giáo dục và Đào tạo tổ chức thành công Hội khỏe Phù Đổng.\n2. Hạn chế, nguyên nhân\n- Còn 5% phòng học xuống cấp.',
        'II. MỤC TIÊU, NHIỆM VỤ NĂM 2026\n1. Mục tiêu\n- Tỷ lệ trường đạt chuẩn quốc gia đạt 90%.\n2. Nhiệm vụ\n- Phòng Giáo dục và Đào tạo chủ trì tổ chức Hội khỏe Phù Đổng cấp huyện.',
        // "Hạn chế" as a verb, and results to be reached, are plans.
        '3. Hạn chế sử dụng túi ni lông\n- 100% trường học không sử dụng túi ni lông.\n4. Kết quả cần đạt\n- 95% học sinh hoàn thành chương trình.',
      ].join('\n'),
    );
    expect(d.targets.map((t) => [t.sectionId, t.text])).toEqual([
      ['II.1', '90%'],
      ['II.3', '100%'],
      ['II.4', '95%'],
    ]);
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name)])).toEqual([['II.2', ['Phòng Giáo dục và Đào tạo']]]);
    expect(d.quality.unreadPercentages).toBe(0);
  });
  it('takes no work from the requirements of "Mục đích, yêu cầu", only from the sections that assign it', () => {
    const d = fromText('KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nCụ thể hóa Nghị quyết.\n2. Yêu cầu\n- Các đơn vị, cá nhân căn cứ kế hoạch này xây dựng kế hoạch và tổ chức thực hiện.\nII. TỔ CHỨC THỰC HIỆN\n- Các đơn vị, cá nhân căn cứ kế hoạch này xây dựng kế hoạch và tổ chức thực hiện.');
    expect(d.tasks.map((t) => [t.sectionId, t.lead.map((a) => a.name)])).toEqual([['II', ['Các đơn vị, cá nhân']]]);
  });
  it('reads "Đối với X:" as assigning X the work after the colon, not news of X in a report, and a request as no part of the work', () => {
    expect(assigned('IV. TỔ CHỨC THỰC HIỆN\n1. Đối với UBND các xã: chỉ đạo các thôn tổ chức thực hiện.\n2. Đối với Ủy ban MTTQ huyện: đề nghị vận động nhân dân tham gia.\n3. Đối với các cơ sở kinh doanh, tăng cường kiểm tra.\n4. Đối với Hiệp hội Nhà thầu xây dựng: Nhiệm kỳ III (2018-2023) đã kết thúc.\n5. Đối với các hội: Hội Cựu giáo chức, Hội Khuyến học đã đại hội.')).toEqual([
      ['Chỉ đạo các thôn tổ chức thực hiện', ['Ủy ban nhân dân các xã'], []],
      ['Vận động nhân dân tham gia', ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện'], []],
    ]);
    // "Trách nhiệm của X:", "Nhiệm vụ của X" over the items that give X its work.
    expect(assigned('III. TRÁCH NHIỆM THỰC HIỆN\n1. Trách nhiệm của Sở Nội vụ:\n- Chủ trì hướng dẫn các cơ quan triển khai Kế hoạch.\n2. Nhiệm vụ của các sở, ban, ngành\nXây dựng kế hoạch triển khai tại cơ quan, đơn vị.')).toEqual([
      ['Chủ trì hướng dẫn các cơ quan triển khai Kế hoạch', ['Sở Nội vụ'], []],
      ['Xây dựng kế hoạch triển khai tại cơ quan, đơn vị', ['Các sở, ban, ngành'], []],
    ]);
  });
  it('dates the work under a body heading by the one time its items state, and by none when they state several', () => {
    const d = fromText('KẾ HOẠCH\nGiảm nghèo năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn hóa - Xã hội\na) Chủ trì điều tra hộ nghèo.\nb) Rà soát hộ cận nghèo, hoàn thành trong Quý IV/2026.\n2. Công an xã\n- Bảo đảm an ninh trật tự.\n- Rà soát trong tháng 6/2026, báo cáo trước ngày 15/12/2026.');
    expect(d.tasks.map((t) => [t.lead.map((a) => a.name), t.period])).toEqual([
      [['Công chức Văn hóa - Xã hội'], { start: '2026-10', end: '2026-12', text: 'trong Quý IV/2026' }],
      [['Công an xã'], { start: null, end: null, text: null }],
    ]);
  });
  it('reads the people a school plan assigns work to', () => {
    expect(assigned('III. PHÂN CÔNG NHIỆM VỤ\n1. Phó Hiệu trưởng phụ trách chuyên môn xây dựng thời khóa biểu.\n2. Giáo viên chủ nhiệm phối hợp với Ban đại diện cha mẹ học sinh vận động học sinh đến trường.\n3. Hiệu trưởng chỉ đạo chung.\n4. Tổ chuyên môn xây dựng kế hoạch dạy học.\n5. Giáo viên chủ nhiệm tuyên truyền, giáo dục học sinh.')).toEqual([
      ['Xây dựng thời khóa biểu', ['Phó Hiệu trưởng phụ trách chuyên môn'], []],
      ['Vận động học sinh đến trường', ['Giáo viên chủ nhiệm'], ['Ban đại diện cha mẹ học sinh']],
      ['Chỉ đạo chung', ['Hiệu trưởng'], []],
      ['Xây dựng kế hoạch dạy học', ['Tổ chuyên môn'], []],
      ['Tuyên truyền, giáo dục học sinh', ['Giáo viên chủ nhiệm'], []],
    ]);
  });
  it('reads the officers a plan assigns work to, after their honorific', () => {
    expect(assigned('- Đồng chí Bí thư Chi bộ chịu trách nhiệm chỉ đạo chung.\n- Đ/c Phó Chủ tịch UBND xã chỉ đạo các thôn rà soát.\n- Trưởng Công an xã chủ trì bảo đảm an ninh trật tự.\n- Giám đốc Sở Y tế chỉ đạo các bệnh viện triển khai.\n- Trưởng các phòng, ban chuyên môn tổ chức thực hiện.\n- Đồng chí Nguyễn Văn A tham gia.\n- Tăng trưởng kinh tế đạt khá.')).toEqual([
      ['Chỉ đạo chung', ['Bí thư Chi bộ'], []],
      ['Chỉ đạo các thôn rà soát', ['Phó Chủ tịch Ủy ban nhân dân xã'], []],
      ['Chủ trì bảo đảm an ninh trật tự', ['Trưởng Công an xã'], []],
      ['Chỉ đạo các bệnh viện triển khai', ['Giám đốc Sở Y tế'], []],
      ['Tổ chức thực hiện', ['Trưởng các phòng, ban chuyên môn'], []],
    ]);
    // Committee members, several at once, each for the field they are given.
    expect(assigned('- Các đồng chí Ủy viên Ban Thường vụ Đảng ủy theo lĩnh vực được phân công chỉ đạo thực hiện.\n- Các ủy viên tham gia góp ý.')).toEqual([
      ['Chỉ đạo thực hiện', ['Ủy viên Ban Thường vụ Đảng ủy'], []],
      ['Tham gia góp ý', ['Các ủy viên'], []],
    ]);
  });
  it('reads the units of a school, and takes no work from the sentence that announces the plan', () => {
    const d = fromText('KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2025-2026\n\nTrường Tiểu học Kim Đồng xây dựng kế hoạch thực hiện nhiệm vụ năm học 2025-2026 như sau:\nI. NHIỆM VỤ\n- Tổ khối 5 tổ chức ôn tập cho học sinh lớp 5.\n- Bộ phận văn phòng tổng hợp kết quả.\n- Liên đội phối hợp tổ chức các hoạt động trải nghiệm.\n- Một bộ phận cán bộ chưa đáp ứng yêu cầu.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([
      ['Tổ chức ôn tập cho học sinh lớp 5', ['Tổ khối 5']],
      ['Tổng hợp kết quả', ['Bộ phận văn phòng']],
      ['Phối hợp tổ chức các hoạt động trải nghiệm', ['Liên đội']],
    ]);
  });
  it('takes no work from a letter’s sentence or heading that announces the items below, nor from its closing request', () => {
    const d = fromText(
      'ỦY BAN NHÂN DÂN\nHUYỆN CHƯƠNG MỸ\nSố: 1520/UBND-VX\nV/v phòng, chống dịch sốt xuất huyết\nChương Mỹ, ngày 22 tháng 7 năm 2026\n\nThực hiện Công văn số 3150/SYT-NVY ngày 15/7/2026 của Sở Y tế, UBND huyện yêu cầu các cơ quan, đơn vị thực hiện tốt một số nội dung sau:\n1. Trung tâm Y tế huyện tổ chức giám sát chặt chẽ tình hình dịch bệnh.\n2. UBND huyện giao các phòng, ban thực hiện các nhiệm vụ trọng tâm sau đây:\n- Phòng Tài chính - Kế hoạch bảo đảm kinh phí.\n3. Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện chế độ báo cáo.\nYêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n\nNơi nhận:\n- Lưu: VT.',
    );
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([
      ['Tổ chức giám sát chặt chẽ tình hình dịch bệnh', ['Trung tâm Y tế huyện']],
      ['Bảo đảm kinh phí', ['Phòng Tài chính - Kế hoạch']],
      // "nghiêm túc" says how, between the bodies and their verb.
      ['Nghiêm túc thực hiện chế độ báo cáo', ['Thủ trưởng các cơ quan, đơn vị']],
    ]);
  });
  it('reads a body whose verb comes after how or how often, and keeps "thường xuyên" inside a name', () => {
    const d = plan('3. Chế độ báo cáo\n- Phòng Nội vụ, UBND các phường hằng quý báo cáo về Ban chỉ đạo.\n- Trung tâm Giáo dục thường xuyên định kỳ tổ chức kiểm tra.\n- Các trường thường xuyên thực hiện tự đánh giá.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([
      ['Hằng quý báo cáo về Ban chỉ đạo', ['Phòng Nội vụ', 'Ủy ban nhân dân các phường']],
      ['Định kỳ tổ chức kiểm tra', ['Trung tâm Giáo dục thường xuyên']],
      ['Thường xuyên thực hiện tự đánh giá', ['Các trường']],
    ]);
  });
  it('reads the work of a body heading from its lettered items, when none names a body of its own', () => {
    const d = fromText('KẾ HOẠCH\nTiêm chủng\n\nI. NHIỆM VỤ\n1. Cục Phòng bệnh\na) Chủ trì xây dựng hướng dẫn chuyên môn; hoàn thành trong năm 2026.\nb) Phối hợp với Vụ Kế hoạch - Tài chính dự trù nhu cầu vắc xin.\n2. Các sở, ngành\na) Sở Y tế chủ trì tổ chức tiêm chủng.\nb) Sở Tài chính bố trí kinh phí.\n3. Các khoa, phòng\n- Trưởng các khoa, phòng chịu trách nhiệm triển khai các giải pháp.\n4. Phòng Kế hoạch tổng hợp\n- Triển khai bệnh án điện tử.');
    expect(d.tasks.map((t) => [t.sectionId, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.end])).toEqual([
      ['I.1', 'Chủ trì xây dựng hướng dẫn chuyên môn', ['Cục Phòng bệnh'], ['Vụ Kế hoạch - Tài chính'], '2026'],
      ['I.2.a', 'Chủ trì tổ chức tiêm chủng', ['Sở Y tế'], [], null],
      ['I.2.b', 'Bố trí kinh phí', ['Sở Tài chính'], [], null],
      // A bullet naming its own body is its task, not the heading's.
      ['I.3', 'Triển khai các giải pháp', ['Trưởng các khoa, phòng'], [], null],
      // "tổng hợp" is inside the hospital office's name.
      ['I.4', 'Triển khai bệnh án điện tử', ['Phòng Kế hoạch tổng hợp'], [], null],
    ]);
  });
  it('reads a body heading whose first line names its own body: that line is its own task, the heading’s work the lines naming none', () => {
    const d = fromText('KẾ HOẠCH\nTuyển quân năm 2027\n\nI. NHIỆM VỤ\n1. Ban Chỉ huy Quân sự xã\n- Chỉ huy trưởng Ban CHQS xã tham mưu UBND xã thành lập Hội đồng Nghĩa vụ quân sự xã, xong trước ngày 15/3/2026.\n- Phối hợp với Trạm Y tế xã tổ chức sơ tuyển sức khỏe trong tháng 9/2026.\n2. Công an xã\nTrưởng Công an xã chỉ đạo thẩm tra lý lịch công dân, hoàn thành trước ngày 30/10/2026.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.text])).toEqual([
      ['Tổ chức sơ tuyển sức khỏe', ['Ban Chỉ huy Quân sự xã'], ['Trạm Y tế xã'], 'trong tháng 9/2026'],
      ['Tham mưu UBND xã thành lập Hội đồng Nghĩa vụ quân sự xã', ['Chỉ huy trưởng Ban Chỉ huy Quân sự xã'], [], 'trước ngày 15/3/2026'],
      // No second task titled by the heading "Công an xã".
      ['Chỉ đạo thẩm tra lý lịch công dân', ['Trưởng Công an xã'], [], 'trước ngày 30/10/2026'],
    ]);
  });
  it('reads partners named "phối hợp cùng", "với sự tham gia của", or later in a numbered heading', () => {
    expect(
      assigned(
        '1. Công an tỉnh phối hợp cùng Bộ Chỉ huy Quân sự tỉnh bảo đảm an ninh.\n2. Sở Tư pháp chủ trì, với sự tham gia của Sở Nội vụ, rà soát văn bản.\n3. Đài Phát thanh - Truyền hình tỉnh, Báo tỉnh đẩy mạnh tuyên truyền; phối hợp với Sở Văn hóa, Thể thao và Du lịch.\n4. Giao UBND các huyện phối hợp với Ban Quản lý các khu công nghiệp giải phóng mặt bằng.',
      ),
    ).toEqual([
      ['Bảo đảm an ninh', ['Công an tỉnh'], ['Bộ Chỉ huy Quân sự tỉnh']],
      ['Chủ trì, với sự tham gia của Sở Nội vụ, rà soát văn bản', ['Sở Tư pháp'], ['Sở Nội vụ']],
      ['Đẩy mạnh tuyên truyền', ['Đài Phát thanh - Truyền hình tỉnh', 'Báo tỉnh'], ['Sở Văn hóa, Thể thao và Du lịch']],
      ['Giải phóng mặt bằng', ['Ủy ban nhân dân các huyện'], ['Ban Quản lý các khu công nghiệp']],
    ]);
  });
  it('reads the work of a bullet that names only its body from the items under it', () => {
    const d = plan('1. Phân công nhiệm vụ\n- Phòng Y tế:\n+ Chủ trì tham mưu UBND quận chỉ đạo công tác phòng chống dịch.\n+ Phối hợp với Trung tâm Y tế quận giám sát ổ dịch.\n- Trung tâm Y tế quận:\n+ Tổ chức phun hóa chất diệt muỗi, hoàn thành trong tháng 7/2026.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.end])).toEqual([
      ['Chủ trì tham mưu UBND quận chỉ đạo công tác phòng chống dịch', ['Phòng Y tế'], ['Trung tâm Y tế quận'], null],
      ['Tổ chức phun hóa chất diệt muỗi', ['Trung tâm Y tế quận'], [], '2026-07'],
    ]);
  });
  it('reads the fields that name the responsible, focal and advising bodies as leads, and those taking part as partners', () => {
    const d = plan('1. Xây dựng cơ sở dữ liệu dân cư\n- Trách nhiệm: Công an tỉnh.\n- Thời gian: Quý III/2026.\n2. Tổ chức diễn đàn khởi nghiệp\n- Đơn vị đầu mối: Sở Khoa học và Công nghệ.\n- Đơn vị tham gia: Tỉnh đoàn, Hội Doanh nhân trẻ tỉnh.\n3. Sửa đổi quy chế làm việc\n- Cơ quan tham mưu: Văn phòng UBND tỉnh.');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.end])).toEqual([
      ['block', 'Xây dựng cơ sở dữ liệu dân cư', ['Công an tỉnh'], [], '2026-09'],
      ['block', 'Tổ chức diễn đàn khởi nghiệp', ['Sở Khoa học và Công nghệ'], ['Tỉnh đoàn', 'Hội Doanh nhân trẻ tỉnh'], null],
      ['block', 'Sửa đổi quy chế làm việc', ['Văn phòng Ủy ban nhân dân tỉnh'], [], null],
    ]);
    // The forces that take part, by the short label too; "Lực lượng dân quân" is still a body.
    const forces = plan('1. Ra quân tổng vệ sinh\n- Thời gian: sáng Chủ nhật hằng tháng.\n- Lực lượng: Đoàn Thanh niên, Hội Nông dân xã.\n2. Tuần tra\nLực lượng dân quân xã tuần tra ban đêm.');
    expect(forces.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Ra quân tổng vệ sinh', [], ['Đoàn Thanh niên xã', 'Hội Nông dân xã']],
      ['Tuần tra ban đêm', ['Lực lượng dân quân xã'], []],
    ]);
  });
  it('gives the bodies of a field the role its value states: "… chủ trì; … phối hợp"', () => {
    const d = plan('1. Thực hiện phong trào thi đua "Dân vận khéo"\n- Đơn vị thực hiện: Các chi bộ, UBND xã chủ trì; MTTQ và các đoàn thể phối hợp.\n- Thời gian: Cả năm 2026.\n2. Tổ chức hội nghị\n- Đơn vị thực hiện: Phòng Nội vụ; Phòng Tư pháp.\n3. Lễ ra quân\n- Đơn vị thực hiện: Ban Phong trào Tỉnh đoàn chủ trì, phối hợp Hội Liên hiệp Thanh niên Việt Nam tỉnh.\n4. Hội thao\n- Đơn vị chủ trì: Sở Văn hóa chủ trì phối hợp với Công an tỉnh.\n5. Giải bơi\n- Đơn vị thực hiện: Phòng Văn hóa chủ trì, Quận đoàn phối hợp.\n6. Hội nghị sơ kết\n- Người thực hiện: Văn phòng HĐND và UBND huyện phối hợp với Phòng Nội vụ.\n7. Tập huấn\n- Đơn vị thực hiện: Các trường phối hợp thực hiện.');
    expect(d.tasks.map((t) => [t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      [['Các chi bộ', 'Ủy ban nhân dân xã'], ['Mặt trận Tổ quốc Việt Nam', 'Các đoàn thể']],
      [[], ['Phòng Nội vụ', 'Phòng Tư pháp']],
      // Both roles in one part: the lead, then its partners.
      [['Ban Phong trào Tỉnh đoàn'], ['Hội Liên hiệp Thanh niên Việt Nam tỉnh']],
      [['Sở Văn hóa'], ['Công an tỉnh']],
      // A role word before a comma closes its part as ";" does.
      [['Phòng Văn hóa'], ['Quận đoàn']],
      // Bodies that work with others lead them, whatever the field; a role word with no body after it names no partner.
      [['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'], ['Phòng Nội vụ']],
      [[], ['Các trường']],
    ]);
    // A role in brackets after the bodies, in a table cell; a bracket naming no role changes nothing; spans still point at the names.
    const body = 'TT\tNội dung\tCơ quan thực hiện\tThời gian\n1\tRà soát quy hoạch\tSở Xây dựng (chủ trì), Sở Tài chính, UBND các huyện (phối hợp)\tQuý II/2026\n2\tTập huấn\tSở Nội vụ (đầu mối), Sở Tư pháp\t2026';
    const table = plan(body);
    expect(table.tasks.map((t) => [t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      [['Sở Xây dựng'], ['Sở Tài chính', 'Ủy ban nhân dân các huyện']],
      [[], ['Sở Nội vụ', 'Sở Tư pháp']],
    ]);
    // Beside a lead so named, the bodies of a lead cell with no role of their own are partners.
    const named = plan('TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian\n1\tBan hành hướng dẫn sử dụng AI trong dạy học\tCục Khoa học, Công nghệ và Thông tin (chủ trì); Vụ Pháp chế\tQuý IV/2026\n2\tTập huấn\tSở Nội vụ; Sở Tư pháp\t2026');
    expect(named.tasks.map((t) => [t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      [['Cục Khoa học, Công nghệ và Thông tin'], ['Vụ Pháp chế']],
      [['Sở Nội vụ', 'Sở Tư pháp'], []],
    ]);
    const source = `KẾ HOẠCH\nPhát triển giáo dục\n\nI. MỤC TIÊU\n${body}\n`;
    const span = table.agencies.find((a) => a.name === 'Sở Tài chính')!.mentions[0].offset;
    expect(source.slice(span.start, span.end)).toBe('Sở Tài chính');
  });
  it('takes a group row of an assignment table for no task, and a lead cell left empty below a merged one for the lead above', () => {
    const d = plan('STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\nI\tHoàn thiện thể chế\t\t\t\n1\tXây dựng Đề án phát triển hạ tầng số\tSở Khoa học và Công nghệ\tSở Tài chính\tQuý III/2026\n2\tNâng cấp Trung tâm dữ liệu tỉnh\t\t\tNăm 2027\nII\tPhát triển nguồn nhân lực số\t\t\t\n3\tĐào tạo kỹ năng số\t\tSở Nội vụ\tThường xuyên\n4\tTổ chức hội thi\tTỉnh đoàn\t\tQuý IV/2026');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['Xây dựng Đề án phát triển hạ tầng số', ['Sở Khoa học và Công nghệ'], ['Sở Tài chính']],
      ['Nâng cấp Trung tâm dữ liệu tỉnh', ['Sở Khoa học và Công nghệ'], []],
      // A group's row ends the merged cell.
      ['Đào tạo kỹ năng số', [], ['Sở Nội vụ']],
      ['Tổ chức hội thi', ['Tỉnh đoàn'], []],
    ]);
    // A group row right under the header that holds a header word ("nhiệm vụ") is a row, not more of the header.
    const grouped = plan('STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\nI\tNhóm nhiệm vụ về thể chế\t\t\n1\tBan hành quy chế quản lý dữ liệu\tSở Khoa học và Công nghệ\tQuý III/2026\nA\tNhóm nhiệm vụ về hạ tầng\t\t\n2\tNâng cấp Trung tâm dữ liệu tỉnh\tSở Khoa học và Công nghệ\tNăm 2027');
    expect(grouped.tasks.map((t) => [t.title, t.period.end])).toEqual([
      ['Ban hành quy chế quản lý dữ liệu', '2026-09'],
      ['Nâng cấp Trung tâm dữ liệu tỉnh', '2027'],
    ]);
  });
  it('reads every column of a role: "Đơn vị thực hiện" and "Đơn vị phối hợp" are both partners, as the fields are', () => {
    const d = plan('STT\tNội dung công việc\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian\n1\tMở lớp học bơi\tTrung tâm Văn hóa - Thể thao\tPhòng Giáo dục và Đào tạo\tTừ 01/6 đến 31/7/2025\n2\tTổ chức giải bơi\tPhòng Văn hóa chủ trì; Quận đoàn phối hợp\t\tTháng 8/2025');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['Mở lớp học bơi', [], ['Trung tâm Văn hóa - Thể thao', 'Phòng Giáo dục và Đào tạo'], '2025-06-01', '2025-07-31'],
      ['Tổ chức giải bơi', ['Phòng Văn hóa'], ['Quận đoàn'], '2025-08', '2025-08'],
    ]);
  });
  it('reads the headers school and programme tables use: "Hoạt động", "Người phụ trách", "Thời điểm", "Tháng"', () => {
    const d = plan('TT\tHoạt động\tNgười phụ trách\tPhối hợp\tThời điểm\n1\tTổ chức lễ ra quân hoạt động hè\tTổng phụ trách Đội\tĐoàn thanh niên\tTháng 6/2026\n2\tMở lớp năng khiếu\tPhó Hiệu trưởng\tGiáo viên chủ nhiệm\tTháng 6 - 7/2026');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['table-row', 'Tổ chức lễ ra quân hoạt động hè', ['Tổng phụ trách Đội'], ['Đoàn thanh niên'], '2026-06', '2026-06'],
      ['table-row', 'Mở lớp năng khiếu', ['Phó Hiệu trưởng'], ['Giáo viên chủ nhiệm'], '2026-06', '2026-07'],
    ]);
    // A work calendar: its first column, "Tháng", is the time.
    const calendar = plan('Tháng\tNội dung công việc\tBộ phận thực hiện\n9/2025\tKhai giảng năm học mới\tBan Giám hiệu');
    expect(calendar.tasks.map((t) => [t.title, t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([['Khai giảng năm học mới', ['Ban Giám hiệu'], '2025-09', '2025-09']]);
    // "Người thực hiện", as the field; a first row whose people hold a header word ("phụ trách") is a row, not
    // more of the header; a school's initials and its teachers by subject.
    const experiences = plan(
      'Thời gian\tNội dung\tNgười thực hiện\tGhi chú\nTháng 9/2025\tTổ chức Tết Trung thu cho học sinh\tTổng phụ trách Đội, GVCN\t\nTháng 3/2026\tNgày hội thể thao\tGiáo viên Thể dục; Tổ Khoa học xã hội\t',
    );
    expect(experiences.tasks.map((t) => [t.title, t.partners.map((a) => a.name), t.period.start])).toEqual([
      ['Tổ chức Tết Trung thu cho học sinh', ['Tổng phụ trách Đội', 'Giáo viên chủ nhiệm'], '2025-09'],
      ['Ngày hội thể thao', ['Giáo viên Thể dục', 'Tổ Khoa học xã hội'], '2026-03'],
    ]);
    expect(assigned('- BGH nhà trường chỉ đạo các tổ chuyên môn.\n- TPT Đội phối hợp với GVCN tổ chức sinh hoạt dưới cờ.\n- Các giáo viên bộ môn đổi mới phương pháp dạy học.\n- 100% giáo viên đạt chuẩn.')).toEqual([
      ['Chỉ đạo các tổ chuyên môn', ['Ban Giám hiệu nhà trường'], []],
      ['Tổ chức sinh hoạt dưới cờ', ['Tổng phụ trách Đội'], ['Giáo viên chủ nhiệm']],
      ['Đổi mới phương pháp dạy học', ['Các giáo viên bộ môn'], []],
    ]);
    // A work programme: the body that prepares each item leads it; a month alone is one of the plan's year.
    const programme = fromText('CHƯƠNG TRÌNH CÔNG TÁC\ncủa Ban Thường vụ Huyện ủy năm 2026\n\nI. CHƯƠNG TRÌNH CỤ THỂ\nTháng\tNội dung\tCơ quan chuẩn bị\tCơ quan phối hợp\n1\tHội nghị tổng kết công tác xây dựng Đảng\tBan Tổ chức Huyện ủy\tVăn phòng Huyện ủy\n12\tTổng kết năm 2026\tVăn phòng Huyện ủy\tCác cơ quan tham mưu');
    expect(programme.tasks.map((t) => [t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end, t.period.text])).toEqual([
      [['Ban Tổ chức Huyện ủy'], ['Văn phòng Huyện ủy'], '2026-01', '2026-01', 'Tháng 1'],
      [['Văn phòng Huyện ủy'], ['Các cơ quan tham mưu'], '2026-12', '2026-12', 'Tháng 12'],
    ]);
    // Two lead columns: the leader who oversees ranks below the body that prepares (as the fields do), so he is a partner.
    const overseen = plan('TT\tNội dung\tLãnh đạo phụ trách\tCơ quan chuẩn bị\tThời gian\n1\tHội nghị sơ kết 6 tháng\tĐồng chí Chủ tịch UBND xã\tVăn phòng HĐND và UBND xã\tTháng 7/2026');
    expect(overseen.tasks.map((t) => [t.lead.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      [['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'], ['Chủ tịch Ủy ban nhân dân xã']],
    ]);
  });
  it('reads an inspection schedule: the unit inspected names the work, the inspecting body leads', () => {
    const d = plan('STT\tĐơn vị được kiểm tra\tThời gian\tĐơn vị chủ trì kiểm tra\n1\tUBND xã Tân Hội\tTháng 5/2026\tSở Nội vụ\n2\tSở Xây dựng\tTháng 6/2026\tVăn phòng UBND tỉnh\n\n- Các đơn vị được kiểm tra chuẩn bị báo cáo, hồ sơ.');
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.period.start])).toEqual([
      ['table-row', 'Kiểm tra UBND xã Tân Hội', ['Sở Nội vụ'], '2026-05'],
      ['table-row', 'Kiểm tra Sở Xây dựng', ['Văn phòng Ủy ban nhân dân tỉnh'], '2026-06'],
      ['assignment', 'Chuẩn bị báo cáo, hồ sơ', ['Các đơn vị được kiểm tra'], null],
    ]);
    // With no column of bodies, the schedule is the inspecting team's work all the same; a table of
    // work and time alone assigns nothing.
    const team = plan('TT\tĐơn vị được kiểm tra\tThời gian\tGhi chú\n1\tChợ Phú Cát\tNgày 15/3/2026\t\n2\tTrường Mầm non Phú Cát\tTháng 4/2026\t\n\nTT\tNội dung\tThời gian\n1\tSơ kết\tTháng 6/2026');
    expect(team.tasks.map((t) => [t.kind, t.title, t.lead, t.period.start, t.period.end])).toEqual([
      ['table-row', 'Kiểm tra Chợ Phú Cát', [], '2026-03-15', '2026-03-15'],
      ['table-row', 'Kiểm tra Trường Mầm non Phú Cát', [], '2026-04', '2026-04'],
    ]);
  });
  it('reads the rows of an assignment table, merging a row continued after a repeated header', () => {
    const header = 'Số TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\t\n\t\t\t\tBắt đầu\tHoàn thành\n1\t2\t3\t4\t5\t6';
    const d = plan(`${header}\n1\tRà soát đội ngũ\tPhòng Nội vụ\tPhòng GDĐT, các trường học\tTháng 7/2023\tTháng 8/2023\n2\tHướng dẫn thi đua\tTrưởng khối thi đua Mầm non, Tiểu\tPhòng Nội vụ\tTháng 9/2023\tTháng 10/2023\n\n${header}\n\t\thọc, Trung học cơ sở\t\t\t`);
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['table-row', 'Rà soát đội ngũ', ['Phòng Nội vụ'], '2023-07', '2023-08'],
      ['table-row', 'Hướng dẫn thi đua', ['Trưởng khối thi đua Mầm non', 'Trưởng khối thi đua Tiểu học', 'Trưởng khối thi đua Trung học cơ sở'], '2023-09', '2023-10'],
    ]);
  });
  it('reads a table drawn with pipes, and a header laid out with them, as the other loaders’ tables', () => {
    const d = fromText(
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH ĐẮK LẮK | Độc lập - Tự do - Hạnh phúc |\nSố: 1225/KH-UBND | Đắk Lắk, ngày 23 tháng 02 năm 2017 |\n\nKẾ HOẠCH\nXây dựng trường học đạt chuẩn quốc gia\n\nI. NHIỆM VỤ\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|:---:|\n| 1 | Rà soát trường học | Sở Giáo dục và Đào tạo | UBND các huyện | Quý I/2017 |\n| 2 | Đầu tư cơ sở vật chất | Sở Kế hoạch và Đầu tư | Sở Tài chính | Năm 2018 |',
    );
    expect(d.meta).toMatchObject({ number: '1225/KH-UBND', place: 'Đắk Lắk', issuedDate: '2017-02-23', issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK' });
    expect(d.tasks.map((t) => [t.kind, t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.end])).toEqual([
      ['table-row', 'Rà soát trường học', ['Sở Giáo dục và Đào tạo'], ['Ủy ban nhân dân các huyện'], '2017-01', '2017-03'],
      ['table-row', 'Đầu tư cơ sở vật chất', ['Sở Kế hoạch và Đầu tư'], ['Sở Tài chính'], '2018', '2018'],
    ]);
  });
  it('reads a whole range written in the one date column, and a lone date there as the end only', () => {
    const d = plan('STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n1\tTriển khai học bạ số\tPhòng Giáo dục Tiểu học\tVăn phòng Sở\tTháng 12/2025\n2\tBồi dưỡng kỹ năng số\tPhòng Tổ chức cán bộ\tCác trường THPT\tTừ tháng 9/2025 đến tháng 5/2026\n3\tSơ kết thực hiện\tVăn phòng Sở\t\tGiai đoạn 2026-2027');
    expect(d.tasks.map((t) => [t.title, t.period.start, t.period.end])).toEqual([
      ['Triển khai học bạ số', null, '2025-12'],
      ['Bồi dưỡng kỹ năng số', '2025-09', '2026-05'],
      ['Sơ kết thực hiện', '2026', '2027'],
    ]);
    // A cell without its year is in the year the plan's title states.
    const yearless = fromText('KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NHIỆM VỤ\nSTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tKiểm tra công vụ\tPhòng Nội vụ\tQuý II\n2\tĐào tạo công chức\tPhòng Nội vụ\tCả năm');
    expect(yearless.tasks.map((t) => [t.title, t.period.start, t.period.end])).toEqual([
      ['Kiểm tra công vụ', null, '2026-06'],
      ['Đào tạo công chức', null, '2026'],
    ]);
  });
  it('reads "trong cả nhiệm kỳ" as the term the document states, and nothing when it states none', () => {
    const task = 'III. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân quận\n- Xây dựng kế hoạch thực hiện trong cả nhiệm kỳ và báo cáo hằng năm.';
    const stated = fromText(`CHƯƠNG TRÌNH\nPhát triển giáo dục\n\nThực hiện Nghị quyết Đại hội Đảng bộ quận nhiệm kỳ 2025 - 2030, Ban Chấp hành xây dựng chương trình như sau:\nI. MỤC TIÊU\n- Nâng cao chất lượng.\n${task}\n`);
    expect(stated.tasks[0].period).toEqual({ start: '2025', end: '2030', text: 'trong cả nhiệm kỳ; hằng năm' });
    const unstated = fromText(`CHƯƠNG TRÌNH\nPhát triển giáo dục\n\nI. MỤC TIÊU\n- Nâng cao chất lượng.\n${task}\n`);
    expect(unstated.tasks[0].period).toEqual({ start: null, end: null, text: 'hằng năm' });
  });
  it('keeps the work a recurring "trong quá trình" spans in the period’s text, up to five words closing its clause', () => {
    const d = plan('- Phòng Đào tạo tổng hợp ý kiến trong quá trình thực hiện Kế hoạch.\n- Phòng Nội vụ theo dõi, hướng dẫn trong suốt quá trình triển khai.\n- Công an phường bảo đảm an ninh trật tự trong quá trình ra quân.');
    expect(d.tasks.map((t) => t.period)).toEqual([
      { start: null, end: null, text: 'trong quá trình thực hiện' },
      { start: null, end: null, text: 'trong suốt quá trình triển khai' },
      { start: null, end: null, text: 'trong quá trình ra quân' },
    ]);
  });
  it('reads a year that goes on as the time of its work, but not the years of a plan it names', () => {
    const d = plan('II. NHIỆM VỤ\n1. Phòng Giáo dục và Đào tạo chỉ đạo các trường đưa nội dung an toàn giao thông vào chương trình ngoại khóa, năm 2026 và những năm tiếp theo.\n2. Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh tham mưu UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2026 và các năm tiếp theo.\n3. Trung tâm Văn hóa, Thể thao và Truyền thông huyện tuyên truyền trên hệ thống loa.');
    expect(d.tasks.map((t) => [t.lead.map((a) => a.name), t.period.start, t.period.end, t.period.text])).toEqual([
      [['Phòng Giáo dục và Đào tạo'], '2026', null, 'năm 2026 và những năm tiếp theo'],
      [['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh'], null, null, null],
      // The merged centre of 2025 is one body, its comma inside the name.
      [['Trung tâm Văn hóa, Thể thao và Truyền thông huyện'], null, null, null],
    ]);
  });
  it('ends a time read from a sentence before what follows its last date, keeping what carries it on', () => {
    const d = plan('- Các phòng báo cáo kết quả trước ngày 05/10/2026 để tổng hợp.\n- Phòng Y tế tổ chức trong tháng 5/2026 tại hội trường UBND huyện.\n- Các xã gửi báo cáo trước ngày 15/12/2026 qua Phòng Nội vụ.\n- Phòng Y tế tổ chức từ tháng 01/2026 và trong quá trình thực hiện Đề án.');
    expect(d.tasks.map((t) => t.period.text)).toEqual(['trước ngày 05/10/2026', 'trong tháng 5/2026', 'trước ngày 15/12/2026', 'từ tháng 01/2026 và trong quá trình thực hiện Đề án']);
  });
  it('titles a bullet with little work of its own by the item above it, not by its own line', () => {
    expect(assigned('1. Tuyên truyền\n- Phòng Văn hóa thực hiện.\n2. Kiểm tra\n- Phòng Nội vụ rà soát.')).toEqual([
      ['Tuyên truyền', ['Phòng Văn hóa'], []],
      ['Kiểm tra', ['Phòng Nội vụ'], []],
    ]);
    // The section that assigns the plan names no work: the sentence's own words title it.
    const d = fromText('KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. MỤC TIÊU\nNâng cao chất lượng phục vụ.\nII. TỔ CHỨC THỰC HIỆN\nCác sở, ngành triển khai thực hiện; báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name)])).toEqual([['Triển khai thực hiện', ['Các sở, ngành']]]);
  });
  it('reads a time field after a comma as the time, not as part of the work', () => {
    const d = fromText('KẾ HOẠCH\nCải cách hành chính năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n- Phòng Nội vụ kiểm tra công vụ, thời gian: cả năm.\n- Phòng Tư pháp rà soát văn bản, thời gian hoàn thành: trước ngày 30/5/2026.\n- Phòng Nội vụ kiểm tra, thời gian: Quý III.');
    expect(d.tasks.map((t) => [t.title, t.period])).toEqual([
      ['Kiểm tra công vụ', { start: '2026', end: '2026', text: 'cả năm' }],
      ['Rà soát văn bản', { start: null, end: '2026-05-30', text: 'trước ngày 30/5/2026' }],
      ['Kiểm tra', { start: '2026-07', end: '2026-09', text: 'Quý III' }],
    ]);
  });
  it('reads the halves of the plan’s year without their year, and leaves a time that is all cue and term out of the title', () => {
    const d = fromText('KẾ HOẠCH\nCông tác tư pháp năm 2026\n\nI. NHIỆM VỤ\n- Phòng Nội vụ triển khai rà soát thủ tục trong 6 tháng đầu năm.\n- Phòng Tư pháp tổ chức đối thoại với doanh nghiệp trong 6 tháng cuối năm.\n- Phòng Tư pháp tuyên truyền pháp luật trong cả năm.');
    expect(d.tasks.map((t) => [t.title, t.period.start, t.period.end])).toEqual([
      ['Triển khai rà soát thủ tục', '2026-01', '2026-06'],
      ['Tổ chức đối thoại với doanh nghiệp', '2026-07', '2026-12'],
      ['Tuyên truyền pháp luật', '2026', '2026'],
    ]);
  });
  it('dates by a clause that only says how often the work is done, over a span inside the work', () => {
    const d = plan('II. NHIỆM VỤ\n1. Ban Tổ chức Huyện ủy rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030; thực hiện hằng năm.\n2. Phòng Nội vụ triển khai Chương trình giai đoạn 2026 - 2030.\n3. Sở Y tế thực hiện Đề án giai đoạn 2026 - 2030, hằng năm báo cáo kết quả.');
    expect(d.tasks.map((t) => [t.period.start, t.period.end, t.period.text])).toEqual([
      [null, null, 'hằng năm'],
      ['2026', '2030', 'giai đoạn 2026 - 2030'],
      // A recurrence of other work (reporting) is no time of this one.
      ['2026', '2030', 'giai đoạn 2026 - 2030'],
    ]);
  });
  it('writes how often a periodic task recurs, once, and a whole school year without a recurring echo', () => {
    const d = fromText('KẾ HOẠCH\nGiáo dục năm học 2026-2027\n\nI. NHIỆM VỤ\n- Phòng Nội vụ báo cáo định kỳ 6 tháng, năm về UBND huyện.\n- Phòng Tài chính báo cáo định kỳ hằng quý về UBND huyện.\n- Phòng Y tế định kỳ báo cáo UBND huyện.\n- Giáo viên chủ nhiệm phối hợp với Ban đại diện cha mẹ học sinh thực hiện trong suốt năm học.\n- Các thôn tổ chức diệt lăng quăng ít nhất 01 lần/tháng.\n- Trạm Y tế xã tuyên truyền trong tháng 11/2026 hằng tuần.\n');
    expect(d.tasks.map((t) => t.period)).toEqual([
      { start: null, end: null, text: 'định kỳ 6 tháng, năm' },
      { start: null, end: null, text: 'định kỳ hằng quý' },
      { start: null, end: null, text: 'định kỳ' },
      { start: '2026', end: '2027', text: 'trong suốt năm học' },
      { start: null, end: null, text: 'ít nhất 01 lần/tháng' },
      // A dated month that recurs weekly is still that month.
      { start: '2026-11', end: '2026-11', text: 'trong tháng 11/2026 hằng tuần' },
    ]);
  });
  it('reads a time opening a sentence before its colon, or a comma, as the time of the assignment after it', () => {
    const d = plan('- Giai đoạn 1 (từ tháng 5 đến tháng 8/2026): Sở Nông nghiệp và Môi trường chủ trì xây dựng mô hình liên kết.\n- Năm 2027: Sở Công Thương phối hợp với UBND các xã tổ chức xúc tiến thương mại.\n- Quý I/2026: Sở Y tế rà soát hồ sơ, hoàn thành trước ngày 15/02/2026.\n- Giai đoạn này: các trường chủ động triển khai.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period])).toEqual([
      ['Chủ trì xây dựng mô hình liên kết', ['Sở Nông nghiệp và Môi trường'], [], { start: '2026-05', end: '2026-08', text: 'Giai đoạn 1 (từ tháng 5 đến tháng 8/2026)' }],
      ['Tổ chức xúc tiến thương mại', ['Sở Công Thương'], ['Ủy ban nhân dân các xã'], { start: '2027', end: '2027', text: 'Năm 2027' }],
      // The sentence's own time comes first.
      ['Rà soát hồ sơ', ['Sở Y tế'], [], { start: null, end: '2026-02-15', text: 'trước ngày 15/02/2026' }],
    ]);
    // A year or a recurring time may close with a comma; a phase, whose brackets may hold commas, only with its colon.
    const comma = plan('- Hằng quý, các đơn vị báo cáo kết quả về Sở Nội vụ.\n- Định kỳ 6 tháng, Phòng Nội vụ tổng hợp báo cáo.\n- Năm 2027, các trường tổ chức đánh giá ngoài.\n- Năm 2025, Phòng Nội vụ đã tổ chức hội nghị.');
    expect(comma.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.start, t.period.text])).toEqual([
      ['Báo cáo kết quả về Sở Nội vụ', ['Các đơn vị'], null, 'Hằng quý'],
      ['Tổng hợp báo cáo', ['Phòng Nội vụ'], null, 'Định kỳ 6 tháng'],
      ['Tổ chức đánh giá ngoài', ['Các trường'], '2027', 'Năm 2027'],
    ]);
    // "Định kỳ" before how often, and the day it falls on in brackets.
    const recurring = plan('- Định kỳ hằng quý (trước ngày 20 tháng cuối quý), các cơ quan, đơn vị báo cáo kết quả về UBND huyện.\n- Định kỳ 6 tháng và hằng năm, các phòng báo cáo kết quả về UBND huyện.');
    expect(recurring.tasks.map((t) => [t.lead.map((a) => a.name), t.period.text])).toEqual([
      [['Các cơ quan, đơn vị'], 'Định kỳ hằng quý (trước ngày 20 tháng cuối quý)'],
      [['Các phòng'], 'Định kỳ 6 tháng và hằng năm'],
    ]);
    // A condition sets the time too, with no dates; a time the sentence states comes first.
    const condition = plan('- Khi có thiên tai xảy ra, Ban Chỉ huy Quân sự huyện chủ trì, phối hợp Công an huyện huy động lực lượng sơ tán dân.\n- Trường hợp phát hiện ổ dịch, Trạm Y tế xã báo cáo ngay Trung tâm Y tế huyện.\n- Nếu cần thiết, Phòng Nội vụ đề xuất bổ sung biên chế trong quý III/2026.');
    expect(condition.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.partners.map((a) => a.name), t.period.start, t.period.text])).toEqual([
      ['Huy động lực lượng sơ tán dân', ['Ban Chỉ huy Quân sự huyện'], ['Công an huyện'], null, 'Khi có thiên tai xảy ra'],
      ['Báo cáo ngay Trung tâm Y tế huyện', ['Trạm Y tế xã'], [], null, 'Trường hợp phát hiện ổ dịch'],
      ['Đề xuất bổ sung biên chế', ['Phòng Nội vụ'], [], '2026-07', 'trong quý III/2026'],
    ]);
  });
  it('reads the semesters and the whole of the school year a plan states, or a phrase states itself', () => {
    const d = fromText('KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2025-2026\n\nI. NHIỆM VỤ\n- Phó Hiệu trưởng kiểm tra việc thực hiện chương trình trong học kỳ I.\n- Tổ khối 5 tổ chức ôn tập trong HK II.\n- Liên đội tổ chức các hoạt động trải nghiệm trong cả năm học.\n- Tổ chuyên môn xây dựng kế hoạch học kỳ II năm học 2026-2027.\n- Tổ văn phòng tổng hợp hồ sơ theo từng học kỳ.');
    expect(d.tasks.map((t) => t.period)).toEqual([
      // The time word before the phrase is part of it.
      { start: '2025-09', end: '2026-01', text: 'trong học kỳ I' },
      { start: '2026-01', end: '2026-05', text: 'trong HK II' },
      { start: '2025', end: '2026', text: 'trong cả năm học' },
      { start: '2027-01', end: '2027-05', text: 'học kỳ II năm học 2026-2027' },
      { start: null, end: null, text: null },
    ]);
    const unstated = fromText('KẾ HOẠCH\nKiểm tra nội bộ\n\nI. NHIỆM VỤ\n- Phó Hiệu trưởng kiểm tra hồ sơ trong học kỳ I.\n- Tổ chuyên môn tổ chức chuyên đề trong tháng 11.');
    expect(unstated.tasks.map((t) => t.period)).toEqual([
      { start: null, end: null, text: null },
      { start: null, end: null, text: null },
    ]);
    // A month without its year falls in the school year's first year (August to December) or its second; so do ranges of them.
    const calendar = fromText('KẾ HOẠCH\nCông tác năm học 2025-2026\n\nI. NHIỆM VỤ\n- Tổ chuyên môn tổ chức chuyên đề trong tháng 11.\n- Công đoàn trường tổ chức hội thi vào tháng 3.\n- Liên đội tổ chức hội trại vào tháng 3 - 4.\n- Thư viện tổ chức ngày hội đọc sách từ tháng 11 đến tháng 12.\n- Tổ văn phòng tổng hợp hồ sơ thi đua trong tháng 12 - 1.\n- Ban Giám hiệu kiểm tra hồ sơ vào tháng 10 và tháng 3.');
    expect(calendar.tasks.map((t) => [t.lead[0]?.name, t.period.start, t.period.end])).toEqual([
      ['Tổ chuyên môn', '2025-11', '2025-11'],
      ['Công đoàn trường', '2026-03', '2026-03'],
      ['Liên đội', '2026-03', '2026-04'],
      ['Thư viện', '2025-11', '2025-12'],
      ['Tổ văn phòng', '2025-12', '2026-01'],
      // Two months named with "và": from the first to the last.
      ['Ban Giám hiệu', '2025-10', '2026-03'],
    ]);
  });
  it('reads a quarter, months or the whole year without their year in the year a calendar-year plan’s title states', () => {
    const body = 'I. NHIỆM VỤ\nTT\tNội dung\tĐơn vị chủ trì\tThời gian\n1\tRà soát thủ tục hành chính\tVăn phòng Sở\tQuý II\n2\tTổng kết\tVăn phòng Sở\tTháng 12\n3\tKiểm tra\tThanh tra Sở\tTháng 3 - 4\n4\tTuyên truyền\tVăn phòng Sở\tCả năm\n5\tGiao ban\tVăn phòng Sở\tHằng quý\n6\tSơ kết\tVăn phòng Sở\tTháng 6 và tháng 12';
    // Issued in December for the next year: the year is the title's, not the first one of the text.
    const d = fromText(`Hà Nội, ngày 20 tháng 12 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2027\n\n${body}`);
    expect(d.tasks.map((t) => [t.period.start, t.period.end])).toEqual([
      ['2027-04', '2027-06'],
      ['2027-12', '2027-12'],
      ['2027-03', '2027-04'],
      ['2027', '2027'],
      [null, null],
      ['2027-06', '2027-12'],
    ]);
    // The year may stand before the body or place the title closes on; its targets are for that year too.
    const ofBody = fromText(`KẾ HOẠCH\nCải cách hành chính năm 2027 của Sở Nội vụ\n\nI. CHỈ TIÊU\n1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.\n${body.replace('I. NHIỆM VỤ', 'II. NHIỆM VỤ')}`);
    expect(ofBody.targets.map((t) => [t.year, t.yearSource])).toEqual([[2027, 'document']]);
    expect(ofBody.tasks[0].period).toMatchObject({ start: '2027-04', end: '2027-06' });
    const inArea = fromText(`KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2027 trên địa bàn huyện\n\n${body}`);
    expect(inArea.tasks[0].period).toMatchObject({ start: '2027-04', end: '2027-06' });
    // A plan whose title states no year of its own leaves them without one.
    const unstated = fromText(`Hà Nội, ngày 20 tháng 12 năm 2026\nKẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030\n\n${body}`);
    expect(unstated.tasks.map((t) => [t.period.start, t.period.end]).slice(0, 4)).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    // Nor does a title closing on its horizon: "đến năm 2030, tầm nhìn đến năm 2045" is no calendar year.
    const horizon = fromText(`KẾ HOẠCH\nPhát triển đô thị đến năm 2030, tầm nhìn đến năm 2045\n\n${body}`);
    expect(horizon.tasks.map((t) => [t.period.start, t.period.end]).slice(0, 4)).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    // A day without its year, after a time word: "trước" leaves the start open; a share is no date.
    const days = fromText('KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NHIỆM VỤ\n- Văn phòng Sở tổng hợp báo cáo trước ngày 15/12.\n- Thanh tra Sở tổ chức đối thoại vào ngày 20/11.\n- Phòng Tổ chức rà soát 2/3 số hồ sơ.\n- Văn phòng Sở sơ kết vào giữa năm 2026.');
    expect(days.tasks.map((t) => [t.period.start, t.period.end, t.period.text])).toEqual([
      [null, '2026-12-15', 'trước ngày 15/12'],
      ['2026-11-20', '2026-11-20', 'vào ngày 20/11'],
      [null, null, null],
      ['2026', '2026', 'vào giữa năm 2026'],
    ]);
  });
  it('gives a task that states no time the dated time of a heading above it, naming that heading’s line', () => {
    const d = plan(
      '1. Công tác chuẩn bị trước mùa mưa bão (hoàn thành trước ngày 31/5/2026)\n- Phòng Kinh tế rà soát các khu vực có nguy cơ sạt lở.\n- Trạm Y tế xã chuẩn bị cơ số thuốc; thời gian: tháng 4/2026.\n2. Công tác ứng phó năm 2026\n- Công an xã bố trí lực lượng trực.\n3. Phòng Văn hóa - Xã hội tổ chức tuyên truyền chậm nhất ngày 30/6/2026\n- Các thôn phối hợp thực hiện.',
    );
    expect(d.tasks.map((t) => [t.title, t.period.start, t.period.end, t.period.headingLine ?? null])).toEqual([
      ['Rà soát các khu vực có nguy cơ sạt lở', null, '2026-05-31', 5],
      ['Chuẩn bị cơ số thuốc', '2026-04', '2026-04', null],
      // A year alone restates the plan's period; a heading that is a task keeps its time for itself.
      ['Bố trí lực lượng trực', null, null, null],
      ['Tổ chức tuyên truyền', null, '2026-06-30', null],
      ['Phối hợp thực hiện', null, null, null],
    ]);
  });
  it('reads a date inside a sentence as the task’s time only after a time word, to the end of its clause', () => {
    const d = plan(
      [
        '1. Phòng Văn hóa và Thông tin chủ trì ban hành quy chế; thời gian hoàn thành trước ngày 30/6/2024.',
        '2. Phòng Nội vụ rà soát, kiện toàn Ban Chỉ đạo trong Quý II/2024.',
        '3. Phòng Tài chính báo cáo kết quả, chậm nhất là ngày 15/7/2024.',
        '4. Phòng Y tế triển khai từ tháng 3/2024 đến tháng 12/2025, báo cáo trước ngày 15/12/2025.',
        '5. Phòng Tư pháp thực hiện Kế hoạch số 37/KH-UBND ngày 14/3/2016 của Ủy ban nhân dân quận.',
        '6. Phòng Kinh tế tổ chức hội nghị vào ngày 18/12/2024 (theo Công văn số 3342/SNV ngày 26/11/2024).',
        '7. Phòng Quản lý đô thị xây dựng Đề án chỉnh trang đô thị, hoàn thành Quý IV/2026.',
        '8. Bảo hiểm xã hội quận phối hợp mở rộng khám chữa bệnh bảo hiểm y tế, thời gian: cả năm 2026.',
        '9. Phòng Giáo dục và Đào tạo tổ chức hội thi vào tháng 8, 9/2026, báo cáo kết quả.',
        '10. Phòng Nội vụ tổng kết công tác thi đua vào đầu năm 2027.',
        '11. Ban Tuyên giáo tổ chức quán triệt Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2025 - 2030; hoàn thành trong Quý I/2026.',
        '12. Phòng Y tế báo cáo chậm nhất trong quý III/2026.',
        '13. Phòng Lao động thực hiện từ năm 2026 và những năm tiếp theo.',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => t.period)).toEqual([
      { start: null, end: '2024-06-30', text: 'trước ngày 30/6/2024' },
      { start: '2024-04', end: '2024-06', text: 'trong Quý II/2024' },
      { start: null, end: '2024-07-15', text: 'chậm nhất là ngày 15/7/2024' },
      { start: '2024-03', end: '2025-12', text: 'từ tháng 3/2024 đến tháng 12/2025' },
      { start: null, end: null, text: null },
      { start: '2024-12-18', end: '2024-12-18', text: 'vào ngày 18/12/2024' },
      { start: '2026-10', end: '2026-12', text: 'hoàn thành Quý IV/2026' },
      { start: '2026', end: '2026', text: 'cả năm 2026' },
      // Dates listed after the first belong to the phrase, past the comma between them.
      { start: '2026-08', end: '2026-09', text: 'vào tháng 8, 9/2026' },
      { start: '2027', end: '2027', text: 'vào đầu năm 2027' },
      // A span with no time word before it names the resolution; the cued date is the task's.
      { start: '2026-01', end: '2026-03', text: 'trong Quý I/2026' },
      // "chậm nhất" before "trong" is the deadline; a time that goes on keeps the words that say so.
      { start: null, end: '2026-09', text: 'chậm nhất trong quý III/2026' },
      { start: '2026', end: null, text: 'từ năm 2026 và những năm tiếp theo' },
    ]);
  });
  it('reads the cued times of the clauses after the first, past commas, with it', () => {
    const d = plan('- CDC tỉnh hướng dẫn các huyện tổ chức 02 đợt chiến dịch diệt lăng quăng: đợt 1 trong tháng 5/2026, đợt 2 trong tháng 8/2026.\n- Phòng Nội vụ rà soát hồ sơ, xong trước 15/8/2026, hoàn thành toàn bộ trước 30/9/2026.\n- Sở Y tế tổ chức hội nghị trong tháng 3/2026 (theo Kế hoạch số 12/KH-UBND ngày 05/3/2026).');
    expect(d.tasks.map((t) => [t.period.start, t.period.end])).toEqual([
      ['2026-05', '2026-08'],
      [null, '2026-09-30'],
      ['2026-03', '2026-03'],
    ]);
    // Times by different cues name different things: the year estimated for is neither the start of the deadline
    // nor the task's time; an estimate's period is what it measures.
    const mixed = plan('- Các đơn vị báo cáo tình hình ước thực hiện cả năm 2026, gửi về Sở Tài chính trước ngày 05/10/2026.\n- Các xã báo cáo kết quả 6 tháng đầu năm, ước thực hiện 6 tháng cuối năm 2026 trước ngày 20/6/2026.').tasks;
    expect(mixed.map((t) => t.period)).toEqual([
      { start: null, end: '2026-10-05', text: 'trước ngày 05/10/2026' },
      { start: null, end: '2026-06-20', text: 'trước ngày 20/6/2026' },
    ]);
  });
  it('leaves the time in brackets closing a title out of it, and reads the head of a school group alone', () => {
    const d = plan('II. NHIỆM VỤ\n- Phòng Điều dưỡng tổ chức tập huấn kỹ năng giao tiếp cho điều dưỡng, hộ lý (quý I/2026).\n- Phòng Văn hóa kiểm tra các cơ sở kinh doanh karaoke (thường xuyên trong năm).\n- Tổ trưởng xây dựng kế hoạch giáo dục của tổ, nộp Ban Giám hiệu trước ngày 25/9/2026.');
    expect(d.tasks.map((t) => [t.title, t.lead.map((a) => a.name), t.period.text])).toEqual([
      ['Tổ chức tập huấn kỹ năng giao tiếp cho điều dưỡng, hộ lý', ['Phòng Điều dưỡng'], 'quý I/2026'],
      // The bracket that opens with the time is a note on it.
      ['Kiểm tra các cơ sở kinh doanh karaoke', ['Phòng Văn hóa'], 'thường xuyên'],
      ['Xây dựng kế hoạch giáo dục của tổ, nộp Ban Giám hiệu', ['Tổ trưởng'], 'trước ngày 25/9/2026'],
    ]);
  });
  it('leaves a span of years closing a title after its time word out of it; a span the work is for stays', () => {
    expect(timed('II. NHIỆM VỤ\n1. Phòng Giáo dục và Đào tạo tổ chức bồi dưỡng chuyên môn cho giáo viên trong năm học 2026 - 2027.\n2. Phòng Nội vụ rà soát quy hoạch cán bộ trong cả giai đoạn 2026 - 2030.\n3. Phòng Giáo dục và Đào tạo xây dựng kế hoạch năm học 2026 - 2027.')).toEqual([
      ['Tổ chức bồi dưỡng chuyên môn cho giáo viên', '2026', '2027', 'trong năm học 2026 - 2027'],
      ['Rà soát quy hoạch cán bộ', '2026', '2030', 'trong cả giai đoạn 2026 - 2030'],
      ['Xây dựng kế hoạch năm học 2026 - 2027', '2026', '2027', 'năm học 2026 - 2027'],
    ]);
    // Several years, listed or as a span.
    expect(timed('II. NHIỆM VỤ\n1. Phòng Y tế kiểm tra an toàn thực phẩm trong các năm 2026, 2027.\n2. Phòng Y tế kiểm tra bếp ăn tập thể vào các năm 2026 - 2028.')).toEqual([
      ['Kiểm tra an toàn thực phẩm', '2026', '2027', 'trong các năm 2026, 2027'],
      ['Kiểm tra bếp ăn tập thể', '2026', '2028', 'vào các năm 2026 - 2028'],
    ]);
  });
  it('reads a time in brackets as the task’s, and no date a bracket cites later', () => {
    const d = plan('- Phòng Giáo dục Trung học chủ trì tổ chức tập huấn cho giáo viên cốt cán (tháng 10/2026).\n- Ban Tổ chức thẩm định nhân sự cấp ủy (Quý III/2026).\n- Phòng Nội vụ rà soát hồ sơ (theo Kế hoạch số 12/KH-UBND ngày 05/3/2026).');
    expect(d.tasks.map((t) => [t.period.start, t.period.end, t.period.text])).toEqual([
      ['2026-10', '2026-10', 'tháng 10/2026'],
      ['2026-07', '2026-09', 'Quý III/2026'],
      [null, null, null],
    ]);
  });
  it('reads a month, quarter or year that is a clause of its own after a comma as the task’s time, but not a cited document’s day', () => {
    const d = plan(
      'II. NHIỆM VỤ\n1. Phòng Nội vụ tổ chức hội thi, tháng 02/2026.\n2. Phòng Tư pháp tổ chức hội thi, thời gian quý II - III/2026; báo cáo kết quả.\n3. Tổ chức tập huấn cho hội viên (Ban Thường vụ Hội Nông dân huyện thực hiện, tháng 3/2026).\n4. Phòng Nội vụ tổ chức sơ kết, năm 2026.\n5. Phòng Y tế thực hiện theo Công văn số 12/UBND, ngày 14/3/2026.',
    );
    expect(d.tasks.map((t) => [t.title, t.period.start, t.period.end, t.period.text])).toEqual([
      ['Tổ chức hội thi', '2026-02', '2026-02', 'tháng 02/2026'],
      ['Tổ chức hội thi', '2026-04', '2026-09', 'quý II - III/2026'],
      ['Tổ chức tập huấn cho hội viên', '2026-03', '2026-03', 'tháng 3/2026'],
      ['Tổ chức sơ kết', '2026', '2026', 'năm 2026'],
      ['Thực hiện theo Công văn số 12/UBND, ngày 14/3/2026', null, null, null],
    ]);
  });
  it('takes no time from a later sentence that it opens with no date, and a dated or inner one as the task’s', () => {
    expect(timed('II. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ tổng hợp báo cáo hằng năm. Trong quá trình thực hiện, nếu có vướng mắc, báo cáo UBND huyện.\n2. Phòng Nội vụ tổ chức kiểm tra. Hoàn thành trước ngày 30/6/2026.\n3. Các phòng xây dựng kế hoạch. Đồng thời, định kỳ báo cáo kết quả về UBND quận.\nYêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, kịp thời báo cáo về UBND huyện.').map((t) => t[3])).toEqual([
      'hằng năm',
      'trước ngày 30/6/2026',
      'định kỳ',
      null,
    ]);
  });
  it('reads the day of a recurring deadline with its recurrence, out of the title', () => {
    expect(timed('II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng UBND xã tổng hợp, báo cáo kết quả trước ngày 25 hằng tháng.\n2. Sở Du lịch báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12 hằng năm.')).toEqual([
      ['Tổng hợp, báo cáo kết quả', null, null, 'trước ngày 25 hằng tháng'],
      ['Báo cáo UBND tỉnh kết quả thực hiện', null, null, 'trước ngày 15/12 hằng năm'],
    ]);
  });
  it('adds how often the later lines under a body say its work recurs, but not their dates', () => {
    expect(timed('II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Chủ trì theo dõi, đôn đốc việc triển khai Kế hoạch trong quý I/2026.\n- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện hằng năm.\n- Tham mưu sơ kết Chương trình giai đoạn 2021-2025.\n2. Sở Y tế\n- Chủ trì theo dõi việc triển khai Kế hoạch.\n- Định kỳ 6 tháng, báo cáo UBND tỉnh.')).toEqual([
      ['Chủ trì theo dõi, đôn đốc việc triển khai Kế hoạch', '2026-01', '2026-03', 'trong quý I/2026; hằng năm'],
      ['Chủ trì theo dõi việc triển khai Kế hoạch', null, null, 'Định kỳ 6 tháng'],
    ]);
  });
  it('reads the part of a month a time names with its cue, and leaves the word of being done out of the title', () => {
    expect(timed('II. NHIỆM VỤ\n1. Phòng Nội vụ tổ chức hội nghị sơ kết vào cuối tháng 6/2026.\n2. Công an huyện ra quân trong tuần đầu tháng 3/2026.\n3. Phòng Tư pháp rà soát văn bản xong trước 15/8/2026.')).toEqual([
      ['Tổ chức hội nghị sơ kết', '2026-06', '2026-06', 'vào cuối tháng 6/2026'],
      ['Ra quân', '2026-03', '2026-03', 'trong tuần đầu tháng 3/2026'],
      ['Rà soát văn bản', null, '2026-08-15', 'trước 15/8/2026'],
    ]);
    // A week of a month, counted.
    expect(timed('II. NHIỆM VỤ\n1. Phòng Nội vụ tổ chức hội nghị vào tuần thứ hai của tháng 5/2026.\n2. Phòng Y tế kiểm tra trong tuần thứ 3 tháng 6/2026.')).toEqual([
      ['Tổ chức hội nghị', '2026-05', '2026-05', 'vào tuần thứ hai của tháng 5/2026'],
      ['Kiểm tra', '2026-06', '2026-06', 'trong tuần thứ 3 tháng 6/2026'],
    ]);
    // Days counted before their dates, and the first day of a range written in words.
    expect(timed('II. NHIỆM VỤ\n1. Trung tâm Văn hóa tổ chức hội diễn văn nghệ trong hai ngày 01 - 02/9/2026.\n2. Phòng Y tế tổ chức tiêm chủng từ ngày 15 đến ngày 30 tháng 4 năm 2026.\n3. Các trường tổ chức kiểm tra trong 3 ngày, hoàn thành trước ngày 20/5/2026.')).toEqual([
      ['Tổ chức hội diễn văn nghệ', '2026-09-01', '2026-09-02', 'trong hai ngày 01 - 02/9/2026'],
      ['Tổ chức tiêm chủng', '2026-04-15', '2026-04-30', 'từ ngày 15 đến ngày 30 tháng 4 năm 2026'],
      ['Tổ chức kiểm tra trong 3 ngày', null, '2026-05-20', 'trước ngày 20/5/2026'],
    ]);
  });
  it('reads the waves of one task as one time, from the first to the last', () => {
    const d = plan('II. NHIỆM VỤ\n1. Phòng Y tế tổ chức tiêm phòng 2 đợt: đợt 1 tháng 4/2026, đợt 2 tháng 10/2026.\n2. Công an huyện mở các đợt cao điểm: đợt 1 từ ngày 15/01 đến ngày 15/02/2026; đợt 2 từ ngày 01/8 đến ngày 30/9/2026.\n3. Phòng Nội vụ rà soát từ tháng 3/2026 đến tháng 6/2026, báo cáo trước ngày 15/12/2026.');
    expect(d.tasks.map((t) => [t.period.start, t.period.end, t.period.text])).toEqual([
      ['2026-04', '2026-10', 'đợt 1 tháng 4/2026, đợt 2 tháng 10/2026'],
      ['2026-01-15', '2026-09-30', 'đợt 1 từ ngày 15/01 đến ngày 15/02/2026; đợt 2 từ ngày 01/8 đến ngày 30/9/2026'],
      // A range with no wave is whole: the report after it is a step inside it.
      ['2026-03', '2026-06', 'từ tháng 3/2026 đến tháng 6/2026'],
    ]);
    // A named day before its date: "trước ngày Quốc khánh 02/9/2025" is a deadline.
    expect(timed('II. NHIỆM VỤ\n1. Bộ Tài chính chuyển quà đến người dân, xong trước ngày Quốc khánh 02/9/2025.\n2. Các trường tổ chức mít tinh vào ngày Nhà giáo Việt Nam 20/11/2026.')).toEqual([
      ['Chuyển quà đến người dân', null, '2025-09-02', 'trước ngày Quốc khánh 02/9/2025'],
      ['Tổ chức mít tinh', '2026-11-20', '2026-11-20', 'vào ngày Nhà giáo Việt Nam 20/11/2026'],
    ]);
    // The waves "trong đó" introduces, and a note on the time in brackets, leave the title with the time.
    const noted = plan('II. NHIỆM VỤ\n1. Đội Cảnh sát hình sự mở các đợt cao điểm tấn công tội phạm, trong đó đợt 1 từ ngày 15/01/2026 đến ngày 28/02/2026.\n2. Đội Cảnh sát giao thông kiểm soát tải trọng xe từ ngày 15/01/2026 đến ngày 28/02/2026 (trước, trong và sau Tết Nguyên đán).');
    expect(noted.tasks.map((t) => [t.title, t.period.end])).toEqual([
      ['Mở các đợt cao điểm tấn công tội phạm', '2026-02-28'],
      ['Kiểm soát tải trọng xe', '2026-02-28'],
    ]);
  });
  it('reads a season or a holiday before its year as a time: “trong dịp hè năm 2027”', () => {
    expect(timed('II. NHIỆM VỤ\n1. Các sở giáo dục và đào tạo tổ chức bồi dưỡng kỹ năng số cho giáo viên trong dịp hè năm 2027.\n2. Các xã tổ chức thăm hỏi gia đình chính sách vào dịp Tết Nguyên đán năm 2027.\n3. Bộ phận Giáo dục tổ chức bồi dưỡng thường xuyên cho giáo viên trong hè 2027.')).toEqual([
      ['Tổ chức bồi dưỡng kỹ năng số cho giáo viên', '2027', '2027', 'trong dịp hè năm 2027'],
      ['Tổ chức thăm hỏi gia đình chính sách', '2027', '2027', 'vào dịp Tết Nguyên đán năm 2027'],
      // Without "dịp", and "bồi dưỡng thường xuyên" names the training, not how often.
      ['Tổ chức bồi dưỡng thường xuyên cho giáo viên', '2027', '2027', 'trong hè 2027'],
    ]);
    // "dịp" alone or after "nhân", and the lunar year by its name before its number.
    expect(timed('II. NHIỆM VỤ\n1. Công an xã tuần tra dịp Tết Nguyên đán Bính Ngọ 2026.\n2. Hội Chữ thập đỏ thăm hỏi, tặng quà các gia đình khó khăn nhân dịp Tết Bính Ngọ năm 2026.')).toEqual([
      ['Tuần tra', '2026', '2026', 'dịp Tết Nguyên đán Bính Ngọ 2026'],
      ['Thăm hỏi, tặng quà các gia đình khó khăn', '2026', '2026', 'nhân dịp Tết Bính Ngọ năm 2026'],
    ]);
  });
  it('reads a day closing its clause as the day of the event, not the date of a document cited by its number', () => {
    const d = plan(
      'II. NHIỆM VỤ\n1. Quận đoàn phối hợp với Hội Chữ thập đỏ quận tổ chức Ngày hội hiến máu "Giọt hồng tri ân" ngày 20/3/2027.\n2. Phòng Nội vụ tổ chức hội nghị tổng kết tại Hội trường UBND quận ngày 25 tháng 12 năm 2027.\n3. Phòng Y tế thực hiện Công văn số 12/UBND, ngày 14/3/2026.\n4. Phòng Tư pháp triển khai Kế hoạch 45-KH/HU ngày 20/3/2027.',
    );
    expect(d.tasks.map((t) => [t.title, t.period.start, t.period.end])).toEqual([
      ['Tổ chức Ngày hội hiến máu "Giọt hồng tri ân"', '2027-03-20', '2027-03-20'],
      ['Tổ chức hội nghị tổng kết tại Hội trường UBND quận', '2027-12-25', '2027-12-25'],
      ['Thực hiện Công văn số 12/UBND, ngày 14/3/2026', null, null],
      ['Triển khai Kế hoạch 45-KH/HU ngày 20/3/2027', null, null],
    ]);
  });
  it('reads “từ nay đến …” whole, a deadline with no start', () => {
    expect(timed('II. NHIỆM VỤ\n1. Phòng Nội vụ tham mưu kiện toàn bộ máy từ nay đến năm 2030.')).toEqual([['Tham mưu kiện toàn bộ máy', null, '2030', 'từ nay đến năm 2030']]);
    // A deadline named by an event, its date in brackets.
    expect(timed('II. NHIỆM VỤ\n1. Phòng Nông nghiệp rà soát hồ đập trước mùa mưa bão (tháng 6/2026).')).toEqual([['Rà soát hồ đập', null, '2026-06', 'trước mùa mưa bão (tháng 6/2026)']]);
    // A named day, then its date.
    const named = plan('II. NHIỆM VỤ\n1. Công an xã ra quân trấn áp tội phạm từ nay đến ngày Quốc khánh 02/9/2026.');
    expect(named.tasks.map((t) => [t.title, t.period.start, t.period.end])).toEqual([['Ra quân trấn áp tội phạm', null, '2026-09-02']]);
  });
  it('reads "đến năm …" as a deadline, but not as the horizon of a strategy or plan the clause names', () => {
    const d = plan(
      [
        '1. Sở Khoa học và Công nghệ chủ trì phủ sóng 5G đến 100% xã, phường đến năm 2028.',
        '2. Sở Nội vụ hoàn thiện cơ sở dữ liệu cán bộ đến hết năm 2026.',
        '3. Sở Văn hóa, Thể thao và Du lịch triển khai Chiến lược phát triển văn hóa đến năm 2030, tầm nhìn đến năm 2045.',
        '4. Phòng Giáo dục và Đào tạo thực hiện Kế hoạch phát triển giáo dục quận đến năm 2025.',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => t.period)).toEqual([
      { start: null, end: '2028', text: 'đến năm 2028' },
      { start: null, end: '2026', text: 'đến hết năm 2026' },
      { start: null, end: null, text: null },
      { start: null, end: null, text: null },
    ]);
  });
  it('does not take the years of a quoted name for the period of the task that cites it', () => {
    const cited = plan('2. Giáo dục hướng nghiệp\na) Giao phòng Giáo dục và Đào tạo.\n- Triển khai Đề án “Giáo dục hướng nghiệp trong giáo dục phổ thông giai đoạn 2018-2025”.');
    expect(cited.tasks[0].period).toEqual({ start: null, end: null, text: null });
    const own = plan('2. Giáo dục hướng nghiệp\na) Giao phòng Giáo dục và Đào tạo.\n- Triển khai Đề án trong giai đoạn 2021-2025.');
    expect(own.tasks[0].period).toMatchObject({ start: '2021', end: '2025' });
  });
  it('starts a new row where the number was lost but the row gives its own dates', () => {
    const header = 'TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tBắt đầu\tHoàn thành';
    const d = plan(`${header}\n\tRà soát đội ngũ\tPhòng Nội vụ\tCác trường\tTháng 7/2023\tTháng 8/2023\n\tHướng dẫn thi đua\tPhòng Nội vụ\tCác trường\tTháng 9/2023\tTháng 10/2023\n\tvà khen thưởng\t\t\t\t`);
    expect(d.tasks.map((t) => [t.title, t.period.start, t.period.end])).toEqual([
      ['Rà soát đội ngũ', '2023-07', '2023-08'],
      ['Hướng dẫn thi đua và khen thưởng', '2023-09', '2023-10'],
    ]);
  });
  it('reads a start cell with no date of its own as the start of the range to the end cell', () => {
    const header = 'TT\tNội dung công việc\tĐơn vị chủ trì\tBắt đầu\tHoàn thành';
    const d = plan(`${header}\n1\tThi giáo viên dạy giỏi\tPhòng GDĐT\tTháng 10/202\tTháng 11/2023\n2\tSơ kết học kỳ\tPhòng GDĐT\tQuý II\tQuý III/2026\n3\tKiểm tra\tPhòng GDĐT\tThường xuyên\tTháng 12/2026`);
    expect(d.tasks.map((t) => [t.title, t.period.start, t.period.end])).toEqual([
      ['Thi giáo viên dạy giỏi', '2023-10', '2023-11'],
      ['Sơ kết học kỳ', '2026-04', '2026-09'],
      ['Kiểm tra', null, '2026-12'],
    ]);
  });
  it('skips a repeated header that OCR garbled, by its "TT" cell', () => {
    const header = 'TT\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì\tĐơn vị phối hợp';
    const d = plan(`${header}\n1\tRà soát đội ngũ\tTháng 7/2023\tPhòng Nội vụ\tCác trường\nTT\tNội dung công việc\t=— iu hiện\t\tn xn Đơn Vị II\n2\tHướng dẫn thi đua\tTháng 9/2023\tPhòng Nội vụ\tCác trường`);
    expect(d.tasks.map((t) => t.title)).toEqual(['Rà soát đội ngũ', 'Hướng dẫn thi đua']);
  });
  it('reads a cooperative by its name, while a cooperative as a kind names no body', () => {
    expect(
      assigned(
        '1. Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã Dịch vụ môi trường Hòa Phú tổ chức thu gom rác thải.\n2. Phòng Kinh tế hướng dẫn các hợp tác xã xây dựng phương án sản xuất.\n3. Hợp tác xã nông nghiệp kiểu mới được hỗ trợ vốn.',
      ),
    ).toEqual([
      ['Tổ chức thu gom rác thải', ['Phòng Kinh tế'], ['Hợp tác xã Dịch vụ môi trường Hòa Phú']],
      ['Hướng dẫn các hợp tác xã xây dựng phương án sản xuất', ['Phòng Kinh tế'], []],
    ]);
    expect(plan('1. Các hợp tác xã tổ chức sản xuất an toàn.').tasks[0].lead.map((a) => a.name)).toEqual(['Các hợp tác xã']);
  });
  it('titles a task by the work its partners do when a verb follows them', () => {
    expect(assigned('3. Công tác khắc phục hậu quả\nPhòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường thống kê thiệt hại, đề xuất hỗ trợ.')).toEqual([
      ['Thống kê thiệt hại, đề xuất hỗ trợ', ['Phòng Văn hóa - Xã hội'], ['Ủy ban Mặt trận Tổ quốc Việt Nam phường']],
    ]);
  });
  it('titles a task whose sentence names only its bodies and their role by the work around it', () => {
    expect(
      assigned(
        '2. Xây dựng mô hình dân vận khéo\nGiao Phòng Nội vụ chủ trì, phối hợp với các xã, thị trấn:\n- Hướng dẫn đăng ký mô hình;\n- Tổ chức biểu dương điển hình.\n3. UBND các xã, thị trấn có trách nhiệm:\na) Xây dựng kế hoạch dân vận của địa phương;\nb) Thực hiện quy chế dân chủ ở cơ sở.',
      ),
    ).toEqual([
      ['Xây dựng mô hình dân vận khéo', ['Phòng Nội vụ'], ['Các xã', 'Các thị trấn']],
      ['Xây dựng kế hoạch dân vận của địa phương', ['Ủy ban nhân dân các xã', 'Ủy ban nhân dân các thị trấn'], []],
    ]);
  });
  it('keeps an end before its start as printed, with a diagnostic', () => {
    const d = plan('Số TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tBắt đầu\tHoàn thành\n3\tBồi dưỡng\tPhòng GDĐT\tCác trường học\tTháng 7/2023\tTháng 5/2023');
    expect(d.tasks[0].period).toMatchObject({ start: '2023-07', end: '2023-05' });
    expect(d.diagnostics.some((x) => x.ruleId === 'dates:end-before-start')).toBe(true);
  });
});
