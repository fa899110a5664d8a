/**
 * The bundled registry of well-known instruments: facts about them (titles and short names in
 * Chinese, English and Russian, signing date, parties, where a public copy is), never their
 * texts. Texts come from the pages the user opens (the treaty library).
 *
 * What was checked and where is in the commit that added each entry. Two rules the data keeps:
 * - `titles` holds the official title in each language that has an official text. Where an
 *   instrument has no English text (the bilateral China–Russia instruments are done in Chinese
 *   and Russian), `titles.en` is the English title the Chinese government uses for it, or,
 *   failing that, a faithful translation; such entries say so in a comment.
 * - `date` is the day the instrument was signed or opened for signature; for one known by
 *   the day an assembly or conference adopted it (UDHR, Paris Agreement), that day; null
 *   where there is none (drafts and proposals).
 */
import type { DocumentKind } from '../analysis/types';
import { ruleLanguage, type RuleLanguage } from '../analysis/rule-language';

/** The languages the registry holds titles and names in (zh = simplified, zh-Hant = traditional). */
export type RegistryLanguage = 'zh' | 'zh-Hant' | 'en' | 'ru';

/** A well-known instrument: the facts the reference resolver and the reader need about it. */
export interface Instrument {
  /** Stable kebab-case id, e.g. 'cn-ru-treaty-2001', 'un-charter', 'npt'. Never reused. */
  id: string;
  /** 'treaty' for treaties, conventions and charters; 'agreement', 'joint-statement', 'declaration' … otherwise. */
  kind: DocumentKind;
  /** Full official title in each language (zh = simplified, zh-Hant = traditional). Omitted where a language has none. */
  titles: Partial<Record<RegistryLanguage, string>>;
  /**
   * Other names that unambiguously mean this instrument in running text, per language: short
   * titles, abbreviations (NPT, ДНЯО, 中导条约), other official renderings. Never generic
   * words (条约, the Treaty, Договор).
   */
  names: Partial<Record<RegistryLanguage, string[]>>;
  /** The generic head words a short form of it uses (条约 / 條約 / Treaty / Договор); Russian in the nominative. */
  shortForms: Partial<Record<RegistryLanguage, string[]>>;
  /** Signing or adoption date, YYYY-MM-DD, or null if there is none or it was not verified. */
  date: string | null;
  /**
   * ISO 3166-1 alpha-2 codes of the parties to a bilateral or plurilateral instrument (the
   * signatories); [] for open multilateral ones. The Soviet Union is 'SU', its former ISO
   * code, now transitionally reserved.
   */
  parties: string[];
  /** Where a public copy of the text is, per language (readable URLs; callers encode them). */
  publicCopy: Partial<Record<'zh' | 'en' | 'ru', string>>;
}

const TREATY_HEADS = { zh: ['条约'], 'zh-Hant': ['條約'], en: ['Treaty'], ru: ['Договор'] };
const CONVENTION_HEADS = { zh: ['公约'], 'zh-Hant': ['公約'], en: ['Convention'], ru: ['Конвенция'] };
const AGREEMENT_HEADS = { zh: ['协定'], 'zh-Hant': ['協定'], en: ['Agreement'], ru: ['Соглашение'] };

const SCO_FOUNDERS = ['KZ', 'CN', 'KG', 'RU', 'TJ', 'UZ'];

/** Every instrument in the registry. */
export const INSTRUMENTS: readonly Instrument[] = [
  // -- Instruments the corpus statement (China–Russia, 28 June 2021) names -------------------
  {
    id: 'cn-ru-treaty-2001',
    kind: 'treaty',
    titles: {
      zh: '中华人民共和国和俄罗斯联邦睦邻友好合作条约',
      'zh-Hant': '中華人民共和國和俄羅斯聯邦睦鄰友好合作條約',
      // Done in Chinese and Russian only; this is the English title China's MFA uses.
      en: "Treaty of Good-Neighborliness and Friendly Cooperation between the People's Republic of China and the Russian Federation",
      ru: 'Договор о добрососедстве, дружбе и сотрудничестве между Российской Федерацией и Китайской Народной Республикой',
    },
    names: {
      zh: ['中俄睦邻友好合作条约', '俄中睦邻友好合作条约'],
      'zh-Hant': ['中俄睦鄰友好合作條約', '俄中睦鄰友好合作條約'],
      en: [
        "Treaty of Good-Neighbourliness and Friendly Cooperation between the People's Republic of China and the Russian Federation",
        "Treaty on Good-Neighbourliness, Friendship and Cooperation between the Russian Federation and the People's Republic of China",
      ],
      ru: [
        'Российско-китайский договор о добрососедстве, дружбе и сотрудничестве',
        'Китайско-российский договор о добрососедстве, дружбе и сотрудничестве',
      ],
    },
    shortForms: TREATY_HEADS,
    date: '2001-07-16',
    parties: ['CN', 'RU'],
    publicCopy: {
      zh: 'https://zh.wikisource.org/wiki/中华人民共和国和俄罗斯联邦睦邻友好合作条约',
      en: 'https://worldjpn.grips.ac.jp/documents/texts/docs/20010716.T1E.html',
    },
  },
  {
    id: 'un-charter',
    kind: 'treaty',
    titles: {
      zh: '联合国宪章',
      'zh-Hant': '聯合國憲章',
      en: 'Charter of the United Nations',
      ru: 'Устав Организации Объединённых Наций',
    },
    names: {
      en: ['United Nations Charter', 'UN Charter', 'U.N. Charter'],
      ru: ['Устав ООН'],
    },
    shortForms: { zh: ['宪章'], 'zh-Hant': ['憲章'], en: ['Charter'], ru: ['Устав'] },
    date: '1945-06-26',
    parties: [],
    publicCopy: {
      zh: 'https://www.un.org/zh/about-us/un-charter/full-text',
      en: 'https://www.un.org/en/about-us/un-charter/full-text',
      ru: 'https://www.un.org/ru/about-us/un-charter/full-text',
    },
  },
  {
    id: 'npt',
    kind: 'treaty',
    titles: {
      zh: '不扩散核武器条约',
      'zh-Hant': '不擴散核武器條約',
      en: 'Treaty on the Non-Proliferation of Nuclear Weapons',
      ru: 'Договор о нераспространении ядерного оружия',
    },
    names: {
      zh: ['核不扩散条约'],
      'zh-Hant': ['核不擴散條約'],
      en: ['NPT', 'Non-Proliferation Treaty', 'Nuclear Non-Proliferation Treaty'],
      ru: ['ДНЯО'],
    },
    shortForms: TREATY_HEADS,
    date: '1968-07-01',
    parties: [],
    publicCopy: { en: 'https://treaties.unoda.org/t/npt' },
  },
  {
    id: 'inf-treaty',
    kind: 'treaty',
    // Done in English and Russian; there is no Chinese text, only the names Chinese uses.
    titles: {
      en: 'Treaty between the United States of America and the Union of Soviet Socialist Republics on the Elimination of Their Intermediate-Range and Shorter-Range Missiles',
      ru: 'Договор между Союзом Советских Социалистических Республик и Соединёнными Штатами Америки о ликвидации их ракет средней дальности и меньшей дальности',
    },
    names: {
      zh: ['中导条约', '美苏消除两国中程和中短程导弹条约', '苏联和美国消除两国中程和中短程导弹条约'],
      'zh-Hant': ['中導條約', '美蘇消除兩國中程和中短程導彈條約', '蘇聯和美國消除兩國中程和中短程導彈條約'],
      en: ['INF Treaty', 'Intermediate-Range Nuclear Forces Treaty'],
      ru: [
        'Договор о РСМД',
        'ДРСМД',
        'Договор о ликвидации ракет средней и меньшей дальности',
        'Договор между СССР и США о ликвидации их ракет средней и меньшей дальности',
      ],
    },
    shortForms: TREATY_HEADS,
    date: '1987-12-08',
    parties: ['US', 'SU'],
    publicCopy: {},
  },
  {
    id: 'cwc',
    kind: 'treaty',
    titles: {
      zh: '关于禁止发展、生产、储存和使用化学武器及销毁此种武器的公约',
      'zh-Hant': '關於禁止發展、生產、儲存和使用化學武器及銷毀此種武器的公約',
      en: 'Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction',
      ru: 'Конвенция о запрещении разработки, производства, накопления и применения химического оружия и о его уничтожении',
    },
    names: {
      zh: ['禁止化学武器公约', '化学武器公约'],
      'zh-Hant': ['關於禁止發展、生產、儲存和使用化學武器及銷燬此種武器的公約', '禁止化學武器公約', '化學武器公約'],
      en: ['Chemical Weapons Convention', 'CWC'],
      ru: ['Конвенция о запрещении химического оружия', 'Конвенция о химическом оружии', 'КЗХО'],
    },
    shortForms: CONVENTION_HEADS,
    // Signed in Paris; the Conference on Disarmament had adopted the text on 3 September 1992.
    date: '1993-01-13',
    parties: [],
    publicCopy: { en: 'https://treaties.unoda.org/t/cwc' },
  },
  {
    id: 'bwc',
    kind: 'treaty',
    titles: {
      // The UN's Chinese text; Chinese statements also use the renderings under `names`.
      zh: '禁止细菌（生物）和毒素武器的发展、生产及储存以及销毁这类武器的公约',
      'zh-Hant': '禁止細菌（生物）和毒素武器的發展、生產及儲存以及銷毀這類武器的公約',
      en: 'Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction',
      ru: 'Конвенция о запрещении разработки, производства и накопления запасов бактериологического (биологического) и токсинного оружия и об их уничтожении',
    },
    names: {
      zh: [
        '禁止发展、生产及储存细菌（生物）及毒素武器和销毁此种武器公约',
        '禁止细菌（生物）及毒素武器的发展、生产及储存以及销毁这类武器的公约',
        '禁止生物武器公约',
        '生物武器公约',
      ],
      'zh-Hant': [
        '禁止發展、生產及儲存細菌（生物）及毒素武器和銷毀此種武器公約',
        '禁止細菌（生物）及毒素武器的發展、生產及儲存以及銷毀這類武器的公約',
        '禁止細菌（生物）及毒素武器的發展、生產及儲存以及銷燬這類武器的公約',
        '禁止生物武器公約',
        '生物武器公約',
      ],
      en: ['Biological Weapons Convention', 'Biological and Toxin Weapons Convention', 'BWC', 'BTWC'],
      ru: [
        'Конвенция о биологическом оружии',
        'Конвенция о запрещении биологического оружия',
        'Конвенция о запрещении биологического и токсинного оружия',
        'КБТО',
        'КБО',
      ],
    },
    shortForms: CONVENTION_HEADS,
    date: '1972-04-10',
    parties: [],
    publicCopy: {
      zh: 'https://zh.wikisource.org/wiki/禁止生物武器公约',
      en: 'https://treaties.unoda.org/t/bwc',
    },
  },
  {
    id: 'cn-ru-information-space-statement-2016',
    kind: 'joint-statement',
    titles: {
      zh: '中华人民共和国主席和俄罗斯联邦总统关于协作推进信息网络空间发展的联合声明',
      'zh-Hant': '中華人民共和國主席和俄羅斯聯邦總統關於協作推進信息網絡空間發展的聯合聲明',
      // The English title of the Chinese government's English version.
      en: "Joint Statement between the Presidents of the People's Republic of China and the Russian Federation on Cooperation in Information Space Development",
      // The Russian title is not given: the Kremlin's text (publicCopy.ru) was found, its exact title was not.
    },
    names: {},
    shortForms: { zh: ['联合声明'], 'zh-Hant': ['聯合聲明'], en: ['Joint Statement'], ru: ['Совместное заявление'] },
    date: '2016-06-25',
    parties: ['CN', 'RU'],
    publicCopy: {
      zh: 'http://china.org.cn/chinese/2016-06/27/content_38756664.htm',
      en: 'http://www.chinadaily.com.cn/china/2016-06/26/content_25856778.htm',
      ru: 'http://kremlin.ru/supplement/5099',
    },
  },
  {
    id: 'cn-ru-information-security-agreement-2015',
    kind: 'agreement',
    titles: {
      zh: '中华人民共和国政府和俄罗斯联邦政府关于在保障国际信息安全领域合作协定',
      'zh-Hant': '中華人民共和國政府和俄羅斯聯邦政府關於在保障國際信息安全領域合作協定',
      // Done in Chinese and Russian only; a translation of the Chinese title.
      en: "Agreement between the Government of the People's Republic of China and the Government of the Russian Federation on Cooperation in Ensuring International Information Security",
      ru: 'Соглашение между Правительством Российской Федерации и Правительством Китайской Народной Республики о сотрудничестве в области обеспечения международной информационной безопасности',
    },
    names: {},
    shortForms: AGREEMENT_HEADS,
    date: '2015-05-08',
    parties: ['CN', 'RU'],
    publicCopy: { zh: 'https://zh.wikisource.org/wiki/中华人民共和国政府和俄罗斯联邦政府关于在保障国际信息安全领域合作协定' },
  },
  {
    // A draft China and Russia submitted to the Conference on Disarmament (2008, updated 2014).
    id: 'ppwt',
    kind: 'treaty',
    titles: {
      zh: '防止在外空放置武器、对外空物体使用或威胁使用武力条约',
      'zh-Hant': '防止在外空放置武器、對外空物體使用或威脅使用武力條約',
      en: 'Treaty on the Prevention of the Placement of Weapons in Outer Space, the Threat or Use of Force against Outer Space Objects',
      ru: 'Договор о предотвращении размещения оружия в космическом пространстве, применения силы или угрозы силой в отношении космических объектов',
    },
    names: {
      // The 2008 draft's title (CD/1839).
      en: ['PPWT', 'Treaty on Prevention of the Placement of Weapons in Outer Space and of the Threat or Use of Force against Outer Space Objects'],
      ru: ['ДПРОК'],
    },
    shortForms: TREATY_HEADS,
    date: null,
    parties: [],
    publicCopy: { en: 'https://www.fmprc.gov.cn/mfa_eng/wjb_663304/zzjg_663340/jks_665232/kjfywj_665252/201406/t20140616_599726.html' },
  },
  {
    // Proposed by Russia at the Conference on Disarmament in 2016; not negotiated.
    id: 'chemical-biological-terrorism-convention',
    kind: 'treaty',
    titles: {
      zh: '制止生化恐怖主义行为国际公约',
      'zh-Hant': '制止生化恐怖主義行為國際公約',
      en: 'International Convention for the Suppression of Acts of Chemical and Biological Terrorism',
      ru: 'Международная конвенция по борьбе с актами химического и биологического терроризма',
    },
    names: { ru: ['МКХБТ'] },
    shortForms: CONVENTION_HEADS,
    date: null,
    parties: [],
    publicCopy: {},
  },
  {
    // Kind 'other': one government's proposal, put forward in the Foreign Minister's speech of
    // 8 September 2020 and open for others to join; no state adopted or signed it as a
    // declaration, so neither 'declaration' nor any treaty kind fits.
    id: 'global-data-security-initiative',
    kind: 'other',
    titles: {
      zh: '全球数据安全倡议',
      'zh-Hant': '全球數據安全倡議',
      en: 'Global Initiative on Data Security',
      // No official Russian text was found; the usual Russian rendering is under `names`.
    },
    names: {
      en: ['Global Data Security Initiative'],
      ru: ['Глобальная инициатива по безопасности данных'],
    },
    shortForms: { zh: ['倡议'], 'zh-Hant': ['倡議'], en: ['Initiative'], ru: ['Инициатива'] },
    date: '2020-09-08',
    parties: [],
    publicCopy: {},
  },

  // -- Other instruments diplomatic texts often cite ----------------------------------------
  {
    id: 'vclt',
    kind: 'treaty',
    titles: {
      zh: '维也纳条约法公约',
      'zh-Hant': '維也納條約法公約',
      en: 'Vienna Convention on the Law of Treaties',
      ru: 'Венская конвенция о праве международных договоров',
    },
    names: { en: ['VCLT'] },
    shortForms: CONVENTION_HEADS,
    date: '1969-05-23',
    parties: [],
    publicCopy: { en: 'https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf' },
  },
  {
    id: 'vcdr',
    kind: 'treaty',
    titles: {
      zh: '维也纳外交关系公约',
      'zh-Hant': '維也納外交關係公約',
      en: 'Vienna Convention on Diplomatic Relations',
      ru: 'Венская конвенция о дипломатических сношениях',
    },
    names: { en: ['VCDR'] },
    shortForms: CONVENTION_HEADS,
    date: '1961-04-18',
    parties: [],
    publicCopy: { en: 'https://legal.un.org/ilc/texts/instruments/english/conventions/9_1_1961.pdf' },
  },
  {
    id: 'outer-space-treaty',
    kind: 'treaty',
    titles: {
      zh: '关于各国探索和利用包括月球和其他天体在内外层空间活动的原则条约',
      'zh-Hant': '關於各國探索和利用包括月球和其他天體在內外層空間活動的原則條約',
      en: 'Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies',
      ru: 'Договор о принципах деятельности государств по исследованию и использованию космического пространства, включая Луну и другие небесные тела',
    },
    names: {
      zh: ['外层空间条约', '外空条约'],
      'zh-Hant': ['外層空間條約', '外空條約'],
      en: ['Outer Space Treaty'],
      ru: ['Договор по космосу'],
    },
    shortForms: TREATY_HEADS,
    date: '1967-01-27',
    parties: [],
    publicCopy: { en: 'https://treaties.unoda.org/t/outer_space' },
  },
  {
    id: 'ctbt',
    kind: 'treaty',
    titles: {
      zh: '全面禁止核试验条约',
      'zh-Hant': '全面禁止核試驗條約',
      en: 'Comprehensive Nuclear-Test-Ban Treaty',
      ru: 'Договор о всеобъемлющем запрещении ядерных испытаний',
    },
    names: {
      zh: ['全面禁核试条约'],
      'zh-Hant': ['全面禁核試條約'],
      en: ['CTBT'],
      ru: ['ДВЗЯИ'],
    },
    shortForms: TREATY_HEADS,
    // Opened for signature (and signed) on 24 September 1996; the General Assembly adopted it on 10 September.
    date: '1996-09-24',
    parties: [],
    publicCopy: { en: 'https://treaties.unoda.org/t/ctbt' },
  },
  {
    id: 'new-start',
    kind: 'treaty',
    // Done in English and Russian.
    titles: {
      en: 'Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms',
      ru: 'Договор между Российской Федерацией и Соединёнными Штатами Америки о мерах по дальнейшему сокращению и ограничению стратегических наступательных вооружений',
    },
    names: {
      zh: ['新削减战略武器条约'],
      'zh-Hant': ['新削減戰略武器條約'],
      en: ['New START', 'New START Treaty'],
      ru: ['ДСНВ', 'СНВ-3'],
    },
    shortForms: TREATY_HEADS,
    date: '2010-04-08',
    parties: ['US', 'RU'],
    publicCopy: {},
  },
  {
    id: 'abm-treaty',
    kind: 'treaty',
    // Done in English and Russian.
    titles: {
      en: 'Treaty between the United States of America and the Union of Soviet Socialist Republics on the Limitation of Anti-Ballistic Missile Systems',
      ru: 'Договор между Союзом Советских Социалистических Республик и Соединёнными Штатами Америки об ограничении систем противоракетной обороны',
    },
    names: {
      zh: ['反导条约', '反弹道导弹条约'],
      'zh-Hant': ['反導條約', '反彈道導彈條約'],
      en: ['ABM Treaty', 'Anti-Ballistic Missile Treaty'],
      ru: ['Договор по ПРО', 'Договор об ограничении систем противоракетной обороны'],
    },
    shortForms: TREATY_HEADS,
    date: '1972-05-26',
    parties: ['US', 'SU'],
    publicCopy: {},
  },
  {
    id: 'unclos',
    kind: 'treaty',
    titles: {
      zh: '联合国海洋法公约',
      'zh-Hant': '聯合國海洋法公約',
      en: 'United Nations Convention on the Law of the Sea',
      ru: 'Конвенция Организации Объединённых Наций по морскому праву',
    },
    names: { en: ['UNCLOS'], ru: ['Конвенция ООН по морскому праву'] },
    shortForms: CONVENTION_HEADS,
    date: '1982-12-10',
    parties: [],
    publicCopy: { en: 'https://www.un.org/depts/los/convention_agreements/texts/unclos/unclos_e.pdf' },
  },
  {
    id: 'paris-agreement',
    kind: 'agreement',
    titles: { zh: '巴黎协定', 'zh-Hant': '巴黎協定', en: 'Paris Agreement', ru: 'Парижское соглашение' },
    names: {},
    shortForms: AGREEMENT_HEADS,
    // Adopted at COP 21 in Paris; opened for signature on 22 April 2016.
    date: '2015-12-12',
    parties: [],
    publicCopy: { en: 'https://unfccc.int/sites/default/files/english_paris_agreement.pdf' },
  },
  {
    id: 'udhr',
    kind: 'declaration',
    titles: {
      zh: '世界人权宣言',
      'zh-Hant': '世界人權宣言',
      en: 'Universal Declaration of Human Rights',
      ru: 'Всеобщая декларация прав человека',
    },
    names: { en: ['UDHR'] },
    shortForms: { zh: ['宣言'], 'zh-Hant': ['宣言'], en: ['Declaration'], ru: ['Декларация'] },
    date: '1948-12-10',
    parties: [],
    publicCopy: {
      zh: 'https://www.un.org/zh/about-us/universal-declaration-of-human-rights',
      en: 'https://www.un.org/en/about-us/universal-declaration-of-human-rights',
      ru: 'https://www.un.org/ru/about-us/universal-declaration-of-human-rights',
    },
  },
  {
    id: 'shanghai-convention-2001',
    kind: 'treaty',
    titles: {
      zh: '打击恐怖主义、分裂主义和极端主义上海公约',
      'zh-Hant': '打擊恐怖主義、分裂主義和極端主義上海公約',
      en: 'Shanghai Convention on Combating Terrorism, Separatism and Extremism',
      ru: 'Шанхайская конвенция о борьбе с терроризмом, сепаратизмом и экстремизмом',
    },
    names: {},
    shortForms: CONVENTION_HEADS,
    date: '2001-06-15',
    parties: SCO_FOUNDERS,
    publicCopy: { zh: 'https://zh.wikisource.org/wiki/打击恐怖主义、分裂主义和极端主义上海公约' },
  },
  {
    id: 'sco-charter',
    kind: 'treaty',
    titles: {
      zh: '上海合作组织宪章',
      'zh-Hant': '上海合作組織憲章',
      en: 'Charter of the Shanghai Cooperation Organization',
      ru: 'Хартия Шанхайской организации сотрудничества',
    },
    names: { en: ['SCO Charter'], ru: ['Хартия ШОС'] },
    shortForms: { zh: ['宪章'], 'zh-Hant': ['憲章'], en: ['Charter'], ru: ['Хартия'] },
    date: '2002-06-07',
    parties: SCO_FOUNDERS,
    publicCopy: { ru: 'https://adilet.zan.kz/rus/docs/Z030000465_' },
  },
  {
    id: 'sco-treaty-2007',
    kind: 'treaty',
    titles: {
      zh: '上海合作组织成员国长期睦邻友好合作条约',
      'zh-Hant': '上海合作組織成員國長期睦鄰友好合作條約',
      en: 'Treaty on Long-Term Good-Neighborliness, Friendship and Cooperation of the Member States of the Shanghai Cooperation Organization',
      ru: 'Договор о долгосрочном добрососедстве, дружбе и сотрудничестве государств-членов Шанхайской организации сотрудничества',
    },
    names: {},
    shortForms: TREATY_HEADS,
    date: '2007-08-16',
    parties: SCO_FOUNDERS,
    publicCopy: {
      zh: 'https://worldjpn.net/documents/texts/SCO/20070816.T1C.html',
      ru: 'https://adilet.zan.kz/rus/docs/Z090000129_',
    },
  },
  {
    id: 'cn-su-eastern-border-agreement-1991',
    kind: 'agreement',
    titles: {
      zh: '中华人民共和国和苏维埃社会主义共和国联盟关于中苏国界东段的协定',
      'zh-Hant': '中華人民共和國和蘇維埃社會主義共和國聯盟關於中蘇國界東段的協定',
      // Done in Chinese and Russian only; a translation.
      en: "Agreement between the People's Republic of China and the Union of Soviet Socialist Republics on the Eastern Section of the China–USSR Boundary",
      ru: 'Соглашение между Союзом Советских Социалистических Республик и Китайской Народной Республикой о советско-китайской государственной границе на ее Восточной части',
    },
    names: {},
    shortForms: AGREEMENT_HEADS,
    date: '1991-05-16',
    parties: ['CN', 'SU'],
    publicCopy: { zh: 'https://zh.wikisource.org/wiki/中华人民共和国和苏维埃社会主义共和国联盟关于中苏国界东段的协定' },
  },
  {
    id: 'cn-ru-western-border-agreement-1994',
    kind: 'agreement',
    titles: {
      zh: '中华人民共和国和俄罗斯联邦关于中俄国界西段的协定',
      'zh-Hant': '中華人民共和國和俄羅斯聯邦關於中俄國界西段的協定',
      // Done in Chinese and Russian only; a translation.
      en: "Agreement between the People's Republic of China and the Russian Federation on the Western Section of the China–Russia Boundary",
      ru: 'Соглашение между Российской Федерацией и Китайской Народной Республикой о российско-китайской государственной границе на ее Западной части',
    },
    names: {},
    shortForms: AGREEMENT_HEADS,
    date: '1994-09-03',
    parties: ['CN', 'RU'],
    publicCopy: {
      zh: 'https://zh.wikisource.org/wiki/中华人民共和国和俄罗斯联邦关于中俄国界西段的协定',
      ru: 'https://docs.cntd.ru/document/901799594',
    },
  },
  {
    id: 'cn-ru-eastern-border-supplementary-agreement-2004',
    kind: 'agreement',
    titles: {
      zh: '中华人民共和国和俄罗斯联邦关于中俄国界东段的补充协定',
      'zh-Hant': '中華人民共和國和俄羅斯聯邦關於中俄國界東段的補充協定',
      // Done in Chinese and Russian only; a translation.
      en: "Supplementary Agreement between the People's Republic of China and the Russian Federation on the Eastern Section of the China–Russia Boundary",
      ru: 'Дополнительное соглашение между Российской Федерацией и Китайской Народной Республикой о российско-китайской государственной границе на ее Восточной части',
    },
    names: {},
    shortForms: {
      zh: ['补充协定', '协定'],
      'zh-Hant': ['補充協定', '協定'],
      en: ['Supplementary Agreement', 'Agreement'],
      ru: ['Дополнительное соглашение', 'Соглашение'],
    },
    date: '2004-10-14',
    parties: ['CN', 'RU'],
    publicCopy: {
      zh: 'https://zh.wikisource.org/wiki/中华人民共和国和俄罗斯联邦关于中俄国界东段的补充协定',
      ru: 'https://docs.cntd.ru/document/901945334',
    },
  },
];

// ---------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------

// Russian inflectional endings, longest first, so that the stem of every case form of a word
// is the same: Устав / Устава, Конвенция / Конвенции / Конвенцией, Соглашение / Соглашением.
const RUSSIAN_ENDINGS = [
  'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ией', 'ием', 'ами', 'ями',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ей', 'ую', 'юю', 'ым', 'им', 'ом', 'ем',
  'ах', 'ях', 'ам', 'ям', 'ов', 'ев', 'ия', 'ии', 'ию', 'ью', 'ых', 'их',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];

/** A crude stem of a Russian word: without its final inflection, never shorter than three letters; abbreviations (ООН) are kept. */
export function russianStem(word: string): string {
  if (!/^\p{Script=Cyrillic}+$/u.test(word) || word.length <= 3 || word === word.toUpperCase()) return word;
  const ending = RUSSIAN_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending ? word.slice(0, -ending.length) : word;
}

/**
 * The lookup key of a title or name: NFKC, ё folded to е, Russian words reduced to their
 * stems, case folded, and every space, punctuation mark (brackets 《》〈〉“”«» and quotes
 * included) and symbol removed.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .split(/[\s\p{P}\p{S}]+/u)
    .map((word) => russianStem(word).toLowerCase())
    .join('');
}

/** Every title and name of an instrument, in all languages. */
function namesOf(instrument: Instrument): string[] {
  return [...Object.values(instrument.titles), ...Object.values(instrument.names).flat()];
}

/** A key that two different instruments share: one name that would mean either. */
export interface NameConflict {
  /** The shared lookup key. */
  key: string;
  /** The instruments' ids. */
  ids: string[];
}

/**
 * Every lookup key shared by two or more instruments (after the normalisation that
 * {@link findInstrument} applies). The registry must have none: a shared name is ambiguous.
 */
export function findNameConflicts(instruments: readonly Instrument[] = INSTRUMENTS): NameConflict[] {
  const owners = new Map<string, Set<string>>();
  for (const instrument of instruments) {
    for (const name of namesOf(instrument)) {
      const key = nameKey(name);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(instrument.id);
    }
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => ({ key, ids: [...ids] }));
}

const BY_ID = new Map(INSTRUMENTS.map((instrument) => [instrument.id, instrument]));

const BY_KEY = new Map<string, Instrument>();
for (const instrument of INSTRUMENTS) {
  for (const name of namesOf(instrument)) {
    const key = nameKey(name);
    if (key && !BY_KEY.has(key)) BY_KEY.set(key, instrument);
  }
}

/** Looks an instrument up by its id. */
export function instrumentById(id: string): Instrument | undefined {
  return BY_ID.get(id);
}

/**
 * Looks an instrument up by an exact title or name in any language, after normalising: NFKC,
 * case folded, spaces, punctuation and the brackets 《》〈〉“”«»"" stripped; traditional and
 * simplified Chinese are distinct entries (both are in the data). Russian words are reduced to
 * a crude stem, so that any case finds the name ("Устава Организации Объединенных Наций",
 * "Договора о нераспространении ядерного оружия"). Generic words (条约, the Treaty, Договор)
 * find nothing.
 */
export function findInstrument(name: string): Instrument | undefined {
  const key = nameKey(name);
  return key ? BY_KEY.get(key) : undefined;
}

/** Where an instrument's text is public, and the language of that copy. */
export interface PublicCopy {
  url: string;
  language: RuleLanguage;
}

/**
 * The instrument's public copy in a language (a BCP 47 tag: zh, zh-Hant, zh-CN, ru, en …),
 * falling back to the English copy, or null when there is neither.
 */
export function publicCopyOf(instrument: Instrument, language: string): PublicCopy | null {
  const wanted = ruleLanguage(language);
  const url = instrument.publicCopy[wanted];
  if (url) return { url, language: wanted };
  return instrument.publicCopy.en ? { url: instrument.publicCopy.en, language: 'en' } : null;
}
