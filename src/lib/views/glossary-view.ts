/**
 * What the glossary page shows: its terms by section, in the file's order, each
 * legal basis as a short citation ("No. 203/2025/QH15, Art. 1, …") linking to the
 * text an editor checked (the register entry's `source`).
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Register } from '../legal/register.ts';
import type { Lang } from '../locales.ts';

export interface GlossaryCitation {
  /** The document's number as printed ("203/2025/QH15"; the Constitution: its year). */
  number: string;
  /** Its official title, in the page's language. */
  title: string;
  /** True for the Constitution, whose "number" is its year. */
  constitution: boolean;
  provisions: string | null;
  /** Where the text was read. */
  href: string;
}

export interface GlossaryEntryView {
  id: string;
  vi: string;
  en: string;
  meaning: string;
  citations: GlossaryCitation[];
}

export interface GlossarySectionView {
  id: GlossaryTerm['section'];
  terms: GlossaryEntryView[];
}

const SECTIONS: ReadonlyArray<GlossaryTerm['section']> = ['units', 'bodies'];

export function glossarySections(terms: readonly GlossaryTerm[], register: Register, lang: Lang): GlossarySectionView[] {
  const view = (term: GlossaryTerm): GlossaryEntryView => ({
    id: term.id,
    vi: term.vi,
    en: term.en,
    meaning: term.meaning,
    citations: term.basis.map((basis) => {
      const entry = register.get(basis.document);
      // The corpus check refuses unknown ids before any page is built.
      if (!entry) throw new Error(`glossary term "${term.id}" cites "${basis.document}", which is not in content/legal/`);
      const { document } = entry;
      return {
        number: document.number,
        title: document.title[lang],
        constitution: /^\d{4}$/.test(document.number),
        provisions: basis.provisions ?? null,
        href: document.source,
      };
    }),
  });
  return SECTIONS.map((id) => ({ id, terms: terms.filter((term) => term.section === id).map(view) })).filter((section) => section.terms.length > 0);
}
