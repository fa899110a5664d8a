/**
 * The detect stage: is this a diplomatic text, which kind, which language, which parties,
 * which date, and its fingerprint. Kind and parties come from the title the way a reader
 * takes them: the head noun of a Chinese title is at its end (…的联合声明), of an English or
 * Russian one at its start (Joint Statement of…, Совместное заявление…); a headline that
 * merely mentions a joint statement ("Xi, Putin sign joint statement") is news, not one.
 */
import type { Clause, DocumentKind, Language, Section } from './types';

export { ENACTING_FORMULA, PARTIES_DEFINITION, RESOLUTION_OPENING, kindFromTitle } from './kind';
import { findCountries, parseZhAbbreviationCompound } from './countries';
import { findDates, parseDate } from './dates';
import { foldForFingerprint } from '../text/normalize';
import { hash64 } from '../text/hash';
import { WIRE_DATELINE } from './dateline';
import { ruleLanguage, type RuleLanguage } from './rule-language';

// ---------------------------------------------------------------------------------------------
// Language

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
  // A Han character carries about a word: weigh it like three letters.
  const weighted = { zh: han * 3, ru: cyrillic, en: latin };
  const total = weighted.zh + weighted.ru + weighted.en;
  const primary = declared?.toLowerCase().split(/[-_]/)[0] ?? null;
  if (total === 0) return primary ?? 'en';
  // What the page declares stands when its script is well present (Chinese pages full of Latin names).
  if (primary === 'zh' || primary === 'ru') {
    if (weighted[primary] / total > 0.2) return primary;
  }
  if (weighted.zh / total > 0.5) return 'zh';
  if (cyrillic > latin) return primary && isCyrillicLanguage(primary) ? primary : 'ru';
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

function titleSubjectless(title: string, lang: RuleLanguage): string {
  const withoutInstruments = title.replace(/《[^》]*》|“[^”]*”|«[^»]*»/gu, ' ');
  const subject = lang === 'zh' ? /关于|關於|就/u : lang === 'en' ? /\s(?:on|concerning|regarding|about)\s/u : /\s(?:о|об|по вопросам|относительно)\s/u;
  const m = subject.exec(withoutInstruments);
  return m ? withoutInstruments.slice(0, m.index) : withoutInstruments;
}

function partiesIn(text: string, lang: RuleLanguage): string[] {
  const codes: string[] = [];
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  const named = statesNamed(text, findCountries(text, lang), lang);
  if (lang === 'zh') {
    // 中俄联合声明, 中美联合公报: a compound of one-character abbreviations at the start. The
    // shortest that a title word follows: 中俄 in 中俄两国元首联合声明, not 中俄两国.
    const compound = /^[\p{Script=Han}]{2,4}?(?=(?:联合|聯合|关于|關於|[两兩三四五]国|[两兩三四五]國|元首|政府|外长|外長))/u.exec(text.trim());
    const parsed = compound ? parseZhAbbreviationCompound(compound[0]) : null;
    if (parsed && !named.length) parsed.forEach(add);
  }
  for (const c of named) add(c.code);
  return codes;
}

/**
 * Bodies that are not states nor their organs: a country in such a body's name ("the Football
 * Union of Russia", "中国足球协会") is no party. The state's own name may hold such a word (the
 * Russian Federation): only the words of the same conjunct outside the name count.
 */
const NON_STATE_BODY: Readonly<Record<RuleLanguage, RegExp>> = {
  zh: /协会|協會|联合会|聯合會|足协|足協|公司|集团|集團|大学|大學|研究院|商会|商會|俱乐部|俱樂部|基金会|基金會/u,
  en: /\b(?:Association|Federation|Union|League|Club|Compan(?:y|ies)|Corporation|University|Academy|Chamber|Society|Foundation|Institute)\b/u,
  ru: /(?<![а-яё])(?:ассоциаци|федераци|союз|лиг[аиеу]|клуб|компани|корпораци|университет|академи|палат|обществ|фонд)/iu,
};

/** Where the names of a list of parties are joined (X and Y, X、Y和Z, X и Y). */
const CONJUNCTION: Readonly<Record<RuleLanguage, RegExp>> = {
  zh: /[和与與、及]/gu,
  en: /,|\band\b|&/gu,
  ru: /,|(?<![а-яё])и(?![а-яё])/giu,
};

/** The countries of `named` that stand for a state, not inside the name of a non-state body. */
function statesNamed<T extends { start: number; end: number }>(text: string, named: readonly T[], lang: RuleLanguage): T[] {
  if (!named.length || !NON_STATE_BODY[lang].test(text)) return [...named];
  // Conjunctions inside a state's name (中华人民共和国) join nothing.
  const cuts = [...text.matchAll(CONJUNCTION[lang])]
    .map((m) => m.index)
    .filter((at) => !named.some((c) => at >= c.start && at < c.end));
  return named.filter((c) => {
    const from = Math.max(0, ...cuts.filter((at) => at < c.start));
    const to = Math.min(text.length, ...cuts.filter((at) => at >= c.end));
    return !NON_STATE_BODY[lang].test(`${text.slice(from, c.start)} ${text.slice(c.end, to)}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Date

const DATELINE = new RegExp(WIRE_DATELINE, 'u');

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
    const dateline = DATELINE.exec(c.text);
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
