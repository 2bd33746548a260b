import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { agencyName, agencyNameText } from './agency-names.ts';

const justice = realCorpus.agencies.find((agency) => agency.id === 'chi-lang-phong-tu-phap');

describe('office names by language', () => {
  it('in English: the registry’s English name, the Vietnamese beside it', () => {
    expect(agencyName(justice, 'en')).toEqual({ text: 'Justice Office', lang: 'en', vietnamese: 'Phòng Tư pháp' });
    expect(agencyNameText(justice, 'en')).toBe('Justice Office (Phòng Tư pháp)');
  });
  it('in Vietnamese: the Vietnamese name alone', () => {
    expect(agencyName(justice, 'vi')).toEqual({ text: 'Phòng Tư pháp', lang: 'vi', vietnamese: null });
  });
  it('without an English name in the registry: the Vietnamese, marked as Vietnamese, never a made-up translation', () => {
    expect(agencyName({ name: 'Phòng Văn hóa và Thông tin', name_en: null }, 'en')).toEqual({
      text: 'Phòng Văn hóa và Thông tin',
      lang: 'vi',
      vietnamese: null,
    });
    expect(agencyNameText({ name: 'Phòng Văn hóa và Thông tin', name_en: null }, 'en')).toBe('Phòng Văn hóa và Thông tin');
  });
  it('an id the registry does not know shows as given', () => {
    expect(agencyName(undefined, 'en', 'unknown-id')).toEqual({ text: 'unknown-id', lang: 'vi', vietnamese: null });
  });
  it('every office in the registry has an English name today', () => {
    expect(realCorpus.agencies.filter((agency) => !agency.name_en).map((agency) => agency.id)).toEqual([]);
  });
});
