import type { Language } from "./language";

/**
 * Every word of the subscriptions report (src/core/subscriptions/buildSubscriptionReport.ts), in English: the sheet's
 * name, table and chart titles, column headers, figure names, label cells and notes. The Danish and Swedish tables
 * must have the same keys.
 */
const en = {
  // The sheet (an Excel sheet name: at most 31 characters, none of []:*?/\).
  subscriptions: "Subscriptions",
  // Tables and the chart.
  subscriptionAssumptions: "Assumptions",
  subscriptionFit: "Renewal model (sBG)",
  subscriptionSurvival: "Still active by period, observed and projected",
  subscriptionValue: "What a customer is worth from now on, by renewals made",
  survivalChart: "Share of customers still active",
  // Figures.
  projectPeriods: "Periods projected",
  discountRatePerPeriod: "Discount rate per period",
  valuePerPeriod: "Value per customer per period",
  subscriptionCustomers: "Customers",
  cancelledCustomers: "Customers who cancelled",
  periodsObserved: "Periods observed",
  sbgAlpha: "α",
  sbgAlphaStandardError: "α, standard error",
  sbgBeta: "β",
  sbgBetaStandardError: "β, standard error",
  subscriptionLogLikelihood: "Log-likelihood",
  expectedRemainingPeriods: "Expected further periods of a new customer",
  activeCustomersValue: "Value of the active customers' future renewals",
  subscriptionModel: "Model",
  unbounded: "Unbounded (α ≤ 1)",
  refusal_tooFewCustomers: "Not fitted: fewer than 30 customers",
  refusal_noChurners: "Not fitted: no customer has cancelled",
  refusal_churnOnlyInFirstPeriod: "Not fitted: every cancellation is in the first period",
  refusal_retentionNotRising: "Not fitted: retention does not rise with time as a customer",
  refusal_fitNotConverged: "Not fitted: the estimation did not settle",
  refusal_other: "Not fitted",
  // The survival table.
  period: "Period",
  basis: "Basis",
  observed: "In the data",
  projected: "Projected",
  stillActiveCustomers: "Customers still active (observed)",
  observedSurvival: "Still active, observed",
  modelSurvival: "Still active, model",
  observedRetention: "Retention, observed",
  modelRetention: "Retention, model",
  // The value table.
  renewals: "Renewals made",
  activeWithRenewals: "Active customers with as many renewals",
  renewalChance: "Chance of renewing next",
  discountedRemainingPeriods: "Further periods, discounted (DERL)",
  residualValue: "Value of future renewals",
  // Notes.
  note_subscriptionModel:
    "The renewal model is the shifted-beta-geometric (sBG) model of Fader & Hardie (2007): each customer cancels at the end of a period with a chance of their own, " +
    "the same every period; the chances differ between customers (a beta distribution with α and β).",
  note_subscriptionRising: "Those most likely to cancel leave first, so retention rises with time as a customer.",
  note_subscriptionProjected: "Rows marked Projected lie beyond the data: the model's survival and retention for the next periods.",
  note_subscriptionUnbounded:
    "Unbounded: with α ≤ 1 some customers almost never cancel, so the average number of further periods has no limit; a discount rate above 0 makes the value finite.",
  note_subscriptionResidual:
    "The value of future renewals is reckoned as the customer decides on the next renewal: each further period's value, discounted by the rate per period (Fader & Hardie 2010).",
};

/** The keys of the subscriptions report's words. */
export type SubscriptionLabelKey = keyof typeof en;
type SubscriptionLabels = Readonly<Record<SubscriptionLabelKey, string>>;

const da: SubscriptionLabels = {
  subscriptions: "Abonnementer",
  subscriptionAssumptions: "Forudsætninger",
  subscriptionFit: "Fornyelsesmodel (sBG)",
  subscriptionSurvival: "Stadig aktive pr. periode, observeret og fremskrevet",
  subscriptionValue: "Hvad en kunde er værd fremover, efter antal fornyelser",
  survivalChart: "Andel af kunderne, der stadig er aktive",
  projectPeriods: "Fremskrevne perioder",
  discountRatePerPeriod: "Diskonteringsrente pr. periode",
  valuePerPeriod: "Værdi pr. kunde pr. periode",
  subscriptionCustomers: "Kunder",
  cancelledCustomers: "Kunder, der har opsagt",
  periodsObserved: "Observerede perioder",
  sbgAlpha: "α",
  sbgAlphaStandardError: "α, standardfejl",
  sbgBeta: "β",
  sbgBetaStandardError: "β, standardfejl",
  subscriptionLogLikelihood: "Log-sandsynlighed",
  expectedRemainingPeriods: "Forventede yderligere perioder for en ny kunde",
  activeCustomersValue: "Værdien af de aktive kunders fremtidige fornyelser",
  subscriptionModel: "Model",
  unbounded: "Ubegrænset (α ≤ 1)",
  refusal_tooFewCustomers: "Ikke estimeret: færre end 30 kunder",
  refusal_noChurners: "Ikke estimeret: ingen kunde har opsagt",
  refusal_churnOnlyInFirstPeriod: "Ikke estimeret: alle opsigelser ligger i første periode",
  refusal_retentionNotRising: "Ikke estimeret: fastholdelsen stiger ikke med tiden som kunde",
  refusal_fitNotConverged: "Ikke estimeret: estimeringen faldt ikke til ro",
  refusal_other: "Ikke estimeret",
  period: "Periode",
  basis: "Grundlag",
  observed: "I data",
  projected: "Fremskrevet",
  stillActiveCustomers: "Kunder stadig aktive (observeret)",
  observedSurvival: "Stadig aktive, observeret",
  modelSurvival: "Stadig aktive, model",
  observedRetention: "Fastholdelse, observeret",
  modelRetention: "Fastholdelse, model",
  renewals: "Fornyelser foretaget",
  activeWithRenewals: "Aktive kunder med så mange fornyelser",
  renewalChance: "Sandsynlighed for næste fornyelse",
  discountedRemainingPeriods: "Yderligere perioder, diskonteret (DERL)",
  residualValue: "Værdi af fremtidige fornyelser",
  note_subscriptionModel:
    "Fornyelsesmodellen er den forskudte beta-geometriske model (sBG) fra Fader & Hardie (2007): hver kunde opsiger sidst i en periode med sin egen sandsynlighed, " +
    "den samme hver periode; den varierer fra kunde til kunde (en betafordeling med α og β).",
  note_subscriptionRising: "De kunder, der mest sandsynligt opsiger, forsvinder først, så fastholdelsen stiger med tiden som kunde.",
  note_subscriptionProjected: "Rækker markeret Fremskrevet ligger ud over data: modellens andel stadig aktive og fastholdelse for de næste perioder.",
  note_subscriptionUnbounded:
    "Ubegrænset: med α ≤ 1 opsiger nogle kunder næsten aldrig, så det gennemsnitlige antal yderligere perioder har ingen grænse; en diskonteringsrente over 0 gør værdien endelig.",
  note_subscriptionResidual:
    "Værdien af fremtidige fornyelser er regnet fra det tidspunkt, hvor kunden beslutter sig om næste fornyelse: hver yderligere periodes værdi, diskonteret med renten pr. periode (Fader & Hardie 2010).",
};

const sv: SubscriptionLabels = {
  subscriptions: "Abonnemang",
  subscriptionAssumptions: "Antaganden",
  subscriptionFit: "Förnyelsemodell (sBG)",
  subscriptionSurvival: "Fortfarande aktiva per period, observerat och prognos",
  subscriptionValue: "Vad en kund är värd framöver, efter antal förnyelser",
  survivalChart: "Andel av kunderna som fortfarande är aktiva",
  projectPeriods: "Prognosperioder",
  discountRatePerPeriod: "Diskonteringsränta per period",
  valuePerPeriod: "Värde per kund och period",
  subscriptionCustomers: "Kunder",
  cancelledCustomers: "Kunder som har sagt upp",
  periodsObserved: "Observerade perioder",
  sbgAlpha: "α",
  sbgAlphaStandardError: "α, standardfel",
  sbgBeta: "β",
  sbgBetaStandardError: "β, standardfel",
  subscriptionLogLikelihood: "Log-sannolikhet",
  expectedRemainingPeriods: "Förväntade ytterligare perioder för en ny kund",
  activeCustomersValue: "Värdet av de aktiva kundernas framtida förnyelser",
  subscriptionModel: "Modell",
  unbounded: "Obegränsad (α ≤ 1)",
  refusal_tooFewCustomers: "Inte skattad: färre än 30 kunder",
  refusal_noChurners: "Inte skattad: ingen kund har sagt upp",
  refusal_churnOnlyInFirstPeriod: "Inte skattad: alla uppsägningar ligger i första perioden",
  refusal_retentionNotRising: "Inte skattad: kvarhållandet stiger inte med tiden som kund",
  refusal_fitNotConverged: "Inte skattad: skattningen stabiliserades inte",
  refusal_other: "Inte skattad",
  period: "Period",
  basis: "Underlag",
  observed: "I data",
  projected: "Prognos",
  stillActiveCustomers: "Kunder fortfarande aktiva (observerat)",
  observedSurvival: "Fortfarande aktiva, observerat",
  modelSurvival: "Fortfarande aktiva, modell",
  observedRetention: "Kvarhållande, observerat",
  modelRetention: "Kvarhållande, modell",
  renewals: "Gjorda förnyelser",
  activeWithRenewals: "Aktiva kunder med så många förnyelser",
  renewalChance: "Sannolikhet för nästa förnyelse",
  discountedRemainingPeriods: "Ytterligare perioder, diskonterade (DERL)",
  residualValue: "Värde av framtida förnyelser",
  note_subscriptionModel:
    "Förnyelsemodellen är den förskjutna beta-geometriska modellen (sBG) från Fader & Hardie (2007): varje kund säger upp i slutet av en period med en egen sannolikhet, " +
    "densamma varje period; den varierar mellan kunderna (en betafördelning med α och β).",
  note_subscriptionRising: "De kunder som mest sannolikt säger upp försvinner först, så kvarhållandet stiger med tiden som kund.",
  note_subscriptionProjected: "Rader markerade Prognos ligger bortom data: modellens andel fortfarande aktiva och kvarhållande för de kommande perioderna.",
  note_subscriptionUnbounded:
    "Obegränsad: med α ≤ 1 säger vissa kunder nästan aldrig upp, så det genomsnittliga antalet ytterligare perioder saknar gräns; en diskonteringsränta över 0 gör värdet ändligt.",
  note_subscriptionResidual:
    "Värdet av framtida förnyelser räknas från när kunden bestämmer sig om nästa förnyelse: varje ytterligare periods värde, diskonterat med räntan per period (Fader & Hardie 2010).",
};

const tables: Record<Language, SubscriptionLabels> = { en, da, sv };

/** All the subscriptions report's label keys, for tests that check every language is complete. */
export const subscriptionLabelKeys = Object.keys(en) as SubscriptionLabelKey[];

/**
 * The words for a subscriptions report key in a language; undefined for a key that is not one of the subscriptions
 * report's (the purchase report's words are in reportLabels.ts; src/i18n/reportWords.ts asks both).
 * @example subscriptionLabel("da", "subscriptions") // "Abonnementer"
 */
export function subscriptionLabel(language: Language, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(en, key) ? tables[language][key as SubscriptionLabelKey] : undefined;
}
