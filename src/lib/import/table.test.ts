/**
 * Task tables in the wordings offices use: headings, header words, two-row
 * headers, both encodings, and what the importer says when it cannot read one.
 *
 * FIXTURES MADE FOR THE TEST: the documents below are built from real rows of
 * content/sources/dak-rlap-2024.txt (lines 86–93: the heading, its title, the
 * header and three rows) and content/sources/soc-trang-2023.txt (lines 249–258),
 * read from those files at test time. Only the heading and header words are
 * changed (or a column moved, added or left out, as each test says); no row
 * content is invented. Each variant must give the same tasks as the original.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import type { Task } from '../../schemas/task.ts';
import { appendixHeading, HEADER_WORDINGS, headerRole, HEADING_WORDINGS } from './layouts.ts';
import { importPlan, type ImportResult } from './plan-import.ts';
import { findAppendices } from './table.ts';

function sourceLines(file: string, from: number, to: number): string[] {
  return readFileSync(`content/sources/${file}`, 'utf8')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .slice(from - 1, to);
}

function importWith(planId: string, lines: readonly string[]): ImportResult {
  const plan = realCorpus.plans.find((candidate) => candidate.id === planId);
  if (!plan) throw new Error(`no plan ${planId}`);
  return importPlan(lines.join('\n'), { plan, dimensions: realCorpus.dimensions, agencies: realCorpus.agencies, localities: realCorpus.localities });
}

/** What a reader of the table must get right: the task, its agencies, its output and its deadline. */
function essentials(tasks: readonly Task[]) {
  return tasks.map((entry) => ({
    ref: entry.ref,
    text: entry.text,
    actions: entry.actions,
    lead: entry.lead,
    partners: entry.partners,
    output: entry.output,
    deadline: entry.deadline,
  }));
}

/** Rewrites the tab-separated lines of a fixture as a Markdown pipe table (separator after the first table line). */
function asPipe(lines: readonly string[]): string[] {
  const out: string[] = [];
  let first = true;
  for (const line of lines) {
    if (!line.includes('\t')) {
      out.push(line);
      continue;
    }
    const cells = line.split('\t');
    out.push(`| ${cells.join(' | ')} |`);
    if (first) out.push(`|${cells.map(() => '---').join('|')}|`);
    first = false;
  }
  return out;
}

// Đắk R'Lấp, lines 86–93: [0] "PHỤ LỤC", [1] title, [2] "(Kèm theo …)", [3] blank, [4] header, [5] dimension 1, [6] 1.1, [7] 1.2.
const DAK = sourceLines('dak-rlap-2024.txt', 86, 93);
const DAK_HEADER = (DAK[4] ?? '').split('\t');
const dakTasks = essentials(importWith('dak-rlap-2024', DAK).tasks);

/** The Đắk R'Lấp fixture with its header cells replaced (index → new words). */
function dakWithHeader(replace: Record<number, string>): string[] {
  const header = DAK_HEADER.map((cell, column) => replace[column] ?? cell);
  return [...DAK.slice(0, 4), header.join('\t'), ...DAK.slice(5)];
}

/** The Đắk R'Lấp fixture without its "Chỉ số nội dung" column; the dimension row carries its label in the task column. */
function dakWithoutLabelColumn(taskWord: string): string[] {
  const header = [DAK_HEADER[0], taskWord, ...DAK_HEADER.slice(3)].join('\t');
  const dimension = (DAK[5] ?? '').split('\t');
  const dimensionRow = [dimension[0], dimension[1], ...dimension.slice(3)].join('\t');
  const rows = DAK.slice(6).map((line) => {
    const cells = line.split('\t');
    return [cells[0], ...cells.slice(2)].join('\t');
  });
  return [...DAK.slice(0, 4), header, dimensionRow, ...rows];
}

describe('the fixture itself', () => {
  it('imports three tasks (1.1, 1.2 and the directive row aside) without error, as the whole plan does', () => {
    const result = importWith('dak-rlap-2024', DAK);
    expect(result.errors).toEqual([]);
    expect(dakTasks.map((entry) => entry.ref)).toEqual(['1.1', '1.2']);
    expect(dakTasks[0]?.lead).toEqual(['dak-rlap-ubnd-xa-thi-tran']);
  });
});

describe('appendix headings', () => {
  const variants: Array<[string, string[]]> = [
    ['"PHỤ LỤC 01"', ['PHỤ LỤC 01', ...DAK.slice(1)]],
    ['"PHỤ LỤC I: NHIỆM VỤ … NĂM 2024" (heading and title on one line)', [`PHỤ LỤC I: ${DAK[1]}`, ...DAK.slice(2)]],
    ['"PHỤ LỤC: …" (unnumbered, title on the same line)', [`PHỤ LỤC: ${DAK[1]}`, ...DAK.slice(2)]],
    ['"Phụ lục"', ['Phụ lục', ...DAK.slice(1)]],
    ['"BẢNG PHÂN CÔNG NHIỆM VỤ"', ['BẢNG PHÂN CÔNG NHIỆM VỤ', ...DAK.slice(1)]],
    ['"Bảng phân công nhiệm vụ"', ['Bảng phân công nhiệm vụ', ...DAK.slice(1)]],
    ['no heading at all (the header names task, lead and more)', DAK.slice(3)],
  ];
  for (const [name, lines] of variants) {
    it(`${name} gives the same tasks`, () => {
      const result = importWith('dak-rlap-2024', lines);
      expect(result.errors).toEqual([]);
      expect(essentials(result.tasks)).toEqual(dakTasks);
    });
  }
  it('reads the appendix number from Arabic ("01" is 1) and Roman ("II") numerals', () => {
    expect(findAppendices(['PHỤ LỤC 01', ...DAK.slice(1)]).appendices[0]).toMatchObject({ number: 1, numeral: 'I', line: 1 });
    expect(findAppendices(['PHỤ LỤC II', ...DAK.slice(1)]).appendices[0]).toMatchObject({ number: 2, numeral: 'II' });
    expect(findAppendices(DAK).appendices[0]).toMatchObject({ number: null, numeral: null });
  });
  it('a table with no heading starts at its header line and has no title', () => {
    expect(findAppendices(DAK.slice(3)).appendices[0]).toMatchObject({ line: 2, title: [], number: null });
  });
  it('does not take a sentence that starts with "Phụ lục" for a heading', () => {
    expect(appendixHeading('Phụ lục kèm theo Kế hoạch này')).toBeNull();
    expect(appendixHeading('(Theo phụ lục I, II đính kèm)')).toBeNull();
    expect(appendixHeading('Phụ lục số 02 - Nhiệm vụ')).toEqual({ number: 2, numeral: 'II' });
  });
  it('every heading wording is read as a heading', () => {
    for (const wording of HEADING_WORDINGS) expect(appendixHeading(wording.words), wording.words).not.toBeNull();
  });
});

describe('header words, tab-separated and pipe', () => {
  const cases: Array<[string, string[]]> = [];
  for (const word of ['Nhiệm vụ', 'Nhiệm vụ cụ thể', 'Nội dung công việc', 'Giải pháp', 'Nhiệm vụ, giải pháp']) {
    cases.push([`task column "${word}" beside a label column`, dakWithHeader({ 2: word })]);
  }
  cases.push(['label column "Nội dung" beside a task column "Nhiệm vụ" (as in Ngã Năm)', dakWithHeader({ 1: 'Nội dung', 2: 'Nhiệm vụ' })]);
  for (const word of ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Đơn vị thực hiện', 'Chủ trì']) {
    cases.push([`lead column "${word}"`, dakWithHeader({ 3: word })]);
  }
  for (const word of ['Phối hợp', 'Cơ quan phối hợp', 'Đơn vị phối hợp', 'Cơ quan/Đơn vị phối hợp']) {
    cases.push([`partners column "${word}"`, dakWithHeader({ 4: word })]);
  }
  for (const word of ['Thời gian thực hiện', 'Thời hạn', 'Thời hạn hoàn thành', 'Tiến độ thực hiện']) {
    cases.push([`deadline column "${word}"`, dakWithHeader({ 5: word })]);
  }
  for (const [name, lines] of cases) {
    for (const [encoding, encoded] of [
      ['tab-separated', lines],
      ['pipe', asPipe(lines)],
    ] as const) {
      it(`${name} (${encoding}) gives the same tasks`, () => {
        const result = importWith('dak-rlap-2024', encoded);
        expect(result.errors).toEqual([]);
        expect(essentials(result.tasks)).toEqual(dakTasks);
      });
    }
  }

  // The reported bug: with no separate task column, the "Nội dung"-type column is the task column.
  for (const word of ['Nội dung', 'Nhiệm vụ', 'Nhiệm vụ cụ thể', 'Nội dung công việc', 'Giải pháp', 'Nhiệm vụ, giải pháp']) {
    for (const encoding of ['tab-separated', 'pipe'] as const) {
      it(`the only content column "${word}" holds the tasks (${encoding})`, () => {
        const lines = encoding === 'pipe' ? asPipe(dakWithoutLabelColumn(word)) : dakWithoutLabelColumn(word);
        const result = importWith('dak-rlap-2024', lines);
        expect(result.errors).toEqual([]);
        expect(essentials(result.tasks)).toEqual(dakTasks);
        expect(findAppendices(lines).appendices[0]?.table.roles).toEqual(['ref', 'text', 'lead', 'partners', 'deadline']);
      });
    }
  }

  // Sóc Trăng, lines 249–258: "Sản phẩm" is its output column.
  const SOC = sourceLines('soc-trang-2023.txt', 249, 258);
  const socTasks = essentials(importWith('soc-trang-2023', SOC).tasks);
  for (const word of ['Sản phẩm', 'Kết quả']) {
    for (const encoding of ['tab-separated', 'pipe'] as const) {
      it(`output column "${word}" (${encoding}) gives the same outputs`, () => {
        const lines = SOC.map((line) => line.replace('\tSản phẩm\t', `\t${word}\t`));
        const result = importWith('soc-trang-2023', encoding === 'pipe' ? asPipe(lines) : lines);
        expect(result.errors).toEqual([]);
        expect(essentials(result.tasks)).toEqual(socTasks);
        expect(socTasks[0]?.output).toBe('Bộ tài liệu');
      });
    }
  }
});

describe('two-row headers', () => {
  /** "Trách nhiệm thực hiện" over the lead and partners columns, with the given sub-header words. */
  function twoRow(lead: string, partners: string): string[] {
    const top = [...DAK_HEADER.slice(0, 3), 'Trách nhiệm thực hiện', '', DAK_HEADER[5]].join('\t');
    const below = ['', '', '', lead, partners, ''].join('\t');
    return [...DAK.slice(0, 4), top, below, ...DAK.slice(5)];
  }
  const subHeaders: Array<[string, string]> = [
    ['Cơ quan chủ trì', 'Cơ quan phối hợp'],
    ['Chủ trì', 'Phối hợp'],
    ['Đơn vị chủ trì', 'Đơn vị phối hợp'],
  ];
  for (const [lead, partners] of subHeaders) {
    for (const encoding of ['tab-separated', 'pipe'] as const) {
      it(`"Trách nhiệm thực hiện" over "${lead} | ${partners}" (${encoding}) gives the same tasks`, () => {
        const lines = encoding === 'pipe' ? asPipe(twoRow(lead, partners)) : twoRow(lead, partners);
        const result = importWith('dak-rlap-2024', lines);
        expect(result.errors).toEqual([]);
        expect(result.warnings.filter((warning) => /not imported/.test(warning))).toEqual([]);
        expect(essentials(result.tasks)).toEqual(dakTasks);
      });
    }
  }
});

describe('two-row headers, other shapes', () => {
  it('a top cell the importer does not know ("Trách nhiệm") takes its role from the sub-header below it, and is not reported', () => {
    const top = [...DAK_HEADER.slice(0, 3), 'Trách nhiệm', '', DAK_HEADER[5]].join('\t');
    const lines = [...DAK.slice(0, 4), top, ['', '', '', 'Chủ trì', 'Phối hợp', ''].join('\t'), ...DAK.slice(5)];
    const result = importWith('dak-rlap-2024', lines);
    expect(result.errors).toEqual([]);
    expect(result.warnings.filter((warning) => /not imported/.test(warning))).toEqual([]);
    expect(essentials(result.tasks)).toEqual(dakTasks);
  });
  it('a pipe table whose separator comes after the second header row gives the same tasks', () => {
    const cells = [...DAK_HEADER.slice(0, 3), 'Trách nhiệm thực hiện', '', DAK_HEADER[5]];
    const lines = [
      ...DAK.slice(0, 4),
      `| ${cells.join(' | ')} |`,
      '|  |  |  | Đơn vị chủ trì | Đơn vị phối hợp |  |',
      `|${cells.map(() => '---').join('|')}|`,
      ...asPipe(DAK.slice(5)).filter((line) => !/^\|[-|]+\|$/.test(line)),
    ];
    const result = importWith('dak-rlap-2024', lines);
    expect(result.errors).toEqual([]);
    expect(essentials(result.tasks)).toEqual(dakTasks);
  });
});

describe('a header the importer cannot read stops it', () => {
  const unknown = ['TT', 'Lĩnh vực', 'Việc cần làm', 'Người làm', 'Ghi chú', 'Khi nào'];
  for (const encoding of ['tab-separated', 'pipe'] as const) {
    it(`quotes the header line with its number and lists the known words for each role (${encoding})`, () => {
      const plain = [...DAK.slice(0, 4), unknown.join('\t'), ...DAK.slice(5)];
      const result = importWith('dak-rlap-2024', encoding === 'pipe' ? asPipe(plain) : plain);
      expect(result.tasks).toEqual([]);
      expect(result.errors).toHaveLength(1);
      const message = result.errors[0] ?? '';
      expect(message).toMatch(/^line 5: cannot read the table under "PHỤ LỤC" \(line 1\)/);
      expect(message).toContain(encoding === 'pipe' ? `"| ${unknown.join(' | ')} |"` : `"${unknown.join(' | ')}"`);
      expect(message).toContain('names no task column and no lead-agency column');
      for (const wording of HEADER_WORDINGS) for (const word of wording.words) expect(message).toContain(`"${word}"`);
    });
  }
  it('names only what is missing: a header with a task column but no lead column', () => {
    const plain = [...DAK.slice(0, 4), dakWithHeader({ 3: 'Người làm' })[4] ?? '', ...DAK.slice(5)];
    expect(importWith('dak-rlap-2024', plain).errors[0]).toContain('names no lead-agency column.');
  });
  it('"found no task table" says what was looked for and lists the known headings and header words', () => {
    const message = importWith('dak-rlap-2024', ['KẾ HOẠCH', '', 'Không có phụ lục.']).errors[0] ?? '';
    expect(message).toMatch(/^found no task table/);
    expect(message).toContain('"PHỤ LỤC"');
    expect(message).toContain('"BẢNG PHÂN CÔNG NHIỆM VỤ"');
    for (const wording of HEADER_WORDINGS) for (const word of wording.words) expect(message).toContain(`"${word}"`);
  });
});

describe('ignored columns are reported', () => {
  it('a header cell with no known role ("Ghi chú") is named with its column number and line; the tasks are unchanged', () => {
    const lines = [...DAK.slice(0, 4), `${DAK[4]}\tGhi chú`, ...DAK.slice(5).map((line) => `${line}\t`)];
    for (const encoded of [lines, asPipe(lines)]) {
      const result = importWith('dak-rlap-2024', encoded);
      expect(result.errors).toEqual([]);
      expect(findAppendices(encoded).appendices[0]?.table.ignoredColumns).toEqual([{ column: 7, header: 'Ghi chú', line: 5 }]);
      expect(result.warnings).toContainEqual(expect.stringMatching(/^line 5: column 7 "Ghi chú" is not imported/));
      expect(essentials(result.tasks)).toEqual(dakTasks);
    }
  });
  it('text under no header (a cell split by a stray tab) stops the import, naming the row and the text it would lose', () => {
    const lines = [...DAK.slice(0, 4), `${DAK[4]}\t`, DAK[5] ?? '', `${DAK[6]}\tx`, DAK[7] ?? ''];
    const result = importWith('dak-rlap-2024', lines);
    expect(result.errors).toContainEqual(
      expect.stringMatching(
        /^line 7: this row has 7 cells but the header \(line 5\) names 6 columns; the text "x" is under no column and would be lost\. A tab inside a cell splits it/,
      ),
    );
  });
  it('in a pipe table, "\\|" is a "|" inside a cell, and an unescaped "|" that adds a cell stops the import', () => {
    const pipe = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const header = ['Thứ tự', 'Chỉ số nội dung', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì, thực hiện', 'Cơ quan phối hợp', 'Thời gian thực hiện'];
    const dimension = ['1', 'Chỉ số nội dung sự tham gia của người dân ở cấp cơ sở:', 'Tăng cường tuyên truyền', '', '', ''];
    const escaped = ['1.1', '', 'Nhiệm vụ mẫu A \\| B', 'Phòng Tư pháp', '', 'Thường xuyên'];
    const ok = importWith('dak-rlap-2024', ['PHỤ LỤC', pipe(header), pipe(header.map(() => '---')), pipe(dimension), pipe(escaped)]);
    expect(ok.errors).toEqual([]);
    expect(ok.tasks[0]?.text).toBe('Nhiệm vụ mẫu A | B');
    const split = ['1.1', '', 'Nhiệm vụ mẫu A | B', 'Phòng Tư pháp', '', 'Thường xuyên'];
    const refused = importWith('dak-rlap-2024', ['PHỤ LỤC', pipe(header), pipe(header.map(() => '---')), pipe(dimension), pipe(split)]);
    expect(refused.errors).toContainEqual(expect.stringContaining('line 5: this row has 7 cells but the header (line 2) names 6 columns'));
  });
  it('every header word the importer knows names a role (so no known column is reported)', () => {
    for (const wording of HEADER_WORDINGS) for (const word of wording.words) expect(headerRole(word), word).toBe(wording.role);
  });
});
