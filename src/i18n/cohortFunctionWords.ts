/*
 * The words of the worksheet function KV.COHORT in English, Danish and Swedish: the labels of its header row and
 * column, and its messages about the data as a whole (no purchases; a revenue measure without amounts). Argument
 * names and the measure keys stay in English, as Excel shows them in the formula tooltip.
 */
import type { Language } from "./language";

/** What KV.COHORT spills and says in one language; typing the tables with this makes a missing translation a type error. */
export interface CohortFunctionWords {
  /** The top-left cell, over the cohort labels. */
  cohort: string;
  /** Over the number of customers each cohort won. */
  customers: string;
  /** A revenue measure asked of a log without amounts; `measure` is the measure's key. */
  needsAmounts(measure: string): string;
  /** No customer has a purchase day: with `observationEnd` (ISO date), none up to it; without, the data hold no purchase rows. */
  noPurchases(observationEnd?: string): string;
}

const en: CohortFunctionWords = {
  cohort: "Cohort",
  customers: "Customers",
  needsAmounts: (measure) =>
    `measure "${measure}" needs amounts, and amounts is empty: give the range with the amount of each purchase row, or use "activeRate" or "activeCustomers", which count customers only.`,
  noPurchases: (observationEnd) =>
    observationEnd === undefined
      ? "There are no purchases to put in cohorts: every row is blank or 0. Give the ranges that hold the purchase log."
      : `There are no purchases to put in cohorts: no customer has a purchase up to the observation end, ${observationEnd}. If you gave an end date (asOf), check it; and check that the amounts are not all returns.`,
};

const da: CohortFunctionWords = {
  cohort: "Kohorte",
  customers: "Kunder",
  needsAmounts: (measure) =>
    `measure "${measure}" kræver beløb, og amounts er tom: angiv området med beløbet for hver købsrække, eller brug "activeRate" eller "activeCustomers", som kun tæller kunder.`,
  noPurchases: (observationEnd) =>
    observationEnd === undefined
      ? "Der er ingen køb at dele i kohorter: alle rækker er tomme eller 0. Angiv de områder, der indeholder købsloggen."
      : `Der er ingen køb at dele i kohorter: ingen kunde har et køb til og med observationsperiodens slutning, ${observationEnd}. Har du angivet en slutdato (asOf), så kontrollér den, og kontrollér, at beløbene ikke alle er returneringer.`,
};

const sv: CohortFunctionWords = {
  cohort: "Kohort",
  customers: "Kunder",
  needsAmounts: (measure) =>
    `measure "${measure}" kräver belopp, och amounts är tomt: ange området med beloppet för varje köprad, eller använd "activeRate" eller "activeCustomers", som bara räknar kunder.`,
  noPurchases: (observationEnd) =>
    observationEnd === undefined
      ? "Det finns inga köp att dela in i kohorter: alla rader är tomma eller 0. Ange de områden som innehåller köploggen."
      : `Det finns inga köp att dela in i kohorter: ingen kund har ett köp till och med observationsperiodens slut, ${observationEnd}. Har du angett ett slutdatum (asOf), kontrollera det, och kontrollera att beloppen inte alla är returer.`,
};

const words: Record<Language, CohortFunctionWords> = { en, da, sv };

/**
 * KV.COHORT's words in a language.
 * @example cohortFunctionWords("da").cohort // "Kohorte"
 */
export function cohortFunctionWords(language: Language): CohortFunctionWords {
  return words[language];
}
