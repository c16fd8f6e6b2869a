/** The languages the add-in speaks. */
export type Language = "en" | "da" | "sv";

export const supportedLanguages: readonly Language[] = ["en", "da", "sv"];

/**
 * Maps an Office display-language tag (BCP 47, e.g. `da-DK`, `sv-FI`) to a supported language.
 * Anything that is not Danish or Swedish falls back to English.
 * @example resolveLanguage("da-DK") // "da"
 */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "da") return "da";
  if (primary === "sv") return "sv";
  return "en";
}
