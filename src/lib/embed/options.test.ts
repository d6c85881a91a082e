import { describe, expect, it } from 'vitest';
import { embedOptions, themeOfMessage } from './options.ts';

describe('embedOptions', () => {
  it('is light and automatic when the URL says nothing', () => {
    expect(embedOptions('')).toEqual({ theme: 'light', layout: 'auto' });
  });

  it('takes each theme and the compact layout from the query string', () => {
    expect(embedOptions('?theme=dark').theme).toBe('dark');
    expect(embedOptions('?theme=auto&layout=compact')).toEqual({ theme: 'auto', layout: 'compact' });
  });

  it('ignores values it does not know, keeping the defaults', () => {
    expect(embedOptions('?theme=%3Cscript%3E&layout=huge')).toEqual({ theme: 'light', layout: 'auto' });
  });
});

describe('themeOfMessage', () => {
  it('reads a claimline:theme message', () => {
    expect(themeOfMessage({ type: 'claimline:theme', theme: 'dark' })).toBe('dark');
  });

  it('ignores other messages and unknown themes', () => {
    expect(themeOfMessage({ type: 'claimline:height', theme: 'dark' })).toBeUndefined();
    expect(themeOfMessage({ type: 'claimline:theme', theme: 'pink' })).toBeUndefined();
    expect(themeOfMessage('claimline:theme')).toBeUndefined();
    expect(themeOfMessage(null)).toBeUndefined();
  });
});
