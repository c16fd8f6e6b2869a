import type { ReportSentence, SentenceValue } from "../core/report/reportModel";
import type { Language } from "./language";
import type { Currency } from "../core/read/amountText";
import { withCurrency } from "../core/report/moneyFormat";
import { reportLabel } from "./reportLabels";
import { isoDateText } from "../core/read/civilDate";

/** The report's sentences in each language; `{name}` is replaced by the sentence's value of that name. */
const sentences: Record<Language, Record<string, string>> = {
  en: {
    lead_estimateModel:
      "Customer value is an estimate: customer equity is {equity}, with an 80 % chance of lying between {low} and {high}; an average customer is worth {averageClv} over {months} months.",
    lead_estimateSimple:
      "Customer value is an estimate by the simple formula: customer equity is {equity} and an average customer is worth {averageClv}, if customers keep buying as they have. The formula gives no range: treat it as a guide.",
    lead_holdout: "Checked against what happened: over the last {months} months the model predicted {predicted} repeat purchases; customers made {actual}.",
    lead_attention: "Start with {first} and {second}: together they hold {share} of the customers' value (Segments sheet).",
    lead_counts: "{customers} customers made {purchases} purchases; several rows of one customer on the same day count as one purchase.",
    lead_cohorts:
      "{customers} customers in {cohorts} cohorts, each the customers whose first purchase fell in the same {period}; column 0 is the period of the first purchase, column 1 the next, and so on.",
    lead_cohortProjection:
      "Cells marked ≈ are projected by the purchase model ({model}) for the next {months} months from each cohort's purchases so far. In the model check its total missed by {error}; a single cell, above all one of a small cohort, can miss by more.",
    lead_cohortProjectionAssumed:
      "Cells marked ≈ are projected by the purchase model ({model}) for the next {months} months from each cohort's purchases so far: expectations, not measured. Such models typically miss a base's total by about {error} (switch the model check on to measure it here), and a single cell, above all one of a small cohort, by more.",
    lead_cohortHorizonShort: "Nothing is projected: the {months}-month horizon ends before the next whole {period} does.",
    lead_cohortNoProjection: "Nothing is projected: no purchase model could be trusted on this data (see the Overview), so the cells show only what customers did.",
    lead_cohortIncomplete: "The data end on {end}, inside the {period} that began on {start}: cells marked * count that {period} so far.",
    lead_cohortRevenue: "Amounts are revenue net of returns, before margin.",
    lead_cohortMargin: "Amounts are gross margin: {margin} of revenue net of returns (the run's margin setting).",
  },
  da: {
    lead_estimateModel:
      "Kundeværdien er et skøn: kundekapitalen er {equity} og ligger med 80 % sandsynlighed mellem {low} og {high}; en gennemsnitlig kunde er {averageClv} værd over {months} måneder.",
    lead_estimateSimple:
      "Kundeværdien er et skøn efter den simple formel: kundekapitalen er {equity}, og en gennemsnitlig kunde er {averageClv} værd, hvis kunderne bliver ved med at købe som hidtil. Formlen giver intet interval: brug den som et pejlemærke.",
    lead_holdout: "Tjekket mod det, der skete: for de seneste {months} måneder forudsagde modellen {predicted} genkøb; kunderne foretog {actual}.",
    lead_attention: "Begynd med {first} og {second}: tilsammen står de for {share} af kundernes værdi (arket Segmenter).",
    lead_counts: "{customers} kunder foretog {purchases} køb; flere rækker for samme kunde på samme dag tæller som ét køb.",
    lead_cohorts:
      "{customers} kunder i {cohorts} kohorter, hver med de kunder, hvis første køb faldt i samme {period}; kolonne 0 er perioden for første køb, kolonne 1 den næste osv.",
    lead_cohortProjection:
      "Celler markeret med ≈ er fremskrevet af købsmodellen ({model}) for de næste {months} måneder ud fra hver kohortes køb indtil nu. I modeltesten ramte dens total ved siden af med {error}; en enkelt celle, især i en lille kohorte, kan ramme mere ved siden af.",
    lead_cohortProjectionAssumed:
      "Celler markeret med ≈ er fremskrevet af købsmodellen ({model}) for de næste {months} måneder ud fra hver kohortes køb indtil nu: forventninger, ikke målt. Sådanne modeller rammer typisk en kundebases total omkring {error} ved siden af (slå modeltesten til for at måle det her), og en enkelt celle, især i en lille kohorte, mere.",
    lead_cohortHorizonShort: "Intet er fremskrevet: horisonten på {months} måneder slutter før næste hele {period}.",
    lead_cohortNoProjection: "Intet er fremskrevet: ingen købsmodel kunne bruges på disse data (se Oversigt), så cellerne viser kun, hvad kunderne gjorde.",
    lead_cohortIncomplete: "Data slutter {end}, midt i perioden, der begyndte {start}: celler markeret med * tæller perioden indtil nu.",
    lead_cohortRevenue: "Beløbene er omsætning efter returneringer, før dækningsgrad.",
    lead_cohortMargin: "Beløbene er dækningsbidrag: {margin} af omsætningen efter returneringer (kørslens dækningsgrad).",
  },
  sv: {
    lead_estimateModel:
      "Kundvärdet är en uppskattning: kundkapitalet är {equity} och ligger med 80 % sannolikhet mellan {low} och {high}; en genomsnittlig kund är värd {averageClv} under {months} månader.",
    lead_estimateSimple:
      "Kundvärdet är en uppskattning enligt den enkla formeln: kundkapitalet är {equity} och en genomsnittlig kund är värd {averageClv}, om kunderna fortsätter att köpa som hittills. Formeln ger inget intervall: använd den som en fingervisning.",
    lead_holdout: "Kontrollerat mot vad som hände: för de senaste {months} månaderna förutsade modellen {predicted} återköp; kunderna gjorde {actual}.",
    lead_attention: "Börja med {first} och {second}: tillsammans står de för {share} av kundernas värde (bladet Segment).",
    lead_counts: "{customers} kunder gjorde {purchases} köp; flera rader för samma kund samma dag räknas som ett köp.",
    lead_cohorts:
      "{customers} kunder i {cohorts} kohorter, var och en med de kunder vars första köp föll i samma {period}; kolumn 0 är perioden för första köpet, kolumn 1 nästa och så vidare.",
    lead_cohortProjection:
      "Celler markerade med ≈ är en prognos från köpmodellen ({model}) för de kommande {months} månaderna utifrån varje kohorts köp hittills. I modelltestet missade dess totalsumma med {error}; en enskild cell, särskilt i en liten kohort, kan missa mer.",
    lead_cohortProjectionAssumed:
      "Celler markerade med ≈ är en prognos från köpmodellen ({model}) för de kommande {months} månaderna utifrån varje kohorts köp hittills: förväntningar, inte mätta. Sådana modeller missar typiskt en kundbas totalsumma med omkring {error} (slå på modelltestet för att mäta det här), och en enskild cell, särskilt i en liten kohort, mer.",
    lead_cohortHorizonShort: "Ingen prognos: horisonten på {months} månader slutar före nästa hela {period}.",
    lead_cohortNoProjection: "Ingen prognos: ingen köpmodell kunde användas på dessa data (se Översikt), så cellerna visar bara vad kunderna gjorde.",
    lead_cohortIncomplete: "Data slutar {end}, mitt i perioden som började {start}: celler markerade med * räknar perioden hittills.",
    lead_cohortRevenue: "Beloppen är omsättning efter returer, före täckningsgrad.",
    lead_cohortMargin: "Beloppen är täckningsbidrag: {margin} av omsättningen efter returer (körningens täckningsgrad).",
  },
};

/** Number formats of each language: English as en-GB (1,234.56), Danish 1.234,56, Swedish 1 234,56. */
const locales: Record<Language, string> = { en: "en-GB", da: "da-DK", sv: "sv-SE" };

/** A value as a sentence shows it: whole counts, money without decimals from 1,000 on, percentages with one decimal, dates as ISO 8601. */
function valueText(value: SentenceValue, language: Language, currency: Currency | undefined): string {
  if ("label" in value) return reportLabel(language, value.label);
  const number = (digits: number) => new Intl.NumberFormat(locales[language], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value.value);
  switch (value.format) {
    case "integer":
      return number(0);
    case "currency":
      return withCurrency(number(Math.abs(value.value) >= 1000 ? 0 : 2), currency);
    case "date":
      return isoDateText(value.value);
    case "percent":
      return `${new Intl.NumberFormat(locales[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value.value * 100)} %`;
    default:
      return number(2);
  }
}

/**
 * A report sentence in the user's language, its numbers formatted the language's way and money with the currency.
 * @example renderSentence("da", { key: "lead_counts", values: { customers: { value: 2357, format: "integer" }, purchases: { value: 6696, format: "integer" } } })
 * // "2.357 kunder foretog 6.696 køb; flere rækker for samme kunde på samme dag tæller som ét køb."
 */
export function renderSentence(language: Language, sentence: ReportSentence, currency?: Currency): string {
  const template = sentences[language][sentence.key];
  if (template === undefined) throw new Error(`No report sentence for the key "${sentence.key}".`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = sentence.values[name];
    if (value === undefined) throw new Error(`The report sentence "${sentence.key}" has no value "${name}".`);
    return valueText(value, language, currency);
  });
}

/** The keys of every sentence (the same in each language). */
export const reportSentenceKeys = Object.keys(sentences.en);
