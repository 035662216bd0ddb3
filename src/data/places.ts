/**
 * Countries and regions with their demonyms and short forms, for matching "Ukrainian" to "Ukraine"
 * and telling a place ("Ukraine") from a nationality ("Ukrainian envoy"). Compiled by hand from the
 * ISO 3166 country list and the CIA World Factbook's nationality entries; common news short forms
 * ("U.S.", "U.K.", "UAE") added.
 *
 * Each row: canonical name | other names and short forms | demonyms.
 */
const ROWS = `
Afghanistan||Afghan,Afghans
Albania||Albanian,Albanians
Algeria||Algerian,Algerians
Argentina||Argentine,Argentinian,Argentines
Armenia||Armenian,Armenians
Australia||Australian,Australians,Aussie
Austria||Austrian,Austrians
Azerbaijan||Azerbaijani,Azerbaijanis,Azeri
Bangladesh||Bangladeshi,Bangladeshis
Belarus||Belarusian,Belarusians
Belgium||Belgian,Belgians
Bolivia||Bolivian,Bolivians
Bosnia|Bosnia and Herzegovina|Bosnian,Bosnians
Brazil||Brazilian,Brazilians
Bulgaria||Bulgarian,Bulgarians
Cambodia||Cambodian,Cambodians
Canada||Canadian,Canadians
Chile||Chilean,Chileans
China|PRC|Chinese
Colombia||Colombian,Colombians
Croatia||Croatian,Croatians,Croat,Croats
Cuba||Cuban,Cubans
Cyprus||Cypriot,Cypriots
Czech Republic|Czechia|Czech,Czechs
Denmark||Danish,Dane,Danes
Egypt||Egyptian,Egyptians
England||English,Englishman,Englishmen,Englishwoman
Estonia||Estonian,Estonians
Ethiopia||Ethiopian,Ethiopians
Finland||Finnish,Finn,Finns
France||French,Frenchman,Frenchmen
Georgia||Georgian,Georgians
Germany||German,Germans
Ghana||Ghanaian,Ghanaians
Greece||Greek,Greeks
Hungary||Hungarian,Hungarians
India||Indian,Indians
Indonesia||Indonesian,Indonesians
Iran||Iranian,Iranians
Iraq||Iraqi,Iraqis
Ireland|Irish Republic|Irish
Israel||Israeli,Israelis
Italy||Italian,Italians
Japan||Japanese
Jordan||Jordanian,Jordanians
Kazakhstan||Kazakh,Kazakhs
Kenya||Kenyan,Kenyans
Kosovo||Kosovar,Kosovars
Kuwait||Kuwaiti,Kuwaitis
Latvia||Latvian,Latvians
Lebanon||Lebanese
Libya||Libyan,Libyans
Lithuania||Lithuanian,Lithuanians
Malaysia||Malaysian,Malaysians
Mexico||Mexican,Mexicans
Moldova||Moldovan,Moldovans
Mongolia||Mongolian,Mongolians
Morocco||Moroccan,Moroccans
Myanmar|Burma|Burmese
Nepal||Nepalese,Nepali
Netherlands|Holland|Dutch
New Zealand||New Zealander,New Zealanders,Kiwi
Nigeria||Nigerian,Nigerians
North Korea|DPRK|North Korean,North Koreans
Norway||Norwegian,Norwegians
Pakistan||Pakistani,Pakistanis
Palestine|Palestinian territories|Palestinian,Palestinians
Peru||Peruvian,Peruvians
Philippines||Filipino,Filipinos,Philippine
Poland||Polish,Pole,Poles
Portugal||Portuguese
Qatar||Qatari,Qataris
Romania||Romanian,Romanians
Russia|Russian Federation|Russian,Russians
Saudi Arabia||Saudi,Saudis
Scotland||Scottish,Scot,Scots
Serbia||Serbian,Serbians,Serb,Serbs
Singapore||Singaporean,Singaporeans
Slovakia||Slovak,Slovaks
Slovenia||Slovenian,Slovenians,Slovene
Somalia||Somali,Somalis
South Africa||South African,South Africans
South Korea|Korea|South Korean,South Koreans,Korean,Koreans
Spain||Spanish,Spaniard,Spaniards
Sri Lanka||Sri Lankan,Sri Lankans
Sudan||Sudanese
Sweden||Swedish,Swede,Swedes
Switzerland||Swiss
Syria||Syrian,Syrians
Taiwan||Taiwanese
Thailand||Thai,Thais
Tunisia||Tunisian,Tunisians
Turkey|Turkiye|Turkish,Turk,Turks
Ukraine||Ukrainian,Ukrainians
United Arab Emirates|UAE,Emirates|Emirati,Emiratis
United Kingdom|U.K.,UK,Britain,Great Britain|British,Briton,Britons
United States|U.S.,US,USA,U.S.A.,America,United States of America|American,Americans
Venezuela||Venezuelan,Venezuelans
Vietnam||Vietnamese
Wales||Welsh
Yemen||Yemeni,Yemenis
Zimbabwe||Zimbabwean,Zimbabweans
Andorra||Andorran,Andorrans
Angola||Angolan,Angolans
Bahamas|The Bahamas|Bahamian,Bahamians
Bahrain||Bahraini,Bahrainis
Barbados||Barbadian,Barbadians
Belize||Belizean,Belizeans
Benin||Beninese
Bhutan||Bhutanese
Botswana||Motswana,Batswana
Brunei||Bruneian,Bruneians
Burkina Faso||Burkinabe
Burundi||Burundian,Burundians
Cameroon||Cameroonian,Cameroonians
Cape Verde|Cabo Verde|Cape Verdean,Cape Verdeans
Costa Rica||Costa Rican,Costa Ricans
Democratic Republic of Congo|DRC,DR Congo,Democratic Republic of the Congo|Congolese
Congo|Republic of Congo,Congo-Brazzaville|
Djibouti||Djiboutian,Djiboutians
Dominican Republic||Dominican,Dominicans
East Timor|Timor-Leste|Timorese
Ecuador||Ecuadorian,Ecuadorians
El Salvador||Salvadoran,Salvadorans
Eritrea||Eritrean,Eritreans
Eswatini|Swaziland|Swazi,Swazis
Fiji||Fijian,Fijians
Gabon||Gabonese
Gambia|The Gambia|Gambian,Gambians
Greenland||Greenlander,Greenlanders,Greenlandic
Guatemala||Guatemalan,Guatemalans
Guyana||Guyanese
Haiti||Haitian,Haitians
Honduras||Honduran,Hondurans
Hong Kong||Hongkonger,Hongkongers
Iceland||Icelandic,Icelander,Icelanders
Ivory Coast|Cote d'Ivoire|Ivorian,Ivorians
Jamaica||Jamaican,Jamaicans
Kyrgyzstan||Kyrgyz
Laos||Laotian,Laotians
Lesotho||Basotho
Liberia||Liberian,Liberians
Liechtenstein||
Luxembourg||Luxembourger,Luxembourgers
Macau|Macao|Macanese
Madagascar||Malagasy
Malawi||Malawian,Malawians
Maldives||Maldivian,Maldivians
Mali||Malian,Malians
Malta||Maltese
Mauritania||Mauritanian,Mauritanians
Mauritius||Mauritian,Mauritians
Monaco||Monegasque
Montenegro||Montenegrin,Montenegrins
Mozambique||Mozambican,Mozambicans
Namibia||Namibian,Namibians
Nicaragua||Nicaraguan,Nicaraguans
Niger||Nigerien,Nigeriens
North Macedonia|Macedonia|Macedonian,Macedonians
Northern Ireland||Northern Irish
Oman||Omani,Omanis
Panama||Panamanian,Panamanians
Papua New Guinea|PNG|Papua New Guinean,Papua New Guineans
Paraguay||Paraguayan,Paraguayans
Rwanda||Rwandan,Rwandans
Samoa||Samoan,Samoans
San Marino||Sammarinese
Senegal||Senegalese
Seychelles||Seychellois
Sierra Leone||Sierra Leonean,Sierra Leoneans
Solomon Islands||Solomon Islander,Solomon Islanders
South Sudan||South Sudanese
Suriname||Surinamese
Tajikistan||Tajik,Tajiks
Tanzania||Tanzanian,Tanzanians
Togo||Togolese
Tonga||Tongan,Tongans
Trinidad and Tobago|Trinidad|Trinidadian,Trinidadians
Turkmenistan||Turkmen
Uganda||Ugandan,Ugandans
Uruguay||Uruguayan,Uruguayans
Uzbekistan||Uzbek,Uzbeks
Vanuatu||Ni-Vanuatu
Zambia||Zambian,Zambians
Europe|European Union,EU|European,Europeans
Africa||African,Africans
Asia||Asian,Asians
Crimea||Crimean,Crimeans
Gaza|Gaza Strip|Gazan,Gazans
`;

export interface CountryRow {
  name: string;
  aliases: string[];
  demonyms: string[];
}

export const COUNTRIES: CountryRow[] = ROWS.trim()
  .split('\n')
  .map((line) => {
    const [name, aliases, demonyms] = line.split('|');
    const list = (s: string | undefined) => (s ? s.split(',').filter(Boolean) : []);
    return { name: name!, aliases: list(aliases), demonyms: list(demonyms) };
  });

const key = (s: string) => s.toLowerCase().replace(/\.$/, '');

/** lower-cased name, alias or demonym -> canonical country name */
export const COUNTRY_OF = new Map<string, string>();
/** lower-cased demonyms */
export const DEMONYMS = new Set<string>();
/** lower-cased names and aliases that are places */
export const COUNTRY_NAMES = new Set<string>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) {
    COUNTRY_OF.set(key(n), c.name);
    COUNTRY_NAMES.add(key(n));
  }
  for (const d of c.demonyms) {
    COUNTRY_OF.set(key(d), c.name);
    DEMONYMS.add(key(d));
  }
}
