import { z } from 'astro/zod';
import { isoDate, plainText, slug } from './common.ts';
import { subdimensionCode } from './dimension.ts';
import type { Lang } from '../lib/locales.ts';

/**
 * A date in frontmatter. Astro's frontmatter parser turns an unquoted
 * 2026-11-22 into a Date while the corpus check reads it as text; both are
 * accepted and become the same yyyy-mm-dd string.
 */
const frontmatterDate = z.union([z.date().transform((date) => date.toISOString().slice(0, 10)), isoDate], {
  error: 'write the date as yyyy-mm-dd, e.g. 2026-11-22',
});

/** A required text field whose message says what to write, also when the field is missing. */
const text = (what: string) => z.string({ error: what }).min(1, what).pipe(plainText);

/**
 * One legal document a guide relies on: a document of the register
 * (content/legal/<id>.yaml) and the provisions the guide's statements come from.
 * Title, number, dates and standing come from the register, so every guide
 * citing a law shows the same, current facts about it.
 */
export const legalBasisSchema = z.strictObject(
  {
    /** Register id, e.g. "42-2013-qh13" (content/legal/42-2013-qh13.yaml). */
    document: z.string({ error: 'give the register id of the document, e.g. "42-2013-qh13" (a file name in content/legal/)' }).pipe(slug),
    /**
     * The articles (or, where the guide relies on a whole chapter, the chapter)
     * the guide's statements come from, e.g. "Điều 159".
     */
    provisions: text('name the article(s) the guide relies on, e.g. "Điều 159"'),
    /**
     * Why the citation stands although the register records an amendment or a
     * replacement: name the amending or replacing document's number and say what
     * it changes for the reader (src/lib/legal/rules.ts).
     */
    note: plainText.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.join(', ')}: not a field of a citation; a citation has document, provisions and note (title, number and dates come from content/legal/)`
        : undefined,
  },
);

/** A change in the law since the plans were written, shown as a note on the guide. */
export const lawChangeSchema = z.object({
  /** What the plans cite or assume, e.g. "Pháp lệnh số 34/2007/PL-UBTVQH11". */
  before: plainText,
  /** What applies now. */
  after: plainText,
  /** When the new rule took effect. */
  from: frontmatterDate,
  /** What it means for the reader, in one or two sentences. */
  note: plainText,
});

/**
 * The frontmatter of a rights guide (content/guides/<lang>/<slug>.mdx). The
 * Vietnamese and English files of a guide share the slug and must link the same
 * tasks and sub-dimensions; the corpus check compares them.
 */
export const guideSchema = z.object({
  /** Plain-language title, e.g. "Bầu cử trưởng thôn, tổ trưởng tổ dân phố và đại biểu dân cử". */
  title: text('give the guide a title'),
  /** One or two sentences for lists and the page description. */
  summary: text('write a one-sentence summary'),
  /** Position in the list of guides. */
  order: z.number().int().min(1),
  /** The day an editor last compared the guide with the legal texts it cites. */
  last_checked: frontmatterDate
    .optional()
    .refine((value) => value !== undefined, {
      message: 'give the day an editor last checked the guide against its legal texts (last_checked: yyyy-mm-dd)',
    })
    .transform((value) => value),
  /** The legal bases: at least one. */
  legal_bases: z
    .array(legalBasisSchema, { error: 'list the legal bases (law, decree or circular with number, date and article)' })
    .min(1, 'a guide needs at least one legal basis (law, decree or circular with number, date and article)'),
  /** Where the law changed after the plans were written. */
  law_changes: z.array(lawChangeSchema).default([]),
  /** PAPI sub-dimensions ("1.3") the subject belongs to. */
  subdimensions: z.array(subdimensionCode).min(1, 'name the PAPI sub-dimension(s) the subject belongs to, e.g. "1.3"'),
  /** Task ids of the plans that commit to informing people about the subject (or to doing it). */
  tasks: z.array(slug).default([]),
});

export type Guide = z.output<typeof guideSchema>;
export type LegalBasis = z.output<typeof legalBasisSchema>;

/** A guide as the corpus holds it: frontmatter plus where it came from. */
export interface GuideEntry extends Guide {
  /** File name without extension, shared by its translations: the URL segment. */
  slug: string;
  lang: Lang;
}
