import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../lib/analysis/analyze';
import { anchor, anchorAll } from '../../../lib/anchoring/anchor';
import { documentText } from '../../../lib/anchoring/document-text';
import { editDistance, errorBudget } from '../../../lib/anchoring/match-quote';
import type { AnnotationTarget, PlacedAnchor } from '../../../lib/anchoring/types';
import { CORPUS_TEXT } from '../../helpers';
import {
  COPIES, analyzedPage, clause, corpus, editedCorpus, occurrencesInClauses, passage, quoteOf, targetFor, targetOf, textAt,
  withoutClause,
} from './passages';

/** A passage from the middle of every clause, and one across every pair of neighbouring clauses. */
function passagesOf(result: AnalysisResult): AnnotationTarget[] {
  const clauses = result.analysis.clauses;
  const targets = clauses.map((c) => {
    const third = Math.floor(c.text.length / 3);
    return targetOf(result, { block: c.block, offset: c.start + third }, { block: c.block, offset: c.start + Math.max(third + 1, c.text.length - third) });
  });
  for (let i = 0; i + 1 < clauses.length; i++) {
    const [a, b] = [clauses[i]!, clauses[i + 1]!];
    targets.push(targetOf(result, { block: a.block, offset: Math.max(a.start, a.end - 6) }, { block: b.block, offset: Math.min(b.end, b.start + 6) }));
  }
  return targets;
}

/** For each target: its status, the clause it landed in, and whether the text there is the quote. */
function summary(result: AnalysisResult, targets: readonly AnnotationTarget[]): Array<[string, string | null, boolean]> {
  return anchorAll(result.model, result.analysis.clauses, targets).map((a, i) => [
    a.status,
    a.status === 'orphan' ? null : a.eId,
    textAt(result, a) === quoteOf(targets[i]!),
  ]);
}

/** What each target should give when it lands where it was taken: exact, in its first clause. */
function expectedSummary(targets: readonly AnnotationTarget[]): Array<[string, string | null, boolean]> {
  return targets.map((t) => {
    const c = t.selector.find((s) => s.type === 'ClauseSelector');
    return ['exact', c?.type === 'ClauseSelector' ? c.eId : null, true];
  });
}

describe('describe → anchor on the same document', () => {
  it('puts passages from every clause, and across every pair of clauses, back exactly (flat text)', () => {
    const targets = passagesOf(corpus);
    expect(targets).toHaveLength(69 + 68);
    // A passage across two blocks quotes the boundary and records the clause it ends in.
    expect(quoteOf(targets[69]!)).toContain('\n');
    expect(targets[69]!.selector[0]).toMatchObject({ eId: 'preamble__para_1', endEId: 'sec_1__para_1' });
    expect(summary(corpus, targets)).toEqual(expectedSummary(targets));
  });

  it('does the same on the Xinhua page', () => {
    const xinhua = analyzedPage('xinhua-joint-statement-2021.html');
    const targets = passagesOf(xinhua);
    expect(summary(xinhua, targets)).toEqual(expectedSummary(targets));
  });

  it('gives block and document positions of the same span, spanning blocks where the passage does', () => {
    const target = targetOf(corpus, passage(corpus, 'sec_1__para_3', '同意根据').start, passage(corpus, 'sec_2__para_1', '中俄关系').end);
    const placed = anchor(corpus.model, corpus.analysis.clauses, target) as PlacedAnchor;
    const doc = documentText(corpus.model);
    expect(placed).toEqual({
      status: 'exact',
      block: clause(corpus, 'sec_1__para_3').block,
      start: clause(corpus, 'sec_1__para_3').text.indexOf('同意根据'),
      endBlock: clause(corpus, 'sec_2__para_1').block,
      end: 4,
      documentStart: doc.text.indexOf('同意根据'),
      documentEnd: doc.text.indexOf('同意根据') + '同意根据条约第二十五条对其予以延期。\n二\n中俄关系'.length,
      eId: 'sec_1__para_3',
    });
    expect(textAt(corpus, placed)).toBe('同意根据条约第二十五条对其予以延期。\n二\n中俄关系');
  });
});

describe('anchoring on other copies of the statement', () => {
  const targets = passagesOf(corpus);

  it.each(COPIES)('places every passage taken from the wire text on %s, exactly, by clause', (name) => {
    const copy = analyzedPage(name);
    expect(copy.analysis.fingerprint).toBe(corpus.analysis.fingerprint);
    expect(summary(copy, targets)).toEqual(expectedSummary(targets));
  });

  it.each(COPIES)('places them on %s at the same text by quote and context alone, when no clause selector helps', (name) => {
    const copy = analyzedPage(name);
    const bare = targets.map(withoutClause);
    const anchors = anchorAll(copy.model, copy.analysis.clauses, bare);
    expect(anchors.map((a, i) => textAt(copy, a) === quoteOf(bare[i]!))).toEqual(bare.map(() => true));
    // Exact where the copy's document text lines up with the wire's (same title block), moved elsewhere.
    const sameOffsets = documentText(copy.model).text === documentText(corpus.model).text;
    expect(new Set(anchors.map((a) => a.status))).toEqual(new Set([sameOffsets ? 'exact' : 'moved']));
  });

  it('also places passages taken on a page on the flat wire text (people.com.cn, with its dateline)', () => {
    const people = analyzedPage('people-joint-statement-2021.html');
    expect(people.model.blocks[0]!.text.startsWith('新华社北京6月28日电')).toBe(true);
    const targets = passagesOf(people);
    expect(summary(corpus, targets)).toEqual(expectedSummary(targets));
  });
});

describe('repeated passages', () => {
  /** The document offset of the n-th occurrence of `needle` in clause `eId` of `result`. */
  function offsetOf(result: AnalysisResult, eId: string, needle: string, occurrence: number): number {
    const { start } = passage(result, eId, needle, occurrence);
    return documentText(result.model).starts[start.block]! + start.offset;
  }

  it.each(['双方将继续', '双方', '中俄'])('puts every "%s" back on its own occurrence', (needle) => {
    const all = occurrencesInClauses(corpus, needle);
    expect(all.length).toBeGreaterThanOrEqual(10);
    const targets = all.map(({ eId, occurrence }) => targetFor(corpus, eId, needle, occurrence));
    const anchors = anchorAll(corpus.model, corpus.analysis.clauses, targets);
    expect(anchors.map((a) => a.status === 'orphan' ? null : a.documentStart)).toEqual(all.map((o) => offsetOf(corpus, o.eId, needle, o.occurrence)));
    // Without the clause selector, context and position alone still tell them apart.
    const bare = anchorAll(corpus.model, corpus.analysis.clauses, targets.map(withoutClause));
    expect(bare.map((a) => a.status === 'orphan' ? null : a.documentStart)).toEqual(all.map((o) => offsetOf(corpus, o.eId, needle, o.occurrence)));
  });

  it.each(['双方将继续', '双方', '中俄'])('still finds each "%s" after a paragraph saying it again was inserted before them all', (needle) => {
    // A new first paragraph of section 一: every later offset shifts, section 一's eIds shift by
    // one, and the new paragraph offers one more occurrence of each passage to land on wrongly.
    const inserted = '双方将继续本着条约精神，中俄双方将继续深化合作。';
    const edited = editedCorpus((text) => text.replace('　　一　　', `　　一　　${inserted}　　`));
    expect(clause(edited, 'sec_1__para_1').text).toBe(inserted);
    const all = occurrencesInClauses(corpus, needle);
    const targets = all.map(({ eId, occurrence }) => targetFor(corpus, eId, needle, occurrence));
    const shift = inserted.length + 1;
    const before = documentText(edited.model).text.indexOf(inserted);
    const expected = all.map((o) => {
      const at = offsetOf(corpus, o.eId, needle, o.occurrence);
      return at < before ? at : at + shift;
    });
    const anchors = anchorAll(edited.model, edited.analysis.clauses, targets);
    expect(anchors.map((a) => a.status === 'orphan' ? null : a.documentStart)).toEqual(expected);
    // Exact where the eId still names the same clause; moved in section 一, whose eIds shifted.
    expect(anchors.map((a) => a.status)).toEqual(all.map((o) => (o.eId.startsWith('sec_1__') ? 'moved' : 'exact')));
  });

  it('does not take the other occurrence when the text inserted before is exactly the distance between them', () => {
    // sec_3__para_2 says "双方将继续" at 23 and at 51. Inserting 28 characters at its start puts
    // the first one where the stored offsets of the second point.
    const c = clause(corpus, 'sec_3__para_2');
    const [first, second] = [c.text.indexOf('双方将继续'), c.text.indexOf('双方将继续', 24)];
    expect(second - first).toBe(28);
    const targets = [0, 1].map((n) => targetFor(corpus, 'sec_3__para_2', '双方将继续', n));
    const inserted = '根据条约第十条的规定，两国元首每年举行定期会晤，互致信函，通话'.slice(0, 28);
    const edited = editedCorpus((text) => text.replace(c.text, inserted + c.text));
    const moved = clause(edited, 'sec_3__para_2');
    expect(moved.text.slice(second, second + 5)).toBe('双方将继续');
    const anchors = anchorAll(edited.model, edited.analysis.clauses, targets) as PlacedAnchor[];
    expect(anchors.map((a) => [a.status, a.eId, a.start - moved.start])).toEqual([
      ['moved', 'sec_3__para_2', first + 28],
      ['moved', 'sec_3__para_2', second + 28],
    ]);
  });
});

describe('text that changed', () => {
  it('marks a passage whose article number was changed as changed, with the change', () => {
    const target = targetFor(corpus, 'sec_1__para_3', '同意根据条约第二十五条对其予以延期');
    const edited = editedCorpus((text) => text.replace('条约第二十五条', '条约第二十六条'));
    const placed = anchor(edited.model, edited.analysis.clauses, target) as PlacedAnchor;
    expect(placed.status).toBe('changed');
    expect(placed.eId).toBe('sec_1__para_3');
    expect(placed.change).toEqual({
      expected: '同意根据条约第二十五条对其予以延期',
      found: '同意根据条约第二十六条对其予以延期',
      distance: 1,
      removed: '五',
      inserted: '六',
      at: 9,
    });
    expect(textAt(edited, placed)).toBe('同意根据条约第二十六条对其予以延期');
  });

  it('marks a passage with a phrase deleted from it as changed', () => {
    const sentence = '人类在国际事务中面临的治理赤字、信任赤字、发展赤字、和平赤字有增无减';
    const target = targetFor(corpus, 'sec_8__para_1', sentence);
    const edited = editedCorpus((text) => text.replace('信任赤字、', ''));
    const placed = anchor(edited.model, edited.analysis.clauses, target) as PlacedAnchor;
    expect([placed.status, placed.eId, textAt(edited, placed), placed.change?.removed, placed.change?.inserted]).toEqual([
      'changed', 'sec_8__para_1', sentence.replace('信任赤字、', ''), '信任赤字、', '',
    ]);
  });

  it('marks a passage moved to another paragraph as moved, in its new clause', () => {
    const sentences = '核战争打不赢，也打不得，永远不应该发动。考虑到核升级的风险，应全力避免任何核武器国家间发生任何军事冲突。';
    const target = targetFor(corpus, 'sec_8__para_9', sentences);
    const edited = editedCorpus((text) => text.replace(sentences, '').replace('以维护国际和平安全。', `以维护国际和平安全。${sentences}`));
    expect(clause(edited, 'sec_8__para_10').text).toContain(sentences);
    const placed = anchor(edited.model, edited.analysis.clauses, target) as PlacedAnchor;
    expect([placed.status, placed.eId, textAt(edited, placed)]).toEqual(['moved', 'sec_8__para_10', sentences]);
  });

  it('makes an orphan of a shorter passage moved into wholly new context, rather than guess', () => {
    // 20 characters: sentences this long repeat in the statement, so without agreeing context
    // on either side the passage could as well be a twin.
    const sentence = '核战争打不赢，也打不得，永远不应该发动。';
    const target = targetFor(corpus, 'sec_8__para_9', sentence);
    const edited = editedCorpus((text) => text.replace(sentence, '').replace('以维护国际和平安全。', `以维护国际和平安全。${sentence}`));
    expect(anchor(edited.model, edited.analysis.clauses, target)).toEqual({ status: 'orphan' });
  });

  it('keeps a passage in place, exact, when only text before it changed', () => {
    const target = targetFor(corpus, 'sec_8__para_29', '遵循世代友好、合作共赢理念');
    const edited = editedCorpus((text) => text.replace('为进一步弘扬条约精神', '为弘扬条约精神'));
    const placed = anchor(edited.model, edited.analysis.clauses, target) as PlacedAnchor;
    expect([placed.status, placed.eId, textAt(edited, placed)]).toEqual(['exact', 'sec_8__para_29', '遵循世代友好、合作共赢理念']);
  });

  it('makes an orphan of every sentence of section 八 once it is removed, never placing it on a similar one', () => {
    const section = corpus.analysis.clauses.filter((c) => c.section === 'sec_8');
    // Its sentences: each up to and including its 。.
    const sentences = section.flatMap((c) => (c.text.match(/[^。]+。?/gu) ?? []).map((text) => ({ eId: c.eId, text })));
    expect(sentences.length).toBeGreaterThan(50);
    const results = sentences.map(({ eId, text }) => {
      const target = targetFor(corpus, eId, text);
      const edited = editedCorpus((t) => t.replace(text, ''));
      const placed = anchor(edited.model, edited.analysis.clauses, target);
      return placed.status === 'orphan' ? 'orphan' : `${placed.status} ${placed.eId} "${textAt(edited, placed)}" for "${text}"`;
    });
    expect(results).toEqual(sentences.map(() => 'orphan'));
  });

  it('does not take a similar sentence within the edit budget for a removed one', () => {
    // §八 ¶14 and ¶15 end alike: "通过定期磋商和合作解决…" and "通过积极磋商和相互合作解决…", four
    // edits apart, within the budget of five for 25 characters; only the context tells them apart.
    const quote = '定期磋商和合作解决《公约》实施过程中遇到的任何问题';
    const similar = '积极磋商和相互合作解决《公约》实施过程中遇到的任何问题';
    expect(editDistance(quote, similar)).toBeLessThanOrEqual(errorBudget(quote.length));
    const target = targetFor(corpus, 'sec_8__para_14', quote);
    const edited = editedCorpus((t) => t.replace(`通过${quote}`, '协商解决有关问题'));
    expect(clause(edited, 'sec_8__para_15').text).toContain(similar);
    expect(anchor(edited.model, edited.analysis.clauses, target)).toEqual({ status: 'orphan' });
  });

  it('makes an orphan of a short repeated passage removed from its place', () => {
    const cases: Array<[string, string, number, (text: string) => string]> = [
      // The WTO paragraph removed whole: the climate paragraph now follows the same text and
      // opens with the same words, and takes over the eId sec_8__para_25.
      ['sec_8__para_25', '双方将继续', 0, (t) => t.replace(`　　${clause(corpus, 'sec_8__para_25').text}`, '')],
      // Its second "双方将继续" removed from a clause that keeps the first.
      ['sec_3__para_2', '双方将继续', 1, (t) => t.replace('交往。双方将继续完善', '交往。完善')],
      // One of two identical lines removed.
      ['sec_7__para_2', '为此，双方商定落实以下任务：', 0, (t) => t.replace('给予高度重视。　　为此，双方商定落实以下任务：', '给予高度重视。')],
      // One of two identical 20-character sentences removed.
      ['sec_8__para_14', '合作解决《公约》实施过程中遇到的任何问题', 0, (t) => t.replace('通过定期磋商和合作解决《公约》实施过程中遇到的任何问题', '通过定期磋商解决')],
      // "中俄" changed to "两国" in a clause where other clauses keep theirs.
      ['sec_8__para_2', '中俄', 1, (t) => t.replace('中俄就越有必要', '两国就越有必要')],
    ];
    const results = cases.map(([eId, needle, occurrence, edit]) => {
      const target = targetFor(corpus, eId, needle, occurrence);
      const edited = editedCorpus(edit);
      expect(documentText(edited.model).text).toContain(needle);
      const placed = anchor(edited.model, edited.analysis.clauses, target);
      return placed.status === 'orphan' ? 'orphan' : `${placed.status} ${placed.eId}`;
    });
    expect(results).toEqual(cases.map(() => 'orphan'));
  });

  it('still finds passages on the statement with a paragraph added and every long clause edited', () => {
    let text = CORPUS_TEXT.replace('　　一　　', '　　一　　条约签署二十年来，中俄关系取得长足发展。　　');
    for (const c of corpus.analysis.clauses) if (c.text.length > 60) text = text.replace(c.text, `${c.text.slice(0, 30)}（有改动）${c.text.slice(30)}`);
    const edited = editedCorpus(() => text);
    // Passages well away from the edits: each found, with its text.
    const targets = corpus.analysis.clauses.filter((c) => c.text.length > 60).map((c) => targetOf(corpus, { block: c.block, offset: c.start + 40 }, { block: c.block, offset: c.start + 58 }));
    const anchors = anchorAll(edited.model, edited.analysis.clauses, targets);
    expect(anchors.map((a, i) => textAt(edited, a) === quoteOf(targets[i]!))).toEqual(targets.map(() => true));
    // Passages across an edit: changed, with the insertion reported.
    const across = corpus.analysis.clauses.filter((c) => c.text.length > 60).map((c) => targetOf(corpus, { block: c.block, offset: c.start + 10 }, { block: c.block, offset: c.start + 50 }));
    const changed = anchorAll(edited.model, edited.analysis.clauses, across);
    expect(changed.map((a) => a.status === 'changed' && a.change!.inserted)).toEqual(across.map(() => '（有改动）'));
  });
});

describe('bad targets', () => {
  it('throws a TypeError naming the problem, before placing anything', () => {
    const good = targetFor(corpus, 'sec_1__para_3', '第二十五条');
    const bad = { source: 'x', selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] } as AnnotationTarget;
    expect(() => anchor(corpus.model, corpus.analysis.clauses, bad)).toThrow(TypeError);
    expect(() => anchorAll(corpus.model, corpus.analysis.clauses, [good, bad])).toThrow(/selector\[0\]: start must not be after end/);
  });
});
