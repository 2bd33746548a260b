/**
 * The narrative-plan reader, on fixtures made for these tests (not real plans):
 * fixtures/narrative-plan.txt in the layout of Lai Châu's Kế hoạch 1331/KH-UBND,
 * and short inline texts for the other heading forms. Agency names are those of
 * the Chi Lăng registry, so the full import can match them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { nfc } from '../text/fold.ts';
import { dimensionOf } from './dimension-match.ts';
import { extractClauses, readNarrativePlan } from './narrative-plan.ts';
import { importPlan } from './plan-import.ts';

const FIXTURE = nfc(readFileSync(new URL('./fixtures/narrative-plan.txt', import.meta.url), 'utf8'));
const byName = (name: string) => dimensionOf(realCorpus.dimensions, name);
const read = (text: string) => readNarrativePlan(nfc(text).split('\n'), byName);

const plan = realCorpus.plans.find((candidate) => candidate.id === 'chi-lang-2024');
const context = { plan: plan!, dimensions: realCorpus.dimensions, agencies: realCorpus.agencies, localities: realCorpus.localities };

describe('Lai Châu layout: "1.1. Chỉ số nội dung “…”" with tasks "a)", "b)"', () => {
  const reading = read(FIXTURE);

  it('finds the three dimension paragraphs by their names, not their section numbers', () => {
    expect(reading.headings.map((heading) => [heading.line, heading.printed, heading.dimension])).toEqual([
      [13, '1.1', 1],
      [22, '1.2', 2],
      [26, '2.1', 4],
    ]);
    expect(reading.headings[0]?.name).toBe('Tham gia của người dân ở cấp cơ sở');
  });

  it('makes one task per "a)" item, cited by its line, with no sub-dimension code', () => {
    expect(reading.tasks.map((task) => [task.ref, task.key, task.line, task.dimension])).toEqual([
      ['1.a', '1-a', 14, 1],
      ['1.b', '1-b', 15, 1],
      ['1.c', '1-c', 19, 1],
      ['2.a', '2-a', 23, 2],
      ['2.b', '2-b', 24, 2],
      ['4.a', '4-a', 27, 4],
    ]);
    expect(reading.tasks.every((task) => task.subdimensionLabel === null && task.printedSubdimension === null)).toBe(true);
  });

  it('moves the labelled clauses into lead, partners and time, and keeps the rest of the text verbatim', () => {
    expect(reading.tasks[0]?.cells).toMatchObject({
      text: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến người dân.',
      lead: 'Phòng Tư pháp',
      partners: 'Ủy ban MTTQ Việt Nam các cấp',
      deadline: 'Quý II/2024',
    });
  });

  it('keeps the "- …" bullets in their task and reads its clauses from the line after them', () => {
    expect(reading.tasks[1]?.cells).toMatchObject({
      text: 'Hướng dẫn tổ chức bầu cử Trưởng thôn đúng quy định:\n- Niêm yết danh sách cử tri tại nhà văn hóa thôn;\n- Bảo đảm có từ hai ứng cử viên trở lên.',
      lead: 'Phòng Nội vụ',
      partners: 'UBND cấp xã',
      deadline: 'Thường xuyên',
    });
  });

  it('joins a sentence cut over two lines', () => {
    expect(reading.tasks[2]?.cells.text).toBe('Vận động người dân đóng góp tự nguyện xây dựng công trình công cộng theo quy định của pháp luật.');
    expect(reading.tasks[2]?.cells.deadline).toBe('Năm 2024');
  });

  it('reads "Giao … chủ trì, phối hợp với …" for the agencies and keeps the sentence in the text', () => {
    expect(reading.tasks[3]?.cells).toMatchObject({
      text: 'Công khai danh sách hộ nghèo tại trụ sở UBND cấp xã. Giao UBND cấp xã chủ trì, phối hợp với Phòng Lao động, Thương binh, Xã hội – Dân tộc thực hiện.',
      lead: 'UBND cấp xã',
      partners: 'Phòng Lao động, Thương binh, Xã hội – Dân tộc',
      deadline: 'Tháng 6/2024',
    });
  });

  it('reads "(Đơn vị thực hiện: …; Thời hạn: …)" in parentheses', () => {
    expect(reading.tasks[4]?.cells).toMatchObject({
      text: 'Niêm yết công khai kế hoạch sử dụng đất.',
      lead: 'Phòng Tài nguyên và Môi trường',
      partners: '',
      deadline: 'Quý III/2024',
    });
  });

  it('leaves what the text does not state empty and reports it', () => {
    expect(reading.tasks[2]?.cells.lead).toBe('');
    expect(reading.tasks[5]?.cells.deadline).toBe('');
    expect(reading.warnings).toEqual([
      'line 19: task 1.c states no lead agency; the lead is left empty',
      'line 27: task 4.a states no time; the deadline is left empty',
    ]);
  });

  it('stops at "TỔ CHỨC THỰC HIỆN": its numbered duties are not tasks', () => {
    expect(reading.tasks.some((task) => task.cells.text.includes('Theo dõi, đôn đốc'))).toBe(false);
  });
});

describe('other heading and item forms', () => {
  it('"Chỉ số 1: …" with "-" tasks ("+" lines stay in their task); a printed number that disagrees with the name is reported', () => {
    const reading = read(
      [
        'II. NHIỆM VỤ, GIẢI PHÁP',
        'Chỉ số 1: Tham gia của người dân ở cấp cơ sở',
        '- Tổ chức đối thoại với người dân tại thôn. Đơn vị thực hiện: UBND cấp xã. Thời hạn: Quý IV/2024.',
        '+ Lập biên bản đối thoại.',
        '- Phổ biến quy chế dân chủ. Cơ quan chủ trì: Phòng Tư pháp; Thời gian: Thường xuyên.',
        'Chỉ số 3: Công khai, minh bạch',
        '1. Công khai dự toán ngân sách xã. Cơ quan chủ trì: UBND cấp xã; Thời gian: Tháng 1/2024.',
        'Nơi nhận:',
      ].join('\n'),
    );
    expect(reading.headings.map((heading) => heading.dimension)).toEqual([1, 2]);
    expect(reading.tasks.map((task) => [task.ref, task.key, task.dimension, task.line])).toEqual([
      [null, '1', 1, 3],
      [null, '1-2', 1, 5],
      ['1', '2-1', 2, 7],
    ]);
    expect(reading.tasks[0]?.cells).toMatchObject({
      text: 'Tổ chức đối thoại với người dân tại thôn.\n+ Lập biên bản đối thoại.',
      lead: 'UBND cấp xã',
      deadline: 'Quý IV/2024',
    });
    expect(reading.warnings).toContain('line 6: heading "Công khai, minh bạch" is numbered 3 but names dimension 2; using 2');
  });

  it('"I. Tham gia …" (Roman) with numbered tasks; a Roman section naming no dimension ends the tasks', () => {
    const reading = read(
      [
        'I. Tham gia của người dân ở cấp cơ sở',
        '1. Tuyên truyền quy chế dân chủ. Cơ quan chủ trì: Phòng Tư pháp; Thời gian: Năm 2024.',
        'II. Công khai, minh bạch trong việc ra quyết định',
        '1. Công khai dự toán ngân sách xã. Cơ quan chủ trì: UBND cấp xã; Thời gian: Tháng 1/2024.',
        'III. KINH PHÍ THỰC HIỆN',
        '1. Kinh phí do ngân sách huyện bảo đảm.',
      ].join('\n'),
    );
    expect(reading.tasks.map((task) => [task.ref, task.key, task.dimension])).toEqual([
      ['1', '1-1', 1],
      ['1', '2-1', 2],
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it('tasks numbered 1.1–1.5 under "1. Tham gia …" keep their number as ref and get no sub-dimension from it', () => {
    const reading = read(
      [
        'II. NHIỆM VỤ CỤ THỂ',
        '1. Tham gia của người dân ở cấp cơ sở',
        '1.1. Phổ biến Luật Thực hiện dân chủ ở cơ sở. Cơ quan chủ trì: Phòng Tư pháp; Thời gian: Quý I/2024.',
        '1.2. Tạo điều kiện cho người dân tham gia góp ý. Cơ quan chủ trì: UBND cấp xã; Thời gian: Thường xuyên.',
        '1.3. Bầu cử Trưởng thôn đúng quy định. Cơ quan chủ trì: Phòng Nội vụ; Thời gian: Năm 2024.',
        '1.4. Vận động đóng góp tự nguyện công khai. Cơ quan chủ trì: UBND cấp xã; Thời gian: Năm 2024.',
        '1.5. Giám sát của Ban thanh tra nhân dân. Cơ quan chủ trì: Ủy ban MTTQ Việt Nam các cấp; Thời gian: Năm 2024.',
        '2. Công khai, minh bạch',
        '2.1. Công khai danh sách hộ nghèo. Cơ quan chủ trì: UBND cấp xã; Thời gian: Quý I/2024.',
      ].join('\n'),
    );
    expect(reading.headings.map((heading) => [heading.printed, heading.dimension])).toEqual([
      ['1', 1],
      ['2', 2],
    ]);
    expect(reading.tasks.map((task) => [task.ref, task.key, task.dimension])).toEqual([
      ['1.1', '1-1', 1],
      ['1.2', '1-2', 1],
      ['1.3', '1-3', 1],
      ['1.4', '1-4', 1],
      ['1.5', '1-5', 1],
      ['2.1', '2-1', 2],
    ]);
    expect(reading.tasks.every((task) => task.printedSubdimension === null && task.subdimensionLabel === null)).toBe(true);

    const result = importPlan(
      [
        'II. NHIỆM VỤ CỤ THỂ',
        '1. Tham gia của người dân ở cấp cơ sở',
        '1.3. Bầu cử Trưởng thôn đúng quy định. Cơ quan chủ trì: Phòng Nội vụ; Thời gian: Năm 2024.',
      ].join('\n'),
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.tasks[0]).toMatchObject({ ref: '1.3', dimension: 1, subdimension: null, subdimension_label: null });
  });

  it('a "Chỉ số nội dung “…”" heading whose name matches no dimension is reported and files its tasks under none', () => {
    const reading = read(
      ['1.1. Chỉ số nội dung “Phong trào văn nghệ quần chúng”.', 'a) Tổ chức hội diễn. Cơ quan chủ trì: UBND cấp xã; Thời gian: Năm 2024.'].join('\n'),
    );
    expect(reading.tasks).toHaveLength(1);
    expect(reading.tasks[0]).toMatchObject({ ref: '1.1.a', dimension: null });
    expect(reading.warnings).toEqual(['line 1: heading "Phong trào văn nghệ quần chúng" names no PAPI dimension; its tasks are filed under no dimension']);
  });

  it('a heading with a target after its name, and a page number between the lines of a task', () => {
    const reading = read(
      [
        '3. Chỉ số nội dung “Trách nhiệm giải trình với người dân”: phấn đấu tăng ít nhất 0,1 điểm.',
        'a) Tổ chức tiếp công dân định kỳ tại trụ sở',
        '7',
        'theo lịch đã công bố. Cơ quan chủ trì: Thanh tra huyện; Thời gian: Thường xuyên.',
      ].join('\n'),
    );
    expect(reading.headings[0]).toMatchObject({ name: 'Trách nhiệm giải trình với người dân', dimension: 3 });
    expect(reading.warnings).toEqual([]);
    expect(reading.tasks[0]?.cells).toMatchObject({ text: 'Tổ chức tiếp công dân định kỳ tại trụ sở theo lịch đã công bố.', lead: 'Thanh tra huyện' });
  });

  it('a clause line on its own is taken out of the text', () => {
    expect(extractClauses(['Tổ chức hội nghị.', '- Cơ quan chủ trì: Phòng Nội vụ.'])).toEqual({
      text: ['Tổ chức hội nghị.'],
      lead: 'Phòng Nội vụ',
      partners: '',
      deadline: '',
    });
  });
});

describe('through importPlan', () => {
  it('imports the fixture: agencies matched, deadlines parsed, every task citing its line', () => {
    const result = importPlan(FIXTURE, context);
    expect(result.errors).toEqual([]);
    expect(result.tasks.map((task) => task.id)).toEqual([
      'chi-lang-2024-1-a',
      'chi-lang-2024-1-b',
      'chi-lang-2024-1-c',
      'chi-lang-2024-2-a',
      'chi-lang-2024-2-b',
      'chi-lang-2024-4-a',
    ]);
    expect(result.tasks[0]).toMatchObject({
      ref: '1.a',
      dimension: 1,
      subdimension: null,
      lead: ['chi-lang-phong-tu-phap'],
      lead_printed: 'Phòng Tư pháp',
      partners: ['chi-lang-ubmttq-cac-cap'],
      deadline: { text: 'Quý II/2024', due: '2024-06-30' },
      source_line: 14,
    });
    expect(result.tasks[1]?.actions).toEqual(['Niêm yết danh sách cử tri tại nhà văn hóa thôn;', 'Bảo đảm có từ hai ứng cử viên trở lên.']);
    expect(result.tasks[3]).toMatchObject({ lead: ['chi-lang-ubnd-cap-xa'], partners: ['chi-lang-phong-lao-dong-thuong-binh-xa-hoi-dan-toc'] });
    expect(result.tasks[2]).toMatchObject({ lead: [], lead_printed: null, deadline: { kind: 'date', due: '2024-12-31' } });
    expect(result.tasks[5]?.deadline.kind).toBe('none');
    // The missing lead is reported once, in the reader's words.
    expect(result.warnings.filter((warning) => warning.startsWith('line 19:'))).toEqual(['line 19: task 1.c states no lead agency; the lead is left empty']);
  });

  it('a text with neither a table nor dimension paragraphs gets an error that says what was expected', () => {
    const errors = importPlan('KẾ HOẠCH\n\nKhông có phụ lục.\n1. Mục đích\nNâng cao chất lượng phục vụ.', context).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^found no task table and no numbered dimension paragraphs: expected .*"PHỤ LỤC".*"Chỉ số 1: …"/);
  });
});
