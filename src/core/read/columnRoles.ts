/**
 * What a column of purchase data holds. A transaction log has `customer`, `date`, usually `amount`, and
 * optionally `quantity` and `orderId`. A per-customer table has `customer` and some of `purchases`
 * (number of purchases), `totalAmount`, `averageAmount`, `firstPurchase` and `lastPurchase`; a grouped table (one row per
 * group of customers with the same history, as `kundevaerdi sql --grouped` writes it) also `customerCount`.
 */
export type ColumnRole =
  | "customer"
  | "date"
  | "amount"
  | "quantity"
  | "orderId"
  | "purchases"
  | "totalAmount"
  | "averageAmount"
  | "firstPurchase"
  | "lastPurchase"
  | "customerCount";

/**
 * Every role, in the order detection breaks ties between roles (earlier wins).
 * @example columnRoles[0] // "customer"
 */
export const columnRoles: readonly ColumnRole[] = [
  "customer",
  "date",
  "amount",
  "purchases",
  "totalAmount",
  "averageAmount",
  "firstPurchase",
  "lastPurchase",
  "customerCount",
  "quantity",
  "orderId",
];

/**
 * Header names for each role in English, Danish and Swedish, normalized (see `normalizeHeader`), most
 * specific first: among exact matches for one role, an earlier name wins (so `sampleid` is preferred
 * to `masterid` for the CDNOW sample, whose README numbers customers by sampleid 1–2357).
 * A header that contains a name of 4 or more letters also matches, with a lower score.
 * @example headerSynonyms.date.includes("kobsdato") // true ("Købsdato")
 */
export const headerSynonyms: Readonly<Record<ColumnRole, readonly string[]>> = {
  customer: [
    "customerid", "customer", "customerno", "customernumber", "customername", "customerkey", "custid",
    "clientid", "client", "clientname", "buyer", "buyerid",
    "kundeid", "kunde", "kundenr", "kundenummer", "kundenavn",
    "kundid", "kund", "kundnr", "kundnummer", "kundnamn",
    "userid", "memberid", "contactid", "accountid",
    "email", "emailaddress", "emailadresse", "epost", "epostadress",
    "id", "sampleid", "masterid",
  ],
  date: [
    "date", "orderdate", "purchasedate", "transactiondate", "invoicedate", "saledate",
    "dato", "kobsdato", "ordredato", "handelsdato", "fakturadato", "salgsdato",
    "datum", "kopdatum", "orderdatum", "fakturadatum", "transaktionsdatum", "inkopsdatum",
    "day", "timestamp", "orderedat", "purchasedat", "createdat",
  ],
  amount: [
    "amount", "revenue", "sales", "total", "value", "price", "ordervalue", "ordertotal", "orderamount",
    "totalprice", "sum", "spent", "spend", "dollarvalue", "net", "gross",
    "belob", "kobsbelob", "omsaetning", "salg", "pris", "ordrebelob", "ordrevaerdi",
    "belopp", "summa", "forsaljning", "intakt", "kopbelopp", "ordervarde", "totalt",
  ],
  quantity: [
    "quantity", "qty", "units", "items", "cds", "numberofcds", "count",
    "antal", "stk", "antalstk", "styk", "mangd", "styck", "antalvarer", "antalvaror",
  ],
  orderId: [
    "orderid", "ordernumber", "orderno", "ordernr", "order", "invoiceid", "invoicenumber", "invoiceno", "invoice",
    "transactionid", "receiptid", "receipt",
    "ordrenr", "ordrenummer", "ordreid", "ordre", "fakturanr", "fakturanummer", "bonnr",
    "ordernummer", "kvitto", "kvittonr", "kvittonummer",
  ],
  purchases: [
    "numberofpurchases", "purchases", "numberoforders", "orders", "purchasecount", "ordercount", "frequency",
    "antalkob", "antalordrer", "ordrer",
    "antalkop", "antalordrar", "ordrar",
  ],
  totalAmount: [
    "totalamount", "totalrevenue", "totalsales", "totalspent", "totalspend", "totalvalue", "lifetimerevenue",
    "samletbelob", "samletomsaetning", "totalbelob", "belobialt", "omsaetningialt",
    "totaltbelopp", "totalforsaljning", "totalbelopp", "summaforsaljning",
  ],
  averageAmount: [
    "averageamount", "averageordervalue", "aov", "averagespend", "averagesales", "avgamount", "avgordervalue",
    "gennemsnitligtbelob", "gennemsnitsbelob", "gnsbelob", "gennemsnitligordrevaerdi",
    "snittbelopp", "genomsnittligtbelopp", "genomsnittsbelopp", "snittordervarde",
  ],
  firstPurchase: [
    "firstpurchase", "firstpurchasedate", "firstorder", "firstorderdate", "firstdate",
    "forstekob", "forstekobsdato", "forsteordre", "forstedato",
    "forstakop", "forstakopdatum", "forstaorder", "forstadatum",
  ],
  // Not "customers" / "kunder" alone: marketers head the customer column so ("Customers", "Kunder").
  customerCount: [
    "numberofcustomers", "customercount", "customersingroup", "ncustomers",
    "antalkunder", "kundeantal", "kunderigruppen",
    "kundantal",
  ],
  lastPurchase: [
    "lastpurchase", "lastpurchasedate", "lastorder", "lastorderdate", "lastdate", "latestpurchase",
    "senestekob", "senestekobsdato", "sidstekob", "senesteordre", "sidsteordre", "senestedato",
    "senastekop", "senastekopdatum", "sistakop", "senasteorder", "sistaorder", "senastedatum",
  ],
};

/** Letters that Unicode decomposition does not reduce to a base letter. */
const letterSpellings: Readonly<Record<string, string>> = { æ: "ae", ø: "o", ß: "ss", đ: "d", ł: "l", œ: "oe" };

/**
 * A header reduced for matching: lower case, accents removed (é → e, å → a, ö → o, ø → o, æ → ae), and
 * everything but letters and digits dropped, so "Kunde-id", "kunde id" and "KundeID" all give "kundeid".
 * @example normalizeHeader(" Købs-dato ") // "kobsdato"
 * @example normalizeHeader("Första köp") // "forstakop"
 */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize("NFD")
    .replace(/[æøßđłœ]/g, (letter) => letterSpellings[letter])
    .replace(/[^a-z0-9]/g, "");
}
