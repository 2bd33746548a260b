import { describe, expect, it } from 'vitest';
import { generatedState, withFingerprint } from './generated-file.ts';

const generated = withFingerprint('# Task rows of plan x.\n# Do not edit by hand.\n- id: x-1\n  text: Một nhiệm vụ mẫu\n');

describe('generated files', () => {
  it('puts the fingerprint at the end of the header comment', () => {
    expect(generated.split('\n')[2]).toMatch(/^# fingerprint: sha256:[0-9a-f]{64}$/);
    expect(generated.split('\n')[3]).toBe('- id: x-1');
  });
  it('a file as generated is recognised; a comment added to the header does not count as an edit', () => {
    expect(generatedState(generated)).toBe('as-generated');
    expect(generatedState(`# a note\n${generated}`)).toBe('as-generated');
  });
  it('an edit of the body is detected', () => {
    expect(generatedState(generated.replace('Một nhiệm vụ mẫu', 'Một nhiệm vụ đã sửa'))).toBe('edited');
  });
  it('a missing file and a file from before fingerprints are told apart', () => {
    expect(generatedState(null)).toBe('absent');
    expect(generatedState('# old header\n- id: x-1\n')).toBe('unmarked');
  });
});
