/**
 * Abolished districts in the built site: their pages and their offices' pages say
 * the unit ceased on 01/07/2025 (Law 72/2025/QH15) and which communes cover the
 * area now, from content/geography/; they name no successor office.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const text = (file: string) =>
  readFileSync(`dist/${file}`, 'utf8')
    // Links and spans sit inside running text: no space for them.
    .replace(/<\/?(?:a|span)\b[^>]*>/g, '')
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

const files = (directory: string) => readdirSync(`dist/${directory}`, { withFileTypes: true });

describe('every place of today and of before', () => {
  it('a page for each of the 3,321 communes of today, in both languages, under its province', () => {
    for (const prefix of ['', 'en/']) {
      const communes = files(`${prefix}dia-phuong`)
        .filter((entry) => entry.isDirectory() && entry.name !== 'ten-cu')
        .flatMap((province) => files(`${prefix}dia-phuong/${province.name}`).filter((entry) => entry.isDirectory()));
      expect(communes).toHaveLength(3321);
    }
  });
  it('a page for each province: 34 of today and the 52 of before that were merged or split (the 11 unchanged are one page each)', () => {
    const finder = JSON.parse(readFileSync('dist/dia-phuong/places.json', 'utf8')) as { p: Array<[string]> };
    const ids = finder.p.map((province) => province[0]);
    expect(ids).toHaveLength(86);
    for (const id of ids) {
      expect(readFileSync(`dist/dia-phuong/${id}/index.html`, 'utf8')).toContain('<h1');
      expect(readFileSync(`dist/en/dia-phuong/${id}/index.html`, 'utf8')).toContain('<h1');
    }
  });
  it('the finder downloads ≤ 60 kB gzip for all names', () => {
    expect(gzipSync(readFileSync('dist/dia-phuong/places.json'), { level: 9 }).length).toBeLessThanOrEqual(60_000);
  });
  it('a merged province says it has no PAPI score of its own and shows its former provinces side by side, computing nothing', () => {
    const page = text('dia-phuong/can-tho/index.html');
    expect(page).toContain('PAPI chưa công bố điểm cho tỉnh mới này; cổng không tự tính điểm thay');
    const caption = /Tổng điểm PAPI \(trên 80\) của ([^,]+(?:, [^,]+)*), theo năm/.exec(page)?.[1]?.split(', ');
    expect(caption?.sort()).toEqual(['thành phố Cần Thơ (cũ)', 'tỉnh Hậu Giang', 'tỉnh Sóc Trăng']);
    expect(readFileSync('dist/dia-phuong/can-tho/index.html', 'utf8')).not.toContain('id="scores-can-tho"');
  });
  it('an old province shows its own PAPI scores 2018–2024 and the province it went into', () => {
    const page = text('dia-phuong/hau-giang/index.html');
    expect(page).toContain('Điểm PAPI của tỉnh Hậu Giang theo năm');
    expect(page).toMatch(/2018 .*2024/);
    expect(readFileSync('dist/dia-phuong/hau-giang/index.html', 'utf8')).toContain('href="/dia-phuong/can-tho/"');
  });
  it('the A–Z of old names lists every old district and commune once', () => {
    let items = 0;
    for (const letter of files('dia-phuong/ten-cu').filter((entry) => entry.isDirectory())) {
      const list = readFileSync(`dist/dia-phuong/ten-cu/${letter.name}/index.html`, 'utf8').split('class="old-names"')[1]?.split('</ul>')[0] ?? '';
      items += (list.match(/<li>/g) ?? []).length;
    }
    expect(items).toBe(10_047 + 691);
  });
  it('the abolished district page links the communes of today that cover it', () => {
    expect(readFileSync('dist/dia-phuong/nga-nam/index.html', 'utf8')).toContain('href="/dia-phuong/can-tho/phuong-nga-nam/"');
  });
});
