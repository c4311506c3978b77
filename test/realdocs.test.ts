// Real office files (test/fixtures/realdocs, see ../shared/realdocs/README.md): what each must give.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFile } from '../src/pipeline.js';
import { root } from './helpers.js';

const realdoc = (name: string) => join(root, 'test/fixtures/realdocs', name);

describe('real office files', () => {
  it('a notice with a two-column header table and a blank number: meta and "giao … chủ trì" assignments', async () => {
    const doc = await extractFile(realdoc('00d91d20_TBKL_cuoc_hop_PCI_+_Doanh_nghiep.docx'));
    expect(doc.meta).toMatchObject({ docType: 'THÔNG BÁO', place: 'Lâm Đồng', issuedDate: '2026-04', number: null, issuer: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG' });
    const leads = doc.tasks.flatMap((t) => t.lead.map((a) => a.name));
    expect(leads).toContain('Sở Tài chính');
    // One centre, with a comma inside its name, not two.
    expect(leads).toContain('Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh');
    expect(leads).not.toContain('Trung tâm Thương mại và Du lịch tỉnh');
    // No drawing ids or layout numbers from text boxes and anchors leak into the text.
    expect(JSON.stringify(doc)).not.toMatch(/wp14|docPr|anchorId|\bmc:/);
  });
  it('the same notice as a legacy .doc is refused with advice to convert it', async () => {
    await expect(extractFile(realdoc('8030ec6d_TBKL_cuoc_hop_PCI_+_Doanh_nghiep.doc'))).rejects.toThrow(/legacy Word 97-2003 \.doc file: convert it to \.docx/);
  });
  it('a Party guidance: sections I-, II-, III- with their numbered items, number and date', async () => {
    const doc = await extractFile(realdoc('28a7f673_36-HD_VPTW_380096.docx'));
    expect(doc.meta).toMatchObject({ docType: 'HƯỚNG DẪN', number: '36-HD/VPTW', issuedDate: '2018-04-03' });
    expect(doc.sections.map((s) => s.label)).toEqual(['I', 'II', 'III']);
    expect(doc.sections[1].children.length).toBeGreaterThan(3);
  });
  it('an official letter: "giao Công an tỉnh" is a task', async () => {
    const doc = await extractFile(realdoc('3ef25f0b_giao_5689_BCA_-_CAT_muc_tieu_nhiem_vu_ke_hoach_dau_tu_cong_trung_han_CTMTQG.docx'));
    expect(doc.meta).toMatchObject({ docType: 'CÔNG VĂN', place: 'Lâm Đồng', issuedDate: '2025-12' });
    expect(doc.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Công an tỉnh']]);
  });
  it('a report signed twice: its text and structure are read, the signatures do not disturb it', async () => {
    const doc = await extractFile(realdoc('edc28eee_3367-UB-_bao_cao_ket_qua_tong_hop_yeu_cau_hoi_to_chuc_DH.signed.signed.pdf'));
    expect(doc.source.pages).toBe(6);
    expect(doc.meta).toMatchObject({ number: '3367/TTr-SNV', place: 'Bình Thuận', issuedDate: '2024-11-28' });
    expect(doc.sections.length).toBeGreaterThan(1);
    // Its page numbers ("2", "3" at the top of the pages) are page furniture, not text.
    expect(doc.diagnostics.map((d) => d.message)).toContain('6 running header, footer or page-number lines dropped');
  });
  it('a one-page letter from a ministry: meta from the header', async () => {
    const doc = await extractFile(realdoc('5173ccc6_17.9.2025.Vv_lay_y_kien_du_thao_BC_so_ket_2021-2025.pdf'));
    expect(doc.meta).toMatchObject({ docType: 'CÔNG VĂN', issuer: 'BỘ NỘI VỤ', place: 'Hà Nội', issuedDate: '2025', number: null });
    expect(doc.meta.title).toMatch(/^lấy ý kiến góp ý dự thảo/);
  });
  it('with --ocr never, a scanned plan is reported as such, not read as an empty plan', async () => {
    await expect(extractFile(realdoc('kh-753-KH-DCT_2026_HUIT_khao-sat-hai-long.scan.pdf'), { ocr: 'never' })).rejects.toThrow(/^no text layer: scanned PDF/);
  });
});
