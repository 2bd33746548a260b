import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from './glossary.ts';

const term = { id: 'xa', section: 'units', vi: 'xã', en: 'commune', meaning: 'A commune-level unit.' };

describe('glossaryTermSchema', () => {
  it('accepts a term without a legal basis, with an empty list', () => {
    expect(glossaryTermSchema.parse(term).basis).toEqual([]);
  });
  it('accepts a basis with or without the provisions read', () => {
    const parsed = glossaryTermSchema.parse({
      ...term,
      basis: [{ document: '203-2025-qh15', provisions: 'Art. 1, amending Art. 110 of the Constitution' }, { document: 'hien-phap-2013' }],
    });
    expect(parsed.basis.map((basis) => basis.provisions)).toEqual(['Art. 1, amending Art. 110 of the Constitution', undefined]);
  });
  it('refuses an unknown section, a missing meaning, markup and unknown keys', () => {
    expect(glossaryTermSchema.safeParse({ ...term, section: 'places' }).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ ...term, meaning: '' }).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ ...term, meaning: 'A <b>commune</b>.' }).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ ...term, note: 'x' }).success).toBe(false);
  });
  it('refuses a basis that is not a register id', () => {
    expect(glossaryTermSchema.safeParse({ ...term, basis: [{ document: '203/2025/QH15' }] }).success).toBe(false);
  });
});
