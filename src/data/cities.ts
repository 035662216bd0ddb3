/**
 * Cities, regions and other places that news text names without a marker ("in London", "a Sydney
 * clifftop"). Compiled by hand: world capitals (UN member states), the largest cities by population
 * (UN World Urbanization Prospects), U.S. states, Canadian provinces, Australian states, and places
 * frequent in international news. Lower-cased; multi-word names are written with spaces.
 */
export const PLACES = new Set(
  `
kabul tirana algiers luanda buenos aires yerevan canberra vienna baku nassau manama dhaka minsk brussels
belmopan porto novo thimphu sucre sarajevo gaborone brasilia sofia ouagadougou phnom penh yaounde ottawa
santiago beijing bogota kinshasa zagreb havana nicosia prague copenhagen djibouti santo domingo quito cairo
san salvador asmara tallinn addis ababa suva helsinki paris libreville tbilisi berlin accra athens
guatemala city conakry georgetown budapest reykjavik new delhi delhi jakarta tehran baghdad dublin jerusalem
rome kingston tokyo amman astana nairobi pristina kuwait city bishkek vientiane riga beirut monrovia tripoli
vilnius luxembourg antananarivo lilongwe kuala lumpur male bamako valletta nouakchott mexico city chisinau
ulaanbaatar podgorica rabat maputo naypyidaw windhoek kathmandu amsterdam wellington managua niamey abuja
pyongyang skopje oslo muscat islamabad panama city asuncion lima manila warsaw lisbon doha bucharest moscow
kigali riyadh dakar belgrade freetown singapore bratislava ljubljana mogadishu pretoria seoul juba madrid
colombo khartoum paramaribo stockholm bern damascus taipei dushanbe dodoma bangkok lome tunis ankara
ashgabat kampala kyiv kiev abu dhabi london washington montevideo tashkent caracas hanoi sanaa lusaka harare
new york los angeles chicago houston phoenix philadelphia san antonio san diego dallas san jose austin
jacksonville san francisco columbus seattle denver boston detroit nashville memphis portland las vegas
baltimore milwaukee atlanta miami oakland minneapolis cleveland new orleans tampa pittsburgh cincinnati
sacramento st louis orlando honolulu anchorage salt lake city
toronto montreal vancouver calgary edmonton quebec winnipeg halifax
sydney melbourne brisbane perth adelaide auckland christchurch hobart darwin
manchester birmingham liverpool glasgow edinburgh leeds bristol cardiff belfast oxford cambridge
kensington westminster brixton hackney camden
hamburg munich cologne frankfurt stuttgart dusseldorf dresden leipzig
marseille lyon toulouse nice strasbourg bordeaux lille
milan naples turin florence venice genoa palermo
barcelona valencia seville bilbao malaga
rotterdam the hague antwerp geneva zurich basel lausanne
krakow gdansk wroclaw lviv kharkiv odesa odessa dnipro zaporizhzhia mariupol kherson bakhmut donetsk luhansk
sumy mykolaiv chernihiv poltava avdiivka kramatorsk sevastopol crimea donbas
st petersburg novosibirsk yekaterinburg kazan belgorod kursk rostov volgograd kaliningrad
istanbul izmir ankara gaza rafah khan younis jenin ramallah west bank tel aviv haifa golan
aleppo homs idlib mosul basra erbil kirkuk tehran isfahan shiraz karachi lahore peshawar mumbai bombay
kolkata calcutta chennai madras bangalore bengaluru hyderabad ahmedabad pune kashmir
shanghai shenzhen guangzhou hong kong macau wuhan chengdu chongqing tianjin xinjiang tibet taiwan
osaka kyoto yokohama nagoya hiroshima fukushima okinawa busan incheon
ho chi minh city saigon yangon mandalay chiang mai phuket bali surabaya cebu davao
lagos kano ibadan johannesburg cape town durban soweto casablanca marrakesh alexandria giza luxor
mombasa darfur benghazi misrata timbuktu goma
sao paulo rio de janeiro salvador recife porto alegre belo horizonte manaus cordoba rosario medellin
cali guadalajara monterrey tijuana cancun acapulco juarez
california texas florida new york state pennsylvania illinois ohio georgia north carolina michigan
new jersey virginia washington state arizona massachusetts tennessee indiana missouri maryland
wisconsin colorado minnesota south carolina alabama louisiana kentucky oregon oklahoma connecticut utah
iowa nevada arkansas mississippi kansas new mexico nebraska idaho west virginia hawaii new hampshire
maine montana rhode island delaware south dakota north dakota alaska vermont wyoming
ontario british columbia alberta manitoba saskatchewan nova scotia new brunswick newfoundland
new south wales victoria queensland tasmania
bavaria catalonia andalusia scotland wales england northern ireland
siberia chechnya dagestan caucasus balkans sahel sinai kurdistan punjab bengal
caspian sea black sea baltic sea red sea mediterranean south china sea persian gulf gulf of mexico
atlantic pacific arctic antarctica europe asia africa north america south america latin america
middle east
hyde park bayswater road wall street silicon valley capitol hill downing street
`
    .trim()
    .split('\n')
    .flatMap((line) => splitLine(line)),
);

/** Splits a line of space-separated names, keeping known multi-word names together. */
function splitLine(line: string): string[] {
  const multi = /(buenos aires|porto novo|phnom penh|santo domingo|san salvador|addis ababa|guatemala city|new delhi|kuwait city|kuala lumpur|mexico city|panama city|abu dhabi|new york state|new york|los angeles|san antonio|san diego|san jose|san francisco|las vegas|new orleans|st louis|salt lake city|the hague|st petersburg|tel aviv|west bank|khan younis|hong kong|ho chi minh city|chiang mai|cape town|rio de janeiro|sao paulo|porto alegre|belo horizonte|north carolina|south carolina|new jersey|washington state|new mexico|west virginia|new hampshire|rhode island|south dakota|north dakota|british columbia|nova scotia|new brunswick|new south wales|northern ireland|caspian sea|black sea|baltic sea|red sea|south china sea|persian gulf|gulf of mexico|north america|south america|latin america|middle east|hyde park|bayswater road|wall street|silicon valley|capitol hill|downing street)/g;
  const out: string[] = [];
  const rest = line.replace(multi, (m) => {
    out.push(m);
    return ' ';
  });
  for (const w of rest.split(/\s+/)) if (w) out.push(w);
  return out;
}

/** Words that make a place of the capitalized name before them: "the Odesa region", "Sumy oblast". */
export const PLACE_SUFFIXES = new Set([
  'region', 'regions', 'province', 'provinces', 'oblast', 'state', 'county', 'district', 'city', 'town',
  'village', 'island', 'islands', 'river', 'valley', 'peninsula', 'sea', 'bay', 'coast', 'mountains',
  'airport', 'port', 'square', 'street', 'road', 'avenue', 'park', 'bridge', 'border', 'junction', 'crossing',
  'canal', 'quay', 'harbour', 'harbor', 'reservoir',
]);

/** Prepositions of place: a capitalized name after them is likely a place. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'from', 'to', 'across', 'throughout', 'toward', 'towards', 'into', 'of', 'over', 'off']);
