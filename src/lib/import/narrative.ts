/**
 * Finds the narrative sections of a plan that give duties to named offices:
 * the numbered sub-sections of "TỔ CHỨC THỰC HIỆN" (organisation of
 * implementation), such as Sóc Trăng's "2.1. Sở Tư pháp" … "2.13".
 */
import { fold } from '../text/fold.ts';

export interface NarrativeSection {
  /** Section number as printed, composed with its parents: "IV.2.1". */
  section: string;
  /** Heading as printed, without its number. */
  heading: string;
  /** The section's paragraphs verbatim, a line each. */
  paragraphs: string[];
  /** 1-based line of the heading. */
  line: number;
}

const ROMAN_HEADING = /^([IVX]+)\.\s+(.+)$/u;
const NUMBERED_HEADING = /^(\d+(?:\.\d+)*)\.\s+(.{2,400})$/u;
const SECTION_END = /^(Nơi nhận|Trên đây|Trong quá trình)/u;
const FOOTNOTE = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/u;

/** Joins a paragraph cut by a page break ("... theo phân cấp" / "của Luật ..."). */
function joinBroken(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = out.at(-1);
    if (previous !== undefined && !/[.:;!?…)"”]$/u.test(previous) && /^\p{Ll}/u.test(paragraph)) {
      out[out.length - 1] = `${previous} ${paragraph}`;
    } else {
      out.push(paragraph);
    }
  }
  return out;
}

/** Numbered sections under the "TỔ CHỨC THỰC HIỆN" heading, up to the signature block. */
export function implementationSections(lines: string[], stopAtLine: number): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  let roman: string | null = null;
  let inside = false;
  let current: NarrativeSection | null = null;
  const close = () => {
    if (current) {
      current.paragraphs = joinBroken(current.paragraphs);
      sections.push(current);
    }
    current = null;
  };
  for (let index = 0; index < Math.min(lines.length, stopAtLine - 1); index += 1) {
    const line = (lines[index] ?? '').trim();
    if (!line || FOOTNOTE.test(line)) continue;
    const romanMatch = ROMAN_HEADING.exec(line);
    if (romanMatch) {
      close();
      roman = romanMatch[1] ?? null;
      inside = fold(romanMatch[2] ?? '').includes('to chuc thuc hien');
      continue;
    }
    if (!inside) continue;
    if (SECTION_END.test(line)) {
      close();
      inside = false;
      continue;
    }
    const numbered = NUMBERED_HEADING.exec(line);
    // A heading is short and does not end a sentence; a numbered paragraph of running text is not a heading.
    if (numbered && (line.length < 200 || line.endsWith(':')) && !line.endsWith('.')) {
      close();
      current = { section: `${roman ?? ''}.${numbered[1] ?? ''}`, heading: (numbered[2] ?? '').trim(), paragraphs: [], line: index + 1 };
      continue;
    }
    current?.paragraphs.push(line);
  }
  close();
  return sections;
}
