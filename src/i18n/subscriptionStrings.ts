/*
 * The task pane's words for the Subscriptions path of the wizard, in English, Danish and Swedish: the choice on the
 * Data step, the Columns and Analysis steps of subscription data and its Results. Words the two paths share (Next,
 * Back, Run analysis, the progress) are the wizard's (wizardStrings.ts).
 */
import type { Language } from "./language";
import { fillPlaceholders } from "./placeholders";

const en = {
  analysisKindLabel: "What do you want to analyse?",
  analysisPurchases: "Purchases (a transaction log or customer table)",
  analysisSubscriptions: "Subscriptions (renewal periods)",
  dataIntroSubscriptions:
    "Where is your subscription data? One row per customer with the periods they stayed and whether they are still active, or a survivors curve (the customers still active at the start of each period).",
  sourceLabelSubscriptions: "Subscription data",
  columnsIntroSubscriptions: "Check how the columns were read, and change any that are wrong. Nothing is calculated yet.",
  layoutCustomers: "One row per customer: periods stayed and still active",
  layoutCustomersCancelled: "One row per customer: periods stayed and cancelled (yes = cancelled)",
  layoutRecency: "One row per customer with recency and T (pymc-marketing's layout): recency = T is a customer still active after T − 1 periods",
  layoutSurvivors: "A survivors curve: the customers still active at the start of periods 0, 1, 2, …",
  rolePeriods: "Periods stayed",
  roleActive: "Still active (yes/no)",
  roleCohort: "Cohort (fitted separately)",
  roleSurvivors: "Customers still active",
  roleRecency: "Recency",
  roleObservedPeriods: "T",
  cohortsFound: "{customers} customers in {count} cohorts: {cohorts}.",
  customersFound: "{customers} customers.",
  cohortCount: "{name} ({customers})",
  firstPeriodLeftOut: "{count} customers still in their first period (0 periods) are left out: they have neither renewed nor cancelled yet.",
  problemsHeadingCells: "Cells that cannot be used ({count})",
  noCustomers: "No customer has stayed a period yet, so there is nothing to fit: add rows of customers who have renewed or cancelled.",
  analysisIntroSubscriptions: "Choose how far to look ahead and how to value future renewals. Each setting is explained below it.",
  projectLabel: "Periods to project",
  projectHint: "How many periods beyond the data the survival and retention are projected (1–600).",
  projectInvalid: "Write a whole number of periods from 1 to 600.",
  discountLabel: "Discount rate per period (%)",
  discountHint: "The rate future periods are discounted by, per renewal period: 10 % for years; about 0.8 % a month is 10 % a year.",
  discountInvalid: "Write a percentage from 0 to 100.",
  valueLabel: "Value per customer per period (optional)",
  valueHint: "The margin a customer brings each period. Leave it empty to skip the value of future renewals.",
  valueInvalid: "Write an amount of 0 or more, or leave the field empty.",
  phaseAnalyseSubscriptions: "Fitting the renewal model to each cohort…",
  resultsIntro: "The renewal model (sBG, Fader & Hardie 2007) is fitted to {count} cohorts; the {sheet} sheet shows each cohort's survival, observed and projected, with a chart.",
  resultsIntroOne: "The renewal model (sBG, Fader & Hardie 2007) is fitted; the {sheet} sheet shows the survival, observed and projected, with a chart.",
  cohortHeading: "Cohort {name}",
  allCustomersHeading: "All customers",
  resultCustomers: "Customers",
  resultAlpha: "α (standard error)",
  resultBeta: "β (standard error)",
  resultRetentionNext: "Retention in period {period} (projected)",
  resultSurvivalLast: "Still active after period {period} (projected)",
  resultRemaining: "Expected further periods of a new customer",
  resultUnbounded: "Unbounded",
  resultUnboundedNote: "Unbounded: with α ≤ 1 some customers almost never cancel, so the average number of further periods has no limit; discounted, their value is finite.",
  resultActiveValue: "Value of the active customers' future renewals",
  notFitted: "Not fitted: {reason}",
};

/** The keys of the Subscriptions path's words. */
export type SubscriptionStringKey = keyof typeof en;
type Strings = Readonly<Record<SubscriptionStringKey, string>>;

const da: Strings = {
  analysisKindLabel: "Hvad vil du analysere?",
  analysisPurchases: "Køb (en transaktionslog eller kundetabel)",
  analysisSubscriptions: "Abonnementer (fornyelsesperioder)",
  dataIntroSubscriptions:
    "Hvor ligger dine abonnementsdata? Én række pr. kunde med antal perioder som kunde, og om kunden stadig er aktiv, eller en overlevelseskurve (de kunder, der stadig er aktive ved starten af hver periode).",
  sourceLabelSubscriptions: "Abonnementsdata",
  columnsIntroSubscriptions: "Tjek, hvordan kolonnerne er læst, og ret dem, der er forkerte. Der er ikke regnet på noget endnu.",
  layoutCustomers: "Én række pr. kunde: antal perioder og stadig aktiv",
  layoutCustomersCancelled: "Én række pr. kunde: antal perioder og opsagt (ja = opsagt)",
  layoutRecency: "Én række pr. kunde med recency og T (pymc-marketings format): recency = T er en kunde, der stadig er aktiv efter T − 1 perioder",
  layoutSurvivors: "En overlevelseskurve: de kunder, der stadig er aktive ved starten af periode 0, 1, 2, …",
  rolePeriods: "Antal perioder",
  roleActive: "Stadig aktiv (ja/nej)",
  roleCohort: "Kohorte (tilpasses for sig)",
  roleSurvivors: "Kunder stadig aktive",
  roleRecency: "Recency",
  roleObservedPeriods: "T",
  cohortsFound: "{customers} kunder i {count} kohorter: {cohorts}.",
  customersFound: "{customers} kunder.",
  cohortCount: "{name} ({customers})",
  firstPeriodLeftOut: "{count} kunder, der stadig er i deres første periode (0 perioder), er udeladt: de har hverken fornyet eller opsagt endnu.",
  problemsHeadingCells: "Celler, der ikke kan bruges ({count})",
  noCustomers: "Ingen kunde har været kunde i en hel periode endnu, så der er intet at tilpasse: tilføj rækker med kunder, der har fornyet eller opsagt.",
  analysisIntroSubscriptions: "Vælg, hvor langt frem der skal ses, og hvordan fremtidige fornyelser skal værdisættes. Hver indstilling er forklaret under den.",
  projectLabel: "Perioder at fremskrive",
  projectHint: "Hvor mange perioder ud over data andelen af aktive og fastholdelsen fremskrives (1–600).",
  projectInvalid: "Skriv et helt antal perioder fra 1 til 600.",
  discountLabel: "Diskonteringsrente pr. periode (%)",
  discountHint: "Renten, fremtidige perioder diskonteres med, pr. fornyelsesperiode: 10 % for år; ca. 0,8 % om måneden er 10 % om året.",
  discountInvalid: "Skriv en procentsats fra 0 til 100.",
  valueLabel: "Værdi pr. kunde pr. periode (valgfri)",
  valueHint: "Dækningsbidraget, en kunde giver hver periode. Lad feltet stå tomt for at springe værdien af fremtidige fornyelser over.",
  valueInvalid: "Skriv et beløb på 0 eller mere, eller lad feltet stå tomt.",
  phaseAnalyseSubscriptions: "Tilpasser fornyelsesmodellen til hver kohorte …",
  resultsIntro: "Fornyelsesmodellen (sBG, Fader & Hardie 2007) er tilpasset {count} kohorter; arket {sheet} viser hver kohortes andel af aktive kunder, observeret og fremskrevet, med et diagram.",
  resultsIntroOne: "Fornyelsesmodellen (sBG, Fader & Hardie 2007) er tilpasset; arket {sheet} viser andelen af aktive kunder, observeret og fremskrevet, med et diagram.",
  cohortHeading: "Kohorte {name}",
  allCustomersHeading: "Alle kunder",
  resultCustomers: "Kunder",
  resultAlpha: "α (standardfejl)",
  resultBeta: "β (standardfejl)",
  resultRetentionNext: "Fastholdelse i periode {period} (fremskrevet)",
  resultSurvivalLast: "Stadig aktive efter periode {period} (fremskrevet)",
  resultRemaining: "Forventede yderligere perioder for en ny kunde",
  resultUnbounded: "Ubegrænset",
  resultUnboundedNote: "Ubegrænset: med α ≤ 1 opsiger nogle kunder næsten aldrig, så det gennemsnitlige antal yderligere perioder har ingen grænse; diskonteret er deres værdi endelig.",
  resultActiveValue: "Værdien af de aktive kunders fremtidige fornyelser",
  notFitted: "Ikke estimeret: {reason}",
};

const sv: Strings = {
  analysisKindLabel: "Vad vill du analysera?",
  analysisPurchases: "Köp (en transaktionslogg eller kundtabell)",
  analysisSubscriptions: "Abonnemang (förnyelseperioder)",
  dataIntroSubscriptions:
    "Var finns dina abonnemangsdata? En rad per kund med antal perioder som kund och om kunden fortfarande är aktiv, eller en överlevnadskurva (de kunder som fortfarande är aktiva i början av varje period).",
  sourceLabelSubscriptions: "Abonnemangsdata",
  columnsIntroSubscriptions: "Kontrollera hur kolumnerna har lästs, och ändra dem som är fel. Inget har beräknats än.",
  layoutCustomers: "En rad per kund: antal perioder och fortfarande aktiv",
  layoutCustomersCancelled: "En rad per kund: antal perioder och uppsagd (ja = uppsagd)",
  layoutRecency: "En rad per kund med recency och T (pymc-marketings format): recency = T är en kund som fortfarande är aktiv efter T − 1 perioder",
  layoutSurvivors: "En överlevnadskurva: de kunder som fortfarande är aktiva i början av period 0, 1, 2, …",
  rolePeriods: "Antal perioder",
  roleActive: "Fortfarande aktiv (ja/nej)",
  roleCohort: "Kohort (anpassas för sig)",
  roleSurvivors: "Kunder fortfarande aktiva",
  roleRecency: "Recency",
  roleObservedPeriods: "T",
  cohortsFound: "{customers} kunder i {count} kohorter: {cohorts}.",
  customersFound: "{customers} kunder.",
  cohortCount: "{name} ({customers})",
  firstPeriodLeftOut: "{count} kunder som fortfarande är i sin första period (0 perioder) är utelämnade: de har varken förnyat eller sagt upp än.",
  problemsHeadingCells: "Celler som inte kan användas ({count})",
  noCustomers: "Ingen kund har varit kund en hel period än, så det finns inget att anpassa: lägg till rader med kunder som har förnyat eller sagt upp.",
  analysisIntroSubscriptions: "Välj hur långt framåt du vill se och hur framtida förnyelser ska värderas. Varje inställning förklaras under den.",
  projectLabel: "Perioder att prognostisera",
  projectHint: "Hur många perioder bortom data andelen aktiva och kvarhållandet prognostiseras (1–600).",
  projectInvalid: "Skriv ett helt antal perioder från 1 till 600.",
  discountLabel: "Diskonteringsränta per period (%)",
  discountHint: "Räntan som framtida perioder diskonteras med, per förnyelseperiod: 10 % för år; ungefär 0,8 % i månaden är 10 % om året.",
  discountInvalid: "Skriv en procentsats från 0 till 100.",
  valueLabel: "Värde per kund och period (valfritt)",
  valueHint: "Täckningsbidraget en kund ger varje period. Lämna fältet tomt för att hoppa över värdet av framtida förnyelser.",
  valueInvalid: "Skriv ett belopp på 0 eller mer, eller lämna fältet tomt.",
  phaseAnalyseSubscriptions: "Anpassar förnyelsemodellen till varje kohort …",
  resultsIntro: "Förnyelsemodellen (sBG, Fader & Hardie 2007) är anpassad till {count} kohorter; bladet {sheet} visar varje kohorts andel aktiva kunder, observerad och prognostiserad, med ett diagram.",
  resultsIntroOne: "Förnyelsemodellen (sBG, Fader & Hardie 2007) är anpassad; bladet {sheet} visar andelen aktiva kunder, observerad och prognostiserad, med ett diagram.",
  cohortHeading: "Kohort {name}",
  allCustomersHeading: "Alla kunder",
  resultCustomers: "Kunder",
  resultAlpha: "α (standardfel)",
  resultBeta: "β (standardfel)",
  resultRetentionNext: "Kvarhållande i period {period} (prognos)",
  resultSurvivalLast: "Fortfarande aktiva efter period {period} (prognos)",
  resultRemaining: "Förväntade ytterligare perioder för en ny kund",
  resultUnbounded: "Obegränsat",
  resultUnboundedNote: "Obegränsat: med α ≤ 1 säger vissa kunder nästan aldrig upp, så det genomsnittliga antalet ytterligare perioder saknar gräns; diskonterat är deras värde ändligt.",
  resultActiveValue: "Värdet av de aktiva kundernas framtida förnyelser",
  notFitted: "Inte skattad: {reason}",
};

const tables: Record<Language, Strings> = { en, da, sv };

/**
 * A word of the Subscriptions path in `language`, with `{name}` placeholders filled from `values`.
 * @example subscriptionText("da", "analysisSubscriptions") // "Abonnementer (fornyelsesperioder)"
 */
export function subscriptionText(language: Language, key: SubscriptionStringKey, values: Record<string, string> = {}): string {
  return fillPlaceholders(tables[language][key], values);
}

/** All keys, for tests that check every language is complete. */
export const subscriptionStringKeys = Object.keys(en) as SubscriptionStringKey[];
