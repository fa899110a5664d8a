import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../lib/text/escape-regexp';

describe('escapeRegExp', () => {
  // Names as the registry and page titles hold them: hyphens, dots, slashes, brackets, separators.
  it.each(['Treaty on the Non-Proliferation of Nuclear Weapons', 'U.N. Charter', 'A/RES/74/247', '外交部 | Ministry (PRC)', '*[x]+?^${}\\'])(
    'matches %j literally, with and without the u flag, inside and outside a class',
    (name) => {
      for (const flags of ['', 'u']) {
        expect(new RegExp(`^${escapeRegExp(name)}$`, flags).test(name)).toBe(true);
        expect(new RegExp(`^[${escapeRegExp(name)}]+$`, flags).test(name)).toBe(true);
      }
    },
  );

  it('leaves no character its special meaning', () => {
    expect(['UxN. Charter', 'U.N. Charter'].map((text) => new RegExp(`^${escapeRegExp('U.N. Charter')}$`, 'u').test(text))).toEqual([false, true]);
    expect(['-', 'a-c', 'b'].map((text) => new RegExp(`^[${escapeRegExp('a-c')}]$`, 'u').test(text))).toEqual([true, false, false]);
  });
});
