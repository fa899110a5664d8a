/**
 * The structure stage: from blocks of text to the document's units (preamble, sections,
 * paragraphs, list items, articles and their paragraphs, conclusions), each with an
 * Akoma Ntoso–style eId (numbers in Arabic) and a label in the page's own numbering.
 *
 * Numbering is read from sequences, not from single lines: "一" is a section only when it
 * starts a run 一, 二, 三…; a numeral run into its first sentence ("五中俄经济合作…") counts
 * when it continues such a run. Whatever level comes first in the document is the top.
 */
import type { Clause, ClauseKind, Language, Section, TextBlock } from './types';
import { isHeadingText, parseMarker, parseRunInNumeral, SENTENCE_END, type Marker, type MarkerStyle } from './markers';
import { parseListLetter, toChineseNumeral } from './numerals';
import { findDates } from './dates';
import { foldForFingerprint } from '../text/normalize';
import { WIRE_DATELINE, WIRE_OUTLET } from './dateline';
import { ENACTING_FORMULA_AT_END, continuesTitle, joinTitleLines } from './kind';
import { ruleLanguage } from './rule-language';

export interface StructureOptions {
  language: Language;
  /** The page's title, when the extract stage found one: a body block equal to it is the title. */
  title?: string | null;
  /** Chinese written in traditional characters: labels in them (結尾). */
  traditional?: boolean;
}

export interface Structure {
  /** Index of the block that is the document's title, when the title is inside the body. */
  titleBlock: number | null;
  /** The blocks of a title set on several lines, in order (the first is `titleBlock`); empty when there is no title. */
  titleBlocks: number[];
  sections: Section[];
  clauses: Clause[];
  /** Every article's heading, in order: `art_N` addresses the article even when its text is in `art_N__para_…`. */
  articles: ArticleHeading[];
  /**
   * The date the front matter gives, YYYY-MM-DD: a resolution's adoption line ("Adopted by the
   * Security Council at its 9515th meeting, on 21 December 2023") or a date subtitle under the
   * title ("（2024年7月3日，阿斯塔纳）"). Null when there is none.
   */
  date: string | null;
}

/** An article's heading line: its eId, its label as written, its caption, where it starts. */
export interface ArticleHeading {
  eId: string;
  label: string;
  caption: string | null;
  block: number;
}

/** A span of one block that becomes at most one clause. */
interface Unit {
  block: number;
  start: number;
  end: number;
  text: string;
  marker: Marker | null;
}

const NUMBERED_STYLES: readonly MarkerStyle[] = ['zh-bare', 'zh-dun', 'zh-paren', 'roman', 'arabic-dot', 'arabic-paren'];
const LIST_STYLES: ReadonlySet<MarkerStyle> = new Set(['dash', 'latin-paren', 'roman-paren', 'cyrillic-paren']);
/** Numbering of an article's paragraphs (款, 1.); （一）, (1) and (a) number its points (项). */
const ARTICLE_PARAGRAPH_STYLES: ReadonlySet<MarkerStyle> = new Set(['zh-dun', 'arabic-dot', 'zh-bare', 'roman']);

/** Builds the structure of a document from its blocks. */
export function buildStructure(blocks: readonly TextBlock[], options: StructureOptions): Structure {
  const language = options.language;
  const rules = ruleLanguage(language);
  const words = rules === 'zh' && options.traditional ? { ...WORDS.zh, conclusions: '結尾' } : WORDS[rules];
  // Front matter (editor's lines, a UN header) may stand before and after the title.
  let start = 0;
  const front = new Set<number>();
  const isEditorLine = (i: number) => {
    const text = blocks[i]?.text.replace(DATELINE_PREFIX, '') ?? '';
    return text.length > 0 && text.length < 300 && EDITOR_LINE.test(text);
  };
  const isFront = (i: number) => {
    const text = blocks[i]?.text.replace(DATELINE_PREFIX, '') ?? '';
    if (text.length === 0 || text.length >= 500) return false;
    if (FRONT_MATTER.test(text) || ADOPTION_LINE.test(text) || DATE_SUBTITLE.test(text)) return true;
    // A wire story's lead ("BEIJING, May 16 (Xinhua) -- China and Russia on Thursday issued…")
    // right before the editor's line that introduces the text.
    return DATELINE_PREFIX.test(blocks[i]!.text) && (isEditorLine(i + 1) || isEditorLine(i + 2));
  };
  while (start < blocks.length && start < 12 && isFront(start)) front.add(start++);
  const titleBlocks = findTitleBlocks(blocks, options.title ?? null, start);
  const titleBlock = titleBlocks[0] ?? null;
  if (titleBlock !== null) for (let i = titleBlocks.at(-1)! + 1; i < blocks.length && i < titleBlocks.at(-1)! + 5 && isFront(i); i++) front.add(i);
  // The adoption line dates a resolution; a date subtitle, any other text.
  let adopted: string | null = null;
  let subtitled: string | null = null;
  for (const i of front) {
    const text = blocks[i]!.text;
    if (ADOPTION_LINE.test(text)) adopted ??= findDates(text)[0]?.date ?? null;
    else if (DATE_SUBTITLE.test(text)) subtitled ??= findDates(text)[0]?.date ?? null;
  }
  const date = adopted ?? subtitled;
  const firstBody = Math.max(...titleBlocks, ...front, -1) + 1;
  let units = blocks
    .filter((b) => !titleBlocks.includes(b.index) && !front.has(b.index))
    .map((b) => makeUnit(b, stripDateline(b.text, b.index === firstBody)))
    .filter((u): u is Unit => u !== null);
  units = lettersAfterLetters(withoutEndMark(units));

  const annexStart = findAnnexes(units);
  const annexes = units.slice(annexStart);
  units = units.slice(0, annexStart);
  const closingStart = findClosing(units);
  const body = units.slice(0, closingStart);
  const closing = units.slice(closingStart);

  const builder = new ClauseBuilder(language, words);
  const articleChain = findChain(body.map((u, i) => candidate(u, i, 'article')).filter(isCandidate), false);
  if (articleChain.length >= 2) {
    buildTreaty(body, withSkippedArticles(body, articleChain, language), builder);
  } else {
    units = splitRunInSections(body);
    buildStatement(units, builder);
  }
  closing.forEach((u) => builder.leaf('conclusion', u, null, 'conclusions'));
  buildAnnexes(annexes, builder);
  return { titleBlock, titleBlocks, sections: builder.sections, clauses: builder.clauses, articles: builder.articles, date };
}

// ---------------------------------------------------------------------------------------------
// Title, datelines and closing lines

/** The blocks of the title at `start`: one, or two when the title is set on two lines (`continuesTitle`). */
function findTitleBlocks(blocks: readonly TextBlock[], title: string | null, start: number): number[] {
  const next = blocks[start + 1];
  const twoLines = !!blocks[start] && !!next && continuesTitle(blocks[start]!.text, next.text);
  if (twoLines && (!title || foldForFingerprint(title).includes(foldForFingerprint(joinTitleLines([blocks[start]!.text, next.text]))))) return [start, start + 1];
  const one = findTitleBlock(blocks, title, start);
  return one === null ? [] : [one];
}

function findTitleBlock(blocks: readonly TextBlock[], title: string | null, start: number): number | null {
  const first = blocks[start];
  if (!first) return null;
  if (title) {
    const a = foldForFingerprint(first.text.replace(UN_NUMBERED_TITLE, ''));
    const b = foldForFingerprint(title);
    if (a === b || (a.length > 4 && b.includes(a)) || (b.length > 4 && a.includes(b) && a.length < b.length + 12)) return start;
  }
  if (UN_NUMBERED_TITLE.test(first.text) || UN_SYMBOL_TITLE.test(first.text)) return start;
  // Without a title from the page: a first line that names an instrument and is not a sentence.
  if (!title && first.text.length < 300 && !SENTENCE_END.test(first.text) && !/[,，、]$/u.test(first.text) && !parseMarker(first.text) && INSTRUMENT_TITLE.test(first.text)) {
    return start;
  }
  return null;
}

/** "80/61. Preventing the misuse of …": a General Assembly resolution's number and title. */
const UN_NUMBERED_TITLE = /^\d{1,3}\/\d{1,4}\.\s+/u;
/** "Resolution 2719 (2023)", "第2719(2023)号决议", "Резолюция 2719 (2023)": a Security Council resolution's title line. */
const UN_SYMBOL_TITLE = /^(?:Resolution|Резолюция)\s+\d{1,4}\s*\(\d{4}\)$|^第\d{1,4}\s*[(（]\d{4}[)）]\s*[号號](?:决议|決議)$/u;

/**
 * An editor's line that introduces the text: "The following is the full text of…", "The full
 * text of the statement is as follows:", "…联合公报全文如下：", "Ниже приводится текст…".
 */
const EDITOR_LINE = new RegExp(
  [
    '^(?:The following is the (?:full )?(?:text|English translation) of|Below is the (?:full )?text of|Ниже (?:приводится|публикуется) (?:полный )?текст)',
    '^(?:The )?(?:full )?text of (?:the )?[^.:]{1,100}(?:is as follows|reads as follows|follows)\\s*[:：.]?$',
    '^Полный текст[^.:]{0,100}[:：]$',
    '^[^。]{0,80}全文(?:如下)?[：:]$',
    '^以下[为是][^。]{0,80}全文',
  ].join('|'),
  'iu',
);

/**
 * Lines before a document's title and text that are not part of it: an editor's line ("The
 * following is the full text of…", "…联合公报全文如下："), a UN document's header (its symbol,
 * "Resolution adopted by the General Assembly on…", "[on the report of the Third Committee
 * (A/80/…)]", "Distr.: General"), and a resolution's opening "The General Assembly,".
 */
const FRONT_MATTER = new RegExp(
  [
    EDITOR_LINE.source,
    '^[AS]\\/(?:RES\\/)?[\\dA-Z./-]+$',
    // The header of a UN document as a PDF copy gives it: "United Nations A/RES/78/224",
    // "General Assembly Distr.: General", its issue date, "Seventy-eighth session", "Agenda item 99".
    '^(?:United Nations|Организация Объединенных Наций|Организация Объединённых Наций|联合国)(?:\\s+[AS]\\/[\\dA-Z./-]+)?$',
    '^(?:(?:General Assembly|Security Council|Генеральная Ассамблея|Совет Безопасности|大会|安全理事会)\\s*)?Distr\\.:?\\s*\\p{L}+$',
    '^(?:General Assembly|Security Council|Генеральная Ассамблея|Совет Безопасности)$',
    '^[A-Z][a-z]+(?:-[a-z]+)? session$|^Agenda items? [\\d, and]+$',
    '^(?:Resolution|Decision) adopted by the (?:General Assembly|Security Council|Human Rights Council)',
    '^(?:大会|安全理事会|安理会)\\d{4}年.{0,20}通过的决议$',
    '^Резолюция, принятая (?:Генеральной Ассамблеей|Советом Безопасности)',
    '^\\[(?:on the report of|without reference to)[^\\]]*\\]$',
    '^Distr\\.',
    '^(?:The )?(?:General Assembly|Security Council|Human Rights Council|Economic and Social Council),$',
    '^(?:大会|安全理事会|人权理事会)[，,]$',
    '^(?:Генеральная Ассамблея|Совет Безопасности|Совет по правам человека),$',
  ].join('|'),
  'iu',
);

/**
 * A resolution's adoption line: "Resolution adopted by the General Assembly on 19 December
 * 2023", "Adopted by the Security Council at its 9515th meeting, on 21 December 2023",
 * "2023年12月21日安全理事会第9515次会议通过". Its date is the resolution's.
 */
const ADOPTION_LINE = new RegExp(
  [
    '^(?:Resolution |Decision )?adopted by the (?:General Assembly|Security Council|Human Rights Council)\\b.{0,80}\\d{4}\\.?$',
    '^(?:Резолюция, )?принята (?:Генеральной Ассамблеей|Советом Безопасности).{0,80}\\d{4}\\s*(?:года|г\\.)?$',
    '^\\d{4}年\\d{1,2}月\\d{1,2}日(?:安全理事会|安理会|大会)第\\d+次(?:全体)?会议通过$',
  ].join('|'),
  'iu',
);

const FRONT_DATE = '(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{1,2} [A-Z][a-z]+ \\d{4}|[A-Z][a-z]+ \\d{1,2}, \\d{4}|\\d{1,2} [а-я]+ \\d{4}(?: года| г\\.)?)';
const FRONT_PLACE = '[\\p{L}·\\s.-]{1,30}';
/**
 * A date under (or over) the title, alone or in brackets with a place: "（2024年7月3日，阿斯塔纳）",
 * "(Astana, 3 July 2024)", "2 January 2024" in a UN header.
 */
const DATE_SUBTITLE = new RegExp(
  `^(?:[（(](?:${FRONT_PLACE}[，,、]\\s*)?${FRONT_DATE}(?:[，,、]\\s*${FRONT_PLACE})?[）)]|${FRONT_DATE})$`,
  'u',
);

const INSTRUMENT_TITLE =
  /联合声明|聯合聲明|公报|公報|宣言|声明|聲明|条约|條約|协定|協定|公约|公約|议定书|議定書|备忘录|備忘錄|决议|決議|宪章|憲章|Joint Statement|Communiqu|Declaration|Treaty|Agreement|Convention|Protocol|Memorandum|Resolution|Charter|Statement|Заявление|Коммюнике|Декларация|Договор|Соглашение|Конвенция|Протокол|Меморандум|Резолюция|Устав/i;

// Wire datelines that open the first paragraph of a republished copy.
const DATELINE_PREFIX = new RegExp(
  `^(?:${WIRE_DATELINE}(?:（[^）]{1,20}）)?|[A-ZА-Я][A-ZА-Я .-]{1,30}, [A-Z][a-z]{2,8}\\.? \\d{1,2} \\((?:Xinhua|Reuters|AP|AFP|TASS|ТАСС)\\) (?:--|—|–))\\s*`,
  'u',
);
/** A block that is nothing but a wire dateline. */
const DATELINE_ONLY = new RegExp(`^${WIRE_DATELINE}$`, 'u');

function stripDateline(text: string, firstBodyBlock: boolean): number {
  if (!firstBodyBlock) return 0;
  const m = DATELINE_PREFIX.exec(text);
  return m && m[0].length < text.length ? m[0].length : 0;
}

/**
 * (i) after (h), (v) after (u), (x) after (w) are the next letters of a list, not roman
 * numerals: a list of (a)–(k) must not number (i) as its first point again.
 */
function lettersAfterLetters(units: Unit[]): Unit[] {
  let letter = 0;
  return units.map((u) => {
    const m = u.marker;
    if (!m) return u;
    if (m.style === 'latin-paren') letter = m.n;
    else if (m.style === 'roman-paren' && letter > 0 && parseListLetter(m.num) === letter + 1) {
      letter += 1;
      return { ...u, marker: { ...m, style: 'latin-paren', n: letter } };
    } else if (!LIST_STYLES.has(m.style)) letter = 0;
    return u;
  });
}

/** The wire's end mark run onto the last line: "…于莫斯科（完）", "…一个中国原则。（完）". */
const RUN_ON_END_MARK = /\s*[（(]完[）)]$/u;

/** The units with an end mark cut from the end of the last one (a line that is only the mark is a closing line). */
function withoutEndMark(units: Unit[]): Unit[] {
  const last = units[units.length - 1];
  const m = last && RUN_ON_END_MARK.exec(last.text);
  if (!last || !m || m.index === 0) return units;
  const text = last.text.slice(0, m.index);
  return [...units.slice(0, -1), { ...last, text, end: last.start + text.length, marker: parseMarker(text) }];
}

function makeUnit(block: TextBlock, start: number): Unit | null {
  const text = block.text.slice(start);
  if (!text.trim()) return null;
  if (DATELINE_ONLY.test(text)) return null;
  return { block: block.index, start, end: block.text.length, text, marker: parseMarker(text) ?? (start === 0 ? drawnMarker(block) : null) };
}

/** The number an HTML list draws before the block, as a marker that takes no text. */
function drawnMarker(block: TextBlock): Marker | null {
  const marker = block.listMarker ? parseMarker(`${block.listMarker} `) : null;
  return marker ? { ...marker, bodyStart: 0 } : null;
}

const CLOSING_LINE = new RegExp(
  [
    // Dates, alone or with a place: 二〇二一年六月二十八日, 2021年6月28日于莫斯科, 28 June 2021, Moscow, 28 June 2021
    '^(?:[\\p{Script=Han}]{0,8}[，,]?\\s*)?[〇○零一二三四五六七八九十0-9０-９]{2,4}\\s*年\\s*[〇○零一二三四五六七八九十0-9]{1,3}\\s*月\\s*[〇○零一二三四五六七八九十0-9]{1,3}\\s*日(?:[于於在][\\p{Script=Han}]{1,8})?[。.]?$',
    '^(?:[A-Z][\\p{L} .-]{1,30},\\s*)?(?:\\d{1,2}\\s+[A-Z][a-z]+|[A-Z][a-z]+\\s+\\d{1,2},?)\\s+\\d{4}\\.?$',
    '^(?:[А-ЯЁ][\\p{L} .-]{1,30},\\s*)?«?\\d{1,2}»?\\s+[а-яё]+\\s+\\d{4}\\s*(?:года|г\\.)?\\.?$',
    // Numeric: Wellington, 21.03.2023; г. Москва, 21.03.2023
    '^(?:(?:г\\.\\s*)?[A-ZА-ЯЁ][\\p{L} .-]{1,30},\\s*)?\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*(?:года|г\\.)?\\.?$',
    // Wire datelines and end marks: （新华社北京6月28日电） （完）
    `^[（(](?:${WIRE_OUTLET}|完)[^）)]{0,20}[）)]$`,
    // Meeting lines under resolutions: 52nd plenary meeting, 第52次全体会议, 52-е пленарное заседание
    '^\\d+(?:st|nd|rd|th)? (?:plenary )?meeting$',
    '^第\\d+次全体会议$',
    '^\\d+-?е пленарное заседание$',
    // Signature blocks
    '^(?:For|On behalf of|FOR|ON BEHALF OF)\\s+(?:the\\s+|THE\\s+)?[A-Z][^.]{2,120}:?$',
    '^За\\s[^.]{3,120}:?$',
    '^[\\p{Script=Han}]{2,20}(?:主席|总统|總統|总理|總理|代表|外长|外長|部长|部長)\\s*[\\p{Script=Han}·]{0,8}$',
  ].join('|'),
  'u',
);

// The "done at" formula that closes treaties: 本条约于…签订，一式两份… / Done at … in duplicate / Совершено в …
const DONE_AT =
  /一式[两二兩]份|^(?:Done|DONE|done|Signed|SIGNED) (?:at|in)\b|Done at|DONE at|Совершено в|Подписано в|in duplicate|в двух экземплярах|IN WITNESS WHEREOF|In witness whereof|В УДОСТОВЕРЕНИЕ ЧЕГО|В удостоверение чего|经正式授权|經正式授權|下列签字人|下列簽字人/u;

/**
 * The line that opens one party's signature: "For the Government of …", "За Правительство",
 * "中华人民共和国政府" (a two-column block split at its spaces), a state's name with or without
 * 代表 ("俄羅斯聯邦代表", "洪都拉斯共和国" over "代表"), or 代表 alone. The signatory's name and
 * title may follow it on lines of their own.
 */
const SIGNATURE_OPENER =
  /^(?:For|On behalf of|FOR|ON BEHALF OF)\s+(?:the\s+|THE\s+)?[A-Z][^.]{2,120}:?$|^За\s[^.]{3,120}:?$|^[\p{Script=Han}]{2,30}(?:政府|议会|議會|委员会|委員會)(?:代表|全权代表|全權代表)?$|^[\p{Script=Han}]{2,30}(?:[国國]|联邦|聯邦)(?:代表|全权代表|全權代表)?$|^(?:代\s*表|全[权權]代表)$/u;
/** A signature block's other lines: 代 表, （签字）, (Signed). */
const SIGNATURE_LINE = /^代\s*表$|^[（(](?:签字|簽字|签名|簽名|Signed|signed|подпись|Подпись)[）)]$/u;
/** A line that may be a signatory's name or title under an opener: short, not a sentence. */
function mayBeSignatory(u: Unit): boolean {
  return u.text.length <= 80 && !/[。.;；:：!！?？,，]$/u.test(u.text) && (!u.marker || u.marker.style === 'roman');
}
/** At most this many name and title lines under one opener. */
const SIGNATORY_LINES = 3;

/**
 * Where the closing lines start: scanning back from the end over dates, end marks, "done at"
 * formulas and signature blocks (an opener with the name and title lines under it).
 */
function findClosing(units: Unit[]): number {
  let i = units.length;
  let pending = 0;
  while (i - pending > 0) {
    const u = units[i - pending - 1]!;
    const text = u.text;
    if (CLOSING_LINE.test(text) || SIGNATURE_LINE.test(text) || (DONE_AT.test(text) && text.length < 400 && pending === 0)) {
      if (pending > 0 && !SIGNATURE_OPENER.test(text)) break;
      i -= pending + 1;
      pending = 0;
    } else if (SIGNATURE_OPENER.test(text)) {
      i -= pending + 1;
      pending = 0;
    } else if (pending < SIGNATORY_LINES && mayBeSignatory(u)) {
      pending++;
    } else break;
  }
  return i;
}

/**
 * An annex's heading line: 附件, 附件一：, Annex, Annex I, ANNEX 2: List of Documents, Приложение,
 * Приложение № 1.
 */
const ANNEX_HEADING =
  /^(?:(?:附件|附表)\s*[一二三四五六七八九十0-9０-９]*|(?:Annex|ANNEX|Appendix|APPENDIX)(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?|(?:Приложение|ПРИЛОЖЕНИЕ)(?:\s*(?:№\s*)?(?:\d+|[IVXLC]+))?)\s*[.:：]?(?:\s*[–—-]?\s*[^.。;；!?！？]{1,80})?$/u;
/** How many annex headings are tried: the first few that are not followed by closing lines are text. */
const ANNEX_TRIES = 3;

/**
 * Where the annexes start: at an annex heading that follows the document's closing lines (the
 * date, the signatures). Before them, "Annex" is the page's own heading (a UN letter's annex is
 * the statement itself) or a paragraph's caption. The document's length when there is none.
 */
function findAnnexes(units: Unit[]): number {
  let tries = 0;
  for (let i = 2; i < units.length && tries < ANNEX_TRIES; i++) {
    if (!ANNEX_HEADING.test(units[i]!.text)) continue;
    tries++;
    if (findClosing(units.slice(0, i)) < i) return i;
  }
  return units.length;
}

/** The annexes: one section each (annex_1, annex_2…), their lines as paragraphs. */
function buildAnnexes(units: Unit[], b: ClauseBuilder): void {
  let n = 0;
  let from = 0;
  const flush = (to: number) => {
    const head = units[from]!;
    const caption = head.text.replace(/[.:：]\s*$/u, '').trim();
    const section: Section = { eId: `annex_${n}`, label: caption, num: caption, heading: null, level: 1, parent: null, block: head.block };
    b.sections.push(section);
    b.container(units.slice(from + 1, to), section, section.eId, section.eId);
  };
  units.forEach((u, i) => {
    if (i === 0 || !ANNEX_HEADING.test(u.text)) return;
    n += 1;
    flush(i);
    from = i;
  });
  if (units.length) {
    n += 1;
    flush(units.length);
  }
}

// ---------------------------------------------------------------------------------------------
// Sequences of markers

interface Candidate {
  /** Index into the unit list. */
  index: number;
  n: number;
  /** How sure: a standalone heading outweighs a numeral run into its text. */
  weight: number;
}

function isCandidate(c: Candidate | null): c is Candidate {
  return c !== null;
}

function candidate(unit: Unit, index: number, style: MarkerStyle): Candidate | null {
  return unit.marker?.style === style ? { index, n: unit.marker.n, weight: 10 } : null;
}

/**
 * The best run of candidates numbered n, n+1, n+2… in document order (from 1 when
 * `fromOne`). Linear: the best chain ending at each number is kept as the scan goes.
 */
function findChain(candidates: Candidate[], fromOne: boolean): Candidate[] {
  // Each chain is its last candidate linked to the chain before it, so extending one is O(1).
  type Link = { score: number; candidate: Candidate; previous: Link | null };
  const bestEnding = new Map<number, Link>();
  let best: Link | null = null;
  for (const c of candidates) {
    const previous = bestEnding.get(c.n - 1) ?? null;
    if (!previous && fromOne && c.n !== 1) continue;
    const entry: Link = { score: (previous?.score ?? 0) + c.weight, candidate: c, previous };
    const current = bestEnding.get(c.n);
    if (!current || entry.score > current.score) bestEnding.set(c.n, entry);
    if (!best || entry.score > best.score) best = entry;
  }
  const chain: Candidate[] = [];
  for (let link = best; link; link = link.previous) chain.push(link.candidate);
  return chain.reverse();
}

/**
 * The article chain with the headings it skipped: an excerpt or a copy that leaves articles out
 * goes on Article 2, Article 5, Article 6. A heading line (nothing after the number but a
 * caption) numbered between its neighbours in the chain is an article too; otherwise its
 * paragraphs would be read as the previous article's and repeat its eIds.
 */
function withSkippedArticles(units: Unit[], chain: Candidate[], language: Language): Candidate[] {
  const out: Candidate[] = [];
  let k = 0;
  units.forEach((u, i) => {
    const next = chain[k];
    if (next && next.index === i) {
      out.push(next);
      k++;
      return;
    }
    const m = u.marker;
    if (m?.style !== 'article' || !isHeadingText(u.text.slice(m.bodyStart).trim(), language)) return;
    const before = out.at(-1)?.n ?? 0;
    if (m.n > before && (!next || m.n < next.n)) out.push({ index: i, n: m.n, weight: 10 });
  });
  return out;
}

/**
 * Finds sections numbered with bare Chinese numerals, including numerals run into their first
 * sentence or into the end of the previous paragraph when a copy lost its paragraph breaks,
 * and splits those units at the numeral.
 */
function splitRunInSections(units: Unit[]): Unit[] {
  type Spot = { unit: number; at: number; marker: Marker; weight: number };
  const spots: Spot[] = [];
  units.forEach((u, i) => {
    if (u.marker?.style === 'zh-bare') spots.push({ unit: i, at: 0, marker: u.marker, weight: 10 });
    else if (!u.marker) {
      const head = parseRunInNumeral(u.text);
      if (head) spots.push({ unit: i, at: 0, marker: head, weight: 6 });
    }
    for (const m of u.text.matchAll(/[。！？；：:]\s*(?=[一二三四五六七八九十])/gu)) {
      const at = m.index + m[0].length;
      const mid = parseRunInNumeral(u.text, at);
      if (mid) spots.push({ unit: i, at, marker: { ...mid, bodyStart: mid.bodyStart - at }, weight: 5 });
    }
  });
  const chain = findChain(spots.map((s, index) => ({ index, n: s.marker.n, weight: s.weight })), true);
  const accepted = chain.map((c) => spots[c.index]!);
  const standalone = accepted.filter((s) => s.weight === 10).length;
  if (accepted.length < 2 || (standalone === 0 && accepted.length < 3) || standalone === accepted.length) return units;

  const out: Unit[] = [];
  units.forEach((u, i) => {
    const cuts = accepted.filter((s) => s.unit === i && s.weight < 10).sort((a, b) => a.at - b.at);
    if (!cuts.length) {
      out.push(u);
      return;
    }
    let from = 0;
    for (const cut of cuts) {
      if (cut.at > from) out.push(slice(u, from, cut.at, null));
      // The numeral becomes a heading unit of its own; its text follows as the next unit.
      out.push({ ...slice(u, cut.at, cut.at + cut.marker.num.length, null), marker: { ...cut.marker, bodyStart: cut.marker.num.length } });
      from = cut.at + cut.marker.bodyStart;
    }
    if (from < u.text.length) out.push(slice(u, from, u.text.length, undefined));
  });
  return out;
}

function slice(u: Unit, from: number, to: number, marker: Marker | null | undefined): Unit {
  const raw = u.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return {
    block: u.block,
    start: u.start + from + lead,
    end: u.start + from + lead + text.length,
    text,
    marker: marker === undefined ? parseMarker(text) : marker,
  };
}

// ---------------------------------------------------------------------------------------------
// Statements: preamble, sections, paragraphs, lists

function buildStatement(units: Unit[], b: ClauseBuilder): void {
  const top = chooseTopLevel(units, 0, units.length, b.language);
  if (!top) {
    const formula = units.findIndex((u) => ENACTING_FORMULA_AT_END.test(u.text));
    const preambleEnd = formula >= 0 && formula < units.length - 1 ? formula + 1 : 0;
    units.slice(0, preambleEnd).forEach((u) => b.leaf('preamble', u, null, 'preamble'));
    b.container(units.slice(preambleEnd), null, '', null);
    return;
  }
  const first = top.chain[0]!.index;
  units.slice(0, first).forEach((u) => b.leaf('preamble', u, null, 'preamble'));

  if (top.numberedParagraphs) {
    // "1. Decides …": numbered paragraphs without headings or continuation, not sections.
    top.chain.forEach((c, k) => {
      const end = top.chain[k + 1]?.index ?? units.length;
      const u = units[c.index]!;
      const eId = `para_${c.n}`;
      b.numberedParagraph(u, eId, `¶${u.marker!.num}`);
      b.container(units.slice(c.index + 1, end), null, eId, null, `¶${u.marker!.num}`);
    });
    return;
  }
  buildSections(units, top.chain, b, null, 1, continuingParagraphs(units, top.chain, top.style));
}

/**
 * Paragraphs numbered 1. 2. | 3. 4. straight through the sections (I. 1. 2. II. 3. 4.), as
 * kremlin.ru and Xinhua number joint statements: the units of the one style (1. or (1)) whose
 * every marker after the first section continues a single run from 1 that reaches at least two
 * sections. Numbering that starts again in a section is not continuous and gives nothing.
 */
function continuingParagraphs(units: Unit[], sections: Candidate[], sectionStyle: MarkerStyle): Set<number> {
  const from = sections[0]!.index;
  const sectionStarts = sections.map((c) => c.index);
  for (const style of ['arabic-dot', 'arabic-paren'] as const) {
    if (style === sectionStyle) continue;
    const candidates: Candidate[] = [];
    for (let i = from; i < units.length; i++) {
      const c = candidate(units[i]!, i, style);
      if (c) candidates.push(c);
    }
    if (candidates.length < 2) continue;
    const numbers = candidates.map((c) => c.n);
    if (!numbers.every((n, k) => n === k + 1)) continue;
    let reached = 0;
    let section = -1;
    for (const c of candidates) {
      let s = section;
      while (s + 1 < sectionStarts.length && sectionStarts[s + 1]! < c.index) s++;
      if (s !== section) {
        section = s;
        reached++;
      }
    }
    if (reached >= 2) return new Set(candidates.map((c) => c.index));
  }
  return new Set();
}

interface TopLevel {
  style: MarkerStyle;
  chain: Candidate[];
  numberedParagraphs: boolean;
}

/** Picks the numbering that structures units [from, to): the earliest style that forms a run. */
function chooseTopLevel(
  units: Unit[],
  from: number,
  to: number,
  language: Language,
  exclude: ReadonlySet<MarkerStyle> = new Set(),
): TopLevel | null {
  let best: TopLevel | null = null;
  for (const style of NUMBERED_STYLES) {
    if (exclude.has(style)) continue;
    const candidates: Candidate[] = [];
    for (let i = from; i < to; i++) {
      const c = candidate(units[i]!, i, style);
      if (c) candidates.push(c);
    }
    const chain = findChain(candidates, true);
    if (chain.length < 2) continue;
    if (!best || chain[0]!.index < best.chain[0]!.index || (chain[0]!.index === best.chain[0]!.index && chain.length > best.chain.length)) {
      best = { style, chain, numberedParagraphs: false };
    }
  }
  if (!best) return null;
  // 一、（一）and I. number sections (DESIGN); only 1. and (1) may number plain paragraphs or points.
  if (best.style === 'arabic-dot' || best.style === 'arabic-paren') {
    const everyLong = best.chain.every((c) => !isHeadingText(units[c.index]!.text.slice(units[c.index]!.marker!.bodyStart), language));
    const continued = best.chain.some((c, k) => {
      const end = best!.chain[k + 1]?.index ?? to;
      return units.slice(c.index + 1, end).some((u) => !u.marker || !LIST_STYLES.has(u.marker.style));
    });
    best.numberedParagraphs = everyLong && !continued;
  }
  return best;
}

function buildSections(
  units: Unit[],
  chain: Candidate[],
  b: ClauseBuilder,
  parent: Section | null,
  level: number,
  continuing: ReadonlySet<number> = new Set(),
): void {
  chain.forEach((c, k) => {
    const u = units[c.index]!;
    const marker = u.marker!;
    const end = chain[k + 1]?.index ?? units.length;
    const rest = u.text.slice(marker.bodyStart).trim();
    const heading = rest && isHeadingText(rest, b.language) ? rest : null;
    const eId = parent ? `${parent.eId}__subsec_${c.n}` : `sec_${c.n}`;
    const display = sectionNumberDisplay(marker);
    const section: Section = {
      eId,
      label: parent ? `${parent.label}${display}` : `§${display}`,
      num: marker.num,
      heading,
      level,
      parent: parent?.eId ?? null,
      block: u.block,
    };
    b.sections.push(section);

    const inner: Unit[] = [];
    const innerContinuing = new Set<number>();
    if (rest && !heading) inner.push({ ...u, start: u.start + u.text.indexOf(rest, marker.bodyStart), text: rest, marker: null });
    for (let i = c.index + 1; i < end; i++) {
      if (continuing.has(i)) innerContinuing.add(inner.length);
      inner.push(units[i]!);
    }

    // A chain is of one numbering style: inside a section, its own style numbers nothing lower.
    const exclude = new Set([marker.style]);
    const firstContinuing = innerContinuing.values().next().value ?? -1;
    if (firstContinuing >= 0) exclude.add(inner[firstContinuing]!.marker!.style);
    const sub = level < 3 ? chooseTopLevel(inner, 0, inner.length, b.language, exclude) : null;
    if (sub && !sub.numberedParagraphs && (firstContinuing < 0 || sub.chain[0]!.index < firstContinuing)) {
      // Headed, or followed by paragraphs of their own: subsections.
      b.container(inner.slice(0, sub.chain[0]!.index), section, eId, section.eId);
      buildSections(inner, sub.chain, b, section, level + 1, innerContinuing);
    } else if (firstContinuing >= 0) {
      // Paragraphs numbered through the sections keep their own numbers: §II ¶3.
      const numbered = [...innerContinuing];
      b.container(inner.slice(0, firstContinuing), section, `${eId}__intro`, section.eId);
      numbered.forEach((index, j) => {
        const p = inner[index]!;
        const paraEId = `${eId}__para_${p.marker!.n}`;
        const paraLabel = `${section.label} ¶${p.marker!.num}`;
        b.add({ eId: paraEId, label: paraLabel, kind: 'paragraph', unit: stripMarker(p), section: section.eId });
        b.container(inner.slice(index + 1, numbered[j + 1] ?? inner.length), section, paraEId, section.eId, paraLabel);
      });
    } else {
      // Numbered items of one paragraph each: points of a list.
      b.container(inner, section, eId, section.eId, undefined, sub?.chain.map((sc) => sc.index));
    }
  });
}

/** How a list item's number reads in a label: —3, (a), （一）. */
function itemDisplay(marker: Marker, n: number): string {
  if (marker.style === 'dash') return `—${n}`;
  if (marker.style === 'zh-paren') return `（${marker.num}）`;
  return `(${marker.num})`;
}

function sectionNumberDisplay(marker: Marker): string {
  switch (marker.style) {
    case 'zh-paren':
      return `（${marker.num}）`;
    case 'arabic-paren':
      return `(${marker.num})`;
    default:
      return marker.num;
  }
}

// ---------------------------------------------------------------------------------------------
// Treaties: chapters, articles, their paragraphs and points

function buildTreaty(units: Unit[], articles: Candidate[], b: ClauseBuilder): void {
  // 第一节 numbers the sections of a chapter, again from 一 in each: not a chapter of its own.
  const isSubchapter = (u: Unit) => u.marker?.style === 'chapter' && /^[节節]$/u.test(u.marker.unit ?? '');
  const chapters = findChain(units.map((u, i) => (isSubchapter(u) ? null : candidate(u, i, 'chapter'))).filter(isCandidate), true);
  const firstChapter = chapters[0]?.index ?? Infinity;
  const first = Math.min(articles[0]!.index, firstChapter);
  const preamble = units.slice(0, first);
  preamble.forEach((u) => b.leaf('preamble', u, null, 'preamble'));

  const starts = new Map<number, { kind: 'article' | 'chapter' | 'subchapter'; c: Candidate }>();
  articles.forEach((c) => starts.set(c.index, { kind: 'article', c }));
  chapters.forEach((c) => starts.set(c.index, { kind: 'chapter', c }));
  units.forEach((u, i) => {
    if (i > first && isSubchapter(u) && !starts.has(i)) starts.set(i, { kind: 'subchapter', c: { index: i, n: u.marker!.n, weight: 10 } });
  });
  const order = [...starts.keys()].sort((x, y) => x - y);

  let chapter: Section | null = null;
  let subchapter: Section | null = null;
  order.forEach((index, k) => {
    const end = order[k + 1] ?? units.length;
    const { kind, c } = starts.get(index)!;
    const u = units[index]!;
    const marker = u.marker!;
    if (kind === 'subchapter') {
      const eId = chapter ? `${chapter.eId}__sec_${c.n}` : `sec_${c.n}`;
      subchapter = { eId, label: `第${marker.num}${marker.unit}`, num: marker.num, heading: u.text.slice(marker.bodyStart).trim() || null, level: chapter ? 2 : 1, parent: chapter?.eId ?? null, block: u.block };
      b.sections.push(subchapter);
      b.container(units.slice(index + 1, end), subchapter, subchapter.eId, subchapter.eId);
      return;
    }
    if (kind === 'chapter') {
      subchapter = null;
      const prefix = marker.unit && /^[章编編]|部分$/u.test(marker.unit) ? `第${marker.num}${marker.unit}` : `${marker.unit} ${marker.num}`;
      const unitName = /^(?:Part|PART|Часть|ЧАСТЬ|部分|编|編)$/u.test(marker.unit ?? '') ? 'part' : 'chp';
      chapter = {
        eId: `${unitName}_${c.n}`,
        label: prefix,
        num: marker.num,
        heading: u.text.slice(marker.bodyStart).trim() || null,
        level: 1,
        parent: null,
        block: u.block,
      };
      b.sections.push(chapter);
      // Text between a chapter heading and its first article (rare) is kept as paragraphs.
      b.container(units.slice(index + 1, end), chapter, chapter.eId, chapter.eId);
      return;
    }
    buildArticle(u, c.n, units.slice(index + 1, end), b, subchapter?.eId ?? chapter?.eId ?? null);
  });
}

/**
 * One article. Its heading line ("第三条", "Article 3", "Статья 3", with a caption such as
 * "Scope of Assistance") is a heading, not a clause. An article of one paragraph is the clause
 * `art_N`; an article of several is `art_N__para_1 …` — numbered as the page numbers them (1.,
 * 一、) or, unnumbered as Chinese 款 are, in order, the heading line's own text being the first.
 * Points ((a), （一）, а), ——) belong to the paragraph before them, or to the article itself.
 */
function buildArticle(head: Unit, n: number, rest: Unit[], b: ClauseBuilder, chapter: string | null): void {
  const marker = head.marker!;
  const eId = `art_${n}`;
  const label = b.words.article(marker);
  const section = chapter ?? eId;
  const after = head.text.slice(marker.bodyStart);
  let caption: string | null = null;
  const body: Unit[] = [];
  if (after.trim()) {
    if (rest.length > 0 && isArticleCaption(after.trim(), rest[0]!, b.language)) caption = after.trim();
    else body.push({ ...head, start: head.start + marker.bodyStart, text: after, marker: null });
  }
  let items = rest;
  const first = items[0];
  if (!caption && !body.length && first && !first.marker && items.length > 1 && isArticleCaption(first.text, items[1]!, b.language)) {
    caption = first.text;
    items = items.slice(1);
  }
  body.push(...items);
  b.articles.push({ eId, label, caption, block: head.block });

  // (1) and 1) number points under a lead-in ("…as follows:"), but when the article starts with
  // them (Статья 3. / 1) Споры… / 2) В случае…) they number its paragraphs.
  const paragraphStyle =
    body.find((u) => u.marker && ARTICLE_PARAGRAPH_STYLES.has(u.marker.style))?.marker?.style ??
    (body[0]?.marker?.style === 'arabic-paren' && body[0].marker.n === 1 ? 'arabic-paren' : null);
  const isPoint = (u: Unit) => !!u.marker && u.marker.style !== paragraphStyle && (LIST_STYLES.has(u.marker.style) || NUMBERED_STYLES.includes(u.marker.style));
  const plain = body.filter((u) => !u.marker || !(u.marker.style === paragraphStyle || isPoint(u)));

  // Where points attach: the current paragraph, or the article itself.
  let parentEId = eId;
  let parentLabel = label;
  let point = 0;
  let subparagraph = 0;
  // Points of a second style under a point ((c) … (i) (ii)) are its subpoints: art_1__para_1__point_3__point_1.
  let pointStyle: MarkerStyle | null = null;
  let lastPoint: { eId: string; label: string } | null = null;
  const addPoint = (u: Unit) => {
    const m = u.marker!;
    if (pointStyle && m.style !== pointStyle && m.style !== 'dash' && lastPoint) {
      b.add({ eId: `${lastPoint.eId}__point_${m.n}`, label: b.words.point(lastPoint.label, m, m.n), kind: 'point', unit: stripMarker(u), section });
      return;
    }
    pointStyle ??= m.style;
    point = m.style === 'dash' ? point + 1 : m.n;
    const pointEId = `${parentEId}__${m.style === 'dash' ? 'indent' : 'point'}_${point}`;
    const pointLabel = b.words.point(parentLabel, m, point);
    lastPoint = { eId: pointEId, label: pointLabel };
    b.add({ eId: pointEId, label: pointLabel, kind: 'point', unit: stripMarker(u), section });
  };

  if (!paragraphStyle && plain.length <= 1) {
    // One paragraph (or none): the article is the clause.
    const only = plain[0] ?? { ...head, start: head.start + marker.bodyStart, text: caption ?? after, marker: null };
    b.add({ eId, label, kind: 'article', unit: only, section });
    for (const u of body) if (u !== only) addPoint(u);
    return;
  }

  let paragraph = 0;
  for (const u of body) {
    const m = u.marker;
    if (m && m.style === paragraphStyle) {
      paragraph = m.n;
      subparagraph = 0;
      point = 0;
      pointStyle = null;
      lastPoint = null;
      parentEId = `${eId}__para_${paragraph}`;
      parentLabel = b.words.articleParagraph(marker, m.num, paragraph);
      b.add({ eId: parentEId, label: parentLabel, kind: 'article-paragraph', unit: stripMarker(u), section });
    } else if (isPoint(u)) {
      addPoint(u);
    } else if (paragraphStyle) {
      // Unnumbered text between numbered paragraphs: an introduction, or part of the paragraph before.
      subparagraph += 1;
      const unitEId = paragraph ? `${eId}__para_${paragraph}__subpara_${subparagraph}` : `${eId}__intro${subparagraph > 1 ? `_${subparagraph}` : ''}`;
      b.add({ eId: unitEId, label: paragraph ? parentLabel : label, kind: 'article-paragraph', unit: u, section });
    } else {
      paragraph += 1;
      point = 0;
      pointStyle = null;
      lastPoint = null;
      parentEId = `${eId}__para_${paragraph}`;
      parentLabel = b.words.articleParagraph(marker, null, paragraph);
      b.add({ eId: parentEId, label: parentLabel, kind: 'article-paragraph', unit: u, section });
    }
  }
}

/**
 * An article's caption: a heading, or in English and Russian a short line with commas that is
 * not a sentence ("Commencement, Duration and Termination", "Срок действия, изменение и
 * прекращение"). Not a line broken out of a sentence (a PDF copy's): the caption's longer words
 * are capitalised in English, and what follows it starts anew (a number or a capital).
 */
function isArticleCaption(text: string, next: Unit, language: Language): boolean {
  if (isHeadingText(text, language)) return true;
  const rules = ruleLanguage(language);
  if (rules === 'zh' || text.length > 80 || SENTENCE_END.test(text) || /[,;]$/u.test(text)) return false;
  if (!next.marker && !/^[\p{Lu}«"“]/u.test(next.text)) return false;
  return rules === 'ru' || text.split(/[\s,]+/u).every((word) => word.length < 4 || /^\p{Lu}/u.test(word));
}

function stripMarker(u: Unit): Unit {
  if (!u.marker) return u;
  const text = u.text.slice(u.marker.bodyStart);
  return { ...u, start: u.start + u.marker.bodyStart, text, marker: null };
}

// ---------------------------------------------------------------------------------------------
// Clauses

interface Words {
  preamble: string;
  conclusions: string;
  article: (marker: Marker) => string;
  articleParagraph: (article: Marker, num: string | null, n: number) => string;
  point: (parentLabel: string, marker: Marker, n: number) => string;
}

const WORDS: Record<'zh' | 'en' | 'ru', Words> = {
  zh: {
    preamble: '序言',
    conclusions: '结尾',
    // As written: 第二十五条, 第二十五條, 第25条.
    article: (marker) => marker.text.replace(/\s+$/u, ''),
    articleParagraph: (article, num, n) =>
      `${article.text.trim()}第${num && /^[一二三四五六七八九十]+$/u.test(num) ? num : toChineseNumeral(n)}款`,
    point: (label, m, n) => `${label}${m.style === 'dash' ? ` —${n}` : m.style === 'zh-paren' ? `（${m.num}）` : `(${m.num})`}`,
  },
  en: {
    preamble: 'Preamble',
    conclusions: 'Closing',
    article: (marker) => `${/^para/iu.test(marker.unit ?? '') ? 'Para.' : 'Art.'} ${marker.num}`,
    articleParagraph: (article, num, n) => `${/^para/iu.test(article.unit ?? '') ? 'Para.' : 'Art.'} ${article.num}(${num ?? n})`,
    point: (label, m, n) => (m.style === 'dash' ? `${label} —${n}` : `${label}(${m.num})`),
  },
  ru: {
    preamble: 'Преамбула',
    conclusions: 'Заключение',
    // As Russian lawyers cite: ст. 3 п. 1 пп. «а».
    // A memorandum's пункты: п. 3, and their numbered parts п. 3.1.
    article: (marker) => (/^пункт/iu.test(marker.unit ?? '') ? `п. ${marker.num}` : `ст. ${marker.num}`),
    articleParagraph: (article, num, n) => (/^пункт/iu.test(article.unit ?? '') ? `п. ${article.num}.${num ?? n}` : `ст. ${article.num} п. ${num ?? n}`),
    point: (label, m, n) => (m.style === 'dash' ? `${label} —${n}` : `${label} пп. «${m.num}»`),
  },
};

/** A paragraph numbered within its section: "2.1 The Participants…", "2.1. …". */
const DECIMAL_PARAGRAPH = /^(\d{1,3})\.\d{1,3}\.?(?=\s)/u;

class ClauseBuilder {
  readonly sections: Section[] = [];
  readonly clauses: Clause[] = [];
  readonly articles: ArticleHeading[] = [];
  private readonly counters = new Map<string, number>();

  constructor(
    readonly language: Language,
    readonly words: Words,
  ) {}

  /** Adds a clause for a unit. */
  add(spec: { eId: string; label: string; kind: ClauseKind; unit: Unit; section: string | null }): void {
    const { unit } = spec;
    const lead = unit.text.length - unit.text.trimStart().length;
    const text = unit.text.trim();
    const start = unit.start + lead;
    this.clauses.push({
      eId: spec.eId,
      label: spec.label,
      kind: spec.kind,
      text,
      block: unit.block,
      start,
      end: start + text.length,
      section: spec.section,
    });
  }

  /** Adds a numbered paragraph of a document without sections ("1. Decides …"). */
  numberedParagraph(unit: Unit, eId: string, label: string): void {
    this.add({ eId, label, kind: 'paragraph', unit: stripMarker(unit), section: null });
  }

  /** A preamble or conclusions paragraph, numbered in order. */
  leaf(kind: 'preamble' | 'conclusion', unit: Unit, section: string | null, prefix: string): void {
    const n = this.next(prefix);
    const word = kind === 'preamble' ? this.words.preamble : this.words.conclusions;
    this.add({ eId: `${prefix}__para_${n}`, label: `${word} ¶${n}`, kind, unit, section });
  }

  /**
   * The paragraphs and lists of one container (a section, a numbered paragraph, the body of a
   * document without sections). `points` are units numbered at a lower level, kept as points.
   */
  container(units: Unit[], section: Section | null, prefix: string, sectionEId: string | null, labelPrefix?: string, points?: number[]): void {
    const base = labelPrefix ?? section?.label ?? '';
    const pointSet = new Set(points ?? []);
    let paragraph = 0;
    let shownParagraph = '';
    let list = 0;
    let item = 0;
    let inList = false;
    let listStyle: MarkerStyle | null = null;
    let lastItem: { eId: string; label: string } | null = null;
    const join = (eIdPart: string) => (prefix ? `${prefix}__${eIdPart}` : eIdPart);
    units.forEach((u, i) => {
      const m = u.marker;
      const isItem = !!m && (LIST_STYLES.has(m.style) || pointSet.has(i));
      if (isItem) {
        if (!inList) {
          list += 1;
          item = 0;
          inList = true;
          listStyle = null;
          lastItem = null;
        }
        // An item of a second style under an item ((c) … (i) (ii)) is its subitem.
        if (listStyle && m!.style !== listStyle && m!.style !== 'dash' && LIST_STYLES.has(m!.style) && lastItem) {
          this.add({ eId: `${lastItem.eId}__point_${m!.n}`, label: `${lastItem.label}${itemDisplay(m!, m!.n)}`, kind: 'list-item', unit: stripMarker(u), section: sectionEId });
          return;
        }
        listStyle ??= m!.style;
        item = m!.style === 'dash' ? item + 1 : m!.n;
        const kind = m!.style === 'dash' ? 'indent' : 'point';
        const where = paragraph ? `${base} ¶${shownParagraph}` : base;
        const itemLabel = `${where} ${itemDisplay(m!, item)}`.trim();
        lastItem = { eId: join(`list_${list}__${kind}_${item}`), label: itemLabel };
        this.add({ eId: lastItem.eId, label: itemLabel, kind: 'list-item', unit: stripMarker(u), section: sectionEId });
        return;
      }
      inList = false;
      paragraph += 1;
      // "1.1", "1.2" under section 1 are its paragraphs as numbered: §1 ¶1.1.
      const decimal = !m && section ? DECIMAL_PARAGRAPH.exec(u.text) : null;
      const shown = decimal && decimal[1] === section!.num ? decimal[0].trim().replace(/\.$/u, '') : `${paragraph}`;
      shownParagraph = shown;
      this.add({ eId: join(`para_${paragraph}`), label: `${base} ¶${shown}`.trim(), kind: 'paragraph', unit: u, section: sectionEId });
    });
  }

  private next(key: string): number {
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }
}
