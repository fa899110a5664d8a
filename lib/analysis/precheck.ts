/**
 * The cheap first look: does this page's title or opening text name a diplomatic
 * instrument at all? Runs on every page the content script matches, so it reads a few
 * hundred characters of metadata and text, never the whole page, and allocates little.
 */

/** Words that name an instrument (zh simplified and traditional, ru, en). */
const INSTRUMENT_WORDS =
  /联合声明|聯合聲明|联合公报|聯合公報|公报|公報|宣言|声明|聲明|条约|條約|协定|協定|公约|公約|议定书|議定書|备忘录|備忘錄|决议|決議|宪章|憲章|joint statement|communiqu[eé]|declaration|treaty|agreement|convention|protocol|memorandum|resolution|charter|заявлени|коммюнике|декларац|договор|соглашени|конвенци|протокол|меморандум|резолюци|устав/i;

/**
 * True when any of the given short texts (title, headline, the first paragraphs) names a
 * kind of instrument. Callers pass small strings; the test is one regular expression each.
 */
export function mentionsInstrument(...texts: Array<string | null | undefined>): boolean {
  return texts.some((text) => !!text && INSTRUMENT_WORDS.test(text));
}
