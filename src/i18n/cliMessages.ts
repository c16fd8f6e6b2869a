/*
 * The command line's own words in English, Danish and Swedish: its help, its usage mistakes, why a file cannot be
 * analysed and what to do, the advice that points the read notices to the command's options, and the phrases of
 * the text report. Row problems, notices and model messages come from rowProblems.ts and modelMessages.ts.
 */
import type { CustomerFact } from "../core/read/analysisSupport";
import type { ColumnRole } from "../core/read/columnRoles";
import type { ReadNotice } from "../core/read/readDiagnostics";
import type { Language } from "./language";
import { fillPlaceholders } from "./placeholders";

/** What a value given to an option must be. */
export type ValueRule =
  | "isoDate"
  | "timeUnit"
  | "dateOrder"
  | "decimalSeparator"
  | "language"
  | "horizonMonths"
  | "discountRate"
  | "margin"
  | "newCustomers"
  | "lifetimeYears"
  | "retentionRate"
  | "periodMonths"
  | "segments"
  | "model"
  | "cohortPeriod"
  | "csvFormat";

/** A mistake on the command line, as `parseAnalyzeOptions` finds it (src/cli/options.ts). */
export type UsageProblem =
  | { code: "noCommand" }
  | { code: "conflictingOptions"; option: string; other: string }
  | { code: "unknownCommand"; command: string }
  | { code: "noFile" }
  | { code: "unexpectedArgument"; argument: string }
  | { code: "unknownOption"; option: string }
  | { code: "missingValue"; option: string }
  | { code: "takesNoValue"; option: string }
  | { code: "invalidValue"; option: string; given: string; rule: ValueRule };

const en = {
  // Help.
  usage: `Usage: kundevaerdi analyze FILE [options]

Reads purchases from a CSV or text file — a log with one row per purchase (customer, date, amount) or a table
with one row per customer (number of purchases, first and last purchase date, amount) — and prints customer
lifetime value, customer equity and segments. The encoding (UTF-8, UTF-16, Windows-1252), the delimiter and
the decimal comma are detected.

Options:
  --customer COL          customer column (header text or 1-based number); default: detected
  --date COL              purchase date column; default: detected
  --amount COL            amount column; default: detected
  --purchases COL         per-customer table: number of purchases
  --total-amount COL      per-customer table: each customer's total amount
  --average-amount COL    per-customer table: each customer's average amount
  --first-purchase COL    per-customer table: first purchase date
  --last-purchase COL     per-customer table: last purchase date
  --customer-count COL    grouped table: customers each row stands for
  --date-order dmy|mdy    order of dates like 03/04/2024: day first (dmy) or month first (mdy); default: detected
  --decimal-separator , | .   decimal separator of amounts; default: detected
  --as-of YYYY-MM-DD      observation end; default: the last purchase date in the file
  --time-unit day|week    time unit of recency, T and the model parameters (default: week)
  --horizon-months N      CLV horizon in months (default: 12)
  --annual-discount R     annual discount rate as a fraction, 0.1 = 10 % (default: 0.1)
  --margin M              gross margin as a fraction, 0.3 = 30 % (default: 1: revenue)
  --new-customers N       expected new customers, for customer equity (default: 0)
  --lifetime-years N      table without first purchase dates: expected customer lifetime in years (default: 3)
  --retention-rate R      instead of --lifetime-years: yearly retention rate as a fraction, 0.6 = 60 %
  --period-months N       table without first purchase dates: months the table covers (default: the months its dates span, else 12)
  --segments rfm|value-tiers   segments: the R×F map (needs last purchase dates) or the value tiers (default: rfm when possible)
  --model auto|bgnbd|mbgnbd|paretonbd   purchase model (default: auto, chosen on the data: by the holdout error with --holdout-until, else by the fit)
  --holdout-until YYYY-MM-DD   fit on the purchases up to this date and check the predictions on the rest (holdout)
  --cohorts month|quarter|week   the period of the cohort table: customers grouped by the period of their first purchase (default: month)
  --language en|da|sv     language of messages and report (default: from the environment's locale)
  --json                  print one JSON object instead of a readable report
  --customers-csv FILE    also write the per-customer table (the Customers sheet) to FILE as CSV
  --csv-format nordic|iso   its fields: nordic (; and decimal comma) or iso (, and decimal point); default by --language
  --help                  show this help`,
  seeHelp: "Run kundevaerdi analyze --help to see every option.",
  // Usage mistakes.
  noCommand: "No command given: write kundevaerdi analyze FILE.",
  unknownCommand: 'Unknown command "{command}": the command is analyze (kundevaerdi analyze FILE).',
  noFile: "No input file given: write kundevaerdi analyze FILE.",
  unexpectedArgument: 'Unexpected argument "{argument}": give one file; put a file name with spaces in quotes.',
  unknownOption: "Unknown option {option}.",
  missingValue: "Option {option} needs a value, e.g. {option} {example}.",
  takesNoValue: "Option {option} takes no value; write it alone.",
  conflictingOptions: "Give either --{option} or --{other}, not both: they say the same thing two ways.",
  invalidValue: '--{option} must be {rule}; got "{given}".',
  rule_isoDate: "a calendar date written YYYY-MM-DD (e.g. 2024-06-30)",
  rule_timeUnit: "day or week",
  rule_dateOrder: "dmy (day first, 31/01/2024) or mdy (month first, 01/31/2024)",
  rule_decimalSeparator: ", (decimal comma) or . (decimal point)",
  rule_language: "en, da or sv",
  rule_horizonMonths: "a whole number of months from 1 to 600",
  rule_discountRate: "a fraction from 0 to 1 (0.1 = 10 %)",
  rule_margin: "a fraction above 0 and at most 1 (0.3 = 30 %)",
  rule_newCustomers: "a number ≥ 0",
  rule_lifetimeYears: "a number of years above 0 and at most 50",
  rule_retentionRate: "a fraction from 0 to below 1 (0.6 = 60 %)",
  rule_periodMonths: "a whole number of months from 1 to 1200",
  rule_segments: "rfm or value-tiers",
  rule_model: "auto, bgnbd, mbgnbd or paretonbd",
  rule_cohortPeriod: "month, quarter or week",
  rule_csvFormat: "nordic or iso",
  // Files that cannot be analysed.
  cannotRead: "Cannot read {file}: {reason}. Check the file name and that the file may be read.",
  cannotWrite: "Cannot write {file}: {reason}. Check the folder exists and may be written to.",
  customersCsvWritten: "The per-customer table ({customers} customers) is in {file}.",
  emptyFile: "{file} is empty: it has no rows. Export the purchases with a header row and one row per purchase (customer, date, amount).",
  headerOnly: "{file} has a header row but no rows of data. Export the purchases again with one row per purchase under the header.",
  noPurchases: "No purchase could be read from {file}. {counts}",
  fixRows:
    "Correct the rows listed, or if the columns were taken wrongly, name them with --customer, --date and --amount (header text or 1-based number).",
  noAmountColumn:
    "No amount column was found in {file}; customer value needs the amount of each purchase. Name the column with --amount COL (its header text or 1-based number).",
  chooseColumns: "Name the columns with --customer COL and --date COL (header text or 1-based number; 1 = the first column).",
  unknownColumnAdvice: "Give the header text as the file has it, or the column's number (1 = the first column).",
  holdoutOutsidePeriod:
    "--holdout-until {date} must fall inside the purchase period of {file}, before its end ({first} to {last}): the model is fitted on the purchases up to it and checked on those after it.",
  asOfBeforeFirstPurchase:
    "--as-of {asOf} is before the first purchase in {file} ({first}), so no customer had bought anything yet. " +
    "Give a date from {first} on, or leave --as-of out to end at the last purchase ({last}).",
  noCustomersBeforeEnd: "No customer purchased on or before {asOf}. Give a later --as-of, or leave it out to end at the last purchase.",
  tableCannotRun: "{file} is a per-customer table (one row per customer), and customer value cannot be computed from it as it is:",
  tableAddColumns: "Add to the table:",
  fact_purchaseCount:
    "each customer's number of purchases (a column such as 'Number of purchases', or name it with --purchases COL): gives purchase frequency, for segments, BG/NBD and the spend model.",
  fact_amounts:
    "each customer's total or average amount (a column such as 'Total amount', or --total-amount COL / --average-amount COL): gives spend, for historical value and the spend model.",
  fact_firstPurchase:
    "each customer's first purchase date (a column such as 'First purchase', or --first-purchase COL): gives how long each customer has been observed, for BG/NBD.",
  fact_lastPurchase:
    "each customer's last purchase date (a column such as 'Last purchase', or --last-purchase COL): gives recency, for segments and BG/NBD.",
  tableOrLog: "Or export a transaction log instead: one row per purchase with customer, date and amount.",
  tableAsOfAdvice: "Leave --as-of out, or give a date on or after the last purchase in the table.",
  // Advice after the read notices.
  advice_dateOrderAmbiguous_dmy: "If the dates are month first, run again with --date-order mdy.",
  advice_dateOrderAmbiguous_mdy: "If the dates are day first, run again with --date-order dmy.",
  advice_dateOrderConflict: "If the column has one date order, give it with --date-order dmy or --date-order mdy; dates that do not fit it are then listed as rows.",
  advice_decimalSeparator: "Or run again with --decimal-separator , (decimal comma) or --decimal-separator . (decimal point).",
  advice_decimalSeparatorConflict:
    "Give the decimal separator with --decimal-separator , or --decimal-separator . to read such amounts; amounts that do not fit it are then listed as rows.",
  advice_column: "If that is the wrong column, name the right one with {option} COL (header text or 1-based number).",
  advice_noAmountColumn: "Name the amount column with --amount COL.",
  advice_dateAsLastPurchase: "If it holds first purchase dates, run again with --first-purchase COL.",
  advice_amountAsTotal: "If it holds each customer's average amount, run again with --average-amount COL.",
  // The text report.
  reportRead: "Read: {counts}",
  reportObservationEnd: "Observation end {date}; time unit: {unit}.",
  reportHeadline:
    "{customers} customers, {purchases} purchases, revenue {revenue}, repeat-purchase rate {repeatRate}, average order value {averageOrderValue}.",
  reportBgnbd: "BG/NBD: r = {r}, α = {alpha} {units}, a = {a}, b = {b}; log-likelihood {logLikelihood} ({convergence}, {iterations} iterations).",
  reportMbgnbd: "MBG/NBD: r = {r}, α = {alpha} {units}, a = {a}, b = {b}; log-likelihood {logLikelihood} ({convergence}, {iterations} iterations).",
  reportParetonbd: "Pareto/NBD: r = {r}, α = {alpha} {units}, s = {s}, β = {beta} {units}; log-likelihood {logLikelihood} ({convergence}, {iterations} iterations).",
  reportModelChoice: "Purchase model: {model} ({why}).",
  reportModelCompared: "{model}: log-likelihood {logLikelihood}{holdout}; {status}.",
  reportHoldoutError: ", test-period error {error} purchases per customer",
  reportConverged: "converged",
  reportNotConverged: "NOT converged",
  reportGammaGamma: "Gamma-Gamma: p = {p}, q = {q}, v = {v}; log-likelihood {logLikelihood}.",
  reportOwnSpend: "Instead, each repeat buyer's own average spend is pulled toward the median repeat buyer's, as if they had made one more purchase at the median; customers without a repeat purchase get the median.",
  reportEquity: "Customer equity over {months} months at {rate} a year, margin {margin}: {equity}{interval}.",
  reportEquityLifetime: "Customer equity over an expected lifetime of {years} years at {rate} a year, margin {margin}: {equity}{interval}.",
  reportEquityRetention: "Customer equity at {retention} yearly retention and {rate} a year, margin {margin}: {equity}{interval}.",
  reportRetention:
    "Monthly retention {retention} on average (churn {churn}; complete months, weighted by customers); last complete month {month}: retention {lastRetention}, churn {lastChurn}.",
  reportRetentionIncomplete: " {month} is incomplete (the data end before the month does) and not counted.",
  reportInterval: " (80 % interval {low} – {high})",
  reportSegment: "Segment",
  reportCustomers: "Customers",
  reportShare: "Share",
  reportRevenue: "Revenue",
  reportClv: "CLV",
  reportPAlive: "Avg P(alive)",
  reportCohorts:
    "Cohorts by {period} of the first purchase: the share of each cohort who bought {periods} later, and the {amount} per customer won by then (≈ projected by {model}, * counted so far).",
  reportCohortsCounted: "Cohorts by {period} of the first purchase: the share of each cohort who bought {periods} later (* counted so far).",
  reportCohortsEarlier: "… and {count} earlier cohorts: all are in --json and on the Cohorts sheet.",
  reportCohort: "Cohort",
  reportCohortAll: "All cohorts",
  reportCohortActive: "Active {age}",
  reportCohortNoModel: "no model",
  reportAmount_revenue: "revenue",
  reportAmount_margin: "gross margin",
  reportAmountShort_revenue: "Rev.",
  reportAmountShort_margin: "Margin",
  cohortPeriod_month: "month",
  cohortPeriod_quarter: "quarter",
  cohortPeriod_week: "week",
  cohortPeriods_month: "months",
  cohortPeriods_quarter: "quarters",
  cohortPeriods_week: "weeks",
  cohortAge_month: "m{age}",
  cohortAge_quarter: "q{age}",
  cohortAge_week: "w{age}",
  unit_day: "day",
  unit_week: "week",
  units_day: "days",
  units_week: "weeks",
};

/** The keys of the command line's texts. */
export type CliTextKey = keyof typeof en;
type CliTexts = Readonly<Record<CliTextKey, string>>;

const da: CliTexts = {
  usage: `Brug: kundevaerdi analyze FIL [tilvalg]

Læser køb fra en CSV- eller tekstfil — en log med én række pr. køb (kunde, dato, beløb) eller en tabel med én
række pr. kunde (antal køb, første og seneste købsdato, beløb) — og viser kundeværdi (CLV), kundeformue og
segmenter. Tegnsættet (UTF-8, UTF-16, Windows-1252), skilletegnet og decimalkommaet findes automatisk.

Tilvalg:
  --customer KOL          kundekolonne (overskrift eller nummer, 1 = den første); standard: fundet automatisk
  --date KOL              kolonne med købsdato; standard: fundet automatisk
  --amount KOL            kolonne med beløb; standard: fundet automatisk
  --purchases KOL         tabel pr. kunde: antal køb
  --total-amount KOL      tabel pr. kunde: kundens samlede beløb
  --average-amount KOL    tabel pr. kunde: kundens gennemsnitlige beløb
  --first-purchase KOL    tabel pr. kunde: første købsdato
  --last-purchase KOL     tabel pr. kunde: seneste købsdato
  --customer-count KOL    grupperet tabel: kunder, hver række står for
  --date-order dmy|mdy    rækkefølge i datoer som 03/04/2024: dagen først (dmy) eller måneden først (mdy); standard: fundet
  --decimal-separator , | .   beløbenes decimaltegn; standard: fundet automatisk
  --as-of ÅÅÅÅ-MM-DD      periodens slutning; standard: filens seneste købsdato
  --time-unit day|week    tidsenhed for recency, T og modellens parametre (standard: week)
  --horizon-months N      CLV-horisont i måneder (standard: 12)
  --annual-discount R     årlig diskonteringsrente som brøk, 0.1 = 10 % (standard: 0.1)
  --margin M              dækningsgrad som brøk, 0.3 = 30 % (standard: 1: omsætning)
  --new-customers N       forventede nye kunder, til kundeformuen (standard: 0)
  --lifetime-years N      tabel uden datoer for første køb: forventet kundelevetid i år (standard: 3)
  --retention-rate R      i stedet for --lifetime-years: årlig fastholdelsesrate som brøk, 0.6 = 60 %
  --period-months N       tabel uden datoer for første køb: måneder tabellen dækker (standard: de måneder datoerne spænder over, ellers 12)
  --segments rfm|value-tiers   segmenter: R×F-kortet (kræver datoer for seneste køb) eller værdigrupperne (standard: rfm når muligt)
  --model auto|bgnbd|mbgnbd|paretonbd   købsmodel (standard: auto, valgt ud fra dataene: efter fejlen i testperioden med --holdout-until, ellers efter tilpasningen)
  --holdout-until ÅÅÅÅ-MM-DD   tilpas på købene til og med denne dato, og tjek forudsigelserne på resten (testperiode)
  --cohorts month|quarter|week   perioden i kohortetabellen: kunderne grupperet efter perioden for deres første køb (standard: month)
  --language en|da|sv     sprog for beskeder og rapport (standard: fra miljøets sprogindstilling)
  --json                  skriv ét JSON-objekt i stedet for en læsbar rapport
  --customers-csv FIL     skriv også tabellen pr. kunde (arket Kunder) til FIL som CSV
  --csv-format nordic|iso   dens felter: nordic (; og decimalkomma) eller iso (, og decimalpunktum); standard efter --language
  --help                  vis denne hjælp`,
  seeHelp: "Kør kundevaerdi analyze --help for at se alle tilvalg.",
  noCommand: "Der er ikke angivet en kommando: skriv kundevaerdi analyze FIL.",
  unknownCommand: 'Ukendt kommando "{command}": kommandoen hedder analyze (kundevaerdi analyze FIL).',
  noFile: "Der er ikke angivet en fil: skriv kundevaerdi analyze FIL.",
  unexpectedArgument: 'Uventet argument "{argument}": angiv én fil; sæt et filnavn med mellemrum i anførselstegn.',
  unknownOption: "Ukendt tilvalg {option}.",
  missingValue: "Tilvalget {option} skal have en værdi, fx {option} {example}.",
  takesNoValue: "Tilvalget {option} tager ingen værdi; skriv det alene.",
  conflictingOptions: "Angiv enten --{option} eller --{other}, ikke begge: de siger det samme på to måder.",
  invalidValue: '--{option} skal være {rule}; fik "{given}".',
  rule_isoDate: "en kalenderdato skrevet ÅÅÅÅ-MM-DD (fx 2024-06-30)",
  rule_timeUnit: "day (dag) eller week (uge)",
  rule_dateOrder: "dmy (dagen først, 31/01/2024) eller mdy (måneden først, 01/31/2024)",
  rule_decimalSeparator: ", (decimalkomma) eller . (decimalpunktum)",
  rule_language: "en, da eller sv",
  rule_horizonMonths: "et helt antal måneder fra 1 til 600",
  rule_discountRate: "en brøk fra 0 til 1 (0.1 = 10 %)",
  rule_margin: "en brøk over 0 og højst 1 (0.3 = 30 %)",
  rule_newCustomers: "et tal ≥ 0",
  rule_lifetimeYears: "et antal år over 0 og højst 50",
  rule_retentionRate: "en brøk fra 0 til under 1 (0.6 = 60 %)",
  rule_periodMonths: "et helt antal måneder fra 1 til 1200",
  rule_segments: "rfm eller value-tiers",
  rule_model: "auto, bgnbd, mbgnbd eller paretonbd",
  rule_cohortPeriod: "month, quarter eller week",
  rule_csvFormat: "nordic eller iso",
  cannotRead: "{file} kan ikke læses: {reason}. Kontrollér filnavnet, og at filen må læses.",
  cannotWrite: "{file} kan ikke skrives: {reason}. Kontrollér, at mappen findes og må skrives i.",
  customersCsvWritten: "Tabellen pr. kunde ({customers} kunder) er i {file}.",
  emptyFile: "{file} er tom: den har ingen rækker. Eksportér købene med en overskriftsrække og én række pr. køb (kunde, dato, beløb).",
  headerOnly: "{file} har en overskriftsrække, men ingen rækker med data. Eksportér købene igen med én række pr. køb under overskriften.",
  noPurchases: "Der kunne ikke læses et eneste køb fra {file}. {counts}",
  fixRows:
    "Ret de viste rækker, eller hvis kolonnerne er taget forkert, så angiv dem med --customer, --date og --amount (overskrift eller nummer, 1 = den første).",
  noAmountColumn:
    "Der blev ikke fundet en kolonne med beløb i {file}; kundeværdi kræver beløbet for hvert køb. Angiv kolonnen med --amount KOL (overskrift eller nummer, 1 = den første).",
  chooseColumns: "Angiv kolonnerne med --customer KOL og --date KOL (overskrift eller nummer; 1 = den første kolonne).",
  unknownColumnAdvice: "Skriv overskriften, som den står i filen, eller kolonnens nummer (1 = den første kolonne).",
  holdoutOutsidePeriod:
    "--holdout-until {date} skal ligge i købsperioden i {file}, før dens slutning ({first} til {last}): modellen tilpasses på købene til og med datoen og tjekkes på købene efter den.",
  asOfBeforeFirstPurchase:
    "--as-of {asOf} ligger før det første køb i {file} ({first}), så ingen kunde havde købt noget endnu. " +
    "Angiv en dato fra {first} og frem, eller udelad --as-of for at slutte ved det seneste køb ({last}).",
  noCustomersBeforeEnd: "Ingen kunde købte på eller før {asOf}. Angiv en senere --as-of, eller udelad den for at slutte ved det seneste køb.",
  tableCannotRun: "{file} er en tabel pr. kunde (én række pr. kunde), og kundeværdi kan ikke beregnes ud fra den, som den er:",
  tableAddColumns: "Tilføj til tabellen:",
  fact_purchaseCount:
    "hver kundes antal køb (en kolonne som »Antal køb«, eller angiv den med --purchases KOL): giver købsfrekvensen til segmenter, BG/NBD og forbrugsmodellen.",
  fact_amounts:
    "hver kundes samlede eller gennemsnitlige beløb (en kolonne som »Samlet beløb«, eller --total-amount KOL / --average-amount KOL): giver forbruget til historisk værdi og forbrugsmodellen.",
  fact_firstPurchase:
    "hver kundes første købsdato (en kolonne som »Første køb«, eller --first-purchase KOL): giver, hvor længe kunden er fulgt, til BG/NBD.",
  fact_lastPurchase:
    "hver kundes seneste købsdato (en kolonne som »Seneste køb«, eller --last-purchase KOL): giver recency til segmenter og BG/NBD.",
  tableOrLog: "Eller eksportér i stedet en transaktionslog: én række pr. køb med kunde, dato og beløb.",
  tableAsOfAdvice: "Udelad --as-of, eller angiv en dato på eller efter tabellens seneste køb.",
  advice_dateOrderAmbiguous_dmy: "Hvis datoerne har måneden først, så kør igen med --date-order mdy.",
  advice_dateOrderAmbiguous_mdy: "Hvis datoerne har dagen først, så kør igen med --date-order dmy.",
  advice_dateOrderConflict:
    "Hvis kolonnen har én rækkefølge, så angiv den med --date-order dmy eller --date-order mdy; datoer, der ikke passer, vises så som rækker.",
  advice_decimalSeparator: "Eller kør igen med --decimal-separator , (decimalkomma) eller --decimal-separator . (decimalpunktum).",
  advice_decimalSeparatorConflict:
    "Angiv decimaltegnet med --decimal-separator , eller --decimal-separator . for at læse sådanne beløb; beløb, der ikke passer, vises så som rækker.",
  advice_column: "Hvis det er den forkerte kolonne, så angiv den rigtige med {option} KOL (overskrift eller nummer, 1 = den første).",
  advice_noAmountColumn: "Angiv kolonnen med beløb med --amount KOL.",
  advice_dateAsLastPurchase: "Hvis den rummer første købsdato, så kør igen med --first-purchase KOL.",
  advice_amountAsTotal: "Hvis den rummer hver kundes gennemsnitlige beløb, så kør igen med --average-amount KOL.",
  reportRead: "Læst: {counts}",
  reportObservationEnd: "Periodens slutning {date}; tidsenhed: {unit}.",
  reportHeadline:
    "{customers} kunder, {purchases} køb, omsætning {revenue}, genkøbsrate {repeatRate}, gennemsnitlig ordreværdi {averageOrderValue}.",
  reportBgnbd: "BG/NBD: r = {r}, α = {alpha} {units}, a = {a}, b = {b}; log-sandsynlighed {logLikelihood} ({convergence}, {iterations} iterationer).",
  reportMbgnbd: "MBG/NBD: r = {r}, α = {alpha} {units}, a = {a}, b = {b}; log-sandsynlighed {logLikelihood} ({convergence}, {iterations} iterationer).",
  reportParetonbd: "Pareto/NBD: r = {r}, α = {alpha} {units}, s = {s}, β = {beta} {units}; log-sandsynlighed {logLikelihood} ({convergence}, {iterations} iterationer).",
  reportModelChoice: "Købsmodel: {model} ({why}).",
  reportModelCompared: "{model}: log-sandsynlighed {logLikelihood}{holdout}; {status}.",
  reportHoldoutError: ", fejl i testperioden {error} køb pr. kunde",
  reportConverged: "konvergeret",
  reportNotConverged: "IKKE konvergeret",
  reportGammaGamma: "Gamma-Gamma: p = {p}, q = {q}, v = {v}; log-sandsynlighed {logLikelihood}.",
  reportOwnSpend: "I stedet trækkes hver genkøbers eget gennemsnitlige forbrug mod mediangenkøberens, som om de havde gjort ét køb mere til medianen; kunder uden genkøb får medianen.",
  reportEquity: "Kundeformue over {months} måneder ved {rate} om året, dækningsgrad {margin}: {equity}{interval}.",
  reportEquityLifetime: "Kundeformue over en forventet levetid på {years} år ved {rate} om året, dækningsgrad {margin}: {equity}{interval}.",
  reportEquityRetention: "Kundeformue ved {retention} fastholdelse om året og {rate} om året, dækningsgrad {margin}: {equity}{interval}.",
  reportRetention:
    "Månedlig fastholdelse {retention} i gennemsnit (frafald {churn}; hele måneder, vægtet med kunder); seneste hele måned {month}: fastholdelse {lastRetention}, frafald {lastChurn}.",
  reportRetentionIncomplete: " {month} er ufuldstændig (data slutter før måneden) og tæller ikke med.",
  reportInterval: " (80 %-interval {low} – {high})",
  reportSegment: "Segment",
  reportCustomers: "Kunder",
  reportShare: "Andel",
  reportRevenue: "Omsætning",
  reportClv: "CLV",
  reportPAlive: "Gns. P(aktiv)",
  reportCohorts:
    "Kohorter efter {period} for første køb: andelen af hver kohorte, der købte {periods} senere, og {amount} pr. vundet kunde til da (≈ fremskrevet af {model}, * talt indtil nu).",
  reportCohortsCounted: "Kohorter efter {period} for første køb: andelen af hver kohorte, der købte {periods} senere (* talt indtil nu).",
  reportCohortsEarlier: "… og {count} tidligere kohorter: alle står i --json og på arket Kohorter.",
  reportCohort: "Kohorte",
  reportCohortAll: "Alle kohorter",
  reportCohortActive: "Aktive {age}",
  reportCohortNoModel: "ingen model",
  reportAmount_revenue: "omsætning",
  reportAmount_margin: "dækningsbidrag",
  reportAmountShort_revenue: "Oms.",
  reportAmountShort_margin: "DB",
  cohortPeriod_month: "måned",
  cohortPeriod_quarter: "kvartal",
  cohortPeriod_week: "uge",
  cohortPeriods_month: "måneder",
  cohortPeriods_quarter: "kvartaler",
  cohortPeriods_week: "uger",
  cohortAge_month: "m{age}",
  cohortAge_quarter: "k{age}",
  cohortAge_week: "u{age}",
  unit_day: "dag",
  unit_week: "uge",
  units_day: "dage",
  units_week: "uger",
};

const sv: CliTexts = {
  usage: `Användning: kundevaerdi analyze FIL [val]

Läser köp från en CSV- eller textfil — en logg med en rad per köp (kund, datum, belopp) eller en tabell med en
rad per kund (antal köp, första och senaste köpdatum, belopp) — och visar kundvärde (CLV), kundkapital och
segment. Teckenkodningen (UTF-8, UTF-16, Windows-1252), avgränsaren och decimalkommat hittas automatiskt.

Val:
  --customer KOL          kundkolumn (rubrik eller nummer, 1 = den första); standard: hittas automatiskt
  --date KOL              kolumn med köpdatum; standard: hittas automatiskt
  --amount KOL            kolumn med belopp; standard: hittas automatiskt
  --purchases KOL         tabell per kund: antal köp
  --total-amount KOL      tabell per kund: kundens totala belopp
  --average-amount KOL    tabell per kund: kundens genomsnittliga belopp
  --first-purchase KOL    tabell per kund: första köpdatum
  --last-purchase KOL     tabell per kund: senaste köpdatum
  --customer-count KOL    grupperad tabell: kunder som varje rad står för
  --date-order dmy|mdy    ordning i datum som 03/04/2024: dagen först (dmy) eller månaden först (mdy); standard: hittas
  --decimal-separator , | .   beloppens decimaltecken; standard: hittas automatiskt
  --as-of ÅÅÅÅ-MM-DD      periodens slut; standard: filens senaste köpdatum
  --time-unit day|week    tidsenhet för recency, T och modellens parametrar (standard: week)
  --horizon-months N      CLV-horisont i månader (standard: 12)
  --annual-discount R     årlig diskonteringsränta som bråk, 0.1 = 10 % (standard: 0.1)
  --margin M              bruttomarginal som bråk, 0.3 = 30 % (standard: 1: intäkter)
  --new-customers N       förväntade nya kunder, för kundkapitalet (standard: 0)
  --lifetime-years N      tabell utan datum för första köp: förväntad kundlivslängd i år (standard: 3)
  --retention-rate R      i stället för --lifetime-years: årlig kvarhållandegrad som bråk, 0.6 = 60 %
  --period-months N       tabell utan datum för första köp: månader tabellen täcker (standard: de månader datumen spänner över, annars 12)
  --segments rfm|value-tiers   segment: R×F-kartan (kräver datum för senaste köp) eller värdegrupperna (standard: rfm när det går)
  --model auto|bgnbd|mbgnbd|paretonbd   köpmodell (standard: auto, vald utifrån data: efter felet under testperioden med --holdout-until, annars efter anpassningen)
  --holdout-until ÅÅÅÅ-MM-DD   anpassa på köpen till och med detta datum och kontrollera prognoserna på resten (testperiod)
  --cohorts month|quarter|week   perioden i kohorttabellen: kunderna grupperade efter perioden för deras första köp (standard: month)
  --language en|da|sv     språk för meddelanden och rapport (standard: från miljöns språkinställning)
  --json                  skriv ett JSON-objekt i stället för en läsbar rapport
  --customers-csv FIL     skriv också tabellen per kund (bladet Kunder) till FIL som CSV
  --csv-format nordic|iso   dess fält: nordic (; och decimalkomma) eller iso (, och decimalpunkt); standard efter --language
  --help                  visa denna hjälp`,
  seeHelp: "Kör kundevaerdi analyze --help för att se alla val.",
  noCommand: "Inget kommando angavs: skriv kundevaerdi analyze FIL.",
  unknownCommand: 'Okänt kommando "{command}": kommandot heter analyze (kundevaerdi analyze FIL).',
  noFile: "Ingen fil angavs: skriv kundevaerdi analyze FIL.",
  unexpectedArgument: 'Oväntat argument "{argument}": ange en fil; sätt ett filnamn med mellanslag inom citattecken.',
  unknownOption: "Okänt val {option}.",
  missingValue: "Valet {option} behöver ett värde, t.ex. {option} {example}.",
  takesNoValue: "Valet {option} tar inget värde; skriv det ensamt.",
  conflictingOptions: "Ange antingen --{option} eller --{other}, inte båda: de säger samma sak på två sätt.",
  invalidValue: '--{option} måste vara {rule}; fick "{given}".',
  rule_isoDate: "ett kalenderdatum skrivet ÅÅÅÅ-MM-DD (t.ex. 2024-06-30)",
  rule_timeUnit: "day (dag) eller week (vecka)",
  rule_dateOrder: "dmy (dagen först, 31/01/2024) eller mdy (månaden först, 01/31/2024)",
  rule_decimalSeparator: ", (decimalkomma) eller . (decimalpunkt)",
  rule_language: "en, da eller sv",
  rule_horizonMonths: "ett helt antal månader från 1 till 600",
  rule_discountRate: "ett bråktal från 0 till 1 (0.1 = 10 %)",
  rule_margin: "ett bråktal över 0 och högst 1 (0.3 = 30 %)",
  rule_newCustomers: "ett tal ≥ 0",
  rule_lifetimeYears: "ett antal år över 0 och högst 50",
  rule_retentionRate: "ett bråk från 0 till under 1 (0.6 = 60 %)",
  rule_periodMonths: "ett helt antal månader från 1 till 1200",
  rule_segments: "rfm eller value-tiers",
  rule_model: "auto, bgnbd, mbgnbd eller paretonbd",
  rule_cohortPeriod: "month, quarter eller week",
  rule_csvFormat: "nordic eller iso",
  cannotRead: "{file} kan inte läsas: {reason}. Kontrollera filnamnet och att filen får läsas.",
  cannotWrite: "{file} kan inte skrivas: {reason}. Kontrollera att mappen finns och får skrivas i.",
  customersCsvWritten: "Tabellen per kund ({customers} kunder) finns i {file}.",
  emptyFile: "{file} är tom: den har inga rader. Exportera köpen med en rubrikrad och en rad per köp (kund, datum, belopp).",
  headerOnly: "{file} har en rubrikrad men inga rader med data. Exportera köpen igen med en rad per köp under rubriken.",
  noPurchases: "Inte ett enda köp kunde läsas från {file}. {counts}",
  fixRows:
    "Rätta raderna som visas, eller om kolumnerna har tagits fel, ange dem med --customer, --date och --amount (rubrik eller nummer, 1 = den första).",
  noAmountColumn:
    "Ingen beloppskolumn hittades i {file}; kundvärde kräver beloppet för varje köp. Ange kolumnen med --amount KOL (rubrik eller nummer, 1 = den första).",
  chooseColumns: "Ange kolumnerna med --customer KOL och --date KOL (rubrik eller nummer; 1 = den första kolumnen).",
  unknownColumnAdvice: "Skriv rubriken som den står i filen, eller kolumnens nummer (1 = den första kolumnen).",
  holdoutOutsidePeriod:
    "--holdout-until {date} måste ligga inom köpperioden i {file}, före dess slut ({first} till {last}): modellen anpassas på köpen till och med datumet och kontrolleras på köpen efter det.",
  asOfBeforeFirstPurchase:
    "--as-of {asOf} ligger före det första köpet i {file} ({first}), så ingen kund hade köpt något än. " +
    "Ange ett datum från {first} och framåt, eller utelämna --as-of för att sluta vid det senaste köpet ({last}).",
  noCustomersBeforeEnd: "Ingen kund köpte på eller före {asOf}. Ange ett senare --as-of, eller utelämna det för att sluta vid det senaste köpet.",
  tableCannotRun: "{file} är en tabell per kund (en rad per kund), och kundvärde kan inte beräknas från den som den är:",
  tableAddColumns: "Lägg till i tabellen:",
  fact_purchaseCount:
    "varje kunds antal köp (en kolumn som ”Antal köp”, eller ange den med --purchases KOL): ger köpfrekvensen för segment, BG/NBD och beloppsmodellen.",
  fact_amounts:
    "varje kunds totala eller genomsnittliga belopp (en kolumn som ”Totalt belopp”, eller --total-amount KOL / --average-amount KOL): ger köpbeloppen för historiskt värde och beloppsmodellen.",
  fact_firstPurchase:
    "varje kunds första köpdatum (en kolumn som ”Första köp”, eller --first-purchase KOL): ger hur länge kunden har följts, för BG/NBD.",
  fact_lastPurchase:
    "varje kunds senaste köpdatum (en kolumn som ”Senaste köp”, eller --last-purchase KOL): ger recency för segment och BG/NBD.",
  tableOrLog: "Eller exportera en transaktionslogg i stället: en rad per köp med kund, datum och belopp.",
  tableAsOfAdvice: "Utelämna --as-of, eller ange ett datum på eller efter tabellens senaste köp.",
  advice_dateOrderAmbiguous_dmy: "Om datumen har månaden först, kör igen med --date-order mdy.",
  advice_dateOrderAmbiguous_mdy: "Om datumen har dagen först, kör igen med --date-order dmy.",
  advice_dateOrderConflict:
    "Om kolumnen har en ordning, ange den med --date-order dmy eller --date-order mdy; datum som inte passar visas då som rader.",
  advice_decimalSeparator: "Eller kör igen med --decimal-separator , (decimalkomma) eller --decimal-separator . (decimalpunkt).",
  advice_decimalSeparatorConflict:
    "Ange decimaltecknet med --decimal-separator , eller --decimal-separator . för att läsa sådana belopp; belopp som inte passar visas då som rader.",
  advice_column: "Om det är fel kolumn, ange den rätta med {option} KOL (rubrik eller nummer, 1 = den första).",
  advice_noAmountColumn: "Ange beloppskolumnen med --amount KOL.",
  advice_dateAsLastPurchase: "Om den innehåller första köpdatum, kör igen med --first-purchase KOL.",
  advice_amountAsTotal: "Om den innehåller varje kunds genomsnittliga belopp, kör igen med --average-amount KOL.",
  reportRead: "Läst: {counts}",
  reportObservationEnd: "Periodens slut {date}; tidsenhet: {unit}.",
  reportHeadline:
    "{customers} kunder, {purchases} köp, intäkter {revenue}, återköpsandel {repeatRate}, genomsnittligt ordervärde {averageOrderValue}.",
  reportBgnbd: "BG/NBD: r = {r}, α = {alpha} {units}, a = {a}, b = {b}; log-sannolikhet {logLikelihood} ({convergence}, {iterations} iterationer).",
  reportMbgnbd: "MBG/NBD: r = {r}, α = {alpha} {units}, a = {a}, b = {b}; log-sannolikhet {logLikelihood} ({convergence}, {iterations} iterationer).",
  reportParetonbd: "Pareto/NBD: r = {r}, α = {alpha} {units}, s = {s}, β = {beta} {units}; log-sannolikhet {logLikelihood} ({convergence}, {iterations} iterationer).",
  reportModelChoice: "Köpmodell: {model} ({why}).",
  reportModelCompared: "{model}: log-sannolikhet {logLikelihood}{holdout}; {status}.",
  reportHoldoutError: ", fel under testperioden {error} köp per kund",
  reportConverged: "konvergerade",
  reportNotConverged: "konvergerade INTE",
  reportGammaGamma: "Gamma-Gamma: p = {p}, q = {q}, v = {v}; log-sannolikhet {logLikelihood}.",
  reportOwnSpend: "I stället dras varje återkommande kunds eget genomsnittliga köpbelopp mot medianens, som om de hade gjort ett köp till vid medianen; kunder utan återköp får medianen.",
  reportEquity: "Kundkapital över {months} månader vid {rate} per år, marginal {margin}: {equity}{interval}.",
  reportEquityLifetime: "Kundkapital över en förväntad livslängd på {years} år vid {rate} per år, marginal {margin}: {equity}{interval}.",
  reportEquityRetention: "Kundkapital vid {retention} kvarhållande per år och {rate} per år, marginal {margin}: {equity}{interval}.",
  reportRetention:
    "Månatlig kundretention {retention} i genomsnitt (kundbortfall {churn}; hela månader, viktat med kunder); senaste hela månad {month}: kundretention {lastRetention}, kundbortfall {lastChurn}.",
  reportRetentionIncomplete: " {month} är ofullständig (data slutar före månaden) och räknas inte.",
  reportInterval: " (80 %-intervall {low} – {high})",
  reportSegment: "Segment",
  reportCustomers: "Kunder",
  reportShare: "Andel",
  reportRevenue: "Intäkter",
  reportClv: "CLV",
  reportPAlive: "Snitt P(aktiv)",
  reportCohorts:
    "Kohorter efter {period} för första köpet: andelen av varje kohort som köpte {periods} senare, och {amount} per vunnen kund till dess (≈ prognos från {model}, * räknat hittills).",
  reportCohortsCounted: "Kohorter efter {period} för första köpet: andelen av varje kohort som köpte {periods} senare (* räknat hittills).",
  reportCohortsEarlier: "… och {count} tidigare kohorter: alla finns i --json och på bladet Kohorter.",
  reportCohort: "Kohort",
  reportCohortAll: "Alla kohorter",
  reportCohortActive: "Aktiva {age}",
  reportCohortNoModel: "ingen modell",
  reportAmount_revenue: "omsättning",
  reportAmount_margin: "täckningsbidrag",
  reportAmountShort_revenue: "Oms.",
  reportAmountShort_margin: "TB",
  cohortPeriod_month: "månad",
  cohortPeriod_quarter: "kvartal",
  cohortPeriod_week: "vecka",
  cohortPeriods_month: "månader",
  cohortPeriods_quarter: "kvartal",
  cohortPeriods_week: "veckor",
  cohortAge_month: "m{age}",
  cohortAge_quarter: "k{age}",
  cohortAge_week: "v{age}",
  unit_day: "dag",
  unit_week: "vecka",
  units_day: "dagar",
  units_week: "veckor",
};

const tables: Record<Language, CliTexts> = { en, da, sv };

/**
 * The command line's text for `key` in `language`, with `{name}` placeholders filled from `values`.
 * @example cliText("da", "emptyFile", { file: "køb.csv" }) // "køb.csv er tom: den har ingen rækker. …"
 */
export function cliText(language: Language, key: CliTextKey, values: Record<string, string> = {}): string {
  return fillPlaceholders(tables[language][key], values);
}

/**
 * All keys, for tests that check every language is complete.
 * @example cliTextKeys.includes("usage") // true
 */
export const cliTextKeys = Object.keys(en) as CliTextKey[];

/**
 * The help text of `kundevaerdi analyze`.
 * @example usageText("sv").startsWith("Användning:") // true
 */
export function usageText(language: Language): string {
  return tables[language].usage;
}

/** An example value for an option that was given none. */
const optionExamples: Readonly<Record<string, string>> = {
  "--as-of": "2024-06-30",
  "--date-order": "dmy",
  "--decimal-separator": ",",
  "--language": "da",
  "--time-unit": "week",
  "--horizon-months": "12",
  "--annual-discount": "0.1",
  "--margin": "0.3",
  "--new-customers": "100",
  "--lifetime-years": "3",
  "--retention-rate": "0.6",
  "--period-months": "12",
  "--segments": "value-tiers",
  "--model": "paretonbd",
  "--holdout-until": "1997-09-30",
};

/**
 * A command-line mistake in words, saying what to write instead.
 * @example renderUsageProblem({ code: "invalidValue", option: "margin", given: "30", rule: "margin" }, "en")
 * // '--margin must be a fraction above 0 and at most 1 (0.3 = 30 %); got "30".'
 */
export function renderUsageProblem(problem: UsageProblem, language: Language): string {
  switch (problem.code) {
    case "noCommand":
    case "noFile":
      return cliText(language, problem.code);
    case "unknownCommand":
      return cliText(language, "unknownCommand", { command: problem.command });
    case "unexpectedArgument":
      return cliText(language, "unexpectedArgument", { argument: problem.argument });
    case "unknownOption":
    case "takesNoValue":
      return cliText(language, problem.code, { option: problem.option });
    case "missingValue":
      return cliText(language, "missingValue", { option: problem.option, example: optionExamples[problem.option] ?? "COL" });
    case "conflictingOptions":
      return cliText(language, "conflictingOptions", { option: problem.option, other: problem.other });
    case "invalidValue":
      return cliText(language, "invalidValue", { option: problem.option, given: problem.given, rule: cliText(language, `rule_${problem.rule}`) });
  }
}

/** The command's option that names a column of each role, where there is one. */
const columnOptions: Readonly<Partial<Record<ColumnRole, string>>> = {
  customer: "--customer",
  date: "--date",
  amount: "--amount",
  purchases: "--purchases",
  totalAmount: "--total-amount",
  averageAmount: "--average-amount",
  firstPurchase: "--first-purchase",
  lastPurchase: "--last-purchase",
  customerCount: "--customer-count",
};

/**
 * What the user can do on the command line about a read notice (the option that changes the decision), or
 * undefined when there is nothing to choose. Shown after the notice, whose words (rowProblems.ts) are the pane's.
 * @example renderNoticeAdvice({ code: "dateOrderAmbiguous", column: { index: 1, header: "Dato" }, assumed: "dmy", example: { row: 2, value: "03/04/2024" } }, "en")
 * // "If the dates are month first, run again with --date-order mdy."
 */
export function renderNoticeAdvice(notice: ReadNotice, language: Language): string | undefined {
  switch (notice.code) {
    case "dateOrderAmbiguous":
      return cliText(language, notice.assumed === "dmy" ? "advice_dateOrderAmbiguous_dmy" : "advice_dateOrderAmbiguous_mdy");
    case "dateOrderConflict":
      return cliText(language, "advice_dateOrderConflict");
    case "decimalSeparatorAmbiguous":
      return cliText(language, "advice_decimalSeparator");
    case "decimalSeparatorConflict":
      return cliText(language, "advice_decimalSeparatorConflict");
    case "columnGuessed":
    case "columnChoice": {
      const option = columnOptions[notice.role];
      return option === undefined ? undefined : cliText(language, "advice_column", { option });
    }
    case "noAmountColumn":
      return cliText(language, "advice_noAmountColumn");
    case "dateAsLastPurchase":
      return cliText(language, "advice_dateAsLastPurchase");
    case "amountAsTotal":
      return cliText(language, "advice_amountAsTotal");
    default:
      return undefined;
  }
}

/**
 * What a column of `fact` would add to a per-customer table: the column to add (or the option that names it)
 * and which analyses it makes possible (src/core/read/analysisSupport.ts, analysisNeeds).
 * @example renderFactColumn("lastPurchase", "en") // "each customer's last purchase date (a column such as 'Last purchase', or --last-purchase COL): gives recency, for segments and BG/NBD."
 */
export function renderFactColumn(fact: CustomerFact, language: Language): string {
  return cliText(language, `fact_${fact}`);
}
