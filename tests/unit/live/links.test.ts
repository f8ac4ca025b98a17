import { describe, expect, it } from 'vitest';
import { linkFromHash, shareLinkUrl } from '../../../src/domain/live/links';

describe('share links', () => {
  it('read back what they carry, in the fragment', () => {
    const link = {
      serverUrl: 'wss://atelier.example.fr/live',
      roomId: 'r'.repeat(32),
      secret: 'k-_'.repeat(10),
    };
    const url = new URL(shareLinkUrl('https://fabrik.example.fr', link));
    expect(url.pathname).toBe('/atelier');
    expect(url.search).toBe('');
    expect(linkFromHash(url.hash)).toEqual(link);
  });

  it('refuse a link without a WebSocket server or a secret', () => {
    expect(linkFromHash('#s=javascript:alert(1)&r=abc&k=def')).toBeUndefined();
    expect(linkFromHash('#s=ws://127.0.0.1:1234&r=abc')).toBeUndefined();
  });
});
