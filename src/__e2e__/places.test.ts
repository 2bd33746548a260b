/**
 * Find your place, as a citizen would: the finder box (with JavaScript), the lists
 * (without), and the pages it leads to, in a real browser against the built site.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

async function open(path: string, javaScript = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

interface Answer {
  text: string;
  links: string[];
}

/** Types a query into the finder and reads its answers, best first. */
async function find(page: Page, query: string): Promise<Answer[]> {
  await page.fill('#finder-input', query);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-finder-status]')?.textContent ?? '';
    return status !== '' && !status.includes('…');
  });
  return page.$$eval('#finder-results li', (items) =>
    items.map((item) => ({
      text: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
      links: [...item.querySelectorAll('a')].map((link) => new URL(link.href).pathname),
    })),
  );
}

const mainText = async (page: Page) => ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');

describe('the finder', () => {
  it('"phuong nga nam": Phường Ngã Năm, Tp Cần Thơ — formerly Phường 1, Phường 2, Xã Vĩnh Quới (Thị xã Ngã Năm, Tỉnh Sóc Trăng)', async () => {
    const page = await open('/dia-phuong/');
    const [first] = await find(page, 'phuong nga nam');
    expect(first?.text).toContain('Phường Ngã Năm, Tp Cần Thơ — trước đây: Phường 1, Phường 2, Xã Vĩnh Quới (Thị xã Ngã Năm, Tỉnh Sóc Trăng)');
    expect(first?.links).toEqual(['/dia-phuong/can-tho/phuong-nga-nam/']);
    await page.click('#finder-results li a');
    await page.waitForURL('**/dia-phuong/can-tho/phuong-nga-nam/');
    expect(await page.textContent('h1')).toBe('Phường Ngã Năm');
    await page.context().close();
  });
  it('"Phường 1 Ngã Năm" (an old ward) leads to the ward of today', async () => {
    const page = await open('/');
    const answers = await find(page, 'Phường 1 Ngã Năm');
    expect(answers).toHaveLength(1);
    expect(answers[0]?.text).toMatch(/^xã, phường trước 01\/07\/2025 · Phường 1 \(Thị xã Ngã Năm, Tỉnh Sóc Trăng\) — nay thuộc: Phường Ngã Năm, Tp Cần Thơ/);
    expect(answers[0]?.links).toEqual(['/dia-phuong/can-tho/phuong-nga-nam/']);
    await page.context().close();
  });
  it('"xa chi lang" lists the new xã Chi Lăng and the old huyện Chi Lăng, whose page has its plan', async () => {
    const page = await open('/dia-phuong/');
    const answers = await find(page, 'xa chi lang');
    expect(answers[0]?.links[0]).toBe('/dia-phuong/lang-son/xa-chi-lang/');
    const district = answers.find((answer) => answer.text.startsWith('huyện trước 01/07/2025 · Huyện Chi Lăng, Tỉnh Lạng Sơn'));
    expect(district?.text).toContain('có kế hoạch trên cổng');
    expect(district?.links[0]).toBe('/dia-phuong/chi-lang/');
    expect(answers.some((answer) => answer.text.includes('Xã Chi Lăng, Tỉnh Bắc Ninh'))).toBe(true);
    await page.goto(`${site.url}/dia-phuong/chi-lang/`);
    expect(await page.locator('a[href="/ke-hoach/chi-lang-2024/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
  it('"hau giang": the old province, now part of Cần Thơ', async () => {
    const page = await open('/dia-phuong/');
    const [first] = await find(page, 'hau giang');
    expect(first?.text).toContain('Tỉnh Hậu Giang — nay thuộc: Tp Cần Thơ');
    expect(first?.links).toEqual(['/dia-phuong/hau-giang/', '/dia-phuong/can-tho/']);
    await page.goto(`${site.url}/dia-phuong/hau-giang/`);
    expect(await mainText(page)).toContain('Từ ngày 01/07/2025, địa bàn tỉnh Hậu Giang thuộc thành phố Cần Thơ mới.');
    await page.context().close();
  });
  it('"dak rlap" and "Đắk R\'Lấp" find the old district', async () => {
    const page = await open('/dia-phuong/');
    for (const query of ['dak rlap', "Đắk R'Lấp"]) {
      const [first] = await find(page, query);
      expect(first?.text).toContain("Huyện Đắk R'Lấp, Tỉnh Đắk Nông");
      expect(first?.links[0]).toBe('/dia-phuong/dak-rlap/');
    }
    await page.context().close();
  });
  it('says so when nothing matches', async () => {
    const page = await open('/dia-phuong/');
    expect(await find(page, 'zzzz')).toEqual([]);
    expect(await page.textContent('[data-finder-status]')).toContain('Không tìm thấy nơi nào có tên này');
    await page.context().close();
  });
  it('works in English too', async () => {
    const page = await open('/en/dia-phuong/');
    const [first] = await find(page, 'phuong nga nam');
    expect(first?.links).toEqual(['/en/dia-phuong/can-tho/phuong-nga-nam/']);
    expect(first?.text).toContain('formerly: Phường 1');
    await page.context().close();
  });
});

describe('the pages it leads to', () => {
  it('a place with no plan says so, says how to send one, and shows its old province’s PAPI', async () => {
    const page = await open('/dia-phuong/');
    const [first] = await find(page, 'phuong hoan kiem');
    expect(first?.links[0]).toBe('/dia-phuong/ha-noi/phuong-hoan-kiem/');
    await page.goto(`${site.url}/dia-phuong/ha-noi/phuong-hoan-kiem/`);
    expect(await page.textContent('[data-no-plan]')).toContain('Cổng chưa đăng kế hoạch cải thiện PAPI nào cho địa bàn này');
    expect(await page.locator('[data-no-plan] a[href="/gioi-thieu/#gui-ke-hoach"]').count()).toBe(1);
    const scores = (await page.textContent('#scores-compare')) ?? '';
    expect(scores).toContain('thành phố Hà Nội');
    expect(await page.locator('section[aria-labelledby="scores-compare"] tbody tr').count()).toBe(7);
    await page.context().close();
  });
  it('a commune formed from parts of two old communes names both, each as a part; a year its province was not scored says so', async () => {
    const page = await open('/dia-phuong/quang-ninh/xa-hai-hoa/');
    const years = await page.$$eval('section[aria-labelledby="scores-compare"] tbody tr', (rows) =>
      rows.map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    expect(years).toHaveLength(7);
    expect(years).toContain('2023 không có dữ liệu');
    const origins = ((await page.textContent('.origins')) ?? '').replace(/\s+/g, ' ');
    expect(origins).toContain('Xã Hải Hòa (một phần)');
    expect(origins).toContain('Xã Hải Lạng (một phần)');
    await page.context().close();
  });
  it('Phường Ngã Năm shows the Ngã Năm 2021 and Sóc Trăng 2023 plans and the clause of 1668/NQ-UBTVQH15', async () => {
    const page = await open('/dia-phuong/can-tho/phuong-nga-nam/');
    expect(await page.locator('a[href="/ke-hoach/nga-nam-2021/"]').count()).toBe(1);
    expect(await page.locator('a[href="/ke-hoach/soc-trang-2023/"]').count()).toBe(1);
    expect(await page.textContent('blockquote')).toContain(
      '29. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của Phường 1 và Phường 2 (thị xã Ngã Năm), xã Vĩnh Quới',
    );
    expect(await page.textContent('figure.quote figcaption')).toContain('Nghị quyết số 1668/NQ-UBTVQH15 ngày 16/06/2025');
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the box is hidden and the lists lead from a province of today to its communes', async () => {
    const page = await open('/dia-phuong/', false);
    expect(await page.isVisible('#finder-input')).toBe(false);
    expect(await page.locator('.finder-lists ul').first().locator('li').count()).toBe(34);
    expect(await page.locator('.finder-lists ul').nth(1).locator('li').count()).toBe(63);
    await page.click('.finder-lists a:text-is("Tp Cần Thơ")');
    await page.click('a:text-is("Phường Ngã Năm")');
    expect(await page.textContent('h1')).toBe('Phường Ngã Năm');
    await page.context().close();
  });
  it('an old province lists its old districts and communes, each leading to the commune of today', async () => {
    const page = await open('/dia-phuong/', false);
    await page.click('.finder-lists a:text-is("Tỉnh Sóc Trăng")');
    const district = page.locator('#huyen-thi-xa-nga-nam + ul');
    expect(((await district.textContent()) ?? '').replace(/\s+/g, ' ')).toContain('Phường 1 → Phường Ngã Năm');
    await district.locator('a:text-is("Phường Ngã Năm")').first().click();
    expect(await page.textContent('h1')).toBe('Phường Ngã Năm');
    await page.context().close();
  });
});
