/**
 * Dates the portal writes itself are dd/mm/yyyy (01/07/2025), like the dates the
 * site formats. Checked in the editorial text: interface strings, locality notes
 * and the rights guides. The plans' own wording (content/sources, tasks.yaml,
 * statements.yaml) is quoted verbatim and keeps the documents' "14/6/2023".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** d/m/yyyy dates with a one-digit day or month. */
const SHORT_DATE = /(?<![\d/])(?:\d\/\d{1,2}|\d{2}\/\d)\/(?:19|20)\d{2}(?!\d)/g;

const guides = (lang: string) =>
  readdirSync(path.join('content', 'guides', lang))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join('content', 'guides', lang, name));
const editorial = ['src/i18n/vi.json', 'src/i18n/en.json', 'content/localities.yaml', ...guides('vi'), ...guides('en')];

describe('editorial dates are dd/mm/yyyy', () => {
  it('the pattern finds one-digit days and months, and only those', () => {
    expect('ngày 01/7/2025, 1/07/2025, 14/6/2023'.match(SHORT_DATE)).toEqual(['01/7/2025', '1/07/2025', '14/6/2023']);
    expect('01/07/2025, số 202/2025/QH15, 12/2025'.match(SHORT_DATE)).toBeNull();
  });

  for (const file of editorial) {
    it(`${file} writes dates as dd/mm/yyyy`, () => {
      const lines = readFileSync(file, 'utf8').split('\n');
      const found = lines.flatMap((line, index) => (line.match(SHORT_DATE) ?? []).map((date) => `line ${index + 1}: ${date}`));
      expect(found, `write these as dd/mm/yyyy (01/07/2025) in ${file}`).toEqual([]);
    });
  }
});
