/**
 * Rights guides: the build refuses a guide without legal bases, without a
 * last-checked date, linking a task or sub-dimension that does not exist, or
 * without its translation — with the file and the field named. Each case edits
 * a copy of the real content in a temporary folder (never published).
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { frontmatterOf, loadCorpus } from './corpus.ts';
import { copyContent, problemsOf, removeContentCopies } from './testing.ts';
import { guideSchema } from '../../schemas/guide.ts';

afterEach(removeContentCopies);

/** Rewrites a guide's frontmatter, keeping its body. */
function editGuide(root: string, lang: 'vi' | 'en', slug: string, edit: (data: Record<string, unknown>) => void): void {
  const file = path.join(root, 'guides', lang, `${slug}.mdx`);
  const text = readFileSync(file, 'utf8');
  const yaml = frontmatterOf(text);
  if (yaml === null) throw new Error(`${file} has no frontmatter`);
  const data = parse(yaml) as Record<string, unknown>;
  edit(data);
  writeFileSync(file, text.replace(yaml, stringify(data, { lineWidth: 0 }).trimEnd()));
}

describe('the real guides', () => {
  const corpus = loadCorpus('content', { today: '2026-11-22' });
  it('exist in Vietnamese and English', () => {
    const vi = corpus.guides.filter((guide) => guide.lang === 'vi').map((guide) => guide.slug).sort();
    const en = corpus.guides.filter((guide) => guide.lang === 'en').map((guide) => guide.slug).sort();
    expect(vi.length).toBeGreaterThanOrEqual(3);
    expect(en).toEqual(vi);
  });
  it('each cite at least one document of the register with the provisions relied on', () => {
    const register = new Set(corpus.legalDocuments.map((document) => document.id));
    for (const guide of corpus.guides) {
      expect(guide.legal_bases.length, guide.slug).toBeGreaterThan(0);
      for (const basis of guide.legal_bases) {
        expect(register.has(basis.document), `${guide.slug}: ${basis.document}`).toBe(true);
        expect(basis.provisions, guide.slug).not.toBe('');
      }
    }
  });
  it('were all checked against the law on 02/12/2026', () => {
    for (const guide of corpus.guides) expect(guide.last_checked, `${guide.lang}/${guide.slug}`).toBe('2026-12-02');
  });
});

describe('a guide the build refuses', () => {
  it('has no legal basis', () => {
    const root = copyContent();
    editGuide(root, 'vi', 'bau-cu', (data) => {
      data.legal_bases = [];
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/guides\/vi\/bau-cu\.mdx › frontmatter › field "legal_bases": a guide needs at least one legal basis/)]);
  });

  it('has no last-checked date', () => {
    const root = copyContent();
    editGuide(root, 'en', 'bau-cu', (data) => {
      delete data.last_checked;
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/guides\/en\/bau-cu\.mdx › frontmatter › field "last_checked": give the day an editor last checked the guide/)]);
  });

  it('cites a law without naming its document in the register', () => {
    const root = copyContent();
    editGuide(root, 'vi', 'bau-cu', (data) => {
      delete (data.legal_bases as Array<Record<string, unknown>>)[0]!.document;
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/guides\/vi\/bau-cu\.mdx › frontmatter › field "legal_bases\[0\]\.document": give the register id of the document/)]);
  });

  it('cites Law 42/2013/QH13 Art. 15 without its 2025 amendment', () => {
    const root = copyContent();
    for (const lang of ['vi', 'en'] as const) {
      editGuide(root, lang, 'khieu-nai-to-cao', (data) => {
        data.legal_bases = [{ document: '42-2013-qh13', provisions: 'Điều 15' }];
      });
    }
    const problems = problemsOf(root);
    expect(problems).toContainEqual(expect.stringMatching(/guides\/vi\/khieu-nai-to-cao\.mdx › frontmatter › field "legal_bases\[0\]": cites 42\/2013\/QH13, amended by 136\/2025\/QH15/));
    expect(problems).toContainEqual(expect.stringMatching(/guides\/en\/khieu-nai-to-cao\.mdx › frontmatter › field "legal_bases\[0\]": cites 42\/2013\/QH13, amended by 136\/2025\/QH15/));
  });

  it('cites a document still in the old format (title and number instead of a register id)', () => {
    const root = copyContent();
    editGuide(root, 'vi', 'bau-cu', (data) => {
      data.legal_bases = [{ title: 'Luật Đất đai', number: '31/2024/QH15', provisions: 'Điều 159' }];
    });
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/guides\/vi\/bau-cu\.mdx › frontmatter › field "legal_bases\[0\]": title, number: not a field of a citation/));
  });

  it('cites other documents in English than in Vietnamese', () => {
    const root = copyContent();
    editGuide(root, 'en', 'bau-cu', (data) => {
      data.legal_bases = (data.legal_bases as unknown[]).slice().reverse();
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/guides\/en\/bau-cu\.mdx › frontmatter › field "legal_bases": cites other documents than content\/guides\/vi\/bau-cu\.mdx/)]);
  });

  it('links a task id that does not exist', () => {
    const root = copyContent();
    for (const lang of ['vi', 'en'] as const) {
      editGuide(root, lang, 'bau-cu', (data) => {
        (data.tasks as string[]).push('nga-nam-2021-99-z');
      });
    }
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/guides\/vi\/bau-cu\.mdx › frontmatter › field "tasks\[\d+\]": no task has the id "nga-nam-2021-99-z"/),
      expect.stringMatching(/guides\/en\/bau-cu\.mdx › frontmatter › field "tasks\[\d+\]": no task has the id "nga-nam-2021-99-z"/),
    ]);
  });

  it('names a sub-dimension that does not exist', () => {
    const root = copyContent();
    for (const lang of ['vi', 'en'] as const) {
      editGuide(root, lang, 'bau-cu', (data) => {
        data.subdimensions = ['1.9'];
      });
    }
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/guides\/vi\/bau-cu\.mdx › frontmatter › field "subdimensions\[0\]": "1\.9" is not a PAPI sub-dimension/));
  });

  it('lists other tasks in English than in Vietnamese', () => {
    const root = copyContent();
    editGuide(root, 'en', 'bau-cu', (data) => {
      data.tasks = (data.tasks as string[]).slice(1);
    });
    expect(problemsOf(root)).toEqual([expect.stringMatching(/guides\/en\/bau-cu\.mdx › frontmatter › field "tasks": differs from content\/guides\/vi\/bau-cu\.mdx/)]);
  });

  it('has no English version', () => {
    const root = copyContent();
    unlinkSync(path.join(root, 'guides', 'en', 'bau-cu.mdx'));
    expect(problemsOf(root)).toEqual([expect.stringMatching(/guides\/vi\/bau-cu\.mdx: has no English version; add content\/guides\/en\/bau-cu\.mdx/)]);
  });

  it('has no frontmatter', () => {
    const root = copyContent();
    writeFileSync(path.join(root, 'guides', 'vi', 'bau-cu.mdx'), '# Bầu cử\n');
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/guides\/vi\/bau-cu\.mdx: has no frontmatter/));
  });
});

describe('the guide schema', () => {
  const valid = {
    title: 'T',
    summary: 'S',
    order: 1,
    last_checked: '2026-11-22',
    subdimensions: ['1.3'],
    legal_bases: [{ document: '31-2024-qh15', provisions: 'Điều 159' }],
  };
  it('accepts dates as text (the corpus check) and as Date objects (Astro frontmatter) alike', () => {
    const fromText = guideSchema.parse(valid);
    const fromDates = guideSchema.parse({ ...valid, last_checked: new Date('2026-11-22T00:00:00Z') });
    expect(fromDates).toEqual(fromText);
    expect(fromText.last_checked).toBe('2026-11-22');
  });
  it('refuses a date that is not a calendar date', () => {
    expect(guideSchema.safeParse({ ...valid, last_checked: '2026-02-30' }).success).toBe(false);
  });
  it('refuses a legal basis without the articles relied on', () => {
    const result = guideSchema.safeParse({ ...valid, legal_bases: [{ document: '31-2024-qh15', provisions: '' }] });
    expect(result.success).toBe(false);
  });
});
