/**
 * Abolished districts in the built site: their pages and their offices' pages say
 * the unit ceased on 01/07/2025 (Law 72/2025/QH15) and which communes cover the
 * area now, from content/geography/; they name no successor office.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const text = (file: string) =>
  readFileSync(`dist/${file}`, 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('abolished districts and their offices', () => {
  it('the thị xã Ngã Năm page lists phường Ngã Năm, phường Mỹ Quới and xã Tân Long of Cần Thơ, citing 1668/NQ-UBTVQH15', () => {
    const page = text('dia-phuong/nga-nam/index.html');
    for (const name of ['Phường Ngã Năm, Tp Cần Thơ', 'Phường Mỹ Quới, Tp Cần Thơ', 'Xã Tân Long, Tp Cần Thơ']) expect(page).toContain(name);
    expect(page).toContain('1668/NQ-UBTVQH15');
    expect(page).toContain('72/2025/QH15');
  });
  it('an office of huyện Chi Lăng says its unit ceased and names no successor office; English too', () => {
    const vi = text('co-quan/chi-lang-phong-tu-phap/index.html');
    expect(vi).toContain('Cơ quan này thuộc huyện Chi Lăng, đơn vị hành chính đã chấm dứt từ ngày 01/07/2025');
    expect(vi).toContain('Xã Chi Lăng, Tỉnh Lạng Sơn');
    expect(vi).toContain('Cổng không có thông tin về cơ quan tiếp nhận nhiệm vụ của cơ quan này');
    expect(text('en/co-quan/chi-lang-phong-tu-phap/index.html')).toContain('This portal holds no information on which office took over');
  });
  it('a provincial office says nothing of the kind', () => {
    expect(readFileSync('dist/co-quan/soc-trang-so-tu-phap/index.html', 'utf8')).not.toContain('data-district-area');
  });
});
