import type { RfmSegmentId } from "../core/segments/defaultSegmentMap";
import type { ValueTierId } from "../core/segments/valueTiers";
import type { Language } from "./language";

/** Every segment the add-in names: the default R × F map and the value tiers. */
export type SegmentId = RfmSegmentId | ValueTierId;

/** A segment's name, what it means in its customers' behaviour, and a one-line suggested action, as a marketer reads them. */
export interface SegmentLabel {
  name: string;
  meaning: string;
  action: string;
}

/** One label per segment; typing the tables with this makes a missing translation a type error. */
type SegmentLabels = { readonly [Id in SegmentId]: SegmentLabel };

const en: SegmentLabels = {
  champions: { name: "Champions", meaning: "Bought recently, buy often and spend the most.", action: "Reward them, ask for reviews and referrals, give early access to new products." },
  loyal: { name: "Loyal", meaning: "Buy often; their last purchase was a while ago or quite recent.", action: "Offer a loyalty programme and upsell higher-value products." },
  potentialLoyalists: { name: "Potential loyalists", meaning: "Bought recently, a few times: on their way to buying often.", action: "Offer membership or a loyalty programme, recommend related products." },
  new: { name: "New customers", meaning: "Bought for the first time very recently.", action: "Welcome them, help them get started and make the second purchase easy." },
  promising: { name: "Promising", meaning: "Bought once, fairly recently.", action: "Build awareness of the range with a free trial or a first-time offer." },
  needAttention: { name: "Need attention", meaning: "Bought some time ago, a middling number of times.", action: "Send limited-time offers and recommendations based on their purchases." },
  aboutToSleep: { name: "About to sleep", meaning: "Last bought some time ago and only once or twice.", action: "Share popular products and a discount to win them back before they lapse." },
  atRisk: { name: "At risk", meaning: "Bought often before, but not for a long time.", action: "Send personal emails to reconnect, with offers and helpful content." },
  cantLoseThem: { name: "Can't lose them", meaning: "Used to buy the most often, but not for a long time.", action: "Win them back with new products or renewals; talk to them and do not lose them to a competitor." },
  hibernating: { name: "Hibernating", meaning: "Bought once or twice, long ago.", action: "Offer other relevant products and special discounts; do not spend much on them." },
  loyalCustomers: { name: "Loyal customers", meaning: "Frequent repeat purchases, and probably still buying.", action: "Reward them: exclusive offers, early access and personal service." },
  potentialBigSpenders: { name: "Potential big spenders", meaning: "A high amount per purchase, but few purchases.", action: "Give them reasons to come back more often: follow-up offers matched to their large purchase." },
  oneTimeBuyers: { name: "One-time customers", meaning: "Bought once: a low chance of buying again without a reason to.", action: "Send a second-purchase offer soon; if they do not respond, spend little on them." },
  otherCustomers: { name: "Other customers", meaning: "Everyone else: repeat buyers who are neither the most frequent nor the biggest spenders.", action: "Keep them in regular campaigns and watch for movement into other tiers." },
};

const da: SegmentLabels = {
  champions: { name: "Topkunder", meaning: "Har købt for nylig, køber ofte og bruger mest.", action: "Beløn dem, bed om anmeldelser og anbefalinger, og giv dem først adgang til nye produkter." },
  loyal: { name: "Trofaste kunder", meaning: "Køber ofte; seneste køb er et stykke tid siden eller ret nyt.", action: "Tilbyd et loyalitetsprogram, og lav mersalg af produkter med højere værdi." },
  potentialLoyalists: { name: "Potentielt loyale", meaning: "Har købt for nylig, et par gange: på vej til at købe ofte.", action: "Tilbyd medlemskab eller et loyalitetsprogram, og anbefal relaterede produkter." },
  new: { name: "Nye kunder", meaning: "Har købt første gang for ganske nylig.", action: "Byd dem velkommen, hjælp dem i gang, og gør det nemt at købe igen." },
  promising: { name: "Lovende kunder", meaning: "Har købt én gang, ret nylig.", action: "Gør dem bekendt med sortimentet med en gratis prøve eller et introduktionstilbud." },
  needAttention: { name: "Kræver opmærksomhed", meaning: "Købte for et stykke tid siden, et middel antal gange.", action: "Send tidsbegrænsede tilbud og anbefalinger ud fra deres køb." },
  aboutToSleep: { name: "Ved at gå i dvale", meaning: "Købte sidst for et stykke tid siden og kun en eller to gange.", action: "Vis populære produkter, og giv en rabat for at vinde dem tilbage, før de falder fra." },
  atRisk: { name: "I risikozonen", meaning: "Købte ofte før, men ikke i lang tid.", action: "Send personlige mails for at genoprette kontakten, med tilbud og nyttigt indhold." },
  cantLoseThem: { name: "Må ikke mistes", meaning: "Købte tidligere allermest, men ikke i lang tid.", action: "Vind dem tilbage med nye produkter eller fornyelser; tal med dem, og lad dem ikke gå til en konkurrent." },
  hibernating: { name: "I dvale", meaning: "Har købt en eller to gange, for længe siden.", action: "Tilbyd andre relevante produkter og særlige rabatter; brug ikke mange penge på dem." },
  loyalCustomers: { name: "Loyale kunder", meaning: "Hyppige genkøb, og køber sandsynligvis stadig.", action: "Beløn dem: eksklusive tilbud, først adgang til nyheder og personlig service." },
  potentialBigSpenders: { name: "Potentielle storforbrugere", meaning: "Højt beløb pr. køb, men få køb.", action: "Giv dem grunde til at komme oftere: opfølgende tilbud, der passer til deres store køb." },
  oneTimeBuyers: { name: "Engangskunder", meaning: "Har købt én gang: lille sandsynlighed for at købe igen uden en grund.", action: "Send snart et tilbud på køb nummer to; reagerer de ikke, så brug få penge på dem." },
  otherCustomers: { name: "Øvrige kunder", meaning: "Alle andre: genkøbere, der hverken køber oftest eller bruger mest.", action: "Hold dem med i de faste kampagner, og hold øje med, om de skifter gruppe." },
};

const sv: SegmentLabels = {
  champions: { name: "Toppkunder", meaning: "Har köpt nyligen, köper ofta och lägger mest.", action: "Belöna dem, be om omdömen och rekommendationer, och ge dem först tillgång till nya produkter." },
  loyal: { name: "Trogna kunder", meaning: "Köper ofta; senaste köpet var ett tag sedan eller ganska nyligen.", action: "Erbjud ett lojalitetsprogram och sälj produkter med högre värde." },
  potentialLoyalists: { name: "Potentiellt lojala", meaning: "Har köpt nyligen, några gånger: på väg att köpa ofta.", action: "Erbjud medlemskap eller ett lojalitetsprogram och rekommendera relaterade produkter." },
  new: { name: "Nya kunder", meaning: "Har köpt för första gången alldeles nyligen.", action: "Välkomna dem, hjälp dem komma igång och gör det enkelt att köpa igen." },
  promising: { name: "Lovande kunder", meaning: "Har köpt en gång, ganska nyligen.", action: "Gör dem bekanta med sortimentet med ett gratis prov eller ett introduktionserbjudande." },
  needAttention: { name: "Behöver uppmärksamhet", meaning: "Köpte för ett tag sedan, ett medelantal gånger.", action: "Skicka tidsbegränsade erbjudanden och rekommendationer utifrån deras köp." },
  aboutToSleep: { name: "På väg att gå i dvala", meaning: "Köpte senast för ett tag sedan och bara en eller två gånger.", action: "Visa populära produkter och en rabatt för att vinna tillbaka dem innan de försvinner." },
  atRisk: { name: "I riskzonen", meaning: "Köpte ofta förut, men inte på länge.", action: "Skicka personliga mejl för att återknyta kontakten, med erbjudanden och nyttigt innehåll." },
  cantLoseThem: { name: "Får inte förloras", meaning: "Köpte tidigare allra oftast, men inte på länge.", action: "Vinn tillbaka dem med nya produkter eller förnyelser; prata med dem och låt dem inte gå till en konkurrent." },
  hibernating: { name: "I dvala", meaning: "Har köpt en eller två gånger, för länge sedan.", action: "Erbjud andra relevanta produkter och specialrabatter; lägg inte mycket pengar på dem." },
  loyalCustomers: { name: "Lojala kunder", meaning: "Täta återköp, och köper troligen fortfarande.", action: "Belöna dem: exklusiva erbjudanden, först tillgång till nyheter och personlig service." },
  potentialBigSpenders: { name: "Potentiella storköpare", meaning: "Högt belopp per köp, men få köp.", action: "Ge dem skäl att komma oftare: uppföljande erbjudanden som passar deras stora köp." },
  oneTimeBuyers: { name: "Engångskunder", meaning: "Har köpt en gång: liten chans att de köper igen utan en anledning.", action: "Skicka snart ett erbjudande om ett andra köp; svarar de inte, lägg lite pengar på dem." },
  otherCustomers: { name: "Övriga kunder", meaning: "Alla andra: återköpare som varken köper oftast eller lägger mest.", action: "Håll dem kvar i de vanliga kampanjerna och se om de byter grupp." },
};

const tables: Record<Language, SegmentLabels> = { en, da, sv };

/**
 * The name and suggested action of a segment in a language.
 *
 * Source: the common RFM segment names and actions of marketing practice, in Danish and Swedish
 * (Loyale kunder / Lojala kunder).
 * @example segmentLabel("da", "loyalCustomers") // { name: "Loyale kunder", meaning: "Hyppige genkøb, …", action: "Beløn dem: …" }
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
