/**
 * Detection and titles on inputs from the review of untuned pages and texts: titles with a name
 * before the head noun, titles in capitals, news headlines that begin with a kind word.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../lib/analysis/analyze';
import { readabilityArticle } from '../../../lib/analysis/extract-readability';
import { detectParties } from '../../../lib/analysis/detect';
import { kindFromTitle } from '../../../lib/analysis/kind';
import type { Analysis } from '../../../lib/analysis/types';
import { fixture, page } from '../../helpers';

/** What detection says of a document, in one object. */
function detected(a: Analysis) {
  return { diplomatic: a.diplomatic, kind: a.kind, title: a.title, date: a.date, parties: a.parties };
}

/** The analysis of a fixture page at a URL of its site, or null when the pre-check rejects it. */
function analysePage(name: string, url: string, force = false): Analysis | null {
  return analyzeDocument(page(name, url), { url, readability: readabilityArticle, force })?.analysis ?? null;
}

describe('titles with a name before the head noun', () => {
  it('reads "China-Russia Joint Statement on …" on an english.news.cn page', () => {
    const a = analysePage('detect-xinhua-en-modifier-title.html', 'https://english.news.cn/20240516/0123456789abcdef0123/c.html');
    expect(a && detected(a)).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: 'China-Russia Joint Statement on Deepening the Comprehensive Strategic Partnership of Coordination in the New Era',
      date: '2024-05-16',
      parties: ['CN', 'RU'],
    });
    expect(a!.sections.map((s) => s.label)).toEqual(['§I', '§II']);
  });

  it.each([
    ['BRICS Joint Statement on Counter-Terrorism', 'joint-statement'],
    ['Kazan Declaration', 'declaration'],
    ['G20 New Delhi Leaders\u2019 Declaration', 'declaration'],
    ['Московская декларация', 'declaration'],
    ['Российско-китайское совместное заявление', 'joint-statement'],
    ['Russia, China Sign Joint Statement', null],
    ['Leaders Sign Joint Statement on Ukraine', null],
  ])('kindFromTitle(%j) is %j', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });
});

describe('titles in capitals', () => {
  it('reads an MoU whose title is in capitals and whose parties are "the Participants"', () => {
    expect(detected(analyzeText(fixture('texts/detect-en-mou-allcaps.txt')).analysis)).toEqual({
      diplomatic: true,
      kind: 'memorandum',
      title: 'MEMORANDUM OF UNDERSTANDING BETWEEN THE GOVERNMENT OF THE REPUBLIC OF SINGAPORE AND THE GOVERNMENT OF THE KINGDOM OF THAILAND ON COOPERATION IN THE FIELD OF RENEWABLE ENERGY',
      date: '2024-03-14',
      parties: ['SG', 'TH'],
    });
  });

  it('takes "referred to collectively as the Participants … reached the following understanding" for an instrument without its title', () => {
    const text = fixture('texts/detect-en-mou-allcaps.txt').split('\n').slice(1).join('\n');
    const a = analyzeText(text).analysis;
    expect({ diplomatic: a.diplomatic, parties: a.parties }).toEqual({ diplomatic: true, parties: ['SG', 'TH'] });
  });

  it('reads a joint statement whose title is in capitals', () => {
    expect(detected(analyzeText(fixture('texts/detect-en-allcaps-joint-statement.txt')).analysis)).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: 'JOINT STATEMENT BETWEEN THE REPUBLIC OF INDONESIA AND THE SOCIALIST REPUBLIC OF VIET NAM ON THE ELEVATION OF THE COMPREHENSIVE STRATEGIC PARTNERSHIP',
      date: '2025-03-10',
      parties: ['ID', 'VN'],
    });
  });
});

describe('news headlines that begin with a kind word', () => {
  it.each([
    ['detect-xinhua-news-agreement-takes-effect.html', 'https://english.news.cn/20240516/0123456789abcdef0124/c.html'],
    ['detect-corporate-agreement.html', 'https://www.example-energy-news.com/2024/03/05/rosatom-cnnc.html'],
    ['detect-news-charter-flights.html', 'https://www.example-travel-news.com/2024/08/14/sanya.html'],
    ['detect-ru-news-treaty-in-force.html', 'https://www.example-news.ru/world/20241204/kndr.html'],
  ])('%s is not a diplomatic text, even when forced', (name, url) => {
    expect(analysePage(name, url, true)?.diplomatic).toBe(false);
  });

  it('a Russian story titled "Совместное заявление: …" is news', () => {
    expect(analyzeText(fixture('texts/detect-ru-news-joint-statement-colon.txt')).analysis.diplomatic).toBe(false);
  });

  it.each([
    'Resolution on Gaza ceasefire fails at UN Security Council',
    'Treaty on Comprehensive Strategic Partnership between Russia and DPRK enters into force',
    'Договор купли-продажи квартиры: образец 2024',
  ])('kindFromTitle(%j) is null', (title) => {
    expect(kindFromTitle(title)).toBeNull();
  });

  it.each([
    ['Protocol amending the Convention between the Government of Canada and the Government of the Russian Federation', 'protocol'],
    ['Treaty on the Non-Proliferation of Nuclear Weapons', 'treaty'],
    ['Соглашение между Правительством Российской Федерации и Правительством Республики Казахстан', 'agreement'],
    ['Resolution adopted by the General Assembly on 19 December 2023', 'resolution'],
    ['Protocol additional to the Geneva Conventions of 12 August 1949', 'protocol'],
    ['Agreement establishing the Asian Infrastructure Investment Bank', 'agreement'],
    ['Vienna Convention on the Law of Treaties', 'treaty'],
  ])('still reads the instrument title %j', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });
});

describe('a title set on two lines', () => {
  it('joins an MFA <h1> broken with <br> and a newline into one Chinese title', () => {
    const a = analysePage('detect-mfa-h1-br-title.html', 'https://www.mfa.gov.cn/web/zyxw/202405/t20240516_11305860.shtml');
    expect(a && detected(a)).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: '中华人民共和国和俄罗斯联邦在两国建交75周年之际关于深化新时代全面战略协作伙伴关系的联合声明',
      date: '2024-05-16',
      parties: ['CN', 'RU'],
    });
    expect(a!.sections.map((s) => s.label)).toEqual(['§一', '§二', '§三']);
  });

  it('takes a space before 关于 for the break of a long title, not for two clauses of a headline', () => {
    expect(kindFromTitle('中华人民共和国和俄罗斯联邦在两国建交75周年之际 关于深化新时代全面战略协作伙伴关系的联合声明')).toBe('joint-statement');
    expect(kindFromTitle('中俄元首签署联合声明 双方同意延期条约')).toBeNull();
  });
});

describe('words that announce the text are not part of its title', () => {
  it('drops "Full text: " from an english.news.cn title', () => {
    const a = analysePage('detect-xinhua-en-full-text-title.html', 'https://english.news.cn/20240703/abc123def4567890abcdef/c.html');
    expect(a && detected(a)).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: "Joint Statement between the People's Republic of China and the Republic of Kazakhstan",
      date: '2024-07-03',
      parties: ['CN', 'KZ'],
    });
  });

  it('drops Xinhua\'s "受权发布：" and reads the kind of the title behind it', () => {
    expect(detected(analyzeText(fixture('texts/detect-zh-authorised-release-title.txt')).analysis)).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: '中华人民共和国和哈萨克斯坦共和国联合声明',
      date: null,
      parties: ['CN', 'KZ'],
    });
  });

  it.each([
    ['（受权发布）中华人民共和国和俄罗斯联邦联合声明', '中华人民共和国和俄罗斯联邦联合声明'],
    ['中华人民共和国和俄罗斯联邦联合声明（全文）', '中华人民共和国和俄罗斯联邦联合声明'],
    ['中蒙俄三国元首联合声明全文', '中蒙俄三国元首联合声明'],
    ['Full text of the joint statement between China and Russia', 'Joint statement between China and Russia'],
    ['Полный текст: Совместное заявление Российской Федерации и Китайской Народной Республики', 'Совместное заявление Российской Федерации и Китайской Народной Республики'],
    ['Textile Agreement between Bangladesh and Thailand', 'Textile Agreement between Bangladesh and Thailand'],
  ])('the text of %j has the title %j', (page, title) => {
    expect(analyzeText('双方声明如下：', { title: page }).analysis.title).toBe(title);
  });
});

describe('parties', () => {
  it('reads the three states of 中蒙俄三国元首联合声明 from its abbreviation compound', () => {
    expect(detected(analyzeText(fixture('texts/detect-zh-cn-mn-ru-trilateral.txt')).analysis)).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: '中蒙俄三国元首联合声明',
      date: '2024-07-03',
      parties: ['CN', 'MN', 'RU'],
    });
  });

  it('takes no state for a party of a statement between two football federations', () => {
    const a = analysePage('detect-sports-joint-statement.html', 'https://www.example-football.org/news/2024/05/20/youth.html');
    expect(a?.parties).toEqual([]);
  });

  it.each([
    ['Joint Statement by the Foreign Ministers of Japan and Australia on Nuclear Disarmament', 'en', ['JP', 'AU']],
    ["Joint Statement of the People's Republic of China and the Russian Federation on Global Strategic Stability", 'en', ['CN', 'RU']],
    ['中华人民共和国、蒙古国和俄罗斯联邦三方联合声明', 'zh', ['CN', 'MN', 'RU']],
    ['中国足球协会和俄罗斯足球联合会联合声明', 'zh', []],
  ] as const)('the parties of %j are %j', (title, language, parties) => {
    expect(detectParties(title, null, language, 'joint-statement')).toEqual(parties);
  });
});

describe('a title set on two lines in a text', () => {
  it('reads "ПРОТОКОЛ" / "о внесении изменений …" as one title, and the preamble after it', () => {
    const a = analyzeText(fixture('texts/detect-ru-protocol-two-line-title.txt')).analysis;
    expect(detected(a)).toEqual({
      diplomatic: true,
      kind: 'protocol',
      title:
        'Протокол о внесении изменений в Соглашение между Правительством Российской Федерации и Правительством Республики Казахстан о сотрудничестве в области транспорта от 18 октября 2012 года',
      date: '2023-03-21',
      parties: ['RU', 'KZ'],
    });
    expect(a.clauses[0]).toMatchObject({ eId: 'preamble__para_1', text: 'Правительство Российской Федерации и Правительство Республики Казахстан, именуемые в дальнейшем Сторонами,' });
  });

  it('reads the parties on one line and 关于…的协定 on the next as one Chinese title', () => {
    const a = analyzeText(fixture('texts/detect-zh-agreement-two-line-title.txt')).analysis;
    expect(detected(a)).toMatchObject({
      diplomatic: true,
      kind: 'agreement',
      title: '中华人民共和国政府和俄罗斯联邦政府关于互免团体旅游签证的协定',
      parties: ['CN', 'RU'],
    });
    expect(a.clauses[0]).toMatchObject({ eId: 'preamble__para_1', text: '中华人民共和国政府和俄罗斯联邦政府（以下简称“双方”），' });
  });
});
