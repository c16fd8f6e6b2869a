import type { Language } from "../i18n/language";

/** The characters each language groups thousands with: 10,000 / 10.000 / 10 000 (a space, or a no-break one). */
const groupSeparators: Record<Language, string> = { en: ",", da: ".", sv: " \u00a0\u202f" };

/** Escapes the separators for a regular expression character class. */
function separatorClass(language: Language): string {
  return `[${groupSeparators[language].replace(/[.\\\]^-]/g, "\\$&")}]`;
}

/** The text without surrounding spaces and without a trailing "%". */
function bare(text: string): string {
  return text.trim().replace(/\s*%$/, "");
}

/**
 * A whole number typed in the user's language: digits, optionally grouped in thousands with the language's
 * separator (en "10,000", da "10.000", sv "10 000"). Anything else — a decimal separator, a misplaced group, a
 * sign — is NaN, so "1.000" in English or "1,000" in Danish is refused rather than read as 1.
 * @example wholeNumberOf("10.000", "da") // 10000
 */
export function wholeNumberOf(text: string, language: Language): number {
  const plain = bare(text);
  if (/^\d+$/.test(plain)) return Number(plain);
  const grouped = new RegExp(`^\\d{1,3}(${separatorClass(language)}\\d{3})+$`);
  return grouped.test(plain) ? Number(plain.replace(new RegExp(separatorClass(language), "g"), "")) : Number.NaN;
}

/**
 * A decimal number typed in the user's language, optionally followed by "%": thousands grouped as in
 * {@link wholeNumberOf}, otherwise one decimal comma or point (both are common in every language). NaN when it is
 * not a number. Danish "1.000" is a thousand, English "10.5" and Danish "10,5" or "10.5" are ten and a half.
 * @example decimalOf("45,5 %", "da") // 45.5
 */
export function decimalOf(text: string, language: Language): number {
  const whole = wholeNumberOf(text, language);
  if (!Number.isNaN(whole)) return whole;
  const plain = bare(text);
  return /^\d+([.,]\d+)?$/.test(plain) ? Number(plain.replace(",", ".")) : Number.NaN;
}
