import { describe, expect, it } from 'vitest';
import { detectParties } from '../../../lib/analysis/detect';
import { ENACTING_FORMULA, ENACTING_FORMULA_AT_END } from '../../../lib/analysis/kind';

describe('detectParties', () => {
  // A preamble that names no state: the parties can come only from the title.
  const PREAMBLE = '双方高度评价条约的历史和现实价值，并同意根据条约第二十五条对其予以延期。';

  it.each([
    ['中俄联合声明', ['CN', 'RU']],
    ['中俄两国元首联合声明', ['CN', 'RU']],
    ['中俄兩國元首聯合聲明', ['CN', 'RU']],
    ['中俄元首关于加强全球战略稳定的联合声明', ['CN', 'RU']],
    ['中美联合公报', ['CN', 'US']],
  ])('reads the parties of %s from its abbreviation compound', (title, parties) => {
    expect(detectParties(title, PREAMBLE, 'zh', 'joint-statement')).toEqual(parties);
  });
});

describe('ENACTING_FORMULA', () => {
  it.each([
    ['The Parties have agreed as follows:', true],
    ['The two sides declare as follows:', true],
    ['The Leaders stated as follows', true],
    ['双方达成协议如下：', true],
    ['缔约双方議定如下：', true],
    ['Стороны договорились о нижеследующем:', true],
    // A news report introducing the text it quotes is no instrument's enacting formula.
    ['Xinhua released the full text of the joint statement as follows:', false],
    ['新华社受权全文播发联合声明，全文如下：', false],
  ])('%s → %s', (text, enacting) => {
    expect(ENACTING_FORMULA.test(text)).toBe(enacting);
    expect(ENACTING_FORMULA_AT_END.test(text)).toBe(enacting);
  });
});
