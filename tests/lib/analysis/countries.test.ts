import { describe, expect, it } from 'vitest';
import { COUNTRIES, declineRussianName, findCountries, parseZhAbbreviationCompound } from '../../../lib/analysis/countries';
import { CORPUS_TEXT } from '../../helpers';

const codes = (text: string, language: 'zh' | 'en' | 'ru'): string[] => findCountries(text, language).map((c) => c.code);
const country = (code: string) => COUNTRIES.find((c) => c.code === code)!;

describe('the gazetteer', () => {
  it('covers the 193 UN members, the 2 observer states and the EU, each once', () => {
    const all = COUNTRIES.map((c) => c.code);
    expect(all).toHaveLength(196);
    expect(new Set(all).size).toBe(196);
    for (const code of all) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(all).toEqual(expect.arrayContaining(['VA', 'PS', 'EU', 'CN', 'RU', 'KP', 'KR', 'SS', 'TL', 'MK']));
  });

  it('names every state in all three languages, in simplified and traditional Chinese', () => {
    for (const { code, names } of COUNTRIES) {
      expect(names.zh.length, code).toBeGreaterThan(0);
      expect(names.en.length, code).toBeGreaterThan(0);
      expect(names.ru.length, code).toBeGreaterThanOrEqual(1);
    }
    expect(country('CN').names.zh).toEqual(['中国', '中华人民共和国', '中國', '中華人民共和國']);
    expect(country('RU').names.zh).toEqual(expect.arrayContaining(['俄罗斯联邦', '俄羅斯聯邦']));
    expect(country('RU').names.en).toEqual(['Russia', 'Russian Federation', 'the Russian Federation']);
  });

  it('gives unique one-character abbreviations, and none that is ambiguous', () => {
    const abbreviations = COUNTRIES.flatMap((c) => (c.zhAbbreviation ? [c.zhAbbreviation] : []));
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
    for (const a of abbreviations) expect([...a]).toHaveLength(1);
    expect(['中', '俄', '美', '日', '韩', '朝', '印', '法', '德', '英'].map((a) => COUNTRIES.find((c) => c.zhAbbreviation === a)?.code))
      .toEqual(['CN', 'RU', 'US', 'JP', 'KR', 'KP', 'IN', 'FR', 'DE', 'GB']);
    for (const ambiguous of ['巴', '乌', '土', '马', '阿', '新', '伊', '塞']) {
      expect(COUNTRIES.find((c) => c.zhAbbreviation === ambiguous), ambiguous).toBeUndefined();
    }
  });
});

describe('declineRussianName', () => {
  it.each([
    ['Российская Федерация', 'Российской Федерации', 'Российской Федерации', 'Российскую Федерацию', 'Российской Федерацией', 'Российской Федерации'],
    ['Россия', 'России', 'России', 'Россию', 'Россией', 'России'],
    ['Китайская Народная Республика', 'Китайской Народной Республики', 'Китайской Народной Республике', 'Китайскую Народную Республику', 'Китайской Народной Республикой', 'Китайской Народной Республике'],
    ['Китай', 'Китая', 'Китаю', 'Китай', 'Китаем', 'Китае'],
    ['Соединённые Штаты Америки', 'Соединённых Штатов Америки', 'Соединённым Штатам Америки', 'Соединённые Штаты Америки', 'Соединёнными Штатами Америки', 'Соединённых Штатах Америки'],
    ['Индия', 'Индии', 'Индии', 'Индию', 'Индией', 'Индии'],
    ['Республика Казахстан', 'Республики Казахстан', 'Республике Казахстан', 'Республику Казахстан', 'Республикой Казахстан', 'Республике Казахстан'],
    ['Казахстан', 'Казахстана', 'Казахстану', 'Казахстан', 'Казахстаном', 'Казахстане'],
    ['Беларусь', 'Беларуси', 'Беларуси', 'Беларусь', 'Беларусью', 'Беларуси'],
    ['Французская Республика', 'Французской Республики', 'Французской Республике', 'Французскую Республику', 'Французской Республикой', 'Французской Республике'],
    ['Федеративная Республика Германия', 'Федеративной Республики Германия', 'Федеративной Республике Германия', 'Федеративную Республику Германия', 'Федеративной Республикой Германия', 'Федеративной Республике Германия'],
    ['Соединённое Королевство Великобритании и Северной Ирландии', 'Соединённого Королевства Великобритании и Северной Ирландии', 'Соединённому Королевству Великобритании и Северной Ирландии', 'Соединённое Королевство Великобритании и Северной Ирландии', 'Соединённым Королевством Великобритании и Северной Ирландии', 'Соединённом Королевстве Великобритании и Северной Ирландии'],
    ['Япония', 'Японии', 'Японии', 'Японию', 'Японией', 'Японии'],
    ['Корейская Народно-Демократическая Республика', 'Корейской Народно-Демократической Республики', 'Корейской Народно-Демократической Республике', 'Корейскую Народно-Демократическую Республику', 'Корейской Народно-Демократической Республикой', 'Корейской Народно-Демократической Республике'],
    ['Республика Корея', 'Республики Корея', 'Республике Корея', 'Республику Корея', 'Республикой Корея', 'Республике Корея'],
    ['Того', 'Того', 'Того', 'Того', 'Того', 'Того'],
    ['Перу', 'Перу', 'Перу', 'Перу', 'Перу', 'Перу'],
    ['Чили', 'Чили', 'Чили', 'Чили', 'Чили', 'Чили'],
    ['Египет', 'Египта', 'Египту', 'Египет', 'Египтом', 'Египте'],
    ['Израиль', 'Израиля', 'Израилю', 'Израиль', 'Израилем', 'Израиле'],
    ['Польша', 'Польши', 'Польше', 'Польшу', 'Польшей', 'Польше'],
    ['Камбоджа', 'Камбоджи', 'Камбодже', 'Камбоджу', 'Камбоджей', 'Камбодже'],
    ['Эритрея', 'Эритреи', 'Эритрее', 'Эритрею', 'Эритреей', 'Эритрее'],
    ['Маврикий', 'Маврикия', 'Маврикию', 'Маврикий', 'Маврикием', 'Маврикии'],
    ['Филиппины', 'Филиппин', 'Филиппинам', 'Филиппины', 'Филиппинами', 'Филиппинах'],
    ['Нидерланды', 'Нидерландов', 'Нидерландам', 'Нидерланды', 'Нидерландами', 'Нидерландах'],
    ['Объединённые Арабские Эмираты', 'Объединённых Арабских Эмиратов', 'Объединённым Арабским Эмиратам', 'Объединённые Арабские Эмираты', 'Объединёнными Арабскими Эмиратами', 'Объединённых Арабских Эмиратах'],
    ['Маршалловы Острова', 'Маршалловых Островов', 'Маршалловым Островам', 'Маршалловы Острова', 'Маршалловыми Островами', 'Маршалловых Островах'],
    ['Босния и Герцеговина', 'Боснии и Герцеговины', 'Боснии и Герцеговине', 'Боснию и Герцеговину', 'Боснией и Герцеговиной', 'Боснии и Герцеговине'],
    ['Антигуа и Барбуда', 'Антигуа и Барбуды', 'Антигуа и Барбуде', 'Антигуа и Барбуду', 'Антигуа и Барбудой', 'Антигуа и Барбуде'],
    ['Папуа — Новая Гвинея', 'Папуа — Новой Гвинеи', 'Папуа — Новой Гвинее', 'Папуа — Новую Гвинею', 'Папуа — Новой Гвинеей', 'Папуа — Новой Гвинее'],
    ['Гвинея-Бисау', 'Гвинеи-Бисау', 'Гвинее-Бисау', 'Гвинею-Бисау', 'Гвинеей-Бисау', 'Гвинее-Бисау'],
    ['Коста-Рика', 'Коста-Рики', 'Коста-Рике', 'Коста-Рику', 'Коста-Рикой', 'Коста-Рике'],
    ["Кот-д'Ивуар", "Кот-д'Ивуара", "Кот-д'Ивуару", "Кот-д'Ивуар", "Кот-д'Ивуаром", "Кот-д'Ивуаре"],
    ['Тимор-Лешти', 'Тимор-Лешти', 'Тимор-Лешти', 'Тимор-Лешти', 'Тимор-Лешти', 'Тимор-Лешти'],
    ['Святой Престол', 'Святого Престола', 'Святому Престолу', 'Святой Престол', 'Святым Престолом', 'Святом Престоле'],
    ['Великое Герцогство Люксембург', 'Великого Герцогства Люксембург', 'Великому Герцогству Люксембург', 'Великое Герцогство Люксембург', 'Великим Герцогством Люксембург', 'Великом Герцогстве Люксембург'],
    ['Европейский союз', 'Европейского союза', 'Европейскому союзу', 'Европейский союз', 'Европейским союзом', 'Европейском союзе'],
    ['=КНР', 'КНР', 'КНР', 'КНР', 'КНР', 'КНР'],
  ])('%s', (name, ...forms) => {
    expect(declineRussianName(name)).toEqual([name.replace(/^=/, ''), ...forms]);
  });

  it('puts every case form of every name into the gazetteer', () => {
    expect(country('RU').names.ru).toEqual(expect.arrayContaining([
      'Российская Федерация', 'Российской Федерации', 'Российскую Федерацию', 'Российской Федерацией',
      'Россия', 'России', 'Россию', 'Россией', 'РФ',
    ]));
    expect(country('KZ').names.ru).toEqual(expect.arrayContaining(['Республикой Казахстан', 'Казахстаном']));
  });
});

describe('findCountries', () => {
  it('finds China and Russia in the corpus title and preamble', () => {
    const [title, preamble] = CORPUS_TEXT.split('\u3000\u3000');
    expect(findCountries(title!, 'zh')).toEqual([
      { code: 'CN', start: 0, end: 7, text: '中华人民共和国' },
      { code: 'RU', start: 8, end: 13, text: '俄罗斯联邦' },
    ]);
    expect(codes(preamble!, 'zh')).toEqual(['CN', 'RU']);
  });

  it('reads an English title', () => {
    expect(findCountries("Joint Statement of the People's Republic of China and the Russian Federation on the Twentieth Anniversary", 'en'))
      .toEqual([
        { code: 'CN', start: 19, end: 49, text: "the People's Republic of China" },
        { code: 'RU', start: 54, end: 76, text: 'the Russian Federation' },
      ]);
    expect(codes('JOINT STATEMENT OF THE PEOPLE’S REPUBLIC OF CHINA AND THE RUSSIAN FEDERATION', 'en')).toEqual(['CN', 'RU']);
  });

  it('reads Russian names in any case', () => {
    expect(codes('Совместное заявление Российской Федерации и Китайской Народной Республики', 'ru')).toEqual(['RU', 'CN']);
    expect(codes('Договор между Российской Федерацией и Республикой Казахстан', 'ru')).toEqual(['RU', 'KZ']);
    expect(codes('Соглашение между Правительством Соединенных Штатов Америки и Белоруссией', 'ru')).toEqual(['US', 'BY']);
  });

  it('tells the two Koreas apart in every language', () => {
    expect(codes("the Democratic People's Republic of Korea and the Republic of Korea", 'en')).toEqual(['KP', 'KR']);
    expect(codes('Республика Корея и Корейская Народно-Демократическая Республика', 'ru')).toEqual(['KR', 'KP']);
    expect(codes('朝鲜民主主义人民共和国和大韩民国', 'zh')).toEqual(['KP', 'KR']);
  });

  it('prefers the longest name and reports each state once, at its first mention', () => {
    expect(codes('白俄罗斯、俄罗斯联邦、俄罗斯和印度尼西亚、印度', 'zh')).toEqual(['BY', 'RU', 'ID', 'IN']);
    expect(codes('Papua New Guinea, Guinea-Bissau, Equatorial Guinea, Guinea and Niger, not Nigeria', 'en'))
      .toEqual(['PG', 'GW', 'GQ', 'GN', 'NE', 'NG']);
  });

  it('does not take words that contain a name for the state', () => {
    expect(codes('发展中国家、欧美国家、拉美国家、朝鲜半岛、印度洋、内蒙古', 'zh')).toEqual([]);
    expect(codes('china and turkey; tell us; the Gulf of Guinea; the Indian Ocean; Nigerian; New Mexico', 'en')).toEqual([]);
    expect(codes('Индийский океан, Китайская стена не в счёт', 'ru')).toEqual([]);
  });

  it('matches abbreviations exactly', () => {
    expect(codes('the US, the UK, the EU and the DPRK', 'en')).toEqual(['US', 'GB', 'EU', 'KP']);
    expect(codes('США, КНР и ЕС', 'ru')).toEqual(['US', 'CN', 'EU']);
  });

  it('refuses a language it does not know', () => {
    expect(() => findCountries('France', 'fr' as 'en')).toThrow(/unsupported language/);
  });
});

describe('parseZhAbbreviationCompound', () => {
  it.each([
    ['中俄', ['CN', 'RU']],
    ['中俄印', ['CN', 'RU', 'IN']],
    ['中美', ['CN', 'US']],
    ['中日韩', ['CN', 'JP', 'KR']],
    ['中韓', ['CN', 'KR']],
    ['俄', ['RU']],
  ])('%s → %j', (text, expected) => {
    expect(parseZhAbbreviationCompound(text)).toEqual(expected);
  });

  it.each(['', '中巴', '中国', '中中', '双方', '中俄关系'])('rejects %j', (text) => {
    expect(parseZhAbbreviationCompound(text)).toBeNull();
  });
});
