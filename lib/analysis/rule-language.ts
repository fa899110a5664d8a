/**
 * The language whose rules (patterns, head words, numbering) the analysis applies to a text.
 * Kept free of imports: the references stage and link building need it without the detect stage.
 */

/** Chinese, Russian, or English for every other language. */
export type RuleLanguage = 'zh' | 'ru' | 'en';

/** The rule language of a language tag (zh, zh-Hant, ru, en, fr …): zh, ru, or en for the rest. */
export function ruleLanguage(language: string): RuleLanguage {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh' : primary === 'ru' ? 'ru' : 'en';
}
