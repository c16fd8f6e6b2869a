import type { ModelName, ModelUnavailableReason } from "../core/models/modelUnavailable";
import type { Language } from "./language";

type Reason<Code extends ModelUnavailableReason["code"]> = Extract<ModelUnavailableReason, { code: Code }>;

/** One sentence per reason a model could not be fitted, in plain words. */
interface ModelMessageTable {
  modelName: Record<ModelName, string>;
  noCustomers: (reason: Reason<"noCustomers">, model: string) => string;
  noFirstPurchaseDates: (reason: Reason<"noFirstPurchaseDates">, model: string) => string;
  withoutPurchaseModel: (reason: Reason<"withoutPurchaseModel">, model: string) => string;
  tooFewCustomers: (reason: Reason<"tooFewCustomers">, model: string) => string;
  allOneTimeBuyers: (reason: Reason<"allOneTimeBuyers">, model: string) => string;
  tooFewRepeatBuyers: (reason: Reason<"tooFewRepeatBuyers">, model: string) => string;
  tooFewRepeatBuyersWithSpend: (reason: Reason<"tooFewRepeatBuyersWithSpend">, model: string) => string;
  notConverged: (reason: Reason<"notConverged">, model: string) => string;
  spendMeanUnbounded: (reason: Reason<"spendMeanUnbounded">, model: string) => string;
  smallBase: (reason: Reason<"smallBase">, model: string) => string;
  degenerateFit: (reason: Reason<"degenerateFit">, model: string) => string;
}

/** A parameter's symbol as the Model parameters table shows it. */
const PARAMETER_SYMBOLS: Record<Reason<"degenerateFit">["parameter"], string> = { r: "r", alpha: "α", a: "a", b: "b", s: "s", beta: "β", p: "p", q: "q", v: "v" };

/** Where the estimate of a degenerate fit ended, as `a ran to 0` in each language. */
const EXTREME_WORDS: Record<Language, Record<Reason<"degenerateFit">["extreme"], string>> = {
  en: { nearZero: "ran to 0", veryLarge: "ran to an extreme", undetermined: "could not be pinned down" },
  da: { nearZero: "endte på 0", veryLarge: "endte i et yderpunkt", undetermined: "kunne ikke fastlægges" },
  sv: { nearZero: "hamnade på 0", veryLarge: "hamnade i ett ytterläge", undetermined: "kunde inte fastställas" },
};

/** The estimate of a degenerate fit in words: `a ran to 0`. */
function parameterEstimate(reason: Reason<"degenerateFit">, language: Language): string {
  return `${PARAMETER_SYMBOLS[reason.parameter]} ${EXTREME_WORDS[language][reason.extreme]}`;
}

/** Whether a degenerate parameter is one of dropout (a, b; s, β) rather than of purchase rates (r, α). */
function isDropout(reason: Reason<"degenerateFit">): boolean {
  return reason.parameter === "a" || reason.parameter === "b" || reason.parameter === "s" || reason.parameter === "beta";
}

const en: ModelMessageTable = {
  modelName: { bgnbd: "The purchase model (BG/NBD)", mbgnbd: "The purchase model (MBG/NBD)", paretonbd: "The purchase model (Pareto/NBD)", gammaGamma: "The spend model (Gamma-Gamma)" },
  noCustomers: (_, model) => `${model} could not be fitted: there are no customers in the period.`,
  noFirstPurchaseDates: (_, model) => `${model} needs each customer's first purchase date, which the table does not have.`,
  withoutPurchaseModel: (_, model) => `${model} is not used: the simple formula takes each customer's own amounts.`,
  tooFewCustomers: (r, model) => `${model} needs at least ${r.minimum} customers; the data has ${r.customers}.`,
  allOneTimeBuyers: (r, model) => `${model} could not be fitted: all ${r.customers} customers bought only once, so there is nothing to learn repeat buying from.`,
  tooFewRepeatBuyers: (r, model) => `${model} needs at least ${r.minimum} customers who bought more than once; the data has ${r.repeatBuyers}.`,
  tooFewRepeatBuyersWithSpend: (r, model) => `${model} needs at least ${r.minimum} repeat buyers with a positive amount; the data has ${r.repeatBuyersWithSpend}.`,
  notConverged: (r, model) => `${model} did not settle on an answer (after ${r.iterations} steps); its figures would not be reliable.`,
  spendMeanUnbounded: (_, model) => `${model} found spending so uneven that its average is not defined (q ≤ 1).`,
  smallBase: (r, model) =>
    `${model} is not used: of the ${r.customers} customers only ${r.repeatBuyers} bought more than once, too few to tell how often customers come back and when they stop (it needs at least ${r.minimum}). Kundeværdi uses the simple formula instead, with each customer's own purchase frequency.`,
  degenerateFit: (r, model) =>
    r.model === "gammaGamma"
      ? `${model} is not used: its ${r.customers} repeat buyers are too few or spend too alike for it to tell how spending varies between customers, so its estimate of ${parameterEstimate(r, "en")}. Each customer's average spend, pulled toward the median, is used instead.`
      : `${model} is not used: ${r.customers} customers are too few for it to tell ${isDropout(r) ? "how likely customers are to stop buying" : "how differently often customers buy"}, so its estimate of ${parameterEstimate(r, "en")}, which can show every customer as 100 % active and rank a one-time buyer above a regular. Kundeværdi uses the simple formula instead, with each customer's own purchase frequency.`,
};

const da: ModelMessageTable = {
  modelName: { bgnbd: "Købsmodellen (BG/NBD)", mbgnbd: "Købsmodellen (MBG/NBD)", paretonbd: "Købsmodellen (Pareto/NBD)", gammaGamma: "Forbrugsmodellen (Gamma-Gamma)" },
  noCustomers: (_, model) => `${model} kunne ikke beregnes: der er ingen kunder i perioden.`,
  noFirstPurchaseDates: (_, model) => `${model} kræver hver kundes første købsdato, som tabellen ikke har.`,
  withoutPurchaseModel: (_, model) => `${model} bruges ikke: den simple formel bruger hver kundes egne beløb.`,
  tooFewCustomers: (r, model) => `${model} kræver mindst ${r.minimum} kunder; dataene har ${r.customers}.`,
  allOneTimeBuyers: (r, model) => `${model} kunne ikke beregnes: alle ${r.customers} kunder har kun købt én gang, så der er intet genkøb at lære af.`,
  tooFewRepeatBuyers: (r, model) => `${model} kræver mindst ${r.minimum} kunder, der har købt mere end én gang; dataene har ${r.repeatBuyers}.`,
  tooFewRepeatBuyersWithSpend: (r, model) => `${model} kræver mindst ${r.minimum} genkøbere med et positivt beløb; dataene har ${r.repeatBuyersWithSpend}.`,
  notConverged: (r, model) => `${model} fandt ikke et stabilt resultat (efter ${r.iterations} trin); tallene ville ikke være pålidelige.`,
  spendMeanUnbounded: (_, model) => `${model} fandt så ujævnt forbrug, at gennemsnittet ikke er defineret (q ≤ 1).`,
  smallBase: (r, model) =>
    `${model} bruges ikke: af de ${r.customers} kunder har kun ${r.repeatBuyers} købt mere end én gang, og det er for få til at skelne, hvor ofte kunderne kommer igen, og hvornår de holder op (den kræver mindst ${r.minimum}). Kundeværdi bruger derfor den simple formel med hver kundes egen købsfrekvens.`,
  degenerateFit: (r, model) =>
    r.model === "gammaGamma"
      ? `${model} bruges ikke: dens ${r.customers} genkøbere er for få eller bruger for ens beløb til, at den kan skelne, hvor forskelligt kunderne bruger penge, så dens skøn af ${parameterEstimate(r, "da")}. I stedet bruges hver kundes gennemsnitlige beløb trukket mod medianen.`
      : `${model} bruges ikke: med ${r.customers} kunder er der for få til, at den kan skelne, ${isDropout(r) ? "hvor sandsynligt det er, at kunderne holder op med at købe" : "hvor forskelligt kunderne køber"}, så dens skøn af ${parameterEstimate(r, "da")}, hvilket kan vise alle kunder som 100 % aktive og sætte en engangskunde over en fast kunde. Kundeværdi bruger derfor den simple formel med hver kundes egen købsfrekvens.`,
};

const sv: ModelMessageTable = {
  modelName: { bgnbd: "Köpmodellen (BG/NBD)", mbgnbd: "Köpmodellen (MBG/NBD)", paretonbd: "Köpmodellen (Pareto/NBD)", gammaGamma: "Beloppsmodellen (Gamma-Gamma)" },
  noCustomers: (_, model) => `${model} kunde inte skattas: det finns inga kunder under perioden.`,
  noFirstPurchaseDates: (_, model) => `${model} behöver varje kunds första köpdatum, som tabellen inte har.`,
  withoutPurchaseModel: (_, model) => `${model} används inte: den enkla formeln använder varje kunds egna belopp.`,
  tooFewCustomers: (r, model) => `${model} kräver minst ${r.minimum} kunder; data har ${r.customers}.`,
  allOneTimeBuyers: (r, model) => `${model} kunde inte skattas: alla ${r.customers} kunder har bara köpt en gång, så det finns inga återköp att lära av.`,
  tooFewRepeatBuyers: (r, model) => `${model} kräver minst ${r.minimum} kunder som har köpt mer än en gång; data har ${r.repeatBuyers}.`,
  tooFewRepeatBuyersWithSpend: (r, model) => `${model} kräver minst ${r.minimum} återkommande kunder med ett positivt belopp; data har ${r.repeatBuyersWithSpend}.`,
  notConverged: (r, model) => `${model} nådde inget stabilt resultat (efter ${r.iterations} steg); siffrorna skulle inte vara tillförlitliga.`,
  spendMeanUnbounded: (_, model) => `${model} fann så ojämna belopp att medelvärdet inte är definierat (q ≤ 1).`,
  smallBase: (r, model) =>
    `${model} används inte: av de ${r.customers} kunderna har bara ${r.repeatBuyers} köpt mer än en gång, och det är för få för att skilja hur ofta kunderna kommer tillbaka och när de slutar (den kräver minst ${r.minimum}). Kundeværdi använder därför den enkla formeln med varje kunds egen köpfrekvens.`,
  degenerateFit: (r, model) =>
    r.model === "gammaGamma"
      ? `${model} används inte: dess ${r.customers} återkommande kunder är för få eller handlar för lika belopp för att den ska kunna skilja hur olika kunderna spenderar, så dess skattning av ${parameterEstimate(r, "sv")}. I stället används varje kunds genomsnittliga belopp draget mot medianen.`
      : `${model} används inte: med ${r.customers} kunder är det för få för att den ska kunna skilja ${isDropout(r) ? "hur sannolikt det är att kunderna slutar köpa" : "hur olika ofta kunderna köper"}, så dess skattning av ${parameterEstimate(r, "sv")}, vilket kan visa alla kunder som 100 % aktiva och sätta en engångskund över en stamkund. Kundeværdi använder därför den enkla formeln med varje kunds egen köpfrekvens.`,
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

/** What a model-fitting function shows in a formula's value preview when its fit is not cached yet. */
const FIT_DEFERRED: Record<Language, string> = {
  en: "Not fitted in the preview: the model is fitted when you press Enter.",
  da: "Estimeres ikke i forhåndsvisningen: modellen estimeres, når du trykker Enter.",
  sv: "Skattas inte i förhandsvisningen: modellen skattas när du trycker Enter.",
};

/**
 * Why a model-fitting function shows no value in a formula's value preview, in the user's language.
 * @example renderFitDeferred("da") // "Estimeres ikke i forhåndsvisningen: modellen estimeres, når du trykker Enter."
 */
export function renderFitDeferred(language: Language): string {
  return FIT_DEFERRED[language];
}
