import type { Language } from "./language";
import { fillPlaceholders } from "./placeholders";

/** Every text the task pane shows, in English. The Danish and Swedish tables must have the same keys. */
const en = {
  appTitle: "Kundeværdi",
  tagline: "Customer lifetime value, customer equity and retention KPIs for your customers — right in Excel.",
  introFormulas:
    "Type a KV formula in any cell, like any Excel function. The formulas recalculate when your numbers change, and a colleague sees the values in the shared workbook.",
  introPrivacy: "Your data never leaves the workbook: every calculation runs inside Excel.",
  supportLink: "Help and privacy",
  referenceHeading: "Formula reference",
  referenceHint: "Select an empty cell and press Insert to put the example into it.",
  filterLabel: "Find a formula",
  filterPlaceholder: "e.g. CLV, churn, NPS",
  noMatches: "No formula matches “{query}”.",
  categoryLifetimeValue: "Lifetime value",
  categoryKpis: "Retention and sales KPIs",
  exampleLabel: "Example",
  insertButton: "Insert",
  insertButtonLabel: "Insert {formula} in the selected cell",
  helpLink: "Full reference",
  inserted: "Inserted {formula} in {address}.",
  cellNotEmpty: "{address} is not empty. Select an empty cell, then press Insert again.",
  insertFailed: "Could not insert the formula: {reason}",
  outsideExcel: "Open this pane from Excel to insert formulas into cells. The reference below works everywhere.",
  rateNote: "Rates are fractions: 0.1 = 10 %.",
  descCLV: "Lifetime value from average order value × purchases per year × years × gross margin, optionally discounted per year.",
  descCLVRETENTION: "Lifetime value from the margin per period and the retention rate: m·r/(1+d−r), or the exact sum over a number of periods.",
  descCUSTOMEREQUITY: "What the whole customer base is worth: average CLV × existing customers, plus expected new customers × their CLV.",
  descNPS: "Net Promoter Score from 0–10 answers: % promoters (9–10) minus % detractors (0–6), from −100 to 100.",
  descCHURNRATE: "Share of the customers at the start of the period who were lost.",
  descRETENTIONRATE: "Retention rate (E−N)/S: customers at the end minus new customers, over customers at the start.",
  descCONVERSIONRATE: "Share of visitors who converted.",
  descAOV: "Average order value: revenue divided by the number of orders.",
  descPURCHASEFREQUENCY: "Purchase frequency: orders per customer.",
  descCACPAYBACK: "Months to earn back the cost of acquiring a customer from their monthly gross profit.",
};

/** The keys of the task pane's texts. */
export type UiStringKey = keyof typeof en;
type UiStrings = Record<UiStringKey, string>;

const da: UiStrings = {
  appTitle: "Kundeværdi",
  tagline: "Kundelevetidsværdi, kundeværdi for hele kundebasen og fastholdelsesnøgletal — direkte i Excel.",
  introFormulas:
    "Skriv en KV-formel i en celle, ligesom enhver anden Excel-funktion. Formlerne regner igen, når dine tal ændres, og en kollega ser værdierne i den delte projektmappe.",
  introPrivacy: "Dine data forlader aldrig projektmappen: alle beregninger sker inde i Excel.",
  supportLink: "Hjælp og privatliv",
  referenceHeading: "Formeloversigt",
  referenceHint: "Markér en tom celle, og tryk på Indsæt for at sætte eksemplet ind.",
  filterLabel: "Find en formel",
  filterPlaceholder: "fx CLV, churn, NPS",
  noMatches: "Ingen formel passer til “{query}”.",
  categoryLifetimeValue: "Kundelevetidsværdi",
  categoryKpis: "Fastholdelse og salgsnøgletal",
  exampleLabel: "Eksempel",
  insertButton: "Indsæt",
  insertButtonLabel: "Indsæt {formula} i den markerede celle",
  helpLink: "Fuld beskrivelse (engelsk)",
  inserted: "{formula} er indsat i {address}.",
  cellNotEmpty: "{address} er ikke tom. Markér en tom celle, og tryk på Indsæt igen.",
  insertFailed: "Formlen kunne ikke indsættes: {reason}",
  outsideExcel: "Åbn ruden fra Excel for at indsætte formler i celler. Oversigten herunder virker overalt.",
  rateNote: "Satser angives som brøker: 0,1 = 10 %.",
  descCLV: "Kundelevetidsværdi: gennemsnitlig ordreværdi × køb pr. år × år × dækningsgrad, eventuelt diskonteret pr. år.",
  descCLVRETENTION: "Kundelevetidsværdi ud fra dækningsbidrag pr. periode og fastholdelsesrate: m·r/(1+d−r) eller den præcise sum over et antal perioder.",
  descCUSTOMEREQUITY: "Hvad hele kundebasen er værd: gennemsnitlig CLV × eksisterende kunder plus forventede nye kunder × deres CLV.",
  descNPS: "Net Promoter Score fra svar på 0–10: % anbefalere (9–10) minus % kritikere (0–6), fra −100 til 100.",
  descCHURNRATE: "Andelen af kunderne ved periodens start, som er gået tabt.",
  descRETENTIONRATE: "Fastholdelsesrate (E−N)/S: kunder ved slut minus nye kunder, divideret med kunder ved start.",
  descCONVERSIONRATE: "Andelen af besøgende, der konverterede.",
  descAOV: "Gennemsnitlig ordreværdi: omsætning divideret med antal ordrer.",
  descPURCHASEFREQUENCY: "Købsfrekvens: ordrer pr. kunde.",
  descCACPAYBACK: "Antal måneder, før prisen for at skaffe en kunde er tjent hjem af kundens månedlige dækningsbidrag.",
};

const sv: UiStrings = {
  appTitle: "Kundvärde",
  tagline: "Kundlivstidsvärde, kundkapital och nyckeltal för kundlojalitet — direkt i Excel.",
  introFormulas:
    "Skriv en KV-formel i valfri cell, precis som en vanlig Excel-funktion. Formlerna räknas om när dina siffror ändras, och en kollega ser värdena i den delade arbetsboken.",
  introPrivacy: "Dina data lämnar aldrig arbetsboken: alla beräkningar körs i Excel.",
  supportLink: "Hjälp och integritet",
  referenceHeading: "Formelöversikt",
  referenceHint: "Markera en tom cell och tryck på Infoga för att lägga in exemplet.",
  filterLabel: "Hitta en formel",
  filterPlaceholder: "t.ex. CLV, churn, NPS",
  noMatches: "Ingen formel matchar ”{query}”.",
  categoryLifetimeValue: "Kundlivstidsvärde",
  categoryKpis: "Lojalitet och försäljningsnyckeltal",
  exampleLabel: "Exempel",
  insertButton: "Infoga",
  insertButtonLabel: "Infoga {formula} i den markerade cellen",
  helpLink: "Fullständig beskrivning (engelska)",
  inserted: "{formula} har infogats i {address}.",
  cellNotEmpty: "{address} är inte tom. Markera en tom cell och tryck på Infoga igen.",
  insertFailed: "Formeln kunde inte infogas: {reason}",
  outsideExcel: "Öppna fönstret från Excel för att infoga formler i celler. Översikten nedan fungerar överallt.",
  rateNote: "Räntor och andelar anges som bråktal: 0,1 = 10 %.",
  descCLV: "Kundlivstidsvärde: genomsnittligt ordervärde × köp per år × år × bruttomarginal, eventuellt diskonterat per år.",
  descCLVRETENTION: "Kundlivstidsvärde från marginal per period och kvarhållningsgrad: m·r/(1+d−r), eller den exakta summan över ett antal perioder.",
  descCUSTOMEREQUITY: "Vad hela kundbasen är värd: genomsnittligt CLV × befintliga kunder plus förväntade nya kunder × deras CLV.",
  descNPS: "Net Promoter Score från svar 0–10: % promotorer (9–10) minus % belackare (0–6), från −100 till 100.",
  descCHURNRATE: "Andelen av kunderna vid periodens början som har förlorats.",
  descRETENTIONRATE: "Kvarhållningsgrad (E−N)/S: kunder vid slutet minus nya kunder, delat med kunder vid början.",
  descCONVERSIONRATE: "Andelen besökare som konverterade.",
  descAOV: "Genomsnittligt ordervärde: intäkter delat med antal order.",
  descPURCHASEFREQUENCY: "Köpfrekvens: order per kund.",
  descCACPAYBACK: "Antal månader innan kostnaden för att skaffa en kund har tjänats in av kundens bruttovinst per månad.",
};

const tables: Record<Language, UiStrings> = { en, da, sv };

/**
 * The task pane's text for `key` in `language`, with `{name}` placeholders filled from `values`.
 * @example uiText("da", "inserted", { formula: "=KV.AOV(1000, 4)", address: "Ark1!B2" })
 */
export function uiText(language: Language, key: UiStringKey, values: Record<string, string> = {}): string {
  return fillPlaceholders(tables[language][key], values);
}

/** All keys, for tests that check every language is complete. */
export const uiStringKeys = Object.keys(en) as UiStringKey[];
