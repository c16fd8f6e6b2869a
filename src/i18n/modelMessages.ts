import type { ModelName, ModelUnavailableReason } from "../core/models/modelUnavailable";
import type { Language } from "./language";

type Reason<Code extends ModelUnavailableReason["code"]> = Extract<ModelUnavailableReason, { code: Code }>;

/** One sentence per reason a model could not be fitted, in plain words. */
interface ModelMessageTable {
  modelName: Record<ModelName, string>;
  noCustomers: (reason: Reason<"noCustomers">, model: string) => string;
  tooFewCustomers: (reason: Reason<"tooFewCustomers">, model: string) => string;
  allOneTimeBuyers: (reason: Reason<"allOneTimeBuyers">, model: string) => string;
  tooFewRepeatBuyers: (reason: Reason<"tooFewRepeatBuyers">, model: string) => string;
  tooFewRepeatBuyersWithSpend: (reason: Reason<"tooFewRepeatBuyersWithSpend">, model: string) => string;
  notConverged: (reason: Reason<"notConverged">, model: string) => string;
  spendMeanUnbounded: (reason: Reason<"spendMeanUnbounded">, model: string) => string;
}

const en: ModelMessageTable = {
  modelName: { bgnbd: "The purchase model (BG/NBD)", gammaGamma: "The spend model (Gamma-Gamma)" },
  noCustomers: (_, model) => `${model} could not be fitted: there are no customers in the period.`,
  tooFewCustomers: (r, model) => `${model} needs at least ${r.minimum} customers; the data has ${r.customers}.`,
  allOneTimeBuyers: (r, model) => `${model} could not be fitted: all ${r.customers} customers bought only once, so there is nothing to learn repeat buying from.`,
  tooFewRepeatBuyers: (r, model) => `${model} needs at least ${r.minimum} customers who bought more than once; the data has ${r.repeatBuyers}.`,
  tooFewRepeatBuyersWithSpend: (r, model) => `${model} needs at least ${r.minimum} repeat buyers with a positive amount; the data has ${r.repeatBuyersWithSpend}.`,
  notConverged: (r, model) => `${model} did not settle on an answer (after ${r.iterations} steps); its figures would not be reliable.`,
  spendMeanUnbounded: (_, model) => `${model} found spending so uneven that its average is not defined (q ≤ 1).`,
};

const da: ModelMessageTable = {
  modelName: { bgnbd: "Købsmodellen (BG/NBD)", gammaGamma: "Forbrugsmodellen (Gamma-Gamma)" },
  noCustomers: (_, model) => `${model} kunne ikke beregnes: der er ingen kunder i perioden.`,
  tooFewCustomers: (r, model) => `${model} kræver mindst ${r.minimum} kunder; dataene har ${r.customers}.`,
  allOneTimeBuyers: (r, model) => `${model} kunne ikke beregnes: alle ${r.customers} kunder har kun købt én gang, så der er intet genkøb at lære af.`,
  tooFewRepeatBuyers: (r, model) => `${model} kræver mindst ${r.minimum} kunder, der har købt mere end én gang; dataene har ${r.repeatBuyers}.`,
  tooFewRepeatBuyersWithSpend: (r, model) => `${model} kræver mindst ${r.minimum} genkøbere med et positivt beløb; dataene har ${r.repeatBuyersWithSpend}.`,
  notConverged: (r, model) => `${model} fandt ikke et stabilt resultat (efter ${r.iterations} trin); tallene ville ikke være pålidelige.`,
  spendMeanUnbounded: (_, model) => `${model} fandt så ujævnt forbrug, at gennemsnittet ikke er defineret (q ≤ 1).`,
};

const sv: ModelMessageTable = {
  modelName: { bgnbd: "Köpmodellen (BG/NBD)", gammaGamma: "Beloppsmodellen (Gamma-Gamma)" },
  noCustomers: (_, model) => `${model} kunde inte skattas: det finns inga kunder under perioden.`,
  tooFewCustomers: (r, model) => `${model} kräver minst ${r.minimum} kunder; data har ${r.customers}.`,
  allOneTimeBuyers: (r, model) => `${model} kunde inte skattas: alla ${r.customers} kunder har bara köpt en gång, så det finns inga återköp att lära av.`,
  tooFewRepeatBuyers: (r, model) => `${model} kräver minst ${r.minimum} kunder som har köpt mer än en gång; data har ${r.repeatBuyers}.`,
  tooFewRepeatBuyersWithSpend: (r, model) => `${model} kräver minst ${r.minimum} återkommande kunder med ett positivt belopp; data har ${r.repeatBuyersWithSpend}.`,
  notConverged: (r, model) => `${model} nådde inget stabilt resultat (efter ${r.iterations} steg); siffrorna skulle inte vara tillförlitliga.`,
  spendMeanUnbounded: (_, model) => `${model} fann så ojämna belopp att medelvärdet inte är definierat (q ≤ 1).`,
};

const tables: Record<Language, ModelMessageTable> = { en, da, sv };

/**
 * Why a model could not be fitted, in plain words in the user's language.
 * @example renderModelUnavailable({ code: "tooFewRepeatBuyers", model: "bgnbd", repeatBuyers: 4, minimum: 10 }, "da")
 * // "Købsmodellen (BG/NBD) kræver mindst 10 kunder, der har købt mere end én gang; dataene har 4."
 */
export function renderModelUnavailable(reason: ModelUnavailableReason, language: Language): string {
  const table = tables[language];
  const model = table.modelName[reason.model];
  const render = table[reason.code] as (reason: ModelUnavailableReason, model: string) => string;
  return render(reason, model);
}
