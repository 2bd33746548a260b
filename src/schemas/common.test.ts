import { describe, expect, it } from 'vitest';
import { sourceRef } from './common.ts';

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
