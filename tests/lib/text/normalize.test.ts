import { describe, expect, it } from 'vitest';
import { foldForFingerprint } from '../../../lib/text/normalize';
import { hash64 } from '../../../lib/text/hash';

describe('foldForFingerprint', () => {
  it('makes full-width and ASCII punctuation and any whitespace the same', () => {
    const wire = '中华人民共和国和俄罗斯联邦（以下称“双方”），在《条约》（2001年7月16日签署）缔结20周年之际';
    const republished = '中华人民共和国和俄罗斯联邦 (以下称"双方") , 在 <条约> (２００１年7月16日签署)\n缔结20周年之际';
    expect(foldForFingerprint(republished)).toBe(foldForFingerprint(wire));
  });

  it('keeps letters and digits apart from one another', () => {
    expect(foldForFingerprint('Article 25 of the Treaty')).toBe('article25ofthetreaty');
    expect(foldForFingerprint('статья 25 Договора')).toBe('статья25договора');
  });
});

describe('hash64', () => {
  it('gives 16 hex digits, equal for equal text and different for different text', () => {
    expect(hash64('双方')).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64('双方')).toBe(hash64('双方'));
    expect(hash64('第二十五条')).not.toBe(hash64('第二十六条'));
  });
});
