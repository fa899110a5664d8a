import { describe, expect, it } from 'vitest';
import {
  approximateEnds, approximateMatches, compilePattern, contextAgreement, editDistance, errorBudget, findApproximate,
  findExact, type Quote,
} from '../../../lib/anchoring/match-quote';
import { CORPUS_TEXT } from '../../helpers';

/** The statement's text as the matcher sees it: paragraphs separated by "\n". */
const TEXT = CORPUS_TEXT.split(/\u3000\u3000/).map((s) => s.trim()).filter(Boolean).join('\n');

/** The textbook dynamic programme, to check the bit-parallel scan against. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** For each end position in `text`, the least distance of `pattern` to a substring ending there. */
function bestEnds(pattern: string, text: string): number[] {
  let previous = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const ends: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const current = [0];
    for (let i = 1; i <= pattern.length; i++) {
      current[i] = Math.min(previous[i]! + 1, current[i - 1]! + 1, previous[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    }
    ends.push(current[pattern.length]!);
    previous = current;
  }
  return ends;
}

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A passage of the statement with up to `edits` random insertions, deletions and substitutions. */
function mutated(next: () => number, length: number, edits: number): { original: string; edited: string; at: number } {
  const at = Math.floor(next() * (TEXT.length - length));
  const original = TEXT.slice(at, at + length);
  const chars = original.split('');
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(next() * chars.length);
    const other = TEXT[Math.floor(next() * TEXT.length)]!;
    const r = next();
    if (r < 1 / 3) chars.splice(i, 1);
    else if (r < 2 / 3) chars.splice(i, 0, other);
    else chars[i] = other;
  }
  return { original, edited: chars.join(''), at };
}

/** The quote of TEXT[start, end) with 32 characters of context, as describeRange stores it. */
function quoteAt(start: number, end: number): Quote {
  return { exact: TEXT.slice(start, end), prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(end, end + 32) };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

describe('the bit-parallel scan', () => {
  it('computes the Levenshtein distance of passages of the statement, one word and several words long', () => {
    const next = random(7);
    for (let n = 0; n < 200; n++) {
      const { original, edited } = mutated(next, 1 + Math.floor(next() * 140), Math.floor(next() * 12));
      expect(editDistance(original, edited)).toBe(levenshtein(original, edited));
      expect(editDistance(edited, original)).toBe(levenshtein(edited, original));
    }
    expect(editDistance('', '条约')).toBe(2);
    expect(editDistance('条约第二十五条', '条约第二十六条')).toBe(1);
  });

  it('finds, for every end position, the least distance of a pattern to the text ending there', () => {
    const next = random(11);
    for (let n = 0; n < 120; n++) {
      const { edited, at } = mutated(next, 1 + Math.floor(next() * 100), Math.floor(next() * 8));
      const from = Math.max(0, at - 60);
      const window = TEXT.slice(from, at + edited.length + 60);
      expect(Array.from(approximateEnds(TEXT, compilePattern(edited), from, from + window.length))).toEqual(bestEnds(edited, window));
    }
  });
});

describe('errorBudget', () => {
  it('allows a fifth of the quote, nothing for quotes under five characters, and never more than 32', () => {
    expect([1, 4, 5, 9, 10, 17, 40, 160, 161, 1000].map(errorBudget)).toEqual([0, 0, 1, 1, 2, 3, 8, 32, 32, 32]);
  });
});

describe('contextAgreement', () => {
  it('counts agreeing characters outwards from the passage on each side', () => {
    const start = TEXT.indexOf('第二十五条');
    const quote = quoteAt(start, start + 5);
    expect(contextAgreement(TEXT, start, start + 5, quote)).toEqual({ prefix: 32, suffix: 32 });
    expect(contextAgreement(TEXT, start, start + 5, { ...quote, prefix: `改${quote.prefix.slice(-3)}`, suffix: `对其予以改期${quote.suffix}` })).toEqual({ prefix: 3, suffix: 4 });
  });
});

describe('findExact', () => {
  it('puts every occurrence of a repeated passage back on its own occurrence, not the first', () => {
    for (const needle of ['双方将继续', '双方', '中俄']) {
      const all = occurrences(TEXT, needle);
      expect(all.length).toBeGreaterThan(5);
      const found = all.map((at) => findExact(TEXT, quoteAt(at, at + needle.length), { expected: null, region: null })?.start);
      expect(found).toEqual(all);
    }
  });

  it('does not put a short passage where only one side of its context agrees', () => {
    // "双方将继续" opened the WTO paragraph; with that paragraph gone, the climate paragraph after
    // it opens with the same words after the same text, but what follows differs.
    const wto = TEXT.indexOf('双方将继续共同维护以世界贸易组织为核心');
    const quote = quoteAt(wto, wto + 5);
    const paragraphEnd = TEXT.indexOf('\n', wto);
    const without = TEXT.slice(0, wto) + TEXT.slice(paragraphEnd + 1);
    expect(without.slice(wto, wto + 5)).toBe('双方将继续');
    expect(contextAgreement(without, wto, wto + 5, quote).prefix).toBe(32);
    expect(findExact(without, quote, { expected: wto, region: null })).toBeNull();
  });

  it('does not move a repeated 20-character sentence onto its twin when its context is gone', () => {
    const twin = '合作解决《公约》实施过程中遇到的任何问题';
    const [first, second] = occurrences(TEXT, twin) as [number, number];
    const quote = quoteAt(first, first + twin.length);
    expect(findExact(TEXT, quote, { expected: null, region: null })?.start).toBe(first);
    const without = TEXT.slice(0, first) + TEXT.slice(first + twin.length);
    // The twin's suffix agrees on "。\n双方强调" (6 characters), by chance.
    expect(contextAgreement(without, second - twin.length, second, quote).suffix).toBe(6);
    expect(findExact(without, quote, { expected: first, region: null })).toBeNull();
  });

  it('prefers the occurrence in the expected region when the context is equally good', () => {
    const line = '为此，双方商定落实以下任务：';
    const [economy, culture] = occurrences(TEXT, line) as [number, number];
    const quote = { exact: line, prefix: '', suffix: '' };
    expect(findExact(TEXT, quote, { expected: null, region: { start: culture, end: culture + line.length } })?.start).toBe(culture);
    expect(findExact(TEXT, quote, { expected: economy + 10, region: null })?.start).toBe(economy);
  });
});

describe('findApproximate', () => {
  it('finds a passage with one word changed and reports its errors', () => {
    const start = TEXT.indexOf('同意根据条约第二十五条对其予以延期');
    const quote = quoteAt(start, start + 17);
    const edited = TEXT.replace('第二十五条', '第二十六条');
    expect(findExact(edited, quote, { expected: start, region: null })).toBeNull();
    const match = findApproximate(edited, quote, { expected: start, region: null }, start - 300, start + 300);
    expect(match && { start: match.start, end: match.end, errors: match.errors }).toEqual({ start, end: start + 17, errors: 1 });
  });

  it('keeps the context outside the match when the edit is at the passage’s edge', () => {
    // Three substitutions at the start ("（修订）" swallowing "本利益") cost fewer errors than the
    // four-character insertion, but eat into the prefix: the insertion wins.
    const start = TEXT.indexOf('本利益和两国人民愿望');
    const quote = quoteAt(start, start + 36);
    const edited = `${TEXT.slice(0, start + 3)}（修订）${TEXT.slice(start + 3)}`;
    const match = findApproximate(edited, quote, { expected: start, region: null }, start - 300, start + 300)!;
    expect(edited.slice(match.start, match.end)).toBe(`本利益（修订）${quote.exact.slice(3)}`);
    expect(match.errors).toBe(4);
    const cheaper = approximateMatches(edited, compilePattern(quote.exact), 7, start - 300, start + 300);
    expect(cheaper.map((m) => m.errors)).toEqual([3]);
  });

  it('rejects a match with more errors than the budget', () => {
    const start = TEXT.indexOf('同意根据条约第二十五条对其予以延期');
    const quote = quoteAt(start, start + 17);
    const edited = TEXT.replace('条约第二十五条对其', '协定第三条对它');
    expect(editDistance(quote.exact, '同意根据协定第三条对它予以延期')).toBeGreaterThan(errorBudget(17));
    expect(findApproximate(edited, quote, { expected: start, region: null }, start - 300, start + 300)).toBeNull();
  });
});

describe('findApproximate over the whole text', () => {
  it('finds a long passage, changed, far from where it was expected', () => {
    const start = TEXT.indexOf('核战争打不赢，也打不得，永远不应该发动。考虑到核升级的风险');
    const quote = quoteAt(start, start + 40);
    const edited = TEXT.replace('永远不应该发动', '永远不应发动');
    const match = findApproximate(edited, quote, { expected: 0, region: null })!;
    expect(edited.slice(match.start, match.end)).toBe(quote.exact.replace('永远不应该发动', '永远不应发动'));
    expect(match.errors).toBe(1);
  });

  it('finds nothing when the passage is gone, though similar sentences remain', () => {
    const start = TEXT.indexOf('双方将继续加强国际合作共同应对气候变化');
    const end = TEXT.indexOf('\n', start);
    const quote = quoteAt(start, end);
    expect(quote.exact.length).toBeGreaterThanOrEqual(32);
    const without = TEXT.slice(0, start) + TEXT.slice(end + 1);
    expect(findApproximate(without, quote, { expected: start, region: null })).toBeNull();
  });
});
