/**
 * Reading a plan document from a .docx: a real Word file is built here from
 * rows of content/sources/dak-rlap-2024.txt (no binary fixture), read back,
 * and imported; the tasks must be those the same rows give as text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { importReal, realCorpus } from '../../__tests__/real-import.ts';
import { importPlan } from './plan-import.ts';
import { readSourceDocument, SIZE_LIMITS, SourceDocumentError } from './source-document.ts';

const directory = mkdtempSync(path.join(os.tmpdir(), 'source-document-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// ---- A minimal WordprocessingML package --------------------------------------------------------

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;
}

interface CellSpec {
  paragraphs: string[];
  gridSpan?: number;
  vMerge?: 'restart' | 'continue';
}

function cell({ paragraphs, gridSpan, vMerge }: CellSpec): string {
  const properties = [gridSpan ? `<w:gridSpan w:val="${gridSpan}"/>` : '', vMerge ? `<w:vMerge w:val="${vMerge}"/>` : ''].join('');
  // Word always writes at least one paragraph in a cell.
  const body = paragraphs.length > 0 ? paragraphs.map(paragraph).join('') : '<w:p/>';
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${body}</w:tc>`;
}

function table(columns: number, rows: CellSpec[][]): string {
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(columns)}</w:tblGrid>`;
  return `<w:tbl><w:tblPr/>${grid}${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

async function writeDocx(file: string, body: string): Promise<void> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

// ---- The rows: the appendix of Đắk R'Lấp 2024, heading, header, a dimension and four tasks --------

const source = readFileSync('content/sources/dak-rlap-2024.txt', 'utf8').split('\n');
/** 1-based line numbers of the source: heading, title, note, header, dimension 1, tasks 1.1–1.4 (the page-break header at 95 left out). */
const LINES = [86, 87, 88, 90, 91, 92, 93, 96, 97];
const picked = LINES.map((line) => source[line - 1] ?? '');
const cellsOf = (line: number) => (source[line - 1] ?? '').split('\t');
const WIDTH = cellsOf(90).length;
const PARTNERS = 4;

function plainRow(line: number): CellSpec[] {
  return cellsOf(line).map((text) => ({ paragraphs: text ? [text] : [] }));
}

function docxBody(): string {
  const [heading, title, note] = [86, 87, 88].map((line) => paragraph(source[line - 1] ?? ''));
  // Dimension row: the directive's cell spans the task, agency and deadline columns (gridSpan 4).
  const dimension = cellsOf(91);
  const dimensionRow: CellSpec[] = [
    { paragraphs: [dimension[0] ?? ''] },
    { paragraphs: [dimension[1] ?? ''] },
    { paragraphs: [dimension[2] ?? ''], gridSpan: WIDTH - 2 },
  ];
  // Tasks 1.1 and 1.2 have the same lead and deadline: merged vertically, as offices print them.
  const task11 = plainRow(92);
  const task12 = plainRow(93);
  for (const column of [3, 5]) {
    task11[column] = { ...(task11[column] ?? { paragraphs: [] }), vMerge: 'restart' };
    task12[column] = { paragraphs: [], vMerge: 'continue' };
  }
  // Task 1.3's partners: two paragraphs in one cell.
  const task13 = plainRow(96);
  task13[PARTNERS] = { paragraphs: (cellsOf(96)[PARTNERS] ?? '').split(/(?<=;) (?=- )/) };
  return [heading, title, note, table(WIDTH, [plainRow(90), dimensionRow, task11, task12, task13, plainRow(97)]), '<w:sectPr/>'].join('');
}

const context = () => {
  const plan = realCorpus.plans.find((candidate) => candidate.id === 'dak-rlap-2024');
  if (!plan) throw new Error('no plan dak-rlap-2024');
  return { plan, dimensions: realCorpus.dimensions, agencies: realCorpus.agencies, localities: realCorpus.localities };
};

function taskFields(text: string) {
  const result = importPlan(text, context());
  expect(result.errors).toEqual([]);
  return result.tasks.map((task) => ({
    ref: task.ref,
    text: task.text,
    actions: task.actions,
    lead: task.lead,
    lead_printed: task.lead_printed,
    partners: task.partners,
    partners_printed: task.partners_printed,
    deadline: task.deadline,
    dimension: task.dimension,
    subdimension_label: task.subdimension_label,
  }));
}

describe('readSourceDocument: .docx', () => {
  it('reads the appendix table of a Word file as the tab-separated rows the readers take', async () => {
    const file = path.join(directory, 'dak-rlap.docx');
    await writeDocx(file, docxBody());
    const { text, format } = await readSourceDocument(file);
    expect(format).toBe('docx');
    const partners = (cellsOf(96)[PARTNERS] ?? '')
      .split(/(?<=;) (?=- )/)
      .map((part) => `<p>${part}</p>`)
      .join('');
    const expected = picked.map((line, index) => {
      if (LINES[index] !== 96) return line;
      const cells = line.split('\t');
      cells[PARTNERS] = partners;
      return cells.join('\t');
    });
    expect(text.split('\n')).toEqual([...expected, '']);
  });

  it('gives the same tasks as the same rows read from the text source', async () => {
    const file = path.join(directory, 'dak-rlap-import.docx');
    await writeDocx(file, docxBody());
    const fromDocx = taskFields((await readSourceDocument(file)).text);
    const fromText = taskFields(`${picked.join('\n')}\n`);
    expect(fromDocx.map((task) => task.ref)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(fromDocx).toEqual(fromText);
    // And the same as the whole plan's import for those tasks.
    const real = importReal('dak-rlap-2024').tasks;
    for (const task of fromDocx) {
      const same = real.find((candidate) => candidate.ref === task.ref && candidate.dimension === task.dimension);
      expect(same && { text: same.text, lead: same.lead, partners: same.partners, deadline: same.deadline }).toEqual({
        text: task.text,
        lead: task.lead,
        partners: task.partners,
        deadline: task.deadline,
      });
    }
  });

  it('refuses a .docx that is not a Word file, saying to save it again', async () => {
    const file = path.join(directory, 'broken.docx');
    writeFileSync(file, 'not a zip');
    await expect(readSourceDocument(file)).rejects.toThrow(SourceDocumentError);
    await expect(readSourceDocument(file)).rejects.toThrow(/broken\.docx: cannot be read as a Word \.docx file .*save it as "Word Document \(\.docx\)"/);
  });
});

describe('readSourceDocument: text and refused formats', () => {
  it('reads a .txt as UTF-8, NFC with \\n line ends', async () => {
    const file = path.join(directory, 'plan.txt');
    writeFileSync(file, 'Ha\u0300 No\u0323\u0302i\r\nPHỤ LỤC\r\n');
    expect(await readSourceDocument(file)).toEqual({ text: 'Hà Nội\nPHỤ LỤC\n', format: 'text' });
  });

  it('refuses a document over the stated size limit before reading it', async () => {
    const file = path.join(directory, 'huge.txt');
    writeFileSync(file, 'a'.repeat(SIZE_LIMITS.text + 1));
    await expect(readSourceDocument(file)).rejects.toThrow(/huge\.txt: is 5\.0 MB; the importer reads documents of up to 5 MB/);
  });
  it('refuses a .txt holding NUL bytes', async () => {
    const file = path.join(directory, 'binary.txt');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    await expect(readSourceDocument(file)).rejects.toThrow(SourceDocumentError);
    await expect(readSourceDocument(file)).rejects.toThrow(/binary\.txt: is a zip file \(an Excel \.xlsx or Word \.docx workbook\?\), not a text file/);
    writeFileSync(file, Buffer.from('PHỤ LỤC\n\u0000\n'));
    await expect(readSourceDocument(file)).rejects.toThrow(/binary\.txt: line 2: holds a NUL byte, so it is not a text file/);
  });
  it('refuses text in an old Windows code page, naming the line and saying to save it as UTF-8', async () => {
    const file = path.join(directory, 'cp1258.txt');
    // "Phụ lục" is not what these bytes say in Windows-1258; what matters is that 0xE0 alone is not UTF-8.
    writeFileSync(file, Buffer.concat([Buffer.from('KE HOACH\nPh'), Buffer.from([0xe0]), Buffer.from(' luc\n')]));
    await expect(readSourceDocument(file)).rejects.toThrow(
      /cp1258\.txt: line 2: byte 0xE0 is not UTF-8: the file is not UTF-8 \(perhaps Windows-1258 or Latin-1\): open it in a text editor and save it as "UTF-8" text/,
    );
  });
  it('reads UTF-16 text with a byte-order mark (Word\'s "Unicode text")', async () => {
    const file = path.join(directory, 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('PHỤ LỤC\r\nThứ tự', 'utf16le')]));
    await expect(readSourceDocument(file)).resolves.toEqual({ text: 'PHỤ LỤC\nThứ tự', format: 'text' });
  });

  it('refuses a PDF, naming the file and how to get a .docx or the text out of it', async () => {
    const file = path.join(directory, 'ke-hoach.pdf');
    writeFileSync(file, '%PDF-1.7\n');
    const error = await readSourceDocument(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceDocumentError);
    const message = (error as SourceDocumentError).message;
    expect((error as SourceDocumentError).file).toBe(file);
    expect(message).toContain(`${file}:`);
    expect(message).toMatch(/tables of a PDF cannot be read reliably/);
    expect(message).toMatch(/Word or LibreOffice Writer, save it as "Word Document \(\.docx\)"/);
    expect(message).toMatch(/copy the text/);
    expect(message).toMatch(/scanned PDF .* needs OCR first/);
  });

  it('refuses an old .doc, saying to save it as .docx', async () => {
    const file = path.join(directory, 'ke-hoach.doc');
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    await expect(readSourceDocument(file)).rejects.toThrow(/ke-hoach\.doc: this is an old binary Word file \(\.doc\).*save it as "Word Document \(\.docx\)"/);
  });

  it('refuses any other extension with the list of accepted ones', async () => {
    const file = path.join(directory, 'ke-hoach.xlsx');
    writeFileSync(file, 'x');
    await expect(readSourceDocument(file)).rejects.toThrow(/ke-hoach\.xlsx: the importer does not read "\.xlsx" files; accepted: \.txt, \.md .* or \.docx/);
  });

  it('says when the file does not exist', async () => {
    await expect(readSourceDocument(path.join(directory, 'missing.docx'))).rejects.toThrow(/missing\.docx: no such file/);
  });
});
