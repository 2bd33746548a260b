/**
 * A minimal Office Open XML workbook (.xlsx): one sheet, a frozen header row with
 * filters, text as inline strings and numbers as numbers. Written with jszip (the
 * zip library the importer already uses for .docx) rather than a spreadsheet
 * library: the file needs six small XML parts, and a cell here is never a formula,
 * so text is kept verbatim ("- Tuyên truyền…" stays as printed, unlike the CSV).
 */
import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import { textStream } from './text-pieces.ts';

export type XlsxCell = string | number | boolean | null;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for XML and drops the control characters XML 1.0 cannot hold (tab, LF and CR stay). */
export function xmlText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** "A", "B", …, "Z", "AA": the letters of a column, from 0. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cell(value: XlsxCell, ref: string, header: boolean): string {
  const style = header ? ' s="1"' : '';
  if (value === null || value === '') return '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  const text = typeof value === 'string' ? value : String(value);
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

/** The widest row's number of cells (at least one), without spreading 100,000 rows into Math.max's arguments. */
function sheetWidth(rows: ReadonlyArray<ReadonlyArray<XlsxCell>>): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 1);
}

/** The sheet's XML a row at a time: at 100,000 tasks it is hundreds of megabytes, never held whole. */
function* sheetXml(rows: ReadonlyArray<ReadonlyArray<XlsxCell>>): Generator<string> {
  const last = `${columnName(sheetWidth(rows) - 1)}${Math.max(1, rows.length)}`;
  yield (
    `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetData>'
  );
  for (const [r, row] of rows.entries()) {
    yield `<row r="${r + 1}">${row.map((value, c) => cell(value, `${columnName(c)}${r + 1}`, r === 0)).join('')}</row>`;
  }
  yield `</sheetData><autoFilter ref="A1:${last}"/></worksheet>`;
}

const CONTENT_TYPES =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK_RELS =
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

// Two cell formats: 0 the default, 1 bold (the header row).
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '</styleSheet>';

/**
 * A workbook of one sheet named `sheetName` (at most 31 characters, as Excel requires).
 * `date` stamps the zip entries, so that the same rows give the same bytes.
 */
export async function writeXlsx(sheetName: string, rows: ReadonlyArray<ReadonlyArray<XlsxCell>>, date: Date): Promise<Uint8Array> {
  if (sheetName.length === 0 || sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) throw new Error(`sheet name "${sheetName}" is not one Excel accepts`);
  const zip = new JSZip();
  const workbook =
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
    `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${xmlText(sheetName.replace(/'/g, "''"))}'!$A$1:$${columnName(sheetWidth(rows) - 1)}$${Math.max(1, rows.length)}</definedName></definedNames>` +
    '</workbook>';
  const files: Array<[string, string | Readable]> = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', ROOT_RELS],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
    ['xl/styles.xml', STYLES],
    // jszip reads the sheet while it compresses it.
    ['xl/worksheets/sheet1.xml', textStream(sheetXml(rows))],
  ];
  for (const [name, text] of files) zip.file(name, text, { date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
