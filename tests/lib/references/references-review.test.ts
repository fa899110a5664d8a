/**
 * References on untuned inputs from the analysis review (findings H4–H7, M9, M10, L2): Russian
 * and English names with commas, lists of paragraphs and points, pre-1976 General Assembly
 * resolutions, traditional and full-width resolution citations.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analysis/analyze';
import { publicLink } from '../../../lib/references/links';

const HEADS = {
  zh: '中华人民共和国和俄罗斯联邦联合声明\n中华人民共和国和俄罗斯联邦（以下简称“双方”）声明如下：',
  en: 'Joint Statement of the People\'s Republic of China and the Russian Federation\nThe People\'s Republic of China and the Russian Federation (hereinafter referred to as "the Sides") state as follows:',
  ru: 'Совместное заявление Российской Федерации и Китайской Народной Республики\nРоссийская Федерация и Китайская Народная Республика (далее – Стороны) заявляют следующее:',
};

/** The references of one numbered paragraph of a joint statement: span, instrument id (or title), targets or symbols. */
function refs(language: keyof typeof HEADS, paragraph: string) {
  const numbered = language === 'zh' ? `一、${paragraph}` : `1. ${paragraph}`;
  return analyzeText(`${HEADS[language]}\n${numbered}`).analysis.references.map((r) => [
    r.text,
    r.instrument ? (r.instrument.self ? 'self' : (r.instrument.id ?? r.instrument.title)) : null,
    r.targets.length ? r.targets : r.symbols,
  ]);
}

describe('Russian instrument names end where the name ends (H4)', () => {
  it('ends a name at a relative clause', () => {
    expect(
      refs('ru', 'Стороны выступают за укрепление режима Договора о всеобъемлющем запрещении ядерных испытаний, который до сих пор не вступил в силу, и призывают все государства присоединиться к нему.'),
    ).toEqual([['Договора о всеобъемлющем запрещении ядерных испытаний', 'ctbt', []]]);
  });

  it('reads a list of conventions and treaties as separate instruments', () => {
    expect(
      refs('ru', 'Стороны подтвердили значение Конвенции о запрещении химического оружия, Конвенции о запрещении биологического оружия и Договора о нераспространении ядерного оружия.'),
    ).toEqual([
      ['Конвенции о запрещении химического оружия', 'cwc', []],
      ['Конвенции о запрещении биологического оружия', 'bwc', []],
      ['Договора о нераспространении ядерного оружия', 'npt', []],
    ]);
  });

  it('keeps the Convention when its article follows after a comma', () => {
    expect(refs('ru', 'Стороны подчеркнули значение Конвенции о запрещении биологического оружия, в частности её статьи X.')).toEqual([
      ['Конвенции о запрещении биологического оружия', 'bwc', []],
      ['статьи X', null, ['art_10']],
    ]);
  });

  it('still reads an enumeration that belongs to the name, and a name before a verb', () => {
    expect(
      refs('ru', 'Стороны будут руководствоваться Договором о дружбе, добрососедстве и сотрудничестве между Российской Федерацией, Республикой Казахстан и Кыргызской Республикой, подписанным в Москве.'),
    ).toEqual([
      [
        'Договором о дружбе, добрососедстве и сотрудничестве между Российской Федерацией, Республикой Казахстан и Кыргызской Республикой',
        'Договором о дружбе, добрососедстве и сотрудничестве между Российской Федерацией, Республикой Казахстан и Кыргызской Республикой',
        [],
      ],
    ]);
    expect(refs('ru', 'Стороны отмечают, что Договор о нераспространении ядерного оружия является краеугольным камнем режима нераспространения.')).toEqual([
      ['Договор о нераспространении ядерного оружия', 'npt', []],
    ]);
  });
});

describe('Russian lists of paragraphs and points (H5)', () => {
  it('reads «и» between paragraph numbers as a conjunction, and keeps every listed point', () => {
    expect(
      refs('ru', 'Стороны сослались на пункты 3 и 4 статьи 2 Устава Организации Объединённых Наций, а также на подпункты «а» и «б» пункта 1 статьи 5 Устава.'),
    ).toEqual([
      ['пункты 3 и 4 статьи 2 Устава Организации Объединённых Наций', 'un-charter', ['art_2__para_3', 'art_2__para_4']],
      ['подпункты «а» и «б» пункта 1 статьи 5 Устава', 'un-charter', ['art_5__para_1__point_1', 'art_5__para_1__point_2']],
    ]);
  });
});

describe('General Assembly resolutions of 1946–1975 (H6)', () => {
  it.each([
    ['en', 'Recalling its resolution 2758 (XXVI) of 25 October 1971, the Sides reaffirmed the one-China principle.', [['resolution 2758 (XXVI)', null, ['A/RES/2758 (XXVI)']]]],
    [
      'en',
      'The Sides recalled UN General Assembly resolution 2758 (XXVI) and General Assembly resolution ES-11/1.',
      [
        ['General Assembly resolution 2758 (XXVI)', null, ['A/RES/2758 (XXVI)']],
        ['General Assembly resolution ES-11/1', null, ['A/RES/ES-11/1']],
      ],
    ],
    ['en', 'The Sides referred to General Assembly resolutions 377 A (V) and ES-11/1.', [['General Assembly resolutions 377 A (V) and ES-11/1', null, ['A/RES/377 (V)', 'A/RES/ES-11/1']]]],
    ['en', 'The Sides recalled A/RES/2758(XXVI).', [['A/RES/2758(XXVI)', null, ['A/RES/2758 (XXVI)']]]],
    [
      'ru',
      'Стороны напомнили о резолюции 2758 (XXVI) Генеральной Ассамблеи ООН и резолюции СБ ООН 2231.',
      [
        ['резолюции 2758 (XXVI)', null, ['A/RES/2758 (XXVI)']],
        ['резолюции СБ ООН 2231', null, ['S/RES/2231']],
      ],
    ],
  ] as const)('%s: %s', (language, paragraph, expected) => {
    expect(refs(language, paragraph)).toEqual(expected);
  });

  it('links an old General Assembly resolution to its UN document, never to a Security Council one', () => {
    const reference = analyzeText(`${HEADS.en}\n1. The Sides recalled resolution 2758 (XXVI) of the General Assembly.`).analysis.references[0]!;
    expect(publicLink(reference, 'en')).toEqual({ href: 'https://docs.un.org/en/A/RES/2758(XXVI)', language: 'en' });
  });
});

describe('Chinese resolution citations (H7, L2)', () => {
  it.each([
    ['並落實安理會第1540號決議，加強出口管制合作。', [['安理會第1540號決議', null, ['S/RES/1540']]]],
    ['双方支持联合国安理会第２２３１号决议，呼吁各方恪守承诺。', [['联合国安理会第２２３１号决议', null, ['S/RES/2231']]]],
    [
      '双方欢迎安理会第2231（2015）号决议及第1540号决议。',
      [
        ['安理会第2231（2015）号决议', null, ['S/RES/2231 (2015)']],
        ['第1540号决议', null, ['S/RES/1540']],
      ],
    ],
    ['双方支持联大第76/234号决议。', [['联大第76/234号决议', null, ['A/RES/76/234']]]],
  ] as const)('%s', (paragraph, expected) => {
    expect(refs('zh', paragraph)).toEqual(expected);
  });

  it('does not take a numbered decision of another body for a UN resolution', () => {
    expect(refs('zh', '双方欢迎上海合作组织第12号决议及第13号决议。')).toEqual([]);
  });
});

describe('English instrument names with commas (M9)', () => {
  it('keeps an enumeration inside the title, before "between" or at the end', () => {
    expect(
      refs('en', 'The Sides noted the Treaty of Good-Neighbourliness, Friendship and Cooperation between the Russian Federation and the Republic of India of 28 January 1993.'),
    ).toEqual([
      [
        'Treaty of Good-Neighbourliness, Friendship and Cooperation between the Russian Federation and the Republic of India',
        'Treaty of Good-Neighbourliness, Friendship and Cooperation between the Russian Federation and the Republic of India',
        [],
      ],
    ]);
  });

  it('resolves a defined short form to the whole title', () => {
    const paragraph =
      'The Sides reaffirmed the Treaty of Good-Neighborly Relations, Friendship and Cooperation between the People\'s Republic of China and the Republic of Kazakhstan (hereinafter referred to as "the Treaty") and will implement Articles 16 and 17 of the Treaty.';
    const title = "Treaty of Good-Neighborly Relations, Friendship and Cooperation between the People's Republic of China and the Republic of Kazakhstan";
    expect(refs('en', paragraph)).toEqual([
      [title, title, []],
      ['Articles 16 and 17 of the Treaty', title, ['art_16', 'art_17']],
    ]);
  });

  it('does not run a name over a comma into the sentence', () => {
    expect(refs('en', 'Under the Treaty on Open Skies, the United States and Russia exchanged observation flights.')).toEqual([
      ['Treaty on Open Skies', 'Treaty on Open Skies', []],
    ]);
  });
});

describe('article citations joined to their instrument (M10)', () => {
  it.each([
    ['en', 'The Sides reaffirmed Article 2(4) and Article 51 of the Charter of the United Nations.', [['Article 2(4) and Article 51 of the Charter of the United Nations', 'un-charter', ['art_2__para_4', 'art_51']]]],
    [
      'en',
      "The Sides will consult under Article 9, paragraph 1, of the Treaty of Good-Neighborliness and Friendly Cooperation between the People's Republic of China and the Russian Federation.",
      [
        [
          "Article 9, paragraph 1, of the Treaty of Good-Neighborliness and Friendly Cooperation between the People's Republic of China and the Russian Federation",
          'cn-ru-treaty-2001',
          ['art_9__para_1'],
        ],
      ],
    ],
    ['ru', 'Стороны подтверждают приверженность статье 2 и статье 51 Устава ООН.', [['статье 2 и статье 51 Устава ООН', 'un-charter', ['art_2', 'art_51']]]],
  ] as const)('%s: %s', (language, paragraph, expected) => {
    expect(refs(language, paragraph)).toEqual(expected);
  });
});
