import { describe, expect, it } from 'vitest';
import { importReal, realCorpus } from '../../__tests__/real-import.ts';
import { citationParts, citationText } from './citation.ts';

const plan = (id: string) => realCorpus.plans.find((candidate) => candidate.id === id)!;
const task = (planId: string, id: string) => importReal(planId).tasks.find((candidate) => candidate.id === id)!;

describe('citation', () => {
  it('names issuer, document number and date, row and permalink', () => {
    const parts = citationParts(
      task('soc-trang-2023', 'soc-trang-2023-5-4'),
      plan('soc-trang-2023'),
      'https://example.test/nhiem-vu/soc-trang-2023-5-4/',
      'vi',
    );
    expect(citationText(parts, '22/11/2026', 'vi')).toBe(
      'Ủy ban nhân dân tỉnh Sóc Trăng, Kế hoạch số 120/KH-UBND, ngày 14/06/2023, “Cải thiện, nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công tỉnh Sóc Trăng năm 2023”, Phụ lục, mục 5.4. Cam kết PAPI: https://example.test/nhiem-vu/soc-trang-2023-5-4/ (truy cập ngày 22/11/2026).',
    );
  });
  it('says honestly when the copy leaves the number blank, and names the appendix part', () => {
    const parts = citationParts(task('dong-hoa-2021', 'dong-hoa-2021-pl2-60'), plan('dong-hoa-2021'), 'p', 'vi');
    expect(parts.document).toMatch(/^Kế hoạch \(bản sao không ghi số\), ghi “Đông Hoà, ngày tháng năm 2021”, “Góp phần/);
    expect(parts.row).toBe('PHỤ LỤC II, mục 60');
  });
  it('identifies an unnumbered row by its line in the source', () => {
    expect(citationParts(task('dak-rlap-2024', 'dak-rlap-2024-3-3-2'), plan('dak-rlap-2024'), 'p', 'en').row).toBe('Appendix, unnumbered row, text line 113');
  });
});
