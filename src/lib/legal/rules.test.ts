import { describe, expect, it } from 'vitest';
import { legalDocumentSchema, type LegalDocument, type LegalDocumentInput } from '../../schemas/legal-document.ts';
import { buildRegister } from './register.ts';
import { guideCitationProblems, registerProblems } from './rules.ts';
import { standingOn } from './standing.ts';

const doc = (input: Partial<LegalDocumentInput> & Pick<LegalDocumentInput, 'id' | 'number'>): LegalDocument =>
  legalDocumentSchema.parse({
    title: { vi: `Văn bản ${input.number}`, en: `Document ${input.number}` },
    issued: '2013-11-25',
    in_force_from: '2014-07-01',
    source: 'https://vbpl.vn/',
    checked: '2026-12-02',
    ...input,
  });

const reception = doc({ id: '42-2013-qh13', number: '42/2013/QH13', title: { vi: 'Luật Tiếp công dân', en: 'Law on Citizen Reception' } });
const amending = doc({ id: '136-2025-qh15', number: '136/2025/QH15', issued: '2025-12-10', in_force_from: '2026-07-01', amends: ['42-2013-qh13'] });
const ordinance = doc({ id: '34-2007-pl-ubtvqh11', number: '34/2007/PL-UBTVQH11', issued: '2007-04-20', in_force_from: '2007-07-01' });
const democracy = doc({ id: '10-2022-qh15', number: '10/2022/QH15', issued: '2022-11-10', in_force_from: '2023-07-01', replaces: ['34-2007-pl-ubtvqh11'] });
const register = buildRegister([reception, amending, ordinance, democracy]);
const guide = (legal_bases: Array<{ document: string; provisions: string; note?: string }>, last_checked = '2026-12-02') => ({ last_checked, legal_bases });

describe('a guide citing the register', () => {
  it('may not cite Law 42/2013 Art. 15 without the 2025 amendment: the field and the amending law are named', () => {
    const problems = guideCitationProblems(guide([{ document: '42-2013-qh13', provisions: 'Điều 15' }]), register);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ entry: 'frontmatter', field: 'legal_bases[0]', document: '136-2025-qh15' });
    expect(problems[0]?.message).toMatch(/amended by 136\/2025\/QH15 \(in force 01\/07\/2026\)/);
  });

  it('may cite an amended law beside the amending act', () => {
    expect(
      guideCitationProblems(
        guide([
          { document: '42-2013-qh13', provisions: 'Điều 15' },
          { document: '136-2025-qh15', provisions: 'Điều 1' },
        ]),
        register,
      ),
    ).toEqual([]);
  });

  it('may cite an amended law with a note naming the amending act', () => {
    expect(
      guideCitationProblems(guide([{ document: '42-2013-qh13', provisions: 'Điều 2', note: 'Luật số 136/2025/QH15 không sửa Điều 2.' }]), register),
    ).toEqual([]);
  });

  it('may not rely on a check made before the amending act was issued', () => {
    const problems = guideCitationProblems(
      guide(
        [
          { document: '42-2013-qh13', provisions: 'Điều 15' },
          { document: '136-2025-qh15', provisions: 'Điều 1' },
        ],
        '2025-11-22',
      ),
      register,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'last_checked',
        document: '136-2025-qh15',
        message: expect.stringMatching(/22\/11\/2025 is before 136\/2025\/QH15 \(issued 10\/12\/2025\)/),
      }),
    ]);
  });

  it('may not cite a replaced document without a note naming the replacement', () => {
    const problems = guideCitationProblems(guide([{ document: '34-2007-pl-ubtvqh11', provisions: 'Điều 13' }]), register);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'legal_bases[0]', document: '10-2022-qh15', message: expect.stringMatching(/replaced by 10\/2022\/QH15/) }),
    ]);
    expect(
      guideCitationProblems(
        guide([
          {
            document: '34-2007-pl-ubtvqh11',
            provisions: 'Điều 13',
            note: 'Các kế hoạch năm 2021 dựa trên Pháp lệnh này; từ 01/07/2023 áp dụng Luật số 10/2022/QH15.',
          },
        ]),
        register,
      ),
    ).toEqual([]);
  });

  it('may not cite a document the register does not hold', () => {
    expect(guideCitationProblems(guide([{ document: '99-2099-qh99', provisions: 'Điều 1' }]), register)).toEqual([
      expect.objectContaining({
        field: 'legal_bases[0].document',
        message: expect.stringMatching(/not in the register; add content\/legal\/99-2099-qh99\.yaml/),
      }),
    ]);
  });
});

describe('the register', () => {
  it('derives what amended and what replaced a document from the newer documents', () => {
    expect(register.get('42-2013-qh13')?.amendedBy.map((document) => document.id)).toEqual(['136-2025-qh15']);
    expect(register.get('34-2007-pl-ubtvqh11')?.replacedBy?.id).toBe('10-2022-qh15');
    expect(register.get('10-2022-qh15')?.replacedBy).toBeNull();
  });

  it('refuses unknown ids, a document amending itself, two entries with one number, and force before issue', () => {
    const problems = registerProblems([
      reception,
      doc({ id: 'a', number: '42/2013/QH13' }),
      doc({ id: 'b', number: 'B', amends: ['b', 'nowhere'] }),
      doc({ id: 'c', number: 'C', issued: '2020-01-02', in_force_from: '2020-01-01' }),
    ]);
    expect(problems.map((problem) => `${problem.id} ${problem.field}`)).toEqual(['a number', 'b amends[0]', 'b amends[1]', 'c in_force_from']);
  });
});

describe('standing on a day', () => {
  it('an amended law in force, before and after the amendment takes effect', () => {
    const entry = register.get('42-2013-qh13');
    if (!entry) throw new Error('missing');
    expect(standingOn(entry, '2026-03-01')).toMatchObject({ kind: 'in_force', since: '2014-07-01', amendments: [{ from: '2026-07-01', inEffect: false }] });
    expect(standingOn(entry, '2026-12-02')).toMatchObject({ kind: 'in_force', amendments: [{ from: '2026-07-01', inEffect: true }] });
  });

  it('a replaced document, and one whose replacement is not yet in force', () => {
    const entry = register.get('34-2007-pl-ubtvqh11');
    if (!entry) throw new Error('missing');
    expect(standingOn(entry, '2026-12-02')).toMatchObject({ kind: 'replaced', since: '2023-07-01', by: { id: '10-2022-qh15' } });
    expect(standingOn(entry, '2023-01-01')).toMatchObject({ kind: 'in_force', replacement: { from: '2023-07-01', inEffect: false } });
  });

  it('a document not yet in force', () => {
    const entry = register.get('136-2025-qh15');
    if (!entry) throw new Error('missing');
    expect(standingOn(entry, '2026-01-01')).toMatchObject({ kind: 'not_yet', from: '2026-07-01' });
  });
});
