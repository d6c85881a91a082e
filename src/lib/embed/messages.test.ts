import { describe, expect, it } from 'vitest';
import {
  embedId,
  heightMessage,
  HEIGHT_MESSAGE,
  HEIGHT_REQUEST,
  isHeightRequest,
  wordpressHeightMessage,
  wordpressSecret,
} from './messages.ts';

describe('the messages an embed sends', () => {
  it('names an embed by its kind and id, as "claims/<slug>" or "metrics/<id>"', () => {
    expect(embedId('claims', 'russian-mod-1351-killed')).toBe('claims/russian-mod-1351-killed');
    expect(embedId('metrics', 'ru-killed')).toBe('metrics/ru-killed');
  });

  it('sends its height under the namespaced type "claimline:height", rounded up to a whole pixel', () => {
    expect(HEIGHT_MESSAGE).toBe('claimline:height');
    expect(heightMessage('claims/a', 612.2)).toEqual({ type: 'claimline:height', id: 'claims/a', height: 613 });
  });

  it("sends WordPress's own height message with the secret, the word height and the value", () => {
    expect(wordpressHeightMessage('AbC123xyz0', 500.5)).toEqual({
      secret: 'AbC123xyz0',
      message: 'height',
      value: 501,
    });
  });
});

describe('wordpressSecret', () => {
  it('reads the secret WordPress adds to the fragment of an oEmbed iframe (#?secret=…)', () => {
    expect(wordpressSecret('#?secret=AbC123xyz0')).toBe('AbC123xyz0');
    expect(wordpressSecret('#secret=AbC123xyz0')).toBe('AbC123xyz0');
    expect(wordpressSecret('#?lang=en&secret=Q1w2E3')).toBe('Q1w2E3');
  });

  it('finds none in an empty or other fragment, or in a secret with characters WordPress never uses', () => {
    expect(wordpressSecret('')).toBeUndefined();
    expect(wordpressSecret('#figures')).toBeUndefined();
    expect(wordpressSecret('#?secret=')).toBeUndefined();
    expect(wordpressSecret('#?secret=<script>')).toBeUndefined();
    expect(wordpressSecret('#?notsecret=abc')).toBeUndefined();
  });
});

describe('isHeightRequest', () => {
  it("answers public/embed.js's request whatever the secret", () => {
    expect(isHeightRequest({ type: HEIGHT_REQUEST }, undefined)).toBe(true);
    expect(isHeightRequest({ type: 'claimline:request-height' }, 'abc')).toBe(true);
  });

  it("answers WordPress's ready message only when it carries this embed's secret", () => {
    expect(isHeightRequest({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
    expect(isHeightRequest({ message: 'ready', secret: 'other' }, 'abc')).toBe(false);
    expect(isHeightRequest({ message: 'ready', secret: 'abc' }, undefined)).toBe(false);
  });

  it('ignores anything else: other types, strings, null', () => {
    expect(isHeightRequest({ type: 'claimline:height' }, undefined)).toBe(false);
    expect(isHeightRequest('claimline:request-height', undefined)).toBe(false);
    expect(isHeightRequest(null, 'abc')).toBe(false);
  });
});
