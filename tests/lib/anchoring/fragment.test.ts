import { describe, expect, it } from 'vitest';
import { analyzeDocument, type AnalysisResult } from '../../../lib/analysis/analyze';
import { describeRange } from '../../../lib/anchoring/describe';
import { documentText } from '../../../lib/anchoring/document-text';
import type { TextPositionSelector, TextQuoteSelector } from '../../../lib/anchoring/types';
import { Boundaries, directiveTerms, passageLink, type TextDirectiveTerms } from '../../../lib/anchoring/fragment';
import { page } from '../../helpers';
import { corpus } from '../export/corpus-annotations';

const russian = analyzeDocument(page('kremlin-statement-ru.html'))!;
const english = analyzeDocument(page('english-xinhua-statement-en.html'))!;

/** The passage from `needle` (in clause `eId`) to `endNeedle` (in clause `endEId`), as describeRange stores it. */
function passage(result: AnalysisResult, eId: string, needle: string, endEId = eId, endNeedle = needle) {
  const at = (id: string, text: string, end: boolean) => {
    const c = result.analysis.clauses.find((x) => x.eId === id)!;
    const i = c.text.indexOf(text);
    if (i === -1) throw new Error(`"${text}" is not in ${id}`);
    return { block: c.block, offset: c.start + i + (end ? text.length : 0) };
  };
  const selectors = describeRange(result.model, result.analysis.clauses, at(eId, needle, false), at(endEId, endNeedle, true));
  return {
    quote: selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!,
    position: selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!,
  };
}

/** The terms of the text directive in a URL, decoded (the URL syntax split first, then percent-decoding). */
function termsOf(url: string): TextDirectiveTerms {
  const directive = url.split('#:~:text=')[1]!;
  expect(directive).not.toMatch(/[()\s]/);
  const parts = directive.split(',');
  const prefix = parts[0]!.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : null;
  const suffix = parts[parts.length - 1]!.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : null;
  expect(parts.length).toBeGreaterThanOrEqual(1);
  expect(parts.length).toBeLessThanOrEqual(2);
  return { prefix, start: decodeURIComponent(parts[0]!), end: parts[1] !== undefined ? decodeURIComponent(parts[1]) : null, suffix };
}

/**
 * Where Chromium's matcher would find a directive in a text: the WICG algorithm ("find a range
 * from a text directive"), with word boundaries from ICU (Intl.Segmenter), case-insensitive, each
 * term within one block (a term never holds "\n", so a match never crosses one).
 */
function findDirective(text: string, terms: TextDirectiveTerms, language: string): [number, number] | null {
  const bounds = new Set<number>([text.length]);
  for (const { index } of new Intl.Segmenter(language, { granularity: 'word' }).segment(text)) bounds.add(index);
  const lower = text.toLowerCase();
  const find = (query: string, from: number, startBounded: boolean, endBounded: boolean): number => {
    const q = query.toLowerCase();
    for (let i = lower.indexOf(q, from); i !== -1; i = lower.indexOf(q, i + 1)) {
      if ((!startBounded || bounds.has(i)) && (!endBounded || bounds.has(i + q.length))) return i;
    }
    return -1;
  };
  const skipSpaces = (at: number) => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    return at;
  };
  const { prefix, start, end, suffix } = terms;
  const startMustEnd = end !== null || suffix === null;
  let searchFrom = 0;
  while (searchFrom < text.length) {
    let match: [number, number];
    if (prefix !== null) {
      const p = find(prefix, searchFrom, true, false);
      if (p === -1) return null;
      searchFrom = p + 1;
      const at = skipSpaces(p + prefix.length);
      if (find(start, at, false, startMustEnd) !== at) continue;
      match = [at, at + start.length];
    } else {
      const s = find(start, searchFrom, true, startMustEnd);
      if (s === -1) return null;
      searchFrom = s + 1;
      match = [s, s + start.length];
    }
    let endFrom = match[1];
    while (endFrom < text.length) {
      if (end !== null) {
        const e = find(end, endFrom, true, suffix === null);
        if (e === -1) return null;
        match[1] = e + end.length;
      }
      if (suffix === null) return match;
      const at = skipSpaces(match[1]);
      const x = find(suffix, at, false, true);
      if (x === -1) return null;
      if (x === at) return match;
      if (end === null) break;
      endFrom = match[1];
    }
  }
  return null;
}

const URL = 'https://example.org/statement.html#old-fragment';

const cases: Array<[string, AnalysisResult, ReturnType<typeof passage>]> = [
  ['a Chinese article reference that occurs once but starts with a word found everywhere', corpus, passage(corpus, 'sec_1__para_3', '条约第二十五条')],
  ['a Chinese passage cut in the middle of 合作', corpus, passage(corpus, 'sec_2__para_2', '作伙伴')],
  ['a Chinese passage ending in the middle of 落实', corpus, passage(corpus, 'sec_5__para_2', '双方商定落')],
  ['a whole Chinese list item with its dash', corpus, passage(corpus, 'sec_5__list_1__indent_4', '加强工业、信息通信、航天航空领域合作。')],
  ['a long Chinese clause', corpus, passage(corpus, 'sec_5__para_1', '中俄经济合作', 'sec_5__para_1', '创造良好合作环境。')],
  ['a Chinese passage across blocks', corpus, passage(corpus, 'sec_1__para_3', '同意根据', 'sec_2__para_1', '中俄关系')],
  ['a short Chinese word that occurs many times', corpus, passage(corpus, 'sec_8__para_29', '条约')],
  ['a Russian reference', russian, passage(russian, 'sec_1__para_1', 'статья 25 Договора')],
  ['a Russian passage cut mid-word at both ends', russian, passage(russian, 'sec_1__para_1', 'ороны констатир')],
  ['a long Russian passage with commas and a dash', russian, passage(russian, 'sec_1__para_1', 'Стороны констатируют', 'sec_1__para_1', '(далее — Договор)')],
  ['an English phrase with a hyphen', english, passage(english, 'preamble__para_1', 'Treaty of Good-Neighborliness and Friendly Cooperation')],
  ['an English passage cut mid-word', english, passage(english, 'sec_1__para_2', 'ccordance with Article 25')],
  ['a long English passage', english, passage(english, 'sec_2__para_2', 'Pursuant to Articles 16 and 17', 'sec_2__para_2', 'people-to-people exchanges.')],
];

describe('passageLink', () => {
  it.each(cases)('leads to %s, and only there', (_, result, { quote, position }) => {
    const url = passageLink(URL, quote, result.analysis.language);
    expect(url.startsWith('https://example.org/statement.html#:~:text=')).toBe(true);
    const terms = termsOf(url);
    expect(terms).toEqual(directiveTerms(quote, result.analysis.language));
    for (const term of [terms.prefix, terms.start, terms.end, terms.suffix]) {
      if (term !== null) expect(term).toMatch(/^\S(?:[^\n]*\S)?$/);
    }
    expect(findDirective(documentText(result.model).text, terms, result.analysis.language)).toEqual([position.start, position.end]);
  });

  it('cuts a long passage into start and end terms on word boundaries, and keeps a short one whole', () => {
    const long = passage(english, 'sec_2__para_2', 'Pursuant to Articles 16 and 17', 'sec_2__para_2', 'people-to-people exchanges.');
    expect(directiveTerms(long.quote, 'en')).toEqual({ prefix: null, start: 'Pursuant to Articles', end: 'to-people exchanges.', suffix: null });
    expect(passageLink('https://x.test/a', 'Article 25 of the Treaty', 'en')).toBe('https://x.test/a#:~:text=Article%2025%20of%20the%20Treaty');
  });

  it('lengthens the end term until its first occurrence after the start is the passage’s end', () => {
    const passageText = 'The two sides agree that the Treaty shall remain in force. The two sides also agree that the Treaty shall remain in force.';
    const text = `Article 1\n${passageText} Done at Moscow.`;
    const terms = directiveTerms(passageText, 'en')!;
    expect(terms).toEqual({ prefix: null, start: 'The two sides agree that', end: 'that the Treaty shall remain in force.', suffix: null });
    const at = text.indexOf(passageText);
    expect(findDirective(text, terms, 'en')).toEqual([at, at + passageText.length]);
    // The shortest end term would have stopped at the first sentence.
    expect(findDirective(text, { ...terms, end: 'shall remain in force.' }, 'en')).toEqual([at, at + passageText.indexOf('.') + 1]);
  });

  it('gives a passage cut mid-word the context that ends on a word boundary', () => {
    const { quote } = passage(corpus, 'sec_2__para_2', '作伙伴');
    expect(directiveTerms(quote, 'zh')).toEqual({ prefix: '彼此为优先合', start: '作伙伴', end: null, suffix: '，将根据条约进一步' });
  });

  it('needs the context: without it, a phrase that is also in the title leads to the title', () => {
    const { quote, position } = passage(english, 'preamble__para_1', 'Treaty of Good-Neighborliness and Friendly Cooperation');
    const text = documentText(english.model).text;
    const bare = findDirective(text, directiveTerms(quote.exact, 'en')!, 'en');
    expect(bare).not.toEqual([position.start, position.end]);
    expect(text.slice(...bare!)).toBe(quote.exact);
    expect(directiveTerms(quote, 'en')).toMatchObject({ prefix: 'signing of the', suffix: "between the People's" });
  });

  it('percent-encodes the characters the syntax and Markdown reserve', () => {
    const url = passageLink('https://x.test/a', 'non-interference, equality & (mutual) benefit', 'en');
    expect(url).toBe('https://x.test/a#:~:text=non%2Dinterference%2C%20equality%20%26%20%28mutual%29%20benefit');
    expect(termsOf(url).start).toBe('non-interference, equality & (mutual) benefit');
  });

  it('takes a plain passage to start and end where it does, and leaves a URL without a passage alone', () => {
    expect(directiveTerms('  中俄关系\n\n二  ', 'zh')).toEqual({ prefix: null, start: '中俄关系', end: '二', suffix: null });
    expect(passageLink('https://x.test/a#b', ' \n ', 'zh')).toBe('https://x.test/a');
    expect(directiveTerms('x', 'not a language tag!')).toEqual({ prefix: null, start: 'x', end: null, suffix: null });
  });
});

describe('Boundaries', () => {
  /** Every boundary of `text` as a full pass of Intl.Segmenter finds them, with 0 and the length. */
  function allBoundaries(text: string, language: string): number[] {
    const found = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)].map((s) => s.index);
    return [...found, text.length];
  }

  it('answers each query as a full pass of the segmenter would, in Chinese, Russian and English', () => {
    const texts: Array<[string, string]> = [
      [corpus.model.blocks.slice(0, 6).map((b) => b.text).join('\n'), 'zh-CN'],
      [russian.model.blocks.slice(0, 4).map((b) => b.text).join('\n'), 'ru'],
      [english.model.blocks.slice(0, 4).map((b) => b.text).join('\n'), 'en'],
    ];
    for (const [text, language] of texts) {
      const all = allBoundaries(text, language);
      const set = new Set(all);
      const bounds = new Boundaries(text, language);
      for (let at = -1; at <= text.length + 1; at++) {
        expect(bounds.has(at), `${language} ${at}`).toBe(set.has(at));
        expect(bounds.after(at)).toBe(all.find((b) => b > at) ?? text.length + 1);
        expect(bounds.before(at)).toBe([...all].reverse().find((b) => b < at) ?? -1);
      }
    }
  });
});
