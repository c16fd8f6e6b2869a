/*
 * What the tests take as "the message says what to do": a clause that starts with an imperative the user can carry
 * out in Excel, in a file or in a formula. An instruction starts a sentence or a clause (after ".", ";" or ":"), or
 * follows "or" as the alternative ("…, or delete the row"), possibly after a condition ("If that is wrong, choose …",
 * "Hvis det er forkert, så skriv …", "Är det decimaler, skriv …"). A verb anywhere else does not count: "the
 * customer is blank." names the problem, "customer value cannot be computed" is no instruction, and vague verbs
 * ("check", "kontrollér", "kontrollera") are not on the lists, so "check them." alone fails.
 */
import type { Language } from "../../src/i18n/language";

/** The imperatives of each language, as a message writes them (multi-word verbs whole: "fill in", "ta bort"). */
export const imperatives: Readonly<Record<Language, readonly string[]>> = {
  en: ["add", "choose", "clear", "combine", "convert", "correct", "delete", "export", "fill", "give", "make", "put", "remove", "replace", "save", "swap", "use", "write"],
  da: ["angiv", "brug", "byt", "eksportér", "erstat", "fjern", "gem", "gør", "omregn", "ret", "saml", "sæt", "skriv", "slet", "tilføj", "tøm", "udfyld", "vælg"],
  sv: ["ange", "använd", "byt", "ersätt", "exportera", "fyll i", "gör", "lägg till", "rätta", "räkna om", "slå ihop", "spara", "sätt", "skriv", "ta bort", "töm", "välj"],
};

/** How a condition before an instruction starts ("If that is wrong, …"); Danish adds "så" before the verb. */
const conditions: Readonly<Record<Language, readonly string[]>> = { en: ["if"], da: ["hvis", "er det"], sv: ["om", "är det"] };

/** The word that introduces an alternative instruction ("…, or delete the row"). */
const alternatives: Readonly<Record<Language, string>> = { en: "or", da: "eller", sv: "eller" };

const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const anyOf = (words: readonly string[]): string => words.map(escaped).join("|");

/**
 * A pattern that matches a message holding an instruction in `language`.
 * @example expect("Row 7, column 'Kunde': the customer is blank; fill it in or delete the row.").toMatch(instructionPattern("en"))
 */
export function instructionPattern(language: Language): RegExp {
  const start = `(?:^|[.;:]\\s+|(?<!\\p{L})${alternatives[language]}\\s+)`;
  const condition = `(?:(?:${anyOf(conditions[language])})(?!\\p{L})[^.;:]*?,\\s+(?:så\\s+)?)?`;
  return new RegExp(`${start}${condition}(?:${anyOf(imperatives[language])})(?!\\p{L})`, "iu");
}

/**
 * The number of sentences of a message: a sentence ends at ".", "!" or "?" followed by a space and a capital or
 * an opening quote, so that "e.g. 2", "fx 250", "t.ex. 2", "pr. køb" and "1.234" do not end one.
 * @example sentenceCount("The range is empty. Choose the range that holds the data.") // 2
 */
export function sentenceCount(message: string): number {
  return message.split(/(?<=[.!?])\s+(?=[\p{Lu}'"»”])/u).length;
}
