/**
 * What kind of instrument a title names, and the patterns that open an instrument's text (a
 * definition of the parties, an enacting formula, a resolution's opening). Kept apart from the
 * rest of detection and free of heavy imports: the content script's pre-check runs these on
 * every page it visits.
 */
import type { DocumentKind, Language } from './types';

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

/** The English heads in any case: for a title in capitals or announced ("Full text of the joint statement …"). */
const EN_KINDS_CASELESS: ReadonlyArray<[RegExp, DocumentKind]> = EN_KINDS.map(([re, kind]) => [new RegExp(re.source, 'iu'), kind]);

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
 * A title's text on one line. A title set on two lines (`<h1>…之际<br>\n关于…的联合声明</h1>`) is
 * one title: a line break between two Chinese characters joins them without a space, as CSS
 * joins such segment breaks; any other run of white space becomes one space.
 */
export function titleText(raw: string): string {
  return raw
    .replace(/(?<=[\p{Script=Han}\p{Ps}\p{Pe}，、：；])[^\S\n]*\n\s*(?=[\p{Script=Han}\p{Ps}\p{Pe}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words a news site puts around an instrument's title to announce its text: "Full text: …",
 * "Full text of the …", "Text of the …", "Полный текст …", "全文：…", "受权发布：…" (Xinhua's
 * "released as authorised"), "…（全文）", "…联合声明全文".
 */
const ANNOUNCED_BEFORE = /^(?:(?:Full text\b\s*(?::|of\b)|Text\s*:|Text of\b)\s*(?:the\s+)?|(?:Полный текст|Текст)\s*:\s*|(?:[（(【\[](?:全文|授权发布|授權發布|受权发布|受權發布)[）)】\]]|(?:全文|授权发布|授權發布|受权发布|受權發布)\s*[：:丨｜|])\s*)/iu;
const ANNOUNCED_AFTER = /\s*(?:[（(](?:全文|附全文|受权发布|受權發布)[）)]|(?<=\p{Script=Han})全文)\s*$/u;

/**
 * The title without the words that announce the text ("Full text: Joint Statement …" →
 * "Joint Statement …", "受权发布：中华人民共和国…联合声明" → "中华人民共和国…联合声明").
 */
export function withoutAnnouncement(title: string): string {
  const rest = title.trim().replace(ANNOUNCED_AFTER, '');
  const announced = ANNOUNCED_BEFORE.exec(rest);
  if (!announced || announced[0].length >= rest.length) return rest;
  const after = rest.slice(announced[0].length);
  // "Full text of the joint statement …": the title begins with a capital, as it would alone.
  return /^\p{Script=Latin}/u.test(after) ? after[0]!.toUpperCase() + after.slice(1) : after;
}

/**
 * The kind a title names in head position, or null when the title is not an instrument's
 * title (a news headline that mentions one, an ordinary article).
 */
export function kindFromTitle(title: string | null, language?: Language): DocumentKind | null {
  if (!title) return null;
  const script = /\p{Script=Han}/u.test(title) ? 'zh' : /\p{Script=Cyrillic}/u.test(title) ? 'ru' : language === 'ru' ? 'ru' : 'en';
  if (script === 'zh') {
    // Titles of other instruments inside the title (关于《X条约》…) and trailing notes are not the head.
    const core = withoutAnnouncement(title)
      .replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '')
      .replace(/[（(](?:摘要|草案|节选|節選|中文本)[）)]\s*$/u, '')
      .trim()
      // A break before the subject (…之际 关于…的联合声明) is where a long title was set on two lines.
      .replace(/[\s\u3000]+(?=关于|關於)/gu, '');
    // A headline is a sentence: two clauses apart ("中俄元首签署联合声明 双方同意延期条约"), a
    // source before a colon ("外交部：…"), or a verb before the subject (习近平同普京签署联合声明).
    // An instrument's title is a noun phrase: parties, 关于 its subject 的, its kind.
    if (/[\s\u3000]/u.test(core) || /[：:]/u.test(core)) return null;
    const subject = core.search(/关于|關於/u);
    if (ZH_NEWS_VERBS.test(subject >= 0 ? core.slice(0, subject) : core)) return null;
    return ZH_KINDS.find(([re]) => re.test(core))?.[1] ?? null;
  }
  // "Full text: …" announces the instrument itself, whatever its capitalisation.
  const rest = withoutAnnouncement(title);
  const fullText = rest !== title.trim();
  // A title set in capitals (MEMORANDUM OF UNDERSTANDING BETWEEN …) says nothing by its case.
  const capitals = !/\p{Ll}/u.test(rest);
  const table = script === 'ru' ? RU_KINDS : fullText || capitals ? EN_KINDS_CASELESS : EN_KINDS;
  // The head noun at the start, or after a name that qualifies it: "China-Russia Joint
  // Statement", "Kazan Declaration", "Московская декларация", "Российско-китайское совместное заявление".
  // Tried nearest first, so that "China-Russia Joint Statement" is a joint statement, not a "Statement".
  const modifier = script === 'ru' ? RU_MODIFIER : EN_MODIFIER;
  for (let at = 0, words = 0; words <= 4; words++) {
    const candidate = rest.slice(at);
    for (const [re, kind] of table) {
      const head = re.exec(candidate);
      if (!head) continue;
      return isHeadline(candidate.slice(head[0].length), script, capitals) ? null : kind;
    }
    const word = (words === 0 && script === 'en' ? /^The\s+/u.exec(candidate) : null) ?? modifier.exec(candidate);
    if (!word || (script === 'en' && EN_HEADLINE_WORD.test(word[0]))) return null;
    at += word[0].length;
  }
  return null;
}

// A word a title may put before its head noun: a name of a party, place or group
// ("China-Russia", "Kazan", "BRICS", "New Delhi", "G20", "Leaders'"), or in Russian an adjective
// ("Московская", "Российско-китайское").
const EN_MODIFIER = /^[\p{Lu}][\p{L}\d’'.]*(?:[-–][\p{Lu}][\p{L}\d]*)*\s+(?=\p{Lu})/u;
const RU_MODIFIER = /^[А-ЯЁ][а-яёА-ЯЁ]*(?:[-–][а-яёА-ЯЁ]+)?(?:ое|ая|ий|ый|ой|ие|ые|ее|яя)\s+/iu;

/**
 * Words that make the words before a head noun a sentence, not a name: "Leaders Sign Joint
 * Statement", "Russia, China Issue Declaration", "Putin Hails Treaty".
 */
const EN_HEADLINE_WORD = /[,:;!?]|\b(?:Signs?|Signed|Issues?|Issued|Adopts?|Adopted|Releases?|Released|Hails?|Hailed|Backs?|Backed|Reach(?:es|ed)?|Inks?|Inked|Seals?|Sealed|Welcomes?|Welcomed|Approves?|Approved|Ratif(?:y|ies|ied)|Endorses?|Endorsed|Publish(?:es|ed)?|Unveils?|Unveiled|Announces?|Announced|Agrees?|Agreed|Renews?|Renewed|Extends?|Extended|Quits?|Exits?|Leaves?|Left|Joins?|Joined|Violates?|Violated|Suspends?|Suspended|Says?|Said|Is|Are|Was|Were|Will|To|On|Of|In|At|For|And|With|By|After|Over|New\s+(?=\p{Lu}\p{Ll}+\s*$))\b/u;

/**
 * True when what follows a title's head noun makes it a headline, not an instrument's title:
 * a finite verb ("… takes effect", "… вступил в силу", "… fails at UN Security Council"), a
 * colon soon after the head ("Agreement signed: …", "Совместное заявление: Россия и Китай
 * осудили…", "Договор купли-продажи квартиры: образец"), or, in English, a head that is only
 * the first part of a compound noun ("Charter flights", "Treaty talks"). An instrument's title
 * is a noun phrase: head, then of/on/between… its parties and subject.
 */
function isHeadline(after: string, script: 'en' | 'ru', capitals: boolean): boolean {
  if (/^(?:\s*[^\s:]+){0,3}\s*:/u.test(after)) return true;
  if (script === 'ru') return RU_NEWS_VERBS.test(after);
  if (EN_NEWS_VERBS.test(after)) return true;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after);
  return !capitals && !!next && !EN_TITLE_LINKS.test(next[1]!) && !/ing$/u.test(next[1]!);
}

/**
 * The words that join a head noun to its parties and subject in an English title, and the
 * lower-case words that may stand next to it there ("Protocol additional to …", "Resolution
 * adopted by the General Assembly").
 */
const EN_TITLE_LINKS = /^(?:of|on|between|among|amongst|by|for|to|and|or|in|at|with|from|upon|concerning|regarding|the|a|an|against|under|about|additional|supplementary|adopted)$/u;

/** Finite verbs of an English headline; an instrument's title has none. */
const EN_NEWS_VERBS = /\b(?:takes?|took|taken)\s+effect\b|\b(?:enters?|entered|comes?|came|goes|went)\s+into\s+(?:force|effect)\b|\b(?:is|are|was|were|will|would|has|have|had|fails?|failed|passes|expires?|expired|resumes?|collapses?|collapsed|says?|said|signs?|inks?|inked|seals?|sealed|expands?|expanded|hails?|hailed|urges?|urged|calls for|to (?:resume|be|take|enter|expire|end))\b/iu;

/** Finite verbs of a Russian headline: "… вступил в силу", "… подписали", "… осудили санкции". */
const RU_NEWS_VERBS = /(?<![а-яё])(?:вступ(?:ил[аои]?|ает|ают|ит|ят)\s+в\s+силу|(?:подписа|осуди|одобри|приня|утверди|заключи|обсуди|призва|заяви|ратифицирова|денонсирова|приостанови|продли|прекрати|утрати|подготови|опубликова)(?:л|ла|ло|ли)|договорил(?:ся|ась|ось|ись)|будет|станет|может)(?![а-яё])/iu;

/** A preamble that names the parties for the rest of the text: a strong sign of an instrument. */
export const PARTIES_DEFINITION =
  /[（(](?:以下简称|以下簡稱|以下称|以下稱|下称|下稱)[“"「](?:双方|雙方|缔约双方|締約雙方|各方|缔约各方|締約各方|三方|四方)[”"」][）)]|hereinafter (?:(?:collectively |jointly )?referred to (?:collectively |jointly )?as |collectively |jointly )?(?:the )?["“]?(?:Parties|Contracting Parties|Sides|Participants)|(?:далее|ниже|в дальнейшем)\s*(?:[—–-]|именуем\S*)\s*[«"]?(?:Стороны|Договаривающиеся Стороны)/iu;

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

/**
 * The words of an enacting formula (声明如下, 議定如下, agreed as follows, договорились о
 * нижеследующем), one list for every use so that the uses cannot drift apart.
 */
const ENACTING_WORDS = [
  '(?:声明|聲明|宣布|宣言|公报|公報|商定|同意|达成协议|達成協議|议定|議定|协议|協議)如下',
  // The verb itself, not "statement as follows" (a news report introducing a text).
  '\\b(?:agree|declare|state|announce|affirm)(?:s|d|ed)?\\s+as follows',
  // A memorandum's participants reach an understanding rather than agree.
  '\\b(?:reached|come to) the following (?:understandings?|arrangements?)',
  '(?:договорились|согласились|условились|заявляют|констатируют|подтверждают)\\s+(?:о\\s+)?(?:нижеследующем|следующем|следующее)',
].join('|');

/** The enacting formula that ends a preamble and opens an instrument's operative part, anywhere in a text. */
export const ENACTING_FORMULA = new RegExp(`${ENACTING_WORDS}|have agreed|hereby declare`, 'iu');

/** The enacting formula closing a paragraph (…声明如下：, …declare as follows:): the preamble ends with it. */
export const ENACTING_FORMULA_AT_END = new RegExp(`(?:${ENACTING_WORDS})\\s*[：:]?$`, 'iu');

/**
 * Whether `next` is the second line of a title that begins with `first`, as treaty databases set
 * long titles: a bare head with its subject under it ("ПРОТОКОЛ" / "о внесении изменений в
 * Соглашение …", "AGREEMENT" / "BETWEEN THE GOVERNMENT OF …"), or in Chinese the parties with
 * 关于 … and the head under them ("中华人民共和国政府和俄罗斯联邦政府" / "关于互免团体旅游签证的协定").
 */
export function continuesTitle(first: string, next: string): boolean {
  const a = first.trim();
  const b = next.trim();
  if (!a || !b || a.length > 200 || b.length > 300 || /[。.;；:：,，、]$/u.test(a) || /[。;；:：,，、]$/u.test(b)) return false;
  if (/\p{Script=Han}/u.test(a)) {
    return /^(?:关于|關於)/u.test(b) && kindFromTitle(a) === null && kindFromTitle(b) !== null && kindFromTitle(`${a}${b}`) !== null;
  }
  // The first line is the head and nothing else: at most four words, and a kind.
  if (a.split(/\s+/u).length > 4 || kindFromTitle(a) === null) return false;
  const link = /\p{Script=Cyrillic}/u.test(a)
    ? /^(?:о|об|между|по|к|относительно)(?![а-яё])/iu
    : /^(?:between|on|of|concerning|regarding|relating|among|amongst|amending|for|to)\b/iu;
  return link.test(b) && kindFromTitle(joinTitleLines([a, b])) !== null;
}

/**
 * The lines of a title set on several lines as one title: Chinese lines joined without a space,
 * others with one; a head in capitals over a subject in lower case in sentence case
 * ("ПРОТОКОЛ" / "о внесении …" → "Протокол о внесении …").
 */
export function joinTitleLines(lines: readonly string[]): string {
  const parts = lines.map((l) => l.trim()).filter(Boolean);
  if (!parts.length) return '';
  if (parts.length > 1 && !/\p{Ll}/u.test(parts[0]!) && parts.slice(1).some((p) => /\p{Ll}/u.test(p))) {
    parts[0] = parts[0]!.charAt(0) + parts[0]!.slice(1).toLowerCase();
  }
  return parts.reduce((title, part) => (/\p{Script=Han}$/u.test(title) && /^\p{Script=Han}/u.test(part) ? title + part : `${title} ${part}`));
}
