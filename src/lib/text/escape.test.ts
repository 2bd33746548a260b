import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.ts';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(escapeHtml("Tom & Jerry's")).toBe('Tom &amp; Jerry&#39;s');
  });
  it('leaves Vietnamese text as it is', () => {
    expect(escapeHtml('Phường Ngã Năm, Tp Cần Thơ')).toBe('Phường Ngã Năm, Tp Cần Thơ');
  });
});
