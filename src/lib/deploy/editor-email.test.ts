import { describe, expect, it } from 'vitest';
import { editorEmail, mailtoLink } from './editor-email.ts';

describe('editorEmail (EDITOR_EMAIL)', () => {
  it('is null when unset or blank: pages then point to the about page, never to a made-up address', () => {
    expect(editorEmail(undefined)).toBeNull();
    expect(editorEmail('  ')).toBeNull();
  });

  it('takes one plain address', () => {
    expect(editorEmail(' bientap@papi.example.org ')).toBe('bientap@papi.example.org');
    expect(editorEmail('bien.tap+loi@sub.example.vn')).toBe('bien.tap+loi@sub.example.vn');
  });

  it('refuses what is not one address, naming the value and how to set it', () => {
    expect(() => editorEmail('mailto:a@example.org')).toThrow(/starts with "mailto:".*EDITOR_EMAIL=/);
    expect(() => editorEmail('a@example.org, b@example.org')).toThrow(/several addresses/);
    expect(() => editorEmail('a@example.org\nBcc: x@evil.example')).toThrow(/line break/);
    expect(() => editorEmail('a@example.org?cc=x@evil.example')).toThrow(/not an e-mail address/);
    expect(() => editorEmail('bientap')).toThrow(/EDITOR_EMAIL="bientap" is not an e-mail address/);
    expect(() => editorEmail('a@localhost')).toThrow(/not an e-mail address/);
  });
});

describe('mailtoLink', () => {
  const params = (link: string) => new URL(link).searchParams;

  it('percent-encodes Vietnamese text as UTF-8, so that it arrives intact', () => {
    const link = mailtoLink(
      'bientap@papi.example.org',
      'Báo lỗi nhiệm vụ nga-nam-2021-1-a',
      'Trang: https://papi.example.org/nhiem-vu/nga-nam-2021-1-a/\nChỗ sai: Đắk R’Lấp',
    );
    expect(link.startsWith('mailto:bientap@papi.example.org?subject=')).toBe(true);
    expect(link).toContain('B%C3%A1o%20l%E1%BB%97i');
    expect(link).not.toMatch(/[^\x21-\x7e]/);
    expect(params(link).get('subject')).toBe('Báo lỗi nhiệm vụ nga-nam-2021-1-a');
    expect(params(link).get('body')).toBe('Trang: https://papi.example.org/nhiem-vu/nga-nam-2021-1-a/\r\nChỗ sai: Đắk R’Lấp');
  });

  it('sends line breaks of the body as CRLF (%0D%0A), as RFC 6068 asks', () => {
    expect(mailtoLink('a@example.org', 's', 'một\nhai\r\nba')).toContain('body=m%E1%BB%99t%0D%0Ahai%0D%0Aba');
  });

  it('keeps the subject on one line: a line break cannot start a new header', () => {
    const link = mailtoLink('a@example.org', 'Báo lỗi\r\nBcc: x@evil.example\nCc: y@evil.example', 'body');
    expect(params(link).get('subject')).toBe('Báo lỗi Bcc: x@evil.example Cc: y@evil.example');
    expect(link).not.toMatch(/subject=[^&]*%0[AD]/i);
    expect([...params(link).keys()]).toEqual(['subject', 'body']);
  });

  it("escapes '&' and '=' in the texts, so that they cannot add parameters", () => {
    const link = mailtoLink('a@example.org', 'a&cc=x@evil.example', 'b&bcc=y@evil.example');
    expect([...params(link).keys()]).toEqual(['subject', 'body']);
    expect(params(link).get('body')).toBe('b&bcc=y@evil.example');
  });

  it('refuses an address that is not one plain address', () => {
    expect(() => mailtoLink('a@example.org?bcc=x@evil.example', 's', 'b')).toThrow(/not an e-mail address/);
  });
});
