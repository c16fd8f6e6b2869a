import type { Language } from "./language";
import { fillPlaceholders } from "./placeholders";

/** A mistake on the command line of `kundevaerdi sql`, as data; renderSqlUsageProblem words it. */
export type SqlUsageProblem =
  | { code: "unexpectedArgument"; argument: string }
  | { code: "unknownOption"; option: string }
  | { code: "missingValue"; option: string }
  | { code: "takesNoValue"; option: string }
  | { code: "missingOption"; option: string }
  | { code: "invalidValue"; option: string; given: string; allowed: string }
  | { code: "holdoutAfterEnd"; holdoutUntil: string; asOf: string };

const en = {
  usage: `Usage: kundevaerdi sql --table TABLE --customer COLUMN --date COLUMN [--amount COLUMN] [options]

Prints the SQL that turns a purchase table in your database into the per-customer summary Kundeværdi reads:
one row per customer, by the add-in's definitions (a customer's rows of one day are one purchase, returns net
within the day). Run it where the data are and paste or export the result into Excel.

Options:
  --dialect duckdb|postgresql   the database (default: duckdb)
  --table NAME            the purchase table (schema.table allowed)
  --customer COLUMN       the customer id column
  --date COLUMN           the purchase date column (a date or a timestamp)
  --amount COLUMN         the amount column (returns negative); without it every customer-day with a row is a purchase
  --as-of YYYY-MM-DD      observation end, inclusive (default: the last date in the table)
  --holdout-until YYYY-MM-DD   the summary as of this date; the model view adds each customer's purchase days
                          after it (holdout_purchases), to check a model fitted on the summary
  --view table|model      table: customer, purchases, first and last purchase, total amount (what the pane reads);
                          model: frequency, recency, T and monetary (default: table)
  --time-unit day|week    the unit of recency and T in the model view, and of --grouped (default: week)
  --grouped               one row per group of customers with the same summary, with their number
                          (number_of_customers) and the number of rows (groups_in_table); time in whole units back from the end: a day's age
                          k = floor((end - day) / unit), T = k(first purchase), recency = k(first) - k(last); the
                          table view's dates moved back to whole units before the end;
                          far fewer rows for Excel
  --language en|da|sv     language of messages
`,
  seeHelp: "Run kundevaerdi sql --help to see the options.",
  otherCommand: "Purchases in a database (DuckDB, PostgreSQL): kundevaerdi sql prints the per-customer summary query; see kundevaerdi sql --help.",
  problem_unexpectedArgument: "Unexpected argument {argument}.",
  problem_unknownOption: "Unknown option {option}.",
  problem_missingValue: "Option {option} needs a value.",
  problem_takesNoValue: "Option {option} takes no value.",
  problem_missingOption: "Option --{option} is needed: name the {option} in your table.",
  problem_invalidValue: "--{option} {given} is not possible: write {allowed}.",
  problem_holdoutAfterEnd: "--holdout-until {holdoutUntil} is after --as-of {asOf}: the calibration must end on or before the observation end.",
};

type SqlCliTexts = Readonly<Record<keyof typeof en, string>>;

const da: SqlCliTexts = {
  usage: `Brug: kundevaerdi sql --table TABEL --customer KOLONNE --date KOLONNE [--amount KOLONNE] [tilvalg]

Skriver den SQL, der gør en købstabel i jeres database til den oversigt pr. kunde, Kundeværdi læser: én række pr.
kunde efter tilføjelsesprogrammets definitioner (en kundes rækker på samme dag er ét køb, returneringer modregnes
samme dag). Kør den, hvor dataene ligger, og sæt eller eksportér resultatet ind i Excel.

Tilvalg:
  --dialect duckdb|postgresql   databasen (standard: duckdb)
  --table NAVN            købstabellen (skema.tabel er tilladt)
  --customer KOLONNE      kolonnen med kunde-id
  --date KOLONNE          kolonnen med købsdato (en dato eller et tidsstempel)
  --amount KOLONNE        kolonnen med beløb (returneringer negative); uden den er hver kundedag med en række et køb
  --as-of ÅÅÅÅ-MM-DD      observationsperiodens slutning, inklusive (standard: den seneste dato i tabellen)
  --holdout-until ÅÅÅÅ-MM-DD   oversigten pr. denne dato; model-visningen tilføjer hver kundes købsdage efter den
                          (holdout_purchases) til at teste en model tilpasset på oversigten
  --view table|model      table: kunde, antal køb, første og seneste køb, samlet beløb (det, ruden læser);
                          model: frequency, recency, T og monetary (standard: table)
  --time-unit day|week    enheden for recency og T i model-visningen og for --grouped (standard: week)
  --grouped               én række pr. gruppe af kunder med samme oversigt, med deres antal
                          (number_of_customers) og antallet af rækker (groups_in_table); tid i hele enheder tilbage fra slutningen: en dags alder
                          k = floor((slut - dag) / enhed), T = k(første køb), recency = k(første) - k(seneste);
                          table-visningens datoer flyttet tilbage til hele enheder før slutningen;
                          langt færre rækker til Excel
  --language en|da|sv     sprog for beskeder
`,
  seeHelp: "Kør kundevaerdi sql --help for at se tilvalgene.",
  otherCommand: "Køb i en database (DuckDB, PostgreSQL): kundevaerdi sql skriver forespørgslen til oversigten pr. kunde; se kundevaerdi sql --help.",
  problem_unexpectedArgument: "Uventet argument {argument}.",
  problem_unknownOption: "Ukendt tilvalg {option}.",
  problem_missingValue: "Tilvalget {option} skal have en værdi.",
  problem_takesNoValue: "Tilvalget {option} tager ingen værdi.",
  problem_missingOption: "Tilvalget --{option} mangler: angiv kolonnen eller tabellen i jeres data.",
  problem_invalidValue: "--{option} {given} er ikke muligt: skriv {allowed}.",
  problem_holdoutAfterEnd: "--holdout-until {holdoutUntil} er efter --as-of {asOf}: tilpasningsperioden skal slutte senest ved observationsperiodens slutning.",
};

const sv: SqlCliTexts = {
  usage: `Användning: kundevaerdi sql --table TABELL --customer KOLUMN --date KOLUMN [--amount KOLUMN] [alternativ]

Skriver den SQL som gör en köptabell i er databas till den sammanställning per kund som Kundeværdi läser: en rad per
kund enligt tilläggets definitioner (en kunds rader samma dag är ett köp, returer räknas av samma dag). Kör den där
data finns och klistra in eller exportera resultatet till Excel.

Alternativ:
  --dialect duckdb|postgresql   databasen (standard: duckdb)
  --table NAMN            köptabellen (schema.tabell är tillåtet)
  --customer KOLUMN       kolumnen med kund-id
  --date KOLUMN           kolumnen med köpdatum (ett datum eller en tidsstämpel)
  --amount KOLUMN         kolumnen med belopp (returer negativa); utan den är varje kunddag med en rad ett köp
  --as-of ÅÅÅÅ-MM-DD      observationsperiodens slut, inklusive (standard: det senaste datumet i tabellen)
  --holdout-until ÅÅÅÅ-MM-DD   sammanställningen per detta datum; model-vyn lägger till varje kunds köpdagar efter
                          det (holdout_purchases) för att testa en modell anpassad på sammanställningen
  --view table|model      table: kund, antal köp, första och senaste köp, totalt belopp (det som panelen läser);
                          model: frequency, recency, T och monetary (standard: table)
  --time-unit day|week    enheten för recency och T i model-vyn och för --grouped (standard: week)
  --grouped               en rad per grupp av kunder med samma sammanställning, med deras antal
                          (number_of_customers) och antalet rader (groups_in_table); tid i hela enheter bakåt från slutet: en dags ålder
                          k = floor((slut - dag) / enhet), T = k(första köp), recency = k(första) - k(senaste);
                          table-vyns datum flyttade bakåt till hela enheter före slutet;
                          betydligt färre rader för Excel
  --language en|da|sv     språk för meddelanden
`,
  seeHelp: "Kör kundevaerdi sql --help för att se alternativen.",
  otherCommand: "Köp i en databas (DuckDB, PostgreSQL): kundevaerdi sql skriver frågan för sammanställningen per kund; se kundevaerdi sql --help.",
  problem_unexpectedArgument: "Oväntat argument {argument}.",
  problem_unknownOption: "Okänt alternativ {option}.",
  problem_missingValue: "Alternativet {option} behöver ett värde.",
  problem_takesNoValue: "Alternativet {option} tar inget värde.",
  problem_missingOption: "Alternativet --{option} behövs: ange kolumnen eller tabellen i era data.",
  problem_invalidValue: "--{option} {given} går inte: skriv {allowed}.",
  problem_holdoutAfterEnd: "--holdout-until {holdoutUntil} är efter --as-of {asOf}: anpassningsperioden måste sluta senast vid observationsperiodens slut.",
};

const tables: Record<Language, SqlCliTexts> = { en, da, sv };

/**
 * A text of `kundevaerdi sql` in a language, its {placeholders} filled in.
 * @example sqlCliText("da", "seeHelp") // "Kør kundevaerdi sql --help for at se tilvalgene."
 */
export function sqlCliText(language: Language, key: keyof typeof en, values: Record<string, string> = {}): string {
  return fillPlaceholders(tables[language][key], values);
}

/**
 * A command-line mistake of `kundevaerdi sql` in a language.
 * @example renderSqlUsageProblem({ code: "missingOption", option: "table" }, "en") // "Option --table is needed: …"
 */
export function renderSqlUsageProblem(problem: SqlUsageProblem, language: Language): string {
  const { code, ...values } = problem;
  return sqlCliText(language, `problem_${code}`, values as Record<string, string>);
}
