/**
 * Reads a plan document as the importer's source text, whatever the office
 * published it as.
 *
 * - .txt / .md: read as UTF-8, as before; a file with NUL bytes is not text.
 * - .docx: converted by mammoth to HTML, then by docx-text.ts to the text
 *   format the readers take (tables as tab-separated rows, several paragraphs
 *   of a cell as <p>…</p>; see docx-text.ts for merged cells).
 * - .pdf is refused: a PDF keeps positioned pieces of text, not tables, so a
 *   task row whose cells wrap over several lines cannot be put back together
 *   reliably, and a wrong join would silently give a task another agency's
 *   text. The message says how to get a .docx or the text out of it.
 * - .doc (old binary Word), .odt and .rtf are refused with "save it as .docx";
 *   any other extension is refused with the list of accepted ones.
 *
 * The text returned (NFC, "\n" line ends) is what the plan's source text is:
 * the caller keeps it as content/sources/<file>.txt, so that the site's
 * source view and every line number in the importer's messages refer to that
 * text, not to the Word file.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { decodeText, TextDecodeError } from '../text/decode.ts';
import { docxHtmlToText } from './docx-text.ts';

export type SourceFormat = 'text' | 'docx';

export interface SourceDocument {
  /** The document's text in the readers' format: NFC, "\n" line ends. */
  text: string;
  format: SourceFormat;
}

/** A document the importer cannot read; the message names the file and says what to do. */
export class SourceDocumentError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'SourceDocumentError';
    this.file = file;
  }
}

const SAVE_AS_UTF8 = 'open it in a text editor and save it as "UTF-8" text, or import the Word (.docx) file instead. Accepted: .txt, .md (UTF-8) or .docx';
const ACCEPTED = ".txt, .md (the document's text) or .docx (Word)";
const SAVE_AS_DOCX = 'open it in Word or LibreOffice Writer, save it as "Word Document (.docx)" and import that file';

/**
 * The largest documents the importer reads. The longest of the five plans is 0.1 MB of text;
 * a 57 MB text took 3.3 GB of memory to import. A plan above these sizes is almost
 * certainly not one plan (or carries images): split it, or remove the images.
 */
export const SIZE_LIMITS = { text: 5 * 1024 * 1024, docx: 30 * 1024 * 1024 } as const;

async function readBytes(file: string, limit: number): Promise<Buffer> {
  try {
    const size = (await stat(file)).size;
    if (size > limit) {
      throw new SourceDocumentError(
        file,
        `is ${(size / 1024 / 1024).toFixed(1)} MB; the importer reads documents of up to ${limit / 1024 / 1024} MB (one plan's text is well under 1 MB). If it holds several plans, import each on its own; if it holds images, remove them and save again`,
      );
    }
    return await readFile(file);
  } catch (error) {
    if (error instanceof SourceDocumentError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SourceDocumentError(file, 'no such file');
    if (code === 'EISDIR') throw new SourceDocumentError(file, 'this is a folder; name the document file inside it');
    throw new SourceDocumentError(file, `cannot be read (${code ?? String(error)})`);
  }
}

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n');
}

async function readDocx(file: string): Promise<string> {
  const bytes = await readBytes(file, SIZE_LIMITS.docx);
  let html: string;
  try {
    // Images are dropped: an empty src keeps mammoth from inlining them as base64.
    const result = await mammoth.convertToHtml({ buffer: bytes }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceDocumentError(file, `cannot be read as a Word .docx file (${reason}); ${SAVE_AS_DOCX} again`);
  }
  const text = docxHtmlToText(html);
  if (text.trim() === '') throw new SourceDocumentError(file, 'this Word file has no text (a scanned document saved in Word needs OCR first)');
  return text;
}

/** Reads a plan document (.txt, .md or .docx) as source text; throws SourceDocumentError for anything else. */
export async function readSourceDocument(file: string): Promise<SourceDocument> {
  const extension = path.extname(file).toLowerCase();
  switch (extension) {
    case '.txt':
    case '.md': {
      const bytes = await readBytes(file, SIZE_LIMITS.text);
      try {
        // Windows-1258 or Latin-1 text would come through with wrong letters: refused, with how to save it as UTF-8.
        return { text: normalise(decodeText(bytes, file, SAVE_AS_UTF8)), format: 'text' };
      } catch (error) {
        if (error instanceof TextDecodeError) throw new SourceDocumentError(file, error.message.slice(`${file}: `.length));
        throw error;
      }
    }
    case '.docx':
      return { text: normalise(await readDocx(file)), format: 'docx' };
    case '.pdf':
      throw new SourceDocumentError(
        file,
        'PDF files are not read: the tables of a PDF cannot be read reliably (a PDF keeps pieces of text at positions on the page, not table rows and cells). ' +
          'Open the PDF in Word or LibreOffice Writer, save it as "Word Document (.docx)", check that the task table is still a table, and import the .docx; ' +
          'or copy the text into a .txt file with the table cells separated by tabs. A scanned PDF (pictures of pages, no selectable text) needs OCR first.',
      );
    case '.doc':
      throw new SourceDocumentError(file, `this is an old binary Word file (.doc), which is not read; ${SAVE_AS_DOCX}`);
    case '.odt':
    case '.rtf':
      throw new SourceDocumentError(file, `${extension} files are not read; ${SAVE_AS_DOCX}`);
    default:
      throw new SourceDocumentError(
        file,
        `the importer does not read ${extension ? `"${extension}" files` : 'files without an extension'}; accepted: ${ACCEPTED}`,
      );
  }
}
