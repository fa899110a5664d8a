/**
 * Head words: the generic noun an instrument's name ends (Chinese) or starts (English,
 * Russian) with — 条约, Convention, Договор. A short form ("条约", "the Convention",
 * "Договора") fits an instrument when their heads agree; heads are compared by key.
 */
import { escapeRegExp } from '../text/escape-regexp';

/** The canonical key of a head word. */
export type HeadKey =
  | 'treaty'
  | 'convention'
  | 'agreement'
  | 'charter'
  | 'protocol'
  | 'declaration'
  | 'statement'
  | 'communique'
  | 'memorandum'
  | 'resolution'
  | 'initiative'
  | 'law';

/** Chinese head words (simplified and traditional) by key. Longest first where they overlap. */
export const ZH_HEADS: ReadonlyArray<[string, HeadKey]> = [
  ['联合声明', 'statement'], ['聯合聲明', 'statement'],
  ['联合公报', 'communique'], ['聯合公報', 'communique'],
  ['议定书', 'protocol'], ['議定書', 'protocol'],
  ['备忘录', 'memorandum'], ['備忘錄', 'memorandum'],
  ['条约', 'treaty'], ['條約', 'treaty'],
  ['公约', 'convention'], ['公約', 'convention'],
  ['协定', 'agreement'], ['協定', 'agreement'], ['协议', 'agreement'], ['協議', 'agreement'],
  ['宪章', 'charter'], ['憲章', 'charter'],
  ['宣言', 'declaration'],
  ['声明', 'statement'], ['聲明', 'statement'],
  ['公报', 'communique'], ['公報', 'communique'],
  ['决议', 'resolution'], ['決議', 'resolution'],
  ['倡议', 'initiative'], ['倡議', 'initiative'],
];

/** English head words by key (matched case-sensitively with a capital: a defined short form). */
export const EN_HEADS: ReadonlyArray<[string, HeadKey]> = [
  ['Treaty', 'treaty'], ['Convention', 'convention'], ['Agreement', 'agreement'], ['Charter', 'charter'],
  ['Protocol', 'protocol'], ['Declaration', 'declaration'], ['Joint Statement', 'statement'], ['Statement', 'statement'],
  ['Communiqué', 'communique'], ['Communique', 'communique'], ['Memorandum', 'memorandum'], ['Initiative', 'initiative'],
];

/** Russian head-word stems by key; any case ending may follow the stem. */
export const RU_HEADS: ReadonlyArray<[string, HeadKey]> = [
  ['Договор', 'treaty'], ['Конвенци', 'convention'], ['Соглашени', 'agreement'], ['Устав', 'charter'], ['Харти', 'charter'],
  ['Протокол', 'protocol'], ['Декларац', 'declaration'], ['Совместное заявлени', 'statement'],
  ['Совместного заявлени', 'statement'], ['Заявлени', 'statement'], ['Коммюнике', 'communique'], ['Меморандум', 'memorandum'],
  ['Инициатив', 'initiative'],
];

const ZH_HEAD_MAP = new Map(ZH_HEADS);

/** A head word anywhere in a name, from the lists above: whole English words, Russian stems. */
const headAlternation = (heads: ReadonlyArray<[string, HeadKey]>) => heads.map(([w]) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
const EN_HEAD_IN_NAME = new RegExp(`\\b(${headAlternation(EN_HEADS)})\\b`, 'i');
const RU_HEAD_IN_NAME = new RegExp(`(${headAlternation(RU_HEADS)})`, 'iu');

/** The head key of a single head word as written (条约, 條約, Treaty, Договора), or null. */
export function headKeyOfWord(word: string): HeadKey | null {
  const zh = ZH_HEAD_MAP.get(word);
  if (zh) return zh;
  const en = EN_HEADS.find(([w]) => w.toLowerCase() === word.toLowerCase());
  if (en) return en[1];
  const ru = RU_HEADS.find(([stem]) => word.toLowerCase().startsWith(stem.toLowerCase()) && word.length - stem.length <= 4);
  return ru ? ru[1] : null;
}

/**
 * The head key of an instrument's name: the last head word of a Chinese title
 * (…睦邻友好合作条约 → treaty), the first of an English or Russian one (Treaty on the
 * Non-Proliferation… → treaty; Chemical Weapons Convention → convention; Устав ООН → charter).
 */
export function headKeyOfName(name: string): HeadKey | null {
  if (/\p{Script=Han}/u.test(name)) {
    // The head is at the end: strip trailing brackets and 草案 (a draft of it).
    const core = name.replace(/[》〉”"）)]+$/u, '').replace(/草案$/u, '');
    let best: { at: number; key: HeadKey } | null = null;
    for (const [word, key] of ZH_HEADS) {
      const at = core.lastIndexOf(word);
      if (at >= 0 && at + word.length === core.length && (!best || at < best.at)) best = { at, key };
    }
    if (best) return best.key;
    if (/(?:法|条例|條例)$/u.test(core)) return 'law';
    return null;
  }
  const latin = EN_HEAD_IN_NAME.exec(name);
  const cyrillic = RU_HEAD_IN_NAME.exec(name);
  const first = [latin, cyrillic].filter((m): m is RegExpExecArray => !!m).sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  return headKeyOfWord(first[1]!.replace(/\s+/g, ' ').replace(/^./, (c) => c.toUpperCase()));
}
