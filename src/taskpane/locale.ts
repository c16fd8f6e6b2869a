import type { Language } from "../i18n/language";

const locales: Record<Language, string> = { en: "en-GB", da: "da-DK", sv: "sv-SE" };

/**
 * The BCP 47 locale the pane formats numbers and dates in for a language (Intl.NumberFormat, Intl.DateTimeFormat).
 * @example new Intl.NumberFormat(localeOf("da")).format(1989.48) // "1.989,48"
 */
export function localeOf(language: Language): string {
  return locales[language];
}
