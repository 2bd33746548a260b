import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, localSiteWarning, permalinkFor, siteUrl } from './site-url.ts';

describe('siteUrl', () => {
  it('uses the local address when SITE_URL is unset or blank, and says so', () => {
    expect(siteUrl(undefined)).toEqual({ url: `${LOCAL_SITE_URL}/`, fromEnvironment: false });
    expect(siteUrl('  ')).toEqual({ url: `${LOCAL_SITE_URL}/`, fromEnvironment: false });
  });

  it('takes a public address, with or without a trailing slash', () => {
    expect(siteUrl('https://papi.example.org')).toEqual({ url: 'https://papi.example.org/', fromEnvironment: true });
    expect(siteUrl(' https://papi.example.org/ ')).toEqual({ url: 'https://papi.example.org/', fromEnvironment: true });
  });

  it('rejects a sub-path, since the pages link from the root of the host', () => {
    expect(() => siteUrl('https://example.org/cam-ket/')).toThrow(/SITE_URL="https:\/\/example.org\/cam-ket\/" has a path/);
  });

  it('rejects what is not an absolute http(s) address, naming the value and how to set it', () => {
    expect(() => siteUrl('papi.example.org')).toThrow(/SITE_URL="papi.example.org" is not an address.*SITE_URL=https:\/\//);
    expect(() => siteUrl('ftp://example.org')).toThrow(/must start with https:\/\//);
    expect(() => siteUrl('https://example.org/?a=1')).toThrow(/query or fragment/);
  });

  it('rejects an address with a user name or password, without repeating the password', () => {
    expect(() => siteUrl('https://user:secret@papi.example.org/')).toThrow(/user name or password .*https:\/\/papi\.example\.org\//);
    try {
      siteUrl('https://user:secret@papi.example.org/');
    } catch (error) {
      expect(String(error)).not.toContain('secret');
    }
  });
  it('warns that a build without SITE_URL points to the local address', () => {
    expect(localSiteWarning()).toContain(`${LOCAL_SITE_URL}/`);
    expect(localSiteWarning()).toContain('Publishing the site');
  });
});

describe('permalinks', () => {
  it('are absolute under SITE_URL', () => {
    expect(permalinkFor('/nhiem-vu/nga-nam-2021-1-a/', 'https://papi.example.org/')).toBe('https://papi.example.org/nhiem-vu/nga-nam-2021-1-a/');
  });
  it('stay root-relative without it, never pointing at localhost', () => {
    expect(permalinkFor('/nhiem-vu/nga-nam-2021-1-a/', null)).toBe('/nhiem-vu/nga-nam-2021-1-a/');
  });
});
