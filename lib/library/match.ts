/**
 * Which instrument a text is a copy of: the registry's entry when its title (or the title
 * stripped of what pages add around it) is one of the registry's titles or names; otherwise an
 * id made from the title, the same for every copy with that title and for a reference that
 * names it in another grammatical case (Договор / Договора).
 */
import type { InstrumentRef } from '../analysis/types';
import { findInstrument, nameKey } from '../references/registry';
import { hash64 } from '../text/hash';
import type { InstrumentMatch } from './types';

/** Prefix of ids made from a title, so that they never collide with the registry's. */
export const LOCAL_ID_PREFIX = 'local-';

// What pages put around an instrument's title.
const WRAPPED = /^[《«“"「〈](.+)[》»”"」〉]$/su;
const ANNOUNCED = /^(?:全文|授权发布|授權發布|(?:the\s+)?full\s+text(?:\s+of)?(?:\s+the)?|text\s+of\s+the|полный\s+текст|текст)\s*[:：.]?\s*/iu;
const NOTE_AFTER = /\s*(?:[（(](?:全文|摘要|中文本|俄文本|英文本|full text|текст)[)）])\s*$/iu;
const DATE_AFTER = /\s*(?:[（(]\s*\d{4}\s*年[^）)]*[)）]|,?\s+(?:от|of|signed(?:\s+on|\s+at\s+\S+\s+on)?)\s+\d{1,2}\s+\S+\s+\d{4}(?:\s*(?:года|г\.))?|,\s+\d{1,2}\s+[A-Za-z]+\s+\d{4})\s*$/u;

/**
 * The forms of a title worth looking up, the title as given first: without quotation marks
 * around it, without "全文：" or "Full text of" before it, without "（全文）" or a signing date
 * after it.
 */
export function titleForms(title: string): string[] {
  const forms = [title.replace(/\s+/g, ' ').trim()];
  let core = forms[0]!;
  for (let changed = true; changed; ) {
    const next = core.replace(ANNOUNCED, '').replace(NOTE_AFTER, '').replace(DATE_AFTER, '').replace(WRAPPED, '$1').trim();
    changed = next !== core && next.length > 0;
    if (changed) {
      core = next;
      forms.push(core);
    }
  }
  return forms;
}

/**
 * The instrument a text with this title is a copy of: the registry's entry, or a new stable
 * id made from the title. Null when the title has no letters to make an id from.
 */
export function matchInstrument(title: string): InstrumentMatch | null {
  const forms = titleForms(title);
  for (const form of forms) {
    const instrument = findInstrument(form);
    if (instrument) return { id: instrument.id, registered: true };
  }
  // NFKC, case and ё folded, Russian words stemmed, spaces, punctuation and symbols dropped.
  const key = nameKey(forms[forms.length - 1]!);
  return key ? { id: `${LOCAL_ID_PREFIX}${hash64(key)}`, registered: false } : null;
}

/**
 * The library id of the instrument a reference cites: the registry's id, or the id its title
 * makes; null for a reference to the document itself or to nothing identified.
 */
export function instrumentIdOf(instrument: InstrumentRef | null): string | null {
  if (!instrument || instrument.self) return null;
  if (instrument.id) return instrument.id;
  return instrument.title ? (matchInstrument(instrument.title)?.id ?? null) : null;
}

/** An instrument id as the library stores it: lower-case words and numbers joined by hyphens. */
export function isInstrumentId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

