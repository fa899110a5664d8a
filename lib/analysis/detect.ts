/**
 * The detect stage: is this a diplomatic text, which kind, which language, which parties,
 * which date, and its fingerprint. Kind and parties come from the title the way a reader
 * takes them: the head noun of a Chinese title is at its end (…的联合声明), of an English or
 * Russian one at its start (Joint Statement of…, Совместное заявление…); a headline that
 * merely mentions a joint statement ("Xi, Putin sign joint statement") is news, not one.
 */
import type { Clause, DocumentKind, Language, Section } from './types';
import { findCountries, parseZhAbbreviationCompound } from './countries';
import { findDates, parseDate } from './dates';
import { foldForFingerprint } from '../text/normalize';
import { hash64 } from '../text/hash';

// ---------------------------------------------------------------------------------------------
// Language

/** The language whose rules the analysis applies: zh, ru, or en for everything else. */
export function ruleLanguage(language: Language): 'zh' | 'ru' | 'en' {
  return language === 'zh' ? 'zh' : language === 'ru' ? 'ru' : 'en';
}

/**
 * The text's language from its script (Han → zh, Cyrillic → ru, Latin → the declared
 * language when it is a Latin-script one, else en). The page's declaration only breaks ties:
 * many Chinese pages declare nothing or "en".
 */
export function detectLanguage(sample: string, declared: string | null): Language {
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const c of sample.slice(0, 4000)) {
    if (/\p{Script=Han}/u.test(c)) han++;
    else if (/\p{Script=Cyrillic}/u.test(c)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(c)) latin++;
  }
  const total = han + cyrillic + latin;
  const primary = declared?.toLowerCase().split(/[-_]/)[0] ?? null;
  if (total === 0) return primary ?? 'en';
  // Chinese is dense: a third of the letters in Han is a Chinese text with Latin names in it.
  if (han / total > 0.3) return 'zh';
  if (cyrillic > latin) return primary && primary !== 'zh' && primary !== 'en' && cyrillic > 0 && isCyrillicLanguage(primary) ? primary : 'ru';
  return primary && primary !== 'zh' && primary !== 'ru' && !isCyrillicLanguage(primary) ? primary : 'en';
}

function isCyrillicLanguage(code: string): boolean {
  return ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn'].includes(code);
}

const TRADITIONAL = /[條約國關與會議協發這對們為區經時實現當從動應開聯聲權際邊維護濟]/gu;
const SIMPLIFIED = /[条约国关与会议协发这对们为区经时实现当从动应开联声权际边维护济]/gu;

/** Whether a Chinese text is written in traditional characters. */
export function isTraditionalChinese(text: string): boolean {
  const sample = text.slice(0, 4000);
  return (sample.match(TRADITIONAL)?.length ?? 0) > (sample.match(SIMPLIFIED)?.length ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Kind

const ZH_KINDS: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/(?:联合|聯合)(?:声明|聲明)$/u, 'joint-statement'],
  [/(?:联合|聯合)?(?:公报|公報)$/u, 'communique'],
  [/(?:宣言|声明|聲明)$/u, 'declaration'],
  [/(?:条约|條約|公约|公約|宪章|憲章)$/u, 'treaty'],
  [/(?:协定|協定|协议|協議)$/u, 'agreement'],
  [/(?:议定书|議定書)$/u, 'protocol'],
  [/(?:备忘录|備忘錄)$/u, 'memorandum'],
  [/(?:决议|決議)$/u, 'resolution'],
  [/(?:决定|決定)$/u, 'decision'],
  [/(?:行动计划|行動計劃|纲要|綱要|联合倡议|聯合倡議)$/u, 'other'],
];

/** Verbs of a news headline, never in an instrument's title outside its 关于…的 subject. */
const ZH_NEWS_VERBS = /签署|簽署|发表|發表|发布|發布|通过|通過|宣布|举行|舉行|会见|會見|会谈|會談|表示|指出|同意|强调|強調|呼吁|呼籲|批准|出席|见证|見證|谈|談|就.{0,12}答/u;

const EN_KINDS: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/^Joint (?:Statement|Press Statement)\b/, 'joint-statement'],
  [/^(?:Joint |Final )?Communiqu[eé]\b/, 'communique'],
  [/^(?:Joint )?Declaration\b/, 'declaration'],
  [/^Statement\b/, 'declaration'],
  [/^(?:Treaty|Convention|Charter)\b/, 'treaty'],
  [/^(?:Agreement|Accord)\b/, 'agreement'],
  [/^(?:Additional |Optional )?Protocol\b/, 'protocol'],
  [/^Memorandum\b/, 'memorandum'],
  [/^Resolution\b/, 'resolution'],
  [/^Decision\b/, 'decision'],
  [/^(?:Joint )?Action Plan\b/, 'other'],
];

const RU_KINDS: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/^Совместное заявление(?![а-яё])/iu, 'joint-statement'],
  [/^(?:Совместное )?коммюнике(?![а-яё])/iu, 'communique'],
  [/^(?:Совместная )?декларация(?![а-яё])/iu, 'declaration'],
  [/^Заявление(?![а-яё])/iu, 'declaration'],
  [/^(?:Договор|Конвенция|Устав|Хартия)(?![а-яё])/iu, 'treaty'],
  [/^Соглашение(?![а-яё])/iu, 'agreement'],
  [/^(?:Дополнительный )?протокол(?![а-яё])/iu, 'protocol'],
  [/^Меморандум(?![а-яё])/iu, 'memorandum'],
  [/^Резолюция(?![а-яё])/iu, 'resolution'],
  [/^Решение(?![а-яё])/iu, 'decision'],
];

/**
 * The kind a title names in head position, or null when the title is not an instrument's
 * title (a news headline that mentions one, an ordinary article).
 */
export function kindFromTitle(title: string | null, language?: Language): DocumentKind | null {
  if (!title) return null;
  const script = /\p{Script=Han}/u.test(title) ? 'zh' : /\p{Script=Cyrillic}/u.test(title) ? 'ru' : language === 'ru' ? 'ru' : 'en';
  if (script === 'zh') {
    // Titles of other instruments inside the title (关于《X条约》…) and trailing notes are not the head.
    const core = title
      .replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '')
      .replace(/[（(](?:全文|摘要|草案|节选|節選|中文本|附全文)[）)]\s*$/u, '')
      .replace(/\s*全文\s*$/u, '')
      .replace(/^(?:全文|授权发布|授權發布)[：:]\s*/u, '')
      .trim();
    // A headline is a sentence: two clauses apart ("中俄元首签署联合声明 双方同意延期条约"), a
    // source before a colon ("外交部：…"), or a verb before the subject (习近平同普京签署联合声明).
    // An instrument's title is a noun phrase: parties, 关于 its subject 的, its kind.
    if (/[\s\u3000]/u.test(core) || /[：:]/u.test(core)) return null;
    const subject = core.search(/关于|關於/u);
    if (ZH_NEWS_VERBS.test(subject >= 0 ? core.slice(0, subject) : core)) return null;
    return ZH_KINDS.find(([re]) => re.test(core))?.[1] ?? null;
  }
  // "Full text: …" announces the instrument itself, whatever its capitalisation.
  const announced = script === 'en' ? /^(?:Full text|Text)(?:\s+of)?\s*[:.]?\s*(?:the\s+)?/iu : /^(?:Полный текст|Текст)\s*[:.]?\s*/iu;
  const fullText = announced.exec(title.trim());
  const rest = title
    .trim()
    .slice(fullText ? fullText[0].length : 0)
    .replace(script === 'ru' ? RU_MODIFIERS : EN_MODIFIERS, '');
  const table = script === 'ru' ? RU_KINDS : EN_KINDS;
  const hit = table.find(([re]) => (fullText ? new RegExp(re.source, 'iu') : re).test(rest));
  return hit ? hit[1] : null;
}

// Words a title may put before its head noun: "China-Russia Joint Statement", "The Treaty",
// "Российско-китайское совместное заявление".
const EN_MODIFIERS = /^(?:The\s+)?(?:(?:[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?|U\.?S\.?|UN|EU|BRICS|SCO|ASEAN|G20|Sino-[A-Z][a-z]+)\s+){0,3}?(?=[A-Z])/u;
const RU_MODIFIERS = /^(?:[А-ЯЁ][а-яё]+[-–][а-яё]+(?:ое|ая|ий|ый|ие|ее)\s+)?/u;

/** A preamble that names the parties for the rest of the text: a strong sign of an instrument. */
export const PARTIES_DEFINITION =
  /[（(](?:以下简称|以下簡稱|以下称|以下稱|下称|下稱)[“"「](?:双方|雙方|缔约双方|締約雙方|各方|缔约各方|締約各方|三方|四方)[”"」][）)]|hereinafter (?:referred to as |collectively )?(?:the )?["“]?(?:Parties|Contracting Parties|Sides)|(?:далее|ниже|в дальнейшем)\s*(?:[—–-]|именуем\S*)\s*[«"]?(?:Стороны|Договаривающиеся Стороны)/iu;

/** How a resolution opens: its organ, then preambular participles (The General Assembly, Recalling …). */
export const RESOLUTION_OPENING = new RegExp(
  [
    'Resolution adopted by the (?:General Assembly|Security Council|Human Rights Council)',
    '(?:General Assembly|Security Council|Human Rights Council|Economic and Social Council),\\s*(?:Recalling|Reaffirming|Noting|Recognizing|Recognising|Having|Guided|Welcoming|Expressing|Bearing|Acknowledging|Concerned|Deeply|Emphasizing|Stressing|Determined|Convinced|Mindful|Taking note)',
    '(?:大会|大會|安全理事会|安全理事會|安理会|安理會|人权理事会|人權理事會)[，,]\\s*(?:回顾|回顧|重申|注意到|认识到|認識到|确认|確認|欢迎|歡迎|表示|强调|強調|铭记|銘記|深为|深為|关切|關切|审议了|審議了)',
    '(?:Генеральная Ассамблея|Совет Безопасности|Совет по правам человека),\\s*(?:ссылаясь|вновь подтверждая|подтверждая|отмечая|признавая|приветствуя|подчеркивая|руководствуясь|будучи|выражая|принимая во внимание|напоминая)',
    'Резолюция, принятая (?:Генеральной Ассамблеей|Советом Безопасности)',
  ].join('|'),
  'iu',
);

/** The enacting formula that ends a preamble and opens an instrument's operative part. */
export const ENACTING_FORMULA =
  /(?:声明|聲明|宣布|商定|达成协议|達成協議|议定|議定|协议|協議)如下|agreed as follows|declare as follows|have agreed|hereby declare|договорились о нижеследующем|заявляют следующее|согласились о нижеследующем/iu;

// ---------------------------------------------------------------------------------------------
// Parties

/**
 * The states party to the document, in the order named: those the title names before its
 * subject (…和…关于, Joint Statement of X and Y on…, Совместное заявление X и Y о…), else those
 * the preamble names before it defines the parties (以下称“双方”, hereinafter the Parties).
 */
export function detectParties(title: string | null, preamble: string | null, language: Language, kind: DocumentKind | null): string[] {
  if (kind === 'resolution' || kind === 'decision') return [];
  const lang = ruleLanguage(language);
  const fromTitle = title ? partiesIn(titleSubjectless(title, lang), lang) : [];
  if (fromTitle.length) return fromTitle;
  if (!preamble) return [];
  const definition = /以下简称|以下簡稱|以下称|以下稱|hereinafter|hereafter|далее|ниже именуем|именуемые/iu.exec(preamble);
  return partiesIn(definition ? preamble.slice(0, definition.index) : preamble.slice(0, 200), lang);
}

function titleSubjectless(title: string, lang: 'zh' | 'en' | 'ru'): string {
  const withoutInstruments = title.replace(/《[^》]*》|“[^”]*”|«[^»]*»/gu, ' ');
  const subject = lang === 'zh' ? /关于|關於|就/u : lang === 'en' ? /\s(?:on|concerning|regarding|about)\s/u : /\s(?:о|об|по вопросам|относительно)\s/u;
  const m = subject.exec(withoutInstruments);
  return m ? withoutInstruments.slice(0, m.index) : withoutInstruments;
}

function partiesIn(text: string, lang: 'zh' | 'en' | 'ru'): string[] {
  const codes: string[] = [];
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  const named = findCountries(text, lang);
  if (lang === 'zh') {
    // 中俄联合声明, 中美联合公报: a compound of one-character abbreviations at the start.
    const compound = /^[\p{Script=Han}]{2,4}(?=(?:联合|聯合|关于|關於|两国|兩國|元首|政府|外长|外長))/u.exec(text.trim());
    const parsed = compound ? parseZhAbbreviationCompound(compound[0]) : null;
    if (parsed && !named.length) parsed.forEach(add);
  }
  for (const c of named) add(c.code);
  return codes;
}

// ---------------------------------------------------------------------------------------------
// Date

/**
 * The document's date: the date it closes with (二〇二一年六月二十八日; Moscow, 28 June 2021;
 * Done at … on …), else the wire dateline's day (新华社北京6月28日电) in the year of the page's
 * own date, else the page's publication date.
 */
export function documentDate(clauses: readonly Clause[], pageDate: string | null): string | null {
  const closing = clauses.filter((c) => c.kind === 'conclusion');
  for (const c of closing) {
    const dates = findDates(c.text);
    if (dates.length) return dates[0]!.date;
  }
  const year = pageDate ? Number(pageDate.slice(0, 4)) : undefined;
  for (const c of [...closing, ...clauses.slice(0, 1)]) {
    const dateline = /(?:新华社|新華社|人民网|人民網|中新社)[\p{Script=Han}]{1,12}?(\d{1,2}月\d{1,2}日)电/u.exec(c.text);
    if (dateline && year) {
      const date = parseDate(dateline[1]!, { defaultYear: year });
      if (date) return date;
    }
  }
  return pageDate;
}

// ---------------------------------------------------------------------------------------------
// Fingerprint

/**
 * The fingerprint: a hash of the folded text of the document's body (sections' numbers and
 * headings and every clause but the closing lines), so that markup, whitespace, paragraph
 * breaks, wire datelines and full-width/ASCII punctuation do not change it.
 */
export function fingerprintOf(sections: readonly Section[], clauses: readonly Clause[]): string {
  const parts: Array<{ block: number; start: number; text: string }> = [
    ...sections.map((s) => ({ block: s.block, start: -1, text: `${s.num}${s.heading ?? ''}` })),
    ...clauses.filter((c) => c.kind !== 'conclusion').map((c) => ({ block: c.block, start: c.start, text: c.text })),
  ];
  parts.sort((a, b) => a.block - b.block || a.start - b.start);
  return hash64(foldForFingerprint(parts.map((p) => p.text).join('')));
}
