/**
 * Structure, closing lines, dates and fingerprints on layouts found in review: inputs the engine
 * was not tuned on (kremlin.ru and Xinhua numbering, signature blocks, UN headers, date
 * subtitles, wire leads, end marks).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../lib/analysis/analyze';
import { readabilityArticle } from '../../../lib/analysis/extract-readability';
import { fixture, page } from '../../helpers';

/** One "eId label text…" line per clause, the text cut to its first 24 characters. */
function clauses(text: string): string[] {
  return analyzeText(text).analysis.clauses.map((c) => `${c.eId} ${c.label} ${c.text.slice(0, 24)}`);
}

describe('paragraphs numbered through the sections (I. 1. 2. II. 3. 4.)', () => {
  it('keep their own numbers in every section, in Russian (kremlin.ru, mid.ru)', () => {
    expect(clauses(fixture('texts/structure-ru-continuing-paragraphs.txt'))).toEqual([
      'preamble__para_1 Преамбула ¶1 Президент Российской Фед',
      'sec_1__para_1 §I ¶1 Стороны подтвердили, что',
      'sec_1__para_2 §I ¶2 Стороны выступают за стр',
      'sec_2__para_3 §II ¶3 Стороны договорились про',
      'sec_2__para_4 §II ¶4 Стороны подтвердили прив',
      'sec_2__para_5 §II ¶5 Стороны отметили, что со',
      'sec_3__para_6 §III ¶6 Стороны подчеркнули важн',
      'sec_3__para_7 §III ¶7 Стороны приветствуют при',
      'conclusions__para_1 Заключение ¶1 Москва, 9 июля 2024 года',
    ]);
  });

  it('keep their own numbers in English (Xinhua)', () => {
    expect(clauses(fixture('texts/structure-en-continuing-paragraphs.txt')).slice(1)).toEqual([
      'sec_1__para_1 §I ¶1 The two sides reaffirmed',
      'sec_1__para_2 §I ¶2 The two sides will act i',
      'sec_2__para_3 §II ¶3 The two sides oppose uni',
      'sec_2__para_4 §II ¶4 Russia reiterated its su',
    ]);
  });

  it('numbering that starts again in each section still numbers points of a list', () => {
    const text = [
      'Совместное заявление Российской Федерации и Республики Индии',
      'I. Общие положения',
      '1. Стороны подтвердили приверженность партнёрству.',
      '2. Стороны выступают за строгое соблюдение Устава ООН.',
      'II. Экономика',
      '1. Стороны договорились продолжить работу.',
      '2. Стороны подтвердили приверженность Договору.',
    ].join('\n');
    expect(clauses(text).map((c) => c.split(' ')[0])).toEqual([
      'sec_1__list_1__point_1', 'sec_1__list_1__point_2', 'sec_2__list_1__point_1', 'sec_2__list_1__point_2',
    ]);
  });
});

describe('signature blocks after the "done at" line', () => {
  /** The clauses' eIds and the document's date. */
  function outline(name: string) {
    const { analysis } = analyzeText(fixture(`texts/${name}`));
    return { date: analysis.date, eIds: analysis.clauses.map((c) => c.eId).filter((e) => !e.startsWith('preamble')) };
  }
  const closing = (n: number) => Array.from({ length: n }, (_, i) => `conclusions__para_${i + 1}`);

  it('are closing lines in English: opener, name and title', () => {
    expect(outline('structure-en-agreement-signatures.txt')).toEqual({ date: '2023-03-21', eIds: ['art_1', 'art_2', ...closing(7)] });
  });

  it('are closing lines in Russian (За Правительство / Российской Федерации / С.Лавров)', () => {
    expect(outline('structure-ru-agreement-signatures.txt')).toEqual({ date: '2023-03-21', eIds: ['art_1', 'art_2', ...closing(7)] });
  });

  it('are closing lines in Chinese: 政府代表 / （签字）, and the two-column 政府　　政府 / 代　表', () => {
    const articles = ['art_1', 'art_2__para_1', 'art_2__para_2', 'art_3', 'art_4'];
    expect(outline('structure-zh-agreement-signatures.txt')).toEqual({ date: '2000-02-29', eIds: [...articles, ...closing(7)] });
    expect(outline('structure-zh-agreement-two-column-signatures.txt')).toEqual({ date: '2000-02-29', eIds: [...articles, ...closing(5)] });
  });

  it('"Signed at … on …" closes an agreement and gives its date', () => {
    expect(outline('structure-en-agreement-signed-at.txt')).toEqual({ date: '2023-03-21', eIds: ['art_1', 'art_2', ...closing(1)] });
  });

  it('a copy with signatures has the fingerprint of one without', () => {
    const signed = analyzeText(fixture('texts/structure-en-agreement-signatures.txt')).analysis.fingerprint;
    expect(analyzeText(fixture('texts/structure-en-agreement-signed-at.txt')).analysis.fingerprint).toBe(signed);
  });
});

/** Title, date, fingerprint and the first clause of a text. */
function head(text: string) {
  const { analysis } = analyzeText(text);
  const first = analysis.clauses[0];
  return { title: analysis.title, date: analysis.date, fingerprint: analysis.fingerprint, first: first && `${first.eId} ${first.text.slice(0, 12)}` };
}

describe('UN document front matter', () => {
  it('a General Assembly resolution copied from its PDF, header and all, reads as the copy without it', () => {
    const withHeader = head(fixture('texts/structure-unga-resolution-pdf-header.txt'));
    expect(withHeader).toEqual(head(fixture('texts/structure-unga-resolution-no-header.txt')));
    expect(withHeader).toMatchObject({
      title: 'Promotion of international cooperation on peaceful uses in the context of international security',
      date: '2023-12-19',
      first: 'preamble__para_1 Recalling it',
    });
  });

  it('a Security Council resolution: its number is the title, its adoption line the date', () => {
    expect(head(fixture('texts/structure-unsc-resolution-en.txt'))).toMatchObject({ title: 'Resolution 2719 (2023)', date: '2023-12-21', first: 'preamble__para_1 Recalling it' });
    expect(analyzeText(fixture('texts/structure-unsc-resolution-en.txt')).analysis.references.map((r) => r.text)).not.toContain('Resolution 2719 (2023)');
  });

  it('the Chinese Security Council layout: 第…号决议 / …会议通过 / 安全理事会，', () => {
    expect(head(fixture('texts/structure-unsc-resolution-zh.txt'))).toMatchObject({ title: '第2719(2023)号决议', date: '2023-12-21', first: 'preamble__para_1 回顾其关于非洲联盟的第2' });
  });
});

describe('a date subtitle under the title', () => {
  it('（2024年7月3日，阿斯塔纳） dates the statement and is not its preamble', () => {
    const subtitled = head(fixture('texts/structure-zh-date-subtitle.txt'));
    const plain = head(fixture('texts/structure-zh-no-subtitle.txt'));
    expect(subtitled).toEqual({ ...plain, date: '2024-07-03' });
  });
});

describe("a wire story's lead before the full text", () => {
  it('the lead and "The full text of the statement is as follows:" are front matter', () => {
    const doc = page('structure-xinhua-en-lead-paragraph.html', 'https://english.news.cn/20240516/0123456789abcdef0123/c.html');
    const { analysis } = analyzeDocument(doc, { readability: readabilityArticle })!;
    const clean = analyzeText(fixture('texts/structure-en-continuing-paragraphs.txt')).analysis;
    expect(analysis.clauses.map((c) => `${c.eId} ${c.text}`)).toEqual(clean.clauses.map((c) => `${c.eId} ${c.text}`));
    expect(analysis.fingerprint).toBe(clean.fingerprint);
  });
});

describe('the end mark （完） run onto the last line', () => {
  it('is cut from a closing date line: the date is kept, the fingerprint is the copy without it', () => {
    expect(head(fixture('texts/structure-zh-flat-end-mark.txt'))).toEqual(head(fixture('texts/structure-zh-flat.txt')));
    expect(head(fixture('texts/structure-zh-flat-end-mark.txt')).date).toBe('2023-03-21');
  });

  it('is cut from the last paragraph', () => {
    const { analysis } = analyzeText(fixture('texts/structure-zh-end-mark-in-last-paragraph.txt'));
    expect(analysis.clauses.at(-1)!.text).toBe('哈方重申坚定奉行一个中国原则。');
    expect(analysis.fingerprint).toBe(head(fixture('texts/structure-zh-no-subtitle.txt')).fingerprint);
  });
});

describe('the fingerprint across Russian spellings', () => {
  it('is the same with ё (kremlin.ru) and е (mid.ru), while the text keeps its letters', () => {
    const yo = analyzeText(fixture('texts/structure-ru-continuing-paragraphs.txt')).analysis;
    const ye = analyzeText(fixture('texts/structure-ru-continuing-paragraphs-no-yo.txt')).analysis;
    expect(ye.fingerprint).toBe(yo.fingerprint);
    expect(yo.clauses[1]!.text).toContain('партнёрства');
  });
});

describe('article paragraphs numbered 1) 2)', () => {
  it("are the article's paragraphs when the article starts with them, and «пунктом 1 настоящей статьи» finds one", () => {
    const { analysis } = analyzeText(fixture('texts/structure-ru-protocol-paren-paragraphs.txt'));
    const article3 = analysis.clauses.filter((c) => c.eId.startsWith('art_3'));
    expect(article3.map((c) => `${c.eId} ${c.label} ${c.text.slice(0, 6)}`)).toEqual(['art_3__para_1 ст. 3 п. 1 Споры ', 'art_3__para_2 ст. 3 п. 2 В случ']);
    const relative = analysis.references.find((r) => r.text === 'пунктом 1 настоящей статьи')!;
    expect(relative.targets).toEqual(['art_3__para_1']);
    const eIds = new Set(analysis.clauses.map((c) => c.eId));
    expect(relative.targets.every((t) => eIds.has(t))).toBe(true);
  });

  it('after a lead-in sentence they are still points', () => {
    const text = 'Соглашение между Правительством Российской Федерации и Правительством Республики Армения\nСтатья 1\nСтороны сотрудничают в следующих областях:\n1) образование;\n2) наука.\nСтатья 2\nНастоящее Соглашение вступает в силу с даты подписания.';
    expect(clauses(text).map((c) => c.split(' ')[0])).toEqual(['art_1', 'art_1__point_1', 'art_1__point_2', 'art_2']);
  });
});

describe('numbers drawn by an HTML <ol>', () => {
  it('number the paragraphs and their nested (a)–(c) items as the reader sees them', () => {
    const doc = page('structure-en-ol-list-statement.html', 'https://www.mofa.go.jp/files/100000000.html');
    const { analysis } = analyzeDocument(doc, { readability: readabilityArticle, force: true })!;
    expect(analysis.clauses.map((c) => `${c.eId} ${c.label}`)).toEqual([
      'preamble__para_1 Preamble ¶1',
      'para_1 ¶1',
      'para_2 ¶2',
      'para_2__list_1__point_1 ¶2 (a)',
      'para_2__list_1__point_2 ¶2 (b)',
      'para_2__list_1__point_3 ¶2 (c)',
      'para_3 ¶3',
      'conclusions__para_1 Closing ¶1',
    ]);
  });
});

describe('closing dates written other ways', () => {
  const closingOf = (name: string) => {
    const { analysis } = analyzeText(fixture(`texts/${name}`));
    return { date: analysis.date, last: analysis.clauses.at(-1)!.eId };
  };

  it('in words: "this twenty-first day of March, two thousand and twenty-three"', () => {
    expect(closingOf('structure-en-agreement-date-in-words.txt')).toEqual({ date: '2023-03-21', last: 'conclusions__para_1' });
  });

  it('in figures after the place: "Wellington, 21.03.2023", "г. Москва, 21.03.2023"', () => {
    expect(closingOf('structure-en-agreement-numeric-date.txt')).toEqual({ date: '2023-03-21', last: 'conclusions__para_1' });
    expect(closingOf('structure-ru-agreement-numeric-date.txt')).toEqual({ date: '2023-03-21', last: 'conclusions__para_1' });
  });

  it('a "done at" line in lower case', () => {
    const text = fixture('texts/structure-en-agreement-signed-at.txt').replace(/Signed at .*$/su, 'done at Moscow on 21 March 2023.');
    const { analysis } = analyzeText(text);
    expect({ date: analysis.date, last: analysis.clauses.at(-1)!.eId }).toEqual({ date: '2023-03-21', last: 'conclusions__para_1' });
  });
});

describe('what stays as it was', () => {
  it('a last sentence that opens with "For", and the unmarked list items under it, are not a signature block', () => {
    const text = [
      'Joint Statement of the Republic of Korea and Japan on Economic Security Cooperation',
      'The two sides held talks in Tokyo.',
      'For a stable region, the two sides will cooperate in',
      'energy',
      'critical minerals',
    ].join('\n');
    expect(clauses(text).map((c) => c.split(' ')[0])).toEqual(['para_1', 'para_2', 'para_3', 'para_4']);
  });
});

describe('article captions with commas', () => {
  it('"Commencement, Duration and Termination" is a caption like "Objective", not a clause', () => {
    const { structure, analysis } = analyzeText(fixture('texts/structure-en-mou-caption-with-commas.txt'));
    expect(structure.articles.find((a) => a.eId === 'art_10')!.caption).toBe('Commencement, Duration and Termination');
    expect(analysis.clauses.filter((c) => c.eId.startsWith('art_10')).map((c) => c.eId)).toEqual(['art_10__para_1', 'art_10__para_2']);
  });
});

describe('article text broken over lines', () => {
  it('the first line of a sentence broken in a PDF copy is not taken for a caption', () => {
    const text = [
      'Соглашение между Правительством Российской Федерации и Правительством Республики Армения',
      'Статья 1',
      'Стороны развивают сотрудничество в области образования, науки',
      'и культуры в соответствии с законодательством государств Сторон.',
      'Статья 2',
      'Настоящее Соглашение вступает в силу с даты подписания.',
    ].join('\n');
    expect(analyzeText(text).structure.articles.map((a) => a.caption)).toEqual([null, null]);
  });
});
