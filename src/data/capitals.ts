/**
 * Capitals and seats of government that news uses for their country ("Kyiv and Moscow" for Ukraine
 * and Russia, "Washington would not force..."). Compiled by hand from the capitals in the ISO 3166 /
 * CIA World Factbook country entries, limited to the countries of src/data/places.ts; metonyms for
 * institutions ("the Kremlin", "Downing Street") added from news usage.
 *
 * lower-cased place -> canonical country name (as in src/data/places.ts)
 */
export const CAPITAL_OF = new Map<string, string>(
  Object.entries({
    kabul: 'Afghanistan', tirana: 'Albania', algiers: 'Algeria', 'buenos aires': 'Argentina',
    yerevan: 'Armenia', canberra: 'Australia', vienna: 'Austria', baku: 'Azerbaijan', dhaka: 'Bangladesh',
    minsk: 'Belarus', brussels: 'Belgium', sarajevo: 'Bosnia', brasilia: 'Brazil', sofia: 'Bulgaria',
    ottawa: 'Canada', santiago: 'Chile', beijing: 'China', bogota: 'Colombia', zagreb: 'Croatia',
    havana: 'Cuba', nicosia: 'Cyprus', prague: 'Czech Republic', copenhagen: 'Denmark', cairo: 'Egypt',
    tallinn: 'Estonia', 'addis ababa': 'Ethiopia', helsinki: 'Finland', paris: 'France', tbilisi: 'Georgia',
    berlin: 'Germany', accra: 'Ghana', athens: 'Greece', budapest: 'Hungary', 'new delhi': 'India',
    delhi: 'India', jakarta: 'Indonesia', tehran: 'Iran', baghdad: 'Iraq', dublin: 'Ireland',
    jerusalem: 'Israel', rome: 'Italy', tokyo: 'Japan', amman: 'Jordan', astana: 'Kazakhstan',
    nairobi: 'Kenya', pristina: 'Kosovo', riga: 'Latvia', beirut: 'Lebanon', tripoli: 'Libya',
    vilnius: 'Lithuania', 'kuala lumpur': 'Malaysia', 'mexico city': 'Mexico', chisinau: 'Moldova',
    'ulaanbaatar': 'Mongolia', rabat: 'Morocco', naypyidaw: 'Myanmar', kathmandu: 'Nepal',
    amsterdam: 'Netherlands', 'the hague': 'Netherlands', wellington: 'New Zealand', abuja: 'Nigeria',
    pyongyang: 'North Korea', oslo: 'Norway', islamabad: 'Pakistan', ramallah: 'Palestine', lima: 'Peru',
    manila: 'Philippines', warsaw: 'Poland', lisbon: 'Portugal', doha: 'Qatar', bucharest: 'Romania',
    moscow: 'Russia', kremlin: 'Russia', riyadh: 'Saudi Arabia', edinburgh: 'Scotland', belgrade: 'Serbia',
    bratislava: 'Slovakia', ljubljana: 'Slovenia', mogadishu: 'Somalia', pretoria: 'South Africa',
    seoul: 'South Korea', madrid: 'Spain', colombo: 'Sri Lanka', khartoum: 'Sudan', stockholm: 'Sweden',
    bern: 'Switzerland', damascus: 'Syria', taipei: 'Taiwan', bangkok: 'Thailand', tunis: 'Tunisia',
    ankara: 'Turkey', kyiv: 'Ukraine', kiev: 'Ukraine', 'abu dhabi': 'United Arab Emirates',
    london: 'United Kingdom', 'downing street': 'United Kingdom', 'whitehall': 'United Kingdom',
    washington: 'United States', 'white house': 'United States', pentagon: 'United States',
    caracas: 'Venezuela', hanoi: 'Vietnam', cardiff: 'Wales', sanaa: 'Yemen', harare: 'Zimbabwe',
  }),
);
