/*
 * The words of `kundevaerdi subscriptions` in English, Danish and Swedish: its help, its usage mistakes, why a file
 * cannot be analysed and what to do on the command line, and the phrases of its text report. Reading messages
 * shared with the pane are in subscriptionMessages.ts.
 */
import type { Language } from "./language";
import { fillPlaceholders } from "./placeholders";

/** What a value given to an option of `kundevaerdi subscriptions` must be. */
export type SubscriptionValueRule = "project" | "discount" | "valuePerPeriod" | "language" | "column";

/** A mistake on the command line of `kundevaerdi subscriptions`, as parseSubscriptionsOptions finds it. */
export type SubscriptionUsageProblem =
  | { code: "noFile" }
  | { code: "unexpectedArgument"; argument: string }
  | { code: "unknownOption"; option: string }
  | { code: "missingValue"; option: string }
  | { code: "takesNoValue"; option: string }
  | { code: "conflictingOptions"; option: string; other: string }
  | { code: "invalidValue"; option: string; given: string; rule: SubscriptionValueRule };

const en = {
  usage: `Usage: kundevaerdi subscriptions FILE [options]

Reads contract renewals from a CSV or text file and fits the shifted-beta-geometric (sBG) model of Fader & Hardie
(2007) to each cohort: how many customers stay, how retention rises with time as a customer, and what a customer is
worth from now on. The file holds one row per customer — the periods stayed and whether the customer is still
active (yes/no, 1/0, true/false, ja/nej) — or a survivors curve: the customers still active at the start of periods
0, 1, 2, … The columns are found by their headers (English, Danish or Swedish) or named by the options.

Options:
  --periods-column COL     periods each customer stayed (header text or 1-based number); default: detected
  --active-column COL      whether each customer is still active; a header like Churn is read as yes = cancelled
  --survivors-column COL   a survivors curve instead: customers still active per period, one row per period
  --cohort-column COL      fit each cohort of this column separately; default: a column headed Cohort, Plan, …
  --no-cohort              fit all customers together, even if a cohort column is found
  --project N              periods to project beyond the data (default: 5)
  --discount R             discount rate per period as a fraction, 0.1 = 10 % (default: 0.1)
  --value-per-period V     margin a customer brings per period: adds the value of future renewals
  --language en|da|sv      language of messages and report (default: from the environment's locale)
  --json                   print one JSON object instead of a readable report
  --help                   show this help`,
  seeHelp: "Run kundevaerdi subscriptions --help to see every option.",
  otherCommand: "Contract renewals (subscriptions): kundevaerdi subscriptions FILE; see kundevaerdi subscriptions --help.",
  noFile: "No input file given: write kundevaerdi subscriptions FILE.",
  unexpectedArgument: 'Unexpected argument "{argument}": give one file; put a file name with spaces in quotes.',
  unknownOption: "Unknown option {option}.",
  missingValue: "Option {option} needs a value, e.g. {option} {example}.",
  takesNoValue: "Option {option} takes no value; write it alone.",
  conflictingOptions: "Give either --{option} or --{other}, not both.",
  invalidValue: '--{option} must be {rule}; got "{given}".',
  rule_project: "a whole number of periods from 1 to 600",
  rule_discount: "0 or a fraction from 0.000000001 to 1 (0.1 = 10 %)",
  rule_valuePerPeriod: "a number ≥ 0",
  rule_language: "en, da or sv",
  rule_column: "a column's header text or its 1-based number",
  cannotRead: "Cannot read {file}: {reason}. Give the name of a file that exists and that you may read.",
  columnAdvice: "Choose the columns with --periods-column COL and --active-column COL, or --survivors-column COL for a survivors curve (header text or 1-based number).",
  headerOnly: "{file} has a header row but no rows of data: add one row per customer (or per period of a survivors curve) under it.",
  onlyFirstPeriod:
    "All {count} customers in {file} are in their first period (0 periods stayed): none has renewed or cancelled yet, so retention cannot be estimated. Run again when customers have had their first renewal.",
  cellProblems: "{count} cells of {file} cannot be used:",
  moreProblems: "… and {count} more.",
  fixCells: "Correct the cells listed and run again, or if a column was taken wrongly, name the right one with --periods-column, --active-column or --cohort-column.",
  noneFitted: "The sBG model could not be fitted to any cohort of {file}:",
  // The text report.
  read: "Read {rows} rows of {file}: {layout}.",
  layout_customers: "one row per customer, periods stayed in {periods}, still active in {active}",
  layout_customersCancelled: "one row per customer, periods stayed in {periods}, cancelled in {active} (yes = cancelled)",
  layout_recency: "one row per customer with recency ({recency}) and T ({observed}), pymc-marketing's layout: recency = T is still active",
  layout_survivors: "a survivors curve in {survivors}",
  cohorts: "Each cohort of {cohort} is fitted separately.",
  firstPeriod: "{count} customers still in their first period (0 periods stayed) are left out: they have neither renewed nor cancelled yet.",
  cohort: "Cohort {name}: {customers} customers, {cancelled} cancelled, {periods} periods observed.",
  allCustomers: "{customers} customers, {cancelled} cancelled, {periods} periods observed.",
  parameters: "α = {alpha} (standard error {alphaError}), β = {beta} (standard error {betaError}); log-likelihood {logLikelihood}.",
  parametersNoErrors: "α = {alpha}, β = {beta} (standard errors not available); log-likelihood {logLikelihood}.",
  remaining: "Expected further periods of a new customer: {periods}.",
  remainingUnbounded: "Expected further periods of a new customer: unbounded (α ≤ 1: some customers almost never cancel; discounting makes their value finite).",
  projected: "Projected, periods {first}–{last}:",
  columnPeriod: "Period",
  columnStillActive: "Still active",
  columnRetention: "Retention",
  value: "Value of future renewals at {value} per period, discounted {rate} per period (DERL × value):",
  columnRenewals: "Renewals made",
  columnActiveNow: "Active now",
  columnRenewalChance: "Renews next",
  columnDerl: "DERL (periods)",
  columnValue: "Value",
  unbounded: "unbounded",
  activeValue: "The {count} active customers' future renewals are worth {value}.",
  notFitted: "Not fitted: {reason}",
};

/** The keys of the subscriptions command's texts. */
export type SubscriptionCliTextKey = keyof typeof en;
type Texts = Readonly<Record<SubscriptionCliTextKey, string>>;

const da: Texts = {
  usage: `Brug: kundevaerdi subscriptions FIL [tilvalg]

Læser fornyelser af abonnementer fra en CSV- eller tekstfil og tilpasser den forskudte beta-geometriske model (sBG)
fra Fader & Hardie (2007) til hver kohorte: hvor mange kunder bliver, hvordan fastholdelsen stiger med tiden som
kunde, og hvad en kunde er værd fremover. Filen har én række pr. kunde — antal perioder som kunde, og om kunden stadig
er aktiv (ja/nej, 1/0, sand/falsk, yes/no) — eller en overlevelseskurve: de kunder, der stadig er aktive ved starten
af periode 0, 1, 2, … Kolonnerne findes ud fra overskrifterne (dansk, svensk eller engelsk) eller angives med tilvalg.

Tilvalg:
  --periods-column KOL     antal perioder, hver kunde har været kunde (overskrift eller nummer, 1 = den første); standard: fundet
  --active-column KOL      om kunden stadig er aktiv; en overskrift som Opsagt læses som ja = opsagt
  --survivors-column KOL   i stedet en overlevelseskurve: kunder stadig aktive pr. periode, én række pr. periode
  --cohort-column KOL      tilpas hver kohorte i denne kolonne for sig; standard: en kolonne med overskriften Kohorte, Gruppe, …
  --no-cohort              tilpas alle kunder samlet, også når der findes en kohortekolonne
  --project N              perioder at fremskrive ud over data (standard: 5)
  --discount R             diskonteringsrente pr. periode som brøk, 0.1 = 10 % (standard: 0.1)
  --value-per-period V     dækningsbidrag pr. kunde pr. periode: tilføjer værdien af fremtidige fornyelser
  --language en|da|sv      sprog for beskeder og rapport (standard: fra miljøets sprogindstilling)
  --json                   skriv ét JSON-objekt i stedet for en læsbar rapport
  --help                   vis denne hjælp`,
  seeHelp: "Kør kundevaerdi subscriptions --help for at se alle tilvalg.",
  otherCommand: "Fornyelser af abonnementer: kundevaerdi subscriptions FIL; se kundevaerdi subscriptions --help.",
  noFile: "Der er ikke angivet en fil: skriv kundevaerdi subscriptions FIL.",
  unexpectedArgument: 'Uventet argument "{argument}": angiv én fil; sæt et filnavn med mellemrum i anførselstegn.',
  unknownOption: "Ukendt tilvalg {option}.",
  missingValue: "Tilvalget {option} skal have en værdi, fx {option} {example}.",
  takesNoValue: "Tilvalget {option} tager ingen værdi; skriv det alene.",
  conflictingOptions: "Angiv enten --{option} eller --{other}, ikke begge.",
  invalidValue: '--{option} skal være {rule}; fik "{given}".',
  rule_project: "et helt antal perioder fra 1 til 600",
  rule_discount: "0 eller en brøk fra 0.000000001 til 1 (0.1 = 10 %)",
  rule_valuePerPeriod: "et tal ≥ 0",
  rule_language: "en, da eller sv",
  rule_column: "en kolonnes overskrift eller dens nummer (1 = den første)",
  cannotRead: "{file} kan ikke læses: {reason}. Angiv navnet på en fil, der findes, og som du må læse.",
  columnAdvice:
    "Angiv kolonnerne med --periods-column KOL og --active-column KOL, eller --survivors-column KOL for en overlevelseskurve (overskrift eller nummer, 1 = den første).",
  headerOnly: "{file} har en overskriftsrække, men ingen rækker med data: tilføj én række pr. kunde (eller pr. periode i en overlevelseskurve) under den.",
  onlyFirstPeriod:
    "Alle {count} kunder i {file} er i deres første periode (0 perioder): ingen har fornyet eller opsagt endnu, så fastholdelsen kan ikke estimeres. Kør igen, når kunderne har haft deres første fornyelse.",
  cellProblems: "{count} celler i {file} kan ikke bruges:",
  moreProblems: "… og {count} mere.",
  fixCells: "Ret de viste celler, og kør igen, eller hvis en kolonne er taget forkert, så angiv den rigtige med --periods-column, --active-column eller --cohort-column.",
  noneFitted: "sBG-modellen kunne ikke tilpasses nogen kohorte i {file}:",
  read: "Læst {rows} rækker fra {file}: {layout}.",
  layout_customers: "én række pr. kunde, antal perioder i {periods}, stadig aktiv i {active}",
  layout_customersCancelled: "én række pr. kunde, antal perioder i {periods}, opsagt i {active} (ja = opsagt)",
  layout_recency: "én række pr. kunde med recency ({recency}) og T ({observed}), pymc-marketings format: recency = T er stadig aktiv",
  layout_survivors: "en overlevelseskurve i {survivors}",
  cohorts: "Hver kohorte i {cohort} tilpasses for sig.",
  firstPeriod: "{count} kunder, der stadig er i deres første periode (0 perioder), er udeladt: de har hverken fornyet eller opsagt endnu.",
  cohort: "Kohorte {name}: {customers} kunder, {cancelled} opsagt, {periods} perioder observeret.",
  allCustomers: "{customers} kunder, {cancelled} opsagt, {periods} perioder observeret.",
  parameters: "α = {alpha} (standardfejl {alphaError}), β = {beta} (standardfejl {betaError}); log-sandsynlighed {logLikelihood}.",
  parametersNoErrors: "α = {alpha}, β = {beta} (standardfejl kan ikke beregnes); log-sandsynlighed {logLikelihood}.",
  remaining: "Forventede yderligere perioder for en ny kunde: {periods}.",
  remainingUnbounded:
    "Forventede yderligere perioder for en ny kunde: ubegrænset (α ≤ 1: nogle kunder opsiger næsten aldrig; diskontering gør deres værdi endelig).",
  projected: "Fremskrevet, periode {first}–{last}:",
  columnPeriod: "Periode",
  columnStillActive: "Stadig aktive",
  columnRetention: "Fastholdelse",
  value: "Værdi af fremtidige fornyelser ved {value} pr. periode, diskonteret {rate} pr. periode (DERL × værdi):",
  columnRenewals: "Fornyelser",
  columnActiveNow: "Aktive nu",
  columnRenewalChance: "Fornyer næste",
  columnDerl: "DERL (perioder)",
  columnValue: "Værdi",
  unbounded: "ubegrænset",
  activeValue: "De {count} aktive kunders fremtidige fornyelser er {value} værd.",
  notFitted: "Ikke estimeret: {reason}",
};

const sv: Texts = {
  usage: `Användning: kundevaerdi subscriptions FIL [val]

Läser förnyelser av abonnemang från en CSV- eller textfil och anpassar den förskjutna beta-geometriska modellen (sBG)
från Fader & Hardie (2007) till varje kohort: hur många kunder som stannar, hur kvarhållandet stiger med tiden som
kund och vad en kund är värd framöver. Filen har en rad per kund — antal perioder som kund och om kunden fortfarande
är aktiv (ja/nej, 1/0, sant/falskt, yes/no) — eller en överlevnadskurva: de kunder som fortfarande är aktiva i början
av period 0, 1, 2, … Kolumnerna hittas från rubrikerna (svenska, danska eller engelska) eller anges med val.

Val:
  --periods-column KOL     antal perioder varje kund har varit kund (rubrik eller nummer, 1 = den första); standard: hittas
  --active-column KOL      om kunden fortfarande är aktiv; en rubrik som Uppsagd läses som ja = uppsagd
  --survivors-column KOL   i stället en överlevnadskurva: kunder fortfarande aktiva per period, en rad per period
  --cohort-column KOL      anpassa varje kohort i denna kolumn för sig; standard: en kolumn med rubriken Kohort, Grupp, …
  --no-cohort              anpassa alla kunder tillsammans, även när en kohortkolumn finns
  --project N              perioder att prognostisera bortom data (standard: 5)
  --discount R             diskonteringsränta per period som bråk, 0.1 = 10 % (standard: 0.1)
  --value-per-period V     täckningsbidrag per kund och period: lägger till värdet av framtida förnyelser
  --language en|da|sv      språk för meddelanden och rapport (standard: från miljöns språkinställning)
  --json                   skriv ett JSON-objekt i stället för en läsbar rapport
  --help                   visa denna hjälp`,
  seeHelp: "Kör kundevaerdi subscriptions --help för att se alla val.",
  otherCommand: "Förnyelser av abonnemang: kundevaerdi subscriptions FIL; se kundevaerdi subscriptions --help.",
  noFile: "Ingen fil angavs: skriv kundevaerdi subscriptions FIL.",
  unexpectedArgument: 'Oväntat argument "{argument}": ange en fil; sätt ett filnamn med mellanslag inom citattecken.',
  unknownOption: "Okänt val {option}.",
  missingValue: "Valet {option} behöver ett värde, t.ex. {option} {example}.",
  takesNoValue: "Valet {option} tar inget värde; skriv det ensamt.",
  conflictingOptions: "Ange antingen --{option} eller --{other}, inte båda.",
  invalidValue: '--{option} måste vara {rule}; fick "{given}".',
  rule_project: "ett helt antal perioder från 1 till 600",
  rule_discount: "0 eller ett bråktal från 0.000000001 till 1 (0.1 = 10 %)",
  rule_valuePerPeriod: "ett tal ≥ 0",
  rule_language: "en, da eller sv",
  rule_column: "en kolumns rubrik eller dess nummer (1 = den första)",
  cannotRead: "{file} kan inte läsas: {reason}. Ange namnet på en fil som finns och som du får läsa.",
  columnAdvice:
    "Ange kolumnerna med --periods-column KOL och --active-column KOL, eller --survivors-column KOL för en överlevnadskurva (rubrik eller nummer, 1 = den första).",
  headerOnly: "{file} har en rubrikrad men inga rader med data: lägg till en rad per kund (eller per period i en överlevnadskurva) under den.",
  onlyFirstPeriod:
    "Alla {count} kunder i {file} är i sin första period (0 perioder): ingen har förnyat eller sagt upp än, så kvarhållandet kan inte skattas. Kör igen när kunderna har haft sin första förnyelse.",
  cellProblems: "{count} celler i {file} kan inte användas:",
  moreProblems: "… och {count} till.",
  fixCells: "Rätta cellerna som visas och kör igen, eller om en kolumn har tagits fel, ange den rätta med --periods-column, --active-column eller --cohort-column.",
  noneFitted: "sBG-modellen kunde inte anpassas till någon kohort i {file}:",
  read: "Läst {rows} rader från {file}: {layout}.",
  layout_customers: "en rad per kund, antal perioder i {periods}, fortfarande aktiv i {active}",
  layout_customersCancelled: "en rad per kund, antal perioder i {periods}, uppsagd i {active} (ja = uppsagd)",
  layout_recency: "en rad per kund med recency ({recency}) och T ({observed}), pymc-marketings format: recency = T är fortfarande aktiv",
  layout_survivors: "en överlevnadskurva i {survivors}",
  cohorts: "Varje kohort i {cohort} anpassas för sig.",
  firstPeriod: "{count} kunder som fortfarande är i sin första period (0 perioder) är utelämnade: de har varken förnyat eller sagt upp än.",
  cohort: "Kohort {name}: {customers} kunder, {cancelled} uppsagda, {periods} perioder observerade.",
  allCustomers: "{customers} kunder, {cancelled} uppsagda, {periods} perioder observerade.",
  parameters: "α = {alpha} (standardfel {alphaError}), β = {beta} (standardfel {betaError}); log-sannolikhet {logLikelihood}.",
  parametersNoErrors: "α = {alpha}, β = {beta} (standardfel kan inte beräknas); log-sannolikhet {logLikelihood}.",
  remaining: "Förväntade ytterligare perioder för en ny kund: {periods}.",
  remainingUnbounded:
    "Förväntade ytterligare perioder för en ny kund: obegränsat (α ≤ 1: vissa kunder säger nästan aldrig upp; diskontering gör deras värde ändligt).",
  projected: "Prognos, period {first}–{last}:",
  columnPeriod: "Period",
  columnStillActive: "Fortfarande aktiva",
  columnRetention: "Kvarhållande",
  value: "Värde av framtida förnyelser vid {value} per period, diskonterat {rate} per period (DERL × värde):",
  columnRenewals: "Förnyelser",
  columnActiveNow: "Aktiva nu",
  columnRenewalChance: "Förnyar nästa",
  columnDerl: "DERL (perioder)",
  columnValue: "Värde",
  unbounded: "obegränsat",
  activeValue: "De {count} aktiva kundernas framtida förnyelser är värda {value}.",
  notFitted: "Inte skattad: {reason}",
};

const tables: Record<Language, Texts> = { en, da, sv };

/**
 * A text of `kundevaerdi subscriptions` in `language`, with `{name}` placeholders filled from `values`.
 * @example subscriptionCliText("da", "noFile") // "Der er ikke angivet en fil: skriv kundevaerdi subscriptions FIL."
 */
export function subscriptionCliText(language: Language, key: SubscriptionCliTextKey, values: Record<string, string> = {}): string {
  return fillPlaceholders(tables[language][key], values);
}

/** All keys, for tests that check every language is complete. */
export const subscriptionCliTextKeys = Object.keys(en) as SubscriptionCliTextKey[];

/** An example value for an option that was given none. */
const optionExamples: Readonly<Record<string, string>> = {
  "--project": "5",
  "--discount": "0.1",
  "--value-per-period": "100",
  "--language": "da",
};

/**
 * A command-line mistake of `kundevaerdi subscriptions` in words, saying what to write instead.
 * @example renderSubscriptionUsageProblem({ code: "invalidValue", option: "project", given: "0", rule: "project" }, "en")
 * // '--project must be a whole number of periods from 1 to 600; got "0".'
 */
export function renderSubscriptionUsageProblem(problem: SubscriptionUsageProblem, language: Language): string {
  switch (problem.code) {
    case "noFile":
      return subscriptionCliText(language, "noFile");
    case "unexpectedArgument":
      return subscriptionCliText(language, "unexpectedArgument", { argument: problem.argument });
    case "unknownOption":
    case "takesNoValue":
      return subscriptionCliText(language, problem.code, { option: problem.option });
    case "missingValue":
      return subscriptionCliText(language, "missingValue", { option: problem.option, example: optionExamples[problem.option] ?? "COL" });
    case "conflictingOptions":
      return subscriptionCliText(language, "conflictingOptions", { option: problem.option, other: problem.other });
    case "invalidValue":
      return subscriptionCliText(language, "invalidValue", { option: problem.option, given: problem.given, rule: subscriptionCliText(language, `rule_${problem.rule}`) });
  }
}
