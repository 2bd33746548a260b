/**
 * Roman numerals as plans print them: dimension headings ("IV"), appendix
 * numbers ("PHỤ LỤC II"). One parser, so that every reader agrees on them.
 */

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** A Roman numeral as printed (upper case, I to L). */
export const ROMAN_NUMERAL = /^[IVXL]+$/;

/** The value of a numeral such as "IV" or "XII"; null for anything that is not a well-formed numeral. */
export function romanValue(numeral: string): number | null {
  if (!ROMAN_NUMERAL.test(numeral)) return null;
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = VALUES[numeral[index] ?? ''] ?? 0;
    const next = VALUES[numeral[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // "IIII" or "VX" are not numerals a plan prints: refuse them rather than guess.
  return toRoman(total) === numeral ? total : null;
}

/** The canonical numeral of 1–89. */
export function toRoman(value: number): string {
  const table: Array<[number, string]> = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let numeral = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      numeral += letters;
      rest -= amount;
    }
  }
  return numeral;
}
