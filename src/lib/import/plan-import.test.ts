/**
 * The importer against the five real source documents. Expected figures were
 * counted by hand from the documents in content/sources/, not from the importer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReal, perDimension, realCorpus, task } from '../../__tests__/real-import.ts';
import { importPlan } from './plan-import.ts';
import { toYaml } from './write.ts';

const MARKUP = /<\/?[a-z][^>]*>/i;

describe('every plan imports without errors', () => {
  for (const planId of ['nga-nam-2021', 'soc-trang-2023', 'dong-hoa-2021', 'chi-lang-2024', 'dak-rlap-2024']) {
    it(`${planId}: no errors and no unmatched agency`, () => {
      const result = importReal(planId);
      expect(result.errors).toEqual([]);
      expect(result.unmatched).toEqual([]);
    });
    it(`${planId}: no markup left in any text field`, () => {
      const fields = importReal(planId).tasks.flatMap((entry) => [
        entry.text,
        ...entry.actions,
        entry.subdimension_label ?? '',
        entry.lead_printed ?? '',
        entry.partners_printed ?? '',
        entry.output ?? '',
        entry.deadline.text ?? '',
      ]);
      expect(fields.filter((field) => MARKUP.test(field))).toEqual([]);
    });
    it(`${planId}: the committed tasks.yaml is what the importer produces (re-import is byte-identical)`, () => {
      const committed = readFileSync(`content/plans/${planId}/tasks.yaml`, 'utf8');
      const body = (text: string) =>
        text
          .split('\n')
          .filter((line) => !line.startsWith('#'))
          .join('\n');
      expect(body(toYaml(importReal(planId).tasks, ''))).toBe(body(committed));
    });
  }
});

describe('Ngã Năm 2021 (tab-separated, HTML in cells)', () => {
  it('has 24 task rows, by dimension 4, 4, 2, 4, 1, 4, 2, 3', () => {
    const tasks = importReal('nga-nam-2021').tasks;
    expect(tasks).toHaveLength(24);
    expect(perDimension(tasks)).toEqual({ 1: 4, 2: 4, 3: 2, 4: 4, 5: 1, 6: 4, 7: 2, 8: 3 });
  });
  it('1.c lists the election rules as eight actions, led by the communes and wards', () => {
    const entry = task('nga-nam-2021', 'nga-nam-2021-1-c');
    expect(entry.subdimension_label).toBe('Chất lượng bầu cử Trưởng ấp, Trưởng khóm');
    expect(entry.subdimension).toBe('1.3');
    expect(entry.actions).toHaveLength(8);
    expect(entry.actions[1]).toBe('Phải có từ hai ứng cử viên trở lên để bầu Trưởng ban nhân dân ấp/khóm.');
    expect(entry.lead).toEqual(['nga-nam-ubnd-xa-phuong']);
    expect(entry.partners).toEqual(['nga-nam-mttq-doan-the', 'nga-nam-phong-noi-vu', 'nga-nam-phong-van-hoa-thong-tin', 'nga-nam-dai-truyen-thanh']);
  });
  it('merges the row continued across the page break into 1.b, mid-sentence', () => {
    const entry = task('nga-nam-2021', 'nga-nam-2021-1-b');
    expect(entry.actions.at(-1)).toContain('đại biểu Quốc hội và đại biểu HĐND cấp xã, cấp huyện, cấp tỉnh;');
  });
  it('joins the sub-dimension name split over two rows (3.a)', () => {
    const entry = task('nga-nam-2021', 'nga-nam-2021-3-a');
    expect(entry.subdimension_label).toBe('Hiệu quả tương tác với các cấp chính quyền và giải đáp khiếu nại, tố cáo, khúc mắc của người dân');
    expect(entry.partners_printed).toBe('Mặt trận Tổ quốc và các tổ chức đoàn thể thị xã, xã, phường, Thanh tra thị xã, Văn phòng HĐND và UBND thị xã');
  });
  it('joins "Chất lượng không khí và" with "chất lượng nước" and the split lead agency (7.b)', () => {
    const entry = task('nga-nam-2021', 'nga-nam-2021-7-b');
    expect(entry.subdimension_label).toBe('Chất lượng không khí và chất lượng nước');
    expect(entry.lead).toEqual(['nga-nam-phong-tai-nguyen-moi-truong', 'nga-nam-phong-quan-ly-do-thi', 'nga-nam-ubnd-xa-phuong']);
  });
  it('keeps the unnumbered dimension-5 row with its own agencies, and its continuation', () => {
    const entry = task('nga-nam-2021', 'nga-nam-2021-5');
    expect(entry.ref).toBeNull();
    expect(entry.lead).toEqual(['nga-nam-ubnd-xa-phuong', 'nga-nam-bo-phan-mot-cua']);
    expect(entry.actions).toContain('Người dân hài lòng với dịch vụ.');
  });
  it('keeps conversion artefacts verbatim ("Phục đáp qua Công thông tin điện tử")', () => {
    expect(task('nga-nam-2021', 'nga-nam-2021-8-c').subdimension_label).toBe('Phục đáp qua Công thông tin điện tử');
  });
  it('prints no deadline column, so no deadline is derived', () => {
    expect(importReal('nga-nam-2021').tasks.every((entry) => entry.deadline.kind === 'none')).toBe(true);
  });
});

describe('Sóc Trăng 2023 (activity groups, footnotes, broken cells)', () => {
  it('has 21 activities in 6 groups and no PAPI dimension', () => {
    const tasks = importReal('soc-trang-2023').tasks;
    expect(tasks).toHaveLength(21);
    expect(tasks.every((entry) => entry.dimension === null)).toBe(true);
    expect(new Set(tasks.map((entry) => entry.group)).size).toBe(6);
  });
  it('reads 5.6 from a row that lost its first cell', () => {
    const entry = task('soc-trang-2023', 'soc-trang-2023-5-6');
    expect(entry.text).toBe('Kiểm tra thực hiện kiểm soát TTHC');
    expect(entry.lead).toEqual(['soc-trang-van-phong-ubnd-tinh']);
    expect(entry.deadline).toMatchObject({ kind: 'recurring', text: 'Thường xuyên' });
  });
  it('splits the output and the deadline that ran into one cell (activity 6)', () => {
    const entry = task('soc-trang-2023', 'soc-trang-2023-6');
    expect(entry.output).toBe('Báo cáo kết quả thực hiện');
    expect(entry.deadline).toMatchObject({ text: 'Tháng 12/2023', due: '2023-12-31' });
  });
  it('separates two lead agencies printed without a separator (3.1)', () => {
    expect(task('soc-trang-2023', 'soc-trang-2023-3-1').lead).toEqual(['soc-trang-ubnd-cap-huyen', 'soc-trang-ubnd-cap-xa']);
  });
  it('attaches footnote ⁵ to activity 1.3', () => {
    expect(task('soc-trang-2023', 'soc-trang-2023-1-3').footnotes).toEqual([
      '⁵ Kế hoạch số 27/KH-UBND ngày 09/02/2023 của UBND tỉnh Sóc Trăng về tuyên truyền cải cách hành chính năm 2023',
    ]);
  });
  it('extracts the duties of the 13 provincial agencies (IV.2.1–2.13)', () => {
    const duties = importReal('soc-trang-2023').commitments.filter((entry) => entry.section.startsWith('IV.2.'));
    expect(duties.map((entry) => entry.heading)).toHaveLength(13);
    expect(duties[0]).toMatchObject({ heading: 'Sở Tư pháp', agencies: ['soc-trang-so-tu-phap'] });
    expect(duties[12]?.agencies).toEqual(['soc-trang-ubmttq']);
  });
  it('keeps the lead-in of group 5 as a directive instead of merging it into 4.3', () => {
    const directive = importReal('soc-trang-2023').commitments.find((entry) => entry.kind === 'directive');
    expect(directive?.text).toMatch(/gồm các hoạt động sau đây:$/);
    expect(task('soc-trang-2023', 'soc-trang-2023-4-3').text).not.toContain('gồm các hoạt động');
  });
});

describe('Đông Hòa 2021 (two appendices, skipped numbers)', () => {
  it('has 34 rows in Phụ lục I and 70 in Phụ lục II', () => {
    const tasks = importReal('dong-hoa-2021').tasks;
    expect(tasks.filter((entry) => entry.part === 'pl1')).toHaveLength(34);
    expect(tasks.filter((entry) => entry.part === 'pl2')).toHaveLength(70);
  });
  it('counts per dimension across both appendices: 11, 15, 9, 15, 17, 12, 9, 16', () => {
    expect(perDimension(importReal('dong-hoa-2021').tasks)).toEqual({ 1: 11, 2: 15, 3: 9, 4: 15, 5: 17, 6: 12, 7: 9, 8: 16 });
  });
  it('keeps 60 as printed after 50 in Phụ lục II', () => {
    const refs = importReal('dong-hoa-2021')
      .tasks.filter((entry) => entry.part === 'pl2')
      .map((entry) => entry.ref);
    expect(refs).toContain('60');
    expect(refs.indexOf('60')).toBe(refs.indexOf('50') + 1);
  });
  it('has no row for the numbers Phụ lục II skips (51–59, 64, 67, 68, 70, 80)', () => {
    const refs = new Set(
      importReal('dong-hoa-2021')
        .tasks.filter((entry) => entry.part === 'pl2')
        .map((entry) => entry.ref),
    );
    for (const skipped of ['51', '55', '59', '64', '67', '68', '70', '80']) expect(refs.has(skipped)).toBe(false);
  });
  it('warns about the skipped numbers instead of renumbering', () => {
    expect(importReal('dong-hoa-2021').warnings.join('\n')).toContain('skips 51–59, 64, 67–68, 70, 80');
  });
  it('merges row 31 split across pages, including its deadline "Quý" / "III/2021"', () => {
    const entry = task('dong-hoa-2021', 'dong-hoa-2021-pl1-31');
    expect(entry.text).toContain('thu hút, tăng số lượng');
    expect(entry.deadline).toMatchObject({ text: 'Quý III/2021', due: '2021-09-30' });
    expect(entry.lead).toEqual(['dong-hoa-phong-van-hoa-thong-tin', 'dong-hoa-ubnd-xa-phuong']);
  });
  it('merges row 37 whose continuation carries part of the lead agency', () => {
    const entry = task('dong-hoa-2021', 'dong-hoa-2021-pl2-37');
    expect(entry.lead_printed).toBe('Bộ phận một cửa UBND thị xã');
    expect(entry.partners_printed).toBe('Phòng Tài chính-Kế hoạch; Phòng Tư pháp; Phòng Nội vụ; Phòng Văn hóa và Thông tin');
  });
  it('files tasks under the sub-dimension heading rows ("Công khai danh sách hộ nghèo")', () => {
    expect(task('dong-hoa-2021', 'dong-hoa-2021-pl1-5')).toMatchObject({ subdimension: '2.2', subdimension_label: 'Công khai danh sách hộ nghèo' });
    expect(task('dong-hoa-2021', 'dong-hoa-2021-pl2-12')).toMatchObject({ subdimension: '2.3' });
  });
  it('turns <i> inside a cell into plain text', () => {
    expect(task('dong-hoa-2021', 'dong-hoa-2021-pl1-8').text).toContain('(được ban hành kèm theo Quyết định số 21/2017/QĐ-UBND');
  });
});

describe('Chi Lăng 2024 (Markdown pipe tables, header repeated per page)', () => {
  it('has 25 task rows, by dimension 4, 4, 3, 4, 1, 4, 2, 3', () => {
    const tasks = importReal('chi-lang-2024').tasks;
    expect(tasks).toHaveLength(25);
    expect(perDimension(tasks)).toEqual({ 1: 4, 2: 4, 3: 3, 4: 4, 5: 1, 6: 4, 7: 2, 8: 3 });
  });
  it('merges "... của địa" with "phương." across the repeated header (2.a)', () => {
    expect(task('chi-lang-2024', 'chi-lang-2024-2-a').text).toMatch(/cũng như của địa phương\.$/);
  });
  it('merges the lead agency split as "UBND" / "cấp xã" (3.b)', () => {
    expect(task('chi-lang-2024', 'chi-lang-2024-3-b').lead).toEqual(['chi-lang-cac-co-quan-don-vi', 'chi-lang-ubnd-cap-xa']);
  });
  it('separates "Phòng Lao động, Thương binh, Xã hội – Dân tộc UBND cấp xã" into two agencies (2.b)', () => {
    expect(task('chi-lang-2024', 'chi-lang-2024-2-b').lead).toEqual(['chi-lang-phong-lao-dong-thuong-binh-xa-hoi-dan-toc', 'chi-lang-ubnd-cap-xa']);
  });
  it('2.a: "Ủy ban MTTQ Việt Nam các cấp" is the Front committees, not the Front-and-mass-organisations group', () => {
    expect(task('chi-lang-2024', 'chi-lang-2024-2-a').partners).toContain('chi-lang-ubmttq-cac-cap');
    expect(task('chi-lang-2024', 'chi-lang-2024-2-a').partners).not.toContain('chi-lang-mttq-doan-the');
  });
  it('1.c is on the elections of hamlet heads', () => {
    expect(task('chi-lang-2024', 'chi-lang-2024-1-c')).toMatchObject({
      subdimension: '1.3',
      subdimension_label: 'Chất lượng bầu cử Trưởng thôn; Trưởng khu phố',
    });
  });
});

describe('Sóc Trăng 2023: a printed name standing for several levels is filed under each', () => {
  it('"UBND cấp huyện, cấp xã" (5.4) files the task under the district and the commune committees', () => {
    expect(task('soc-trang-2023', 'soc-trang-2023-5-4').partners).toEqual(['soc-trang-ubnd-cap-huyen', 'soc-trang-ubnd-cap-xa']);
  });
  it('"Ủy ban MTTQ Việt Nam tỉnh, cấp huyện, cấp xã" (4.1–4.3) files the tasks under the Front at each level', () => {
    for (const id of ['soc-trang-2023-4-1', 'soc-trang-2023-4-2', 'soc-trang-2023-4-3']) {
      expect(task('soc-trang-2023', id).partners, id).toEqual(
        expect.arrayContaining(['soc-trang-ubmttq', 'soc-trang-ubmttq-cap-huyen', 'soc-trang-ubmttq-cap-xa']),
      );
      expect(task('soc-trang-2023', id).partners, id).not.toContain('soc-trang-ubmttq-cac-cap');
    }
  });
});

describe("Đắk R'Lấp 2024 (directive rows, unnumbered task rows)", () => {
  it('has 32 tasks in 31 rows, by dimension 4, 4, 5, 5, 4, 5, 2, 3 (row 6.1 holds two entries)', () => {
    const tasks = importReal('dak-rlap-2024').tasks;
    expect(tasks).toHaveLength(32);
    expect(perDimension(tasks)).toEqual({ 1: 4, 2: 4, 3: 5, 4: 5, 5: 4, 6: 5, 7: 2, 8: 3 });
  });
  it('splits row 6.1, whose cells pair two entries, so that each action keeps its own agencies and deadline', () => {
    const result = importReal('dak-rlap-2024');
    expect(task('dak-rlap-2024', 'dak-rlap-2024-6-1')).toMatchObject({
      ref: '6.1',
      text: 'Thông tin, tuyên truyền về quy định trẻ em dưới 6 tuổi được miễn phí khám, chữa bệnh, người nghèo được hỗ trợ mua bảo hiểm y tế; tác dụng của thẻ bảo hiểm y tế trong khám chữa bệnh',
      actions: [],
      lead_printed: 'Chủ tịch UBND các xã, thị trấn; Giám đốc Trung tâm Y tế huyện; Trạm trưởng Trạm Y tế các xã, thị trấn',
      lead: ['dak-rlap-ubnd-xa-thi-tran', 'dak-rlap-trung-tam-y-te', 'dak-rlap-tram-y-te-xa'],
      partners_printed: 'Trưởng Phòng Y tế; Giám đốc Bảo hiểm xã hội huyện',
      partners: ['dak-rlap-phong-y-te', 'dak-rlap-bao-hiem-xa-hoi'],
      deadline: { text: 'Thường xuyên', kind: 'recurring' },
      source_line: 137,
    });
    expect(task('dak-rlap-2024', 'dak-rlap-2024-6-1-2')).toMatchObject({
      ref: '6.1',
      subdimension: '6.1',
      actions: [
        'Nâng cao chất lượng khám, chữa bệnh tại Bệnh viện tuyến huyện; thực hiện các giải pháp khắc phục các hiện tượng tiêu cực trong ngành, lĩnh vực;',
        'Cải thiện các điều kiện cơ sở vật chất cơ bản phục vụ người khám, chữa bệnh.',
      ],
      lead_printed: 'Giám đốc Trung tâm Y tế huyện; Trạm trưởng Trạm Y tế các xã, thị trấn',
      lead: ['dak-rlap-trung-tam-y-te', 'dak-rlap-tram-y-te-xa'],
      partners_printed: 'Trưởng phòng Y tế',
      partners: ['dak-rlap-phong-y-te'],
      deadline: { text: 'Thường xuyên', kind: 'recurring' },
      source_line: 137,
    });
    expect(result.warnings).toContainEqual(expect.stringMatching(/line 137: task 6\.1 holds 2 entries side by side/));
  });
  it('keeps the two unnumbered rows under 3.3 as separate tasks with their own agencies', () => {
    expect(task('dak-rlap-2024', 'dak-rlap-2024-3-3-2')).toMatchObject({ ref: null, subdimension: '3.3', lead: ['dak-rlap-toa-an'] });
    expect(task('dak-rlap-2024', 'dak-rlap-2024-3-3-3')).toMatchObject({ ref: null, subdimension: '3.3', lead: ['dak-rlap-phong-tu-phap', 'dak-rlap-ubmttq'] });
  });
  it('keeps the unnumbered row under 4.2 as a separate task', () => {
    expect(task('dak-rlap-2024', 'dak-rlap-2024-4-2-2')).toMatchObject({ ref: null, subdimension: '4.2', deadline: { text: 'Hàng năm' } });
  });
  it('merges the sub-dimension name split across pages (6.4)', () => {
    expect(task('dak-rlap-2024', 'dak-rlap-2024-6-4').subdimension_label).toBe('Tăng cường các biện pháp đảm bảo an ninh, trật tự tại địa bàn khu dân cư');
  });
  it('publishes the eight dimension directives as commitments', () => {
    const directives = importReal('dak-rlap-2024').commitments.filter((entry) => entry.kind === 'directive');
    expect(directives.map((entry) => entry.dimension)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(directives[1]?.text).toMatch(/^Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các cấp/);
  });
  it('maps positions to the office they head ("Chánh Thanh tra huyện" → Thanh tra huyện)', () => {
    expect(task('dak-rlap-2024', 'dak-rlap-2024-3-1').partners).toEqual(['dak-rlap-thanh-tra']);
  });
  it('reads "Trước bầu cử" as a deadline with no date', () => {
    expect(task('dak-rlap-2024', 'dak-rlap-2024-1-3').deadline).toMatchObject({ kind: 'conditional', due: null });
  });
});

describe('bad input', () => {
  const plan = realCorpus.plans.find((candidate) => candidate.id === 'nga-nam-2021');
  const context = { plan: plan!, dimensions: realCorpus.dimensions, agencies: realCorpus.agencies, localities: realCorpus.localities };
  it('a document without a task table is an error, not an empty plan', () => {
    expect(importPlan('KẾ HOẠCH\n\nKhông có phụ lục.', context).errors[0]).toMatch(/found no task table/);
  });
  it('unknown markup in a cell is refused with its line number', () => {
    const text =
      'Phụ lục\nNội dung\tNhiệm vụ, giải pháp\tCơ quan chủ trì\tCơ quan phối hợp\n1. Sự tham gia của người dân ở cấp cơ sở:\t\t\t\na) Tri thức công dân\t<script>alert(1)</script>\tUBND xã, phường\t\n';
    expect(importPlan(text, context).errors.join('\n')).toMatch(/line 4: unsupported markup <script>/);
  });
  it('an agency missing from the registry is reported with its line numbers', () => {
    const text =
      'Phụ lục\nNội dung\tNhiệm vụ, giải pháp\tCơ quan chủ trì\tCơ quan phối hợp\n1. Sự tham gia của người dân ở cấp cơ sở:\t\t\t\na) Tri thức công dân\tTuyên truyền.\tSở Ngoại vụ\t\n';
    const result = importPlan(text, context);
    expect(result.unmatched).toEqual([{ name: 'Sở Ngoại vụ', lines: [4] }]);
  });
});
