/**
 * The glossary (content/glossary.yaml): the real file loads, and the build refuses a
 * legal basis that is not in the register and a term id used twice, naming the file,
 * the entry and the field. Each case edits a copy of the real content (never published).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadCorpus } from './corpus.ts';
import { copyContent, problemsOf, removeContentCopies } from './testing.ts';
import { buildRegister } from '../legal/register.ts';
import { glossarySections } from '../views/glossary-view.ts';

afterEach(removeContentCopies);

function editGlossary(root: string, edit: (terms: Array<Record<string, unknown>>) => void): void {
  const file = path.join(root, 'glossary.yaml');
  const terms = parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  edit(terms);
  writeFileSync(file, stringify(terms, { lineWidth: 0 }));
}

describe('the real glossary', () => {
  const corpus = loadCorpus('content', { today: '2026-12-03' });
  it('has both sections, and every basis is a document of the register', () => {
    const register = buildRegister(corpus.legalDocuments);
    const sections = glossarySections(corpus.glossary, register, 'en');
    expect(sections.map((section) => section.id)).toEqual(['units', 'bodies']);
    const xa = sections[0]?.terms.find((term) => term.id === 'xa');
    expect(xa?.citations[0]).toMatchObject({ number: '203/2025/QH15', href: expect.stringMatching(/^https:\/\//) });
  });
  it('no longer says the mass organisations have branches at each level', () => {
    const doanThe = corpus.glossary.find((term) => term.id === 'doan-the');
    expect(doanThe?.meaning).toContain('under the Viet Nam Fatherland Front');
    expect(doanThe?.meaning).not.toContain('each level');
  });
});

describe('a glossary the build refuses', () => {
  it('cites a legal document that is not in the register', () => {
    const root = copyContent();
    editGlossary(root, (terms) => {
      const xa = terms.find((term) => term.id === 'xa');
      if (!xa) throw new Error('no term "xa"');
      xa.basis = [{ document: '150-2025-nd-cp', provisions: 'Art. 3' }];
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/glossary\.yaml › entry "xa" › field "basis\[0\]\.document": "150-2025-nd-cp" is not in the register/)]);
  });
  it('uses one id for two terms', () => {
    const root = copyContent();
    editGlossary(root, (terms) => {
      const copy = terms.find((term) => term.id === 'xa');
      if (copy) terms.push({ ...copy, vi: 'xã (2)' });
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/glossary\.yaml › entry "xa" › field "id": is used by 2 terms/)]);
  });
  it('has a term without a meaning', () => {
    const root = copyContent();
    editGlossary(root, (terms) => {
      const xa = terms.find((term) => term.id === 'xa');
      if (xa) delete xa.meaning;
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/glossary\.yaml › entry "xa" › field "meaning"/)]);
  });
});
