import { describe, expect, it } from 'vitest';
import { sourceRef } from './common.ts';
import { agencySchema } from './agency.ts';
import { guideSchema } from './guide.ts';
import { localitySchema } from './locality.ts';
import { planSchema } from './plan.ts';
import { progressSchema } from './progress.ts';

describe('a source reference', () => {
  it('accepts an http(s) address', () => {
    expect(sourceRef.parse({ title: 'Báo cáo', url: 'https://example.org/bao-cao.pdf' }).url).toBe('https://example.org/bao-cao.pdf');
  });
  it('refuses javascript:, data: and other schemes, saying what to give', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x', 'file:///etc/passwd']) {
      const result = sourceRef.safeParse({ title: 'Báo cáo', url });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/http\(s\) address/);
    }
  });
});

describe('text fields refuse markup, one rule for every content kind', () => {
  const HOSTILE = '<img src=x onerror="alert(1)">';
  const fields: Array<[string, { safeParse: (value: unknown) => { success: boolean; error?: { issues: Array<{ message: string }> } } }]> = [
    ['a plan title', planSchema.shape.title],
    ['a plan issuer', planSchema.shape.issuer],
    ['an agency name', agencySchema.shape.name],
    ['a locality name', localitySchema.shape.full_name],
    ['a progress note', progressSchema.shape.note],
    ['a source title', sourceRef.shape.title],
    ['a guide title', guideSchema.shape.title],
  ];
  for (const [what, schema] of fields) {
    it(`${what}`, () => {
      const result = schema.safeParse(`Kế hoạch ${HOSTILE}`);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/markup/);
      expect(schema.safeParse('Kế hoạch cải thiện Chỉ số PAPI năm 2024 (< 5 ngày)').success).toBe(true);
    });
  }
});
