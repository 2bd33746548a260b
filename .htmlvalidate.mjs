// html-validate's recommended rules on every built page (src/__tests__/output/html-output.test.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Pages are built with compressHTML off (white space between elements keeps words apart
    // in the search index), so Astro's template indentation leaves trailing spaces in the output.
    'no-trailing-whitespace': 'off',
    // A task page's title is its reference, the issuer and the plan as printed ("Nhiệm vụ 60
    // (PHỤ LỤC II) — Ủy ban nhân dân thị xã Đông Hòa"): verbatim, and longer than 70 characters.
    'long-title': 'off',
  },
};
