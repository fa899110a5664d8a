/**
 * Finding the registry's well-known names in running text without brackets: 联合国宪章,
 * the UN Charter, NPT, Устава ООН (any case). One pattern per language, built once.
 */
import { INSTRUMENTS, nameKey, russianStem, type Instrument } from './registry';
import { escapeRegExp } from '../text/escape-regexp';

export interface RegistryMatch {
  start: number;
  end: number;
  text: string;
  id: string;
}

const patterns = new Map<string, { re: RegExp; ids: Map<string, string> } | null>();

/** Every registry name in `text`, longest match first where names overlap. */
export function registryNameMatches(text: string, language: 'zh' | 'en' | 'ru'): RegistryMatch[] {
  let entry = patterns.get(language);
  if (entry === undefined) {
    entry = buildPattern(language);
    patterns.set(language, entry);
  }
  if (!entry) return [];
  const out: RegistryMatch[] = [];
  for (const m of text.matchAll(entry.re)) {
    const id = entry.ids.get(nameKey(m[0]));
    if (id) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], id });
  }
  return out;
}

function buildPattern(language: 'zh' | 'en' | 'ru'): { re: RegExp; ids: Map<string, string> } | null {
  const ids = new Map<string, string>();
  const sources: string[] = [];
  const languages = language === 'zh' ? (['zh', 'zh-Hant'] as const) : ([language] as const);
  for (const instrument of INSTRUMENTS) {
    for (const lang of languages) {
      const names = [instrument.titles[lang], ...(instrument.names[lang] ?? [])].filter((n): n is string => !!n);
      for (const raw of names) {
        const name = raw.replace(/^[《“"«]|[》”"»]$/gu, '');
        if (name.length < 3) continue;
        ids.set(nameKey(name), instrument.id);
        sources.push(name);
      }
    }
  }
  if (!sources.length) return null;
  const unique = [...new Set(sources)].sort((a, b) => b.length - a.length);
  const alternatives = unique.map((name) => (language === 'ru' ? russianPattern(name) : escapeRegExp(name)));
  const body = `(?:${alternatives.join('|')})`;
  const re = language === 'zh' ? new RegExp(body, 'gu') : new RegExp(`(?<![\\p{L}\\d])${body}(?![\\p{L}\\d])`, 'gu');
  return { re, ids };
}

function russianPattern(name: string): string {
  return name
    .replace(/ё/g, 'е')
    .split(/\s+/)
    .map((word) => {
      const stem = russianStem(word);
      const escaped = escapeRegExp(stem).replace(/е/g, '[её]');
      return stem === word && word.length <= 3 ? escaped : `${escaped}[а-яё]{0,4}`;
    })
    .join('\\s+');
}

/**
 * The one registry instrument whose English or Russian title or name begins with `name`, when
 * `name` is long enough to be distinctive (four words or more): "Treaty of Good-Neighborliness
 * and Friendly Cooperation" is the start of the 2001 Treaty's title. Null when none or several.
 */
export function instrumentByTitleStart(name: string): Instrument | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 4 || /\p{Script=Han}/u.test(name)) return null;
  const key = normalise(name);
  const found = INSTRUMENTS.filter((instrument) =>
    [instrument.titles.en, instrument.titles.ru, ...(instrument.names.en ?? []), ...(instrument.names.ru ?? [])]
      .filter((n): n is string => !!n)
      .some((n) => normalise(n).startsWith(key)),
  );
  return found.length === 1 ? found[0]! : null;
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/neighbour/g, 'neighbor').replace(/[\s\p{P}]+/gu, ' ').trim();
}
