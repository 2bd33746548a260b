/**
 * The HTML that mammoth makes of a Word file, turned into the readers' text
 * format. The inputs are written as mammoth writes them (see its html-writer:
 * text escaped, void elements as "<br />").
 */
import { describe, expect, it } from 'vitest';
import { cellParagraphs, taskText } from './cell-text.ts';
import { docxHtmlToText } from './docx-text.ts';

const HEADER =
  '<tr><td><p>STT</p></td><td><p>Nhiệm vụ</p></td><td><p>Cơ quan chủ trì</p></td><td><p>Cơ quan phối hợp</p></td><td><p>Thời gian thực hiện</p></td></tr>';

describe('docxHtmlToText', () => {
  it('writes paragraphs and headings as lines, a line break as a new line, NFC', () => {
    expect(docxHtmlToText('<h1>PHỤ LỤC</h1><p>KẾ HOẠCH<br />năm 2024</p><p>Ha\u0300 Nội</p>')).toBe('PHỤ LỤC\nKẾ HOẠCH\nnăm 2024\nHà Nội\n');
  });

  it('decodes entities, keeps link text, drops images, styling and tabs', () => {
    expect(docxHtmlToText('<p>A &amp; B &lt; C <a href="https://example.org/x?a=1&amp;b=2">trang <strong>web</strong></a><img src="" />\tD</p>')).toBe(
      'A & B < C trang web D\n',
    );
  });

  it('writes list items with their bullet or number', () => {
    expect(docxHtmlToText('<ul><li>Một</li><li>- Hai<ul><li>Ba</li></ul></li></ul><ol><li>Bốn</li><li>Năm</li></ol>')).toBe(
      '- Một\n- Hai\n- Ba\n1. Bốn\n2. Năm\n',
    );
  });

  it('writes footnote references as superscript digits and the footnotes as lines of their own', () => {
    const html =
      '<p>Theo Kế hoạch 27/KH-UBND<sup><a href="#footnote-3" id="footnote-ref-3">[1]</a></sup></p>' +
      '<ol><li id="footnote-3"><p>Kế hoạch số 27/KH-UBND ngày 09/02/2023 <a href="#footnote-ref-3">↑</a></p></li></ol><dl></dl>';
    expect(docxHtmlToText(html)).toBe('Theo Kế hoạch 27/KH-UBND¹\n¹ Kế hoạch số 27/KH-UBND ngày 09/02/2023\n');
  });

  it('writes a table row as one tab-separated line; several paragraphs or a list stay inside their cell as markup', () => {
    const html =
      `<table>${HEADER}` +
      '<tr><td><p>1</p></td><td><p>Tuyên truyền:</p><ul><li>Luật Tiếp cận thông tin</li><li>Luật Tố cáo</li></ul></td>' +
      '<td><p>Phòng Tư pháp</p></td><td><p>- UBND xã;</p><p>- Mặt trận</p></td><td><p>Quý I<br />2024</p></td></tr></table>';
    const lines = docxHtmlToText(html).split('\n');
    expect(lines[1]).toBe(
      '1\t<p>Tuyên truyền:</p><ul><li>- Luật Tiếp cận thông tin</li><li>- Luật Tố cáo</li></ul>\tPhòng Tư pháp\t<p>- UBND xã;</p><p>- Mặt trận</p>\tQuý I<br>2024',
    );
    const cells = (lines[1] ?? '').split('\t');
    expect(taskText(cells[1] ?? '')).toEqual({
      text: 'Tuyên truyền:\n- Luật Tiếp cận thông tin\n- Luật Tố cáo',
      actions: ['Luật Tiếp cận thông tin', 'Luật Tố cáo'],
    });
    expect(cellParagraphs(cells[4] ?? '')).toEqual(['Quý I', '2024']);
  });

  it('escapes inside a cell what cell-text would take for markup, and cell-text reads it back', () => {
    const html = `<table>${HEADER}<tr><td><p>2</p></td><td><p>Tỷ lệ &lt;b&gt; &amp;amp; &lt; 5%</p></td><td><p>Sở Nội vụ</p></td><td></td><td></td></tr></table>`;
    const cell = (docxHtmlToText(html).split('\n')[1] ?? '').split('\t')[1] ?? '';
    expect(cell).toBe('Tỷ lệ &lt;b> &amp;amp; < 5%');
    expect(cellParagraphs(cell)).toEqual(['Tỷ lệ <b> &amp; < 5%']);
  });

  it('pads a cell spanning columns with empty cells', () => {
    const html = `<table>${HEADER}<tr><td><p>I</p></td><td colspan="4"><p>CÔNG KHAI, MINH BẠCH</p></td></tr><tr><td><p>1</p></td><td><p>A</p></td><td><p>B</p></td><td><p>C</p></td><td><p>D</p></td></tr></table>`;
    expect(docxHtmlToText(html).split('\n').slice(1)).toEqual(['I\tCÔNG KHAI, MINH BẠCH\t\t\t', '1\tA\tB\tC\tD', '']);
  });

  it('repeats a cell spanning rows in the agency and deadline columns, and leaves it empty in the others', () => {
    const html =
      `<table>${HEADER}` +
      '<tr><td rowspan="2"><p>3</p></td><td><p>Nhiệm vụ A</p></td><td rowspan="3"><p>Sở Nội vụ</p></td><td><p>Sở Tư pháp</p></td><td rowspan="2"><p>Quý II</p></td></tr>' +
      '<tr><td><p>Nhiệm vụ B</p></td><td><p>Công an tỉnh</p></td></tr>' +
      '<tr><td><p>4</p></td><td><p>Nhiệm vụ C</p></td><td></td><td><p>Quý III</p></td></tr></table>';
    expect(docxHtmlToText(html).split('\n').slice(1)).toEqual([
      '3\tNhiệm vụ A\tSở Nội vụ\tSở Tư pháp\tQuý II',
      '\tNhiệm vụ B\tSở Nội vụ\tCông an tỉnh\tQuý II',
      '4\tNhiệm vụ C\tSở Nội vụ\t\tQuý III',
      '',
    ]);
  });

  it('leaves every merged cell empty below in a table without a task header, and in a two-line header', () => {
    expect(docxHtmlToText('<table><tr><td rowspan="2"><p>Nơi nhận</p></td><td><p>A</p></td></tr><tr><td><p>B</p></td></tr></table>')).toBe(
      'Nơi nhận\tA\n\tB\n',
    );
    const twoLineHeader =
      '<table><tr><th rowspan="2"><p>STT</p></th><th rowspan="2"><p>Nhiệm vụ</p></th><th colspan="2"><p>Trách nhiệm thực hiện</p></th><th rowspan="2"><p>Thời gian</p></th></tr>' +
      '<tr><th><p>Chủ trì</p></th><th><p>Phối hợp</p></th></tr></table>';
    expect(docxHtmlToText(twoLineHeader)).toBe('STT\tNhiệm vụ\tTrách nhiệm thực hiện\t\tThời gian\n\t\tChủ trì\tPhối hợp\t\n');
  });

  it('writes header cells as plain text so that table.ts can name the columns', () => {
    const html =
      '<table><tr><td><p>STT</p></td><td><p>Nhiệm vụ</p></td><td><p>Cơ quan</p><p>chủ trì</p></td><td><p>Cơ quan<br />phối hợp</p></td><td><p>Thời gian</p></td></tr>' +
      '<tr><td><p>1</p></td><td><p>A</p><p>B</p></td><td><p>C</p></td><td><p>D</p></td><td><p>E</p></td></tr></table>';
    expect(docxHtmlToText(html)).toBe('STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n1\t<p>A</p><p>B</p>\tC\tD\tE\n');
  });

  it('refuses HTML that is not of the form mammoth writes', () => {
    expect(() => docxHtmlToText('<p>open')).toThrow(/never closed/);
    expect(() => docxHtmlToText('<p></td>')).toThrow(/closes <p>/);
  });
});
