import type { RfmSegmentId } from "../core/segments/defaultSegmentMap";
import type { ValueTierId } from "../core/segments/valueTiers";
import type { Language } from "./language";

/** Every segment the add-in names: the default R × F map and the value tiers. */
export type SegmentId = RfmSegmentId | ValueTierId;

/** A segment's name and a one-line suggested action, as a marketer reads them. */
export interface SegmentLabel {
  name: string;
  action: string;
}

/** One label per segment; typing the tables with this makes a missing translation a type error. */
type SegmentLabels = { readonly [Id in SegmentId]: SegmentLabel };

const en: SegmentLabels = {
  champions: { name: "Champions", action: "Reward them, ask for reviews and referrals, give early access to new products." },
  loyal: { name: "Loyal", action: "Offer a loyalty programme and upsell higher-value products." },
  potentialLoyalists: { name: "Potential loyalists", action: "Offer membership or a loyalty programme, recommend related products." },
  new: { name: "New customers", action: "Welcome them, help them get started and make the second purchase easy." },
  promising: { name: "Promising", action: "Build awareness of the range with a free trial or a first-time offer." },
  needAttention: { name: "Need attention", action: "Send limited-time offers and recommendations based on their purchases." },
  aboutToSleep: { name: "About to sleep", action: "Share popular products and a discount to win them back before they lapse." },
  atRisk: { name: "At risk", action: "Send personal emails to reconnect, with offers and helpful content." },
  cantLoseThem: { name: "Can't lose them", action: "Win them back with new products or renewals; talk to them and do not lose them to a competitor." },
  hibernating: { name: "Hibernating", action: "Offer other relevant products and special discounts; do not spend much on them." },
  loyalCustomers: { name: "Loyal customers", action: "Keep them close: loyalty benefits, personal service and early access." },
  potentialBigSpenders: { name: "Potential big spenders", action: "Follow up the large first purchase with premium offers to earn a second one." },
  oneTimeBuyers: { name: "One-time customers", action: "Send a second-purchase offer soon; if they do not respond, spend little on them." },
  otherCustomers: { name: "Other customers", action: "Keep them in regular campaigns and watch for movement into other tiers." },
};

const da: SegmentLabels = {
  champions: { name: "Topkunder", action: "Beløn dem, bed om anmeldelser og anbefalinger, og giv dem først adgang til nye produkter." },
  loyal: { name: "Trofaste kunder", action: "Tilbyd et loyalitetsprogram, og lav mersalg af produkter med højere værdi." },
  potentialLoyalists: { name: "Potentielt loyale", action: "Tilbyd medlemskab eller et loyalitetsprogram, og anbefal relaterede produkter." },
  new: { name: "Nye kunder", action: "Byd dem velkommen, hjælp dem i gang, og gør det nemt at købe igen." },
  promising: { name: "Lovende kunder", action: "Gør dem bekendt med sortimentet med en gratis prøve eller et introduktionstilbud." },
  needAttention: { name: "Kræver opmærksomhed", action: "Send tidsbegrænsede tilbud og anbefalinger ud fra deres køb." },
  aboutToSleep: { name: "Ved at gå i dvale", action: "Vis populære produkter, og giv en rabat for at vinde dem tilbage, før de falder fra." },
  atRisk: { name: "I risikozonen", action: "Send personlige mails for at genoprette kontakten, med tilbud og nyttigt indhold." },
  cantLoseThem: { name: "Må ikke mistes", action: "Vind dem tilbage med nye produkter eller fornyelser; tal med dem, og lad dem ikke gå til en konkurrent." },
  hibernating: { name: "I dvale", action: "Tilbyd andre relevante produkter og særlige rabatter; brug ikke mange penge på dem." },
  loyalCustomers: { name: "Loyale kunder", action: "Hold fast i dem: loyalitetsfordele, personlig service og først adgang til nyheder." },
  potentialBigSpenders: { name: "Potentielle storforbrugere", action: "Følg op på det store første køb med eksklusive tilbud, så de køber igen." },
  oneTimeBuyers: { name: "Engangskunder", action: "Send snart et tilbud på et køb mere; reagerer de ikke, så brug få penge på dem." },
  otherCustomers: { name: "Øvrige kunder", action: "Hold dem med i de faste kampagner, og hold øje med, om de skifter gruppe." },
};

const sv: SegmentLabels = {
  champions: { name: "Toppkunder", action: "Belöna dem, be om omdömen och rekommendationer, och ge dem först tillgång till nya produkter." },
  loyal: { name: "Trogna kunder", action: "Erbjud ett lojalitetsprogram och sälj produkter med högre värde." },
  potentialLoyalists: { name: "Potentiellt lojala", action: "Erbjud medlemskap eller ett lojalitetsprogram och rekommendera relaterade produkter." },
  new: { name: "Nya kunder", action: "Välkomna dem, hjälp dem komma igång och gör det enkelt att köpa igen." },
  promising: { name: "Lovande kunder", action: "Gör dem bekanta med sortimentet med ett gratis prov eller ett introduktionserbjudande." },
  needAttention: { name: "Behöver uppmärksamhet", action: "Skicka tidsbegränsade erbjudanden och rekommendationer utifrån deras köp." },
  aboutToSleep: { name: "På väg att gå i dvala", action: "Visa populära produkter och en rabatt för att vinna tillbaka dem innan de försvinner." },
  atRisk: { name: "I riskzonen", action: "Skicka personliga mejl för att återknyta kontakten, med erbjudanden och nyttigt innehåll." },
  cantLoseThem: { name: "Får inte förloras", action: "Vinn tillbaka dem med nya produkter eller förnyelser; prata med dem och låt dem inte gå till en konkurrent." },
  hibernating: { name: "I dvala", action: "Erbjud andra relevanta produkter och specialrabatter; lägg inte mycket pengar på dem." },
  loyalCustomers: { name: "Lojala kunder", action: "Håll dem nära: lojalitetsförmåner, personlig service och först tillgång till nyheter." },
  potentialBigSpenders: { name: "Potentiella storköpare", action: "Följ upp det stora första köpet med exklusiva erbjudanden så att de köper igen." },
  oneTimeBuyers: { name: "Engångskunder", action: "Skicka snart ett erbjudande om ett köp till; svarar de inte, lägg lite pengar på dem." },
  otherCustomers: { name: "Övriga kunder", action: "Håll dem kvar i de vanliga kampanjerna och se om de byter grupp." },
};

const tables: Record<Language, SegmentLabels> = { en, da, sv };

/**
 * The name and suggested action of a segment in a language.
 *
 * Source: the common RFM segment names and actions of marketing practice, in Danish and Swedish
 * (Loyale kunder / Lojala kunder).
 * @example segmentLabel("da", "loyalCustomers") // { name: "Loyale kunder", action: "Hold fast i dem: …" }
 */
export function segmentLabel(language: Language, segment: SegmentId): SegmentLabel {
  return tables[language][segment];
}

/**
 * All segment ids with labels, for tests that check every language is complete.
 *
 * Source: the English table.
 * @example labelledSegmentIds.length // 14: ten R × F segments and four value tiers
 */
export const labelledSegmentIds = Object.keys(en) as SegmentId[];
