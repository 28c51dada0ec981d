//! The check-word list: 1,024 short, common Dutch words, each one index of ten bits. Fixed
//! for ever: every device must turn the same key into the same words, so a word is never
//! changed, moved or removed (see the known-answer test in `signing/tests.rs`).
//!
//! One string with a space after each word (the last has none), rather than an array of
//! 1,024 string slices: the viewer's first download is smaller by the array's pointers.

pub(crate) const WORDS: &str =
    "bij duif eend egel ezel gans geit haas hert hond kip koe kraai krab leeuw lama mier otter \
paard pad panda reiger rups schaap slak spin specht tijger uil vink vis vlinder walvis \
zebra zwaan zalm haring kikker merel meeuw giraf kameel olifant konijn cavia hamster veulen \
kalf big mees kievit valk arend libel kever dolfijn zeehond kwal garnaal mossel oester \
inktvis karper forel snoek baars paling tonijn hagedis krekel hommel eekhoorn ree wasbeer \
buizerd fazant kwartel lijster zwaluw spreeuw ekster kauw gaai koekoek pelikaan kanarie \
parkiet kolibrie toekan ijsbeer koala zeekoe rob bizon eland lynx poema jaguar gorilla pony \
muilezel stier kuiken krokodil appel banaan kers druif pruim perzik meloen citroen mango \
kiwi ananas aardbei framboos bosbes vijg dadel noot walnoot pinda amandel kastanje tomaat \
wortel prei knoflook paprika sla spinazie boon erwt mais rijst brood boter melk yoghurt \
pasta pizza taart wafel beschuit jam honing suiker peper thee koffie sap limonade cacao \
drop snoep pudding kwark room olie azijn mosterd saus friet pompoen radijs biet selderij \
venkel asperge broccoli andijvie witlof kokos linze haver tarwe rogge gerst deeg gist toast \
tosti stroop oliebol stamppot hutspot muesli spruit rabarber abrikoos bramen braam rozijn \
krent vanille kaneel gember munt dille bieslook berg blad bloem tulp lelie madelief gras \
mos varen klaver duin strand rivier beek sloot kanaal dijk polder heide weide veld akker \
park heuvel grot rots steen klei ijs sneeuw regen wind storm wolk mist hagel zon komeet \
planeet hemel lucht donder golf eiland vulkaan woestijn oase baai haven waterval ijsberg \
oever kreek vijver plas moeras eik den spar wilg populier esdoorn linde iep hazelaar struik \
haag hei narcis krokus orchidee cactus eikel schelp kiezel kristal parel stoel tafel bank \
bed kast lamp deur raam muur vloer dak sleutel spiegel klok wekker kussen deken laken \
tapijt gordijn vaas pan ketel kopje beker bord kom lepel vork schaal emmer bezem dweil zeep \
handdoek borstel naald draad knoop lint doos koffer tas rugzak paraplu bril horloge ring \
armband oorbel pet muts sjaal trui broek jurk hemd sok schoen laars sandaal slipper want \
riem vest pyjama badjas kapstok krukje plank lade sofa fauteuil lantaarn fakkel dekbed \
matras schort servet vergiet rasp zeef trechter mixer oven koelkast fornuis douche wastafel \
hamer schroef spijker tang beitel ladder schop gieter kwast verf lijm tape liniaal potlood \
gum krijt papier schrift kaart stift map agenda kalender nietje plakband schaar fiets auto \
bus trein tram metro schip kano vlot zeil raket step slee kar wagen brommer scooter taxi \
pont tractor sloep jacht ballon zeppelin caravan camper bakfiets tandem piano gitaar viool \
fluit trommel harp hoorn trompet orgel bel lied dans pop vlieger puzzel knikker schommel \
glijbaan zandbak banjo cello tuba saxofoon triangel xylofoon ukelele koor melodie ritme \
voetbal tennis hockey judo yoga schaats ski surf korfbal honkbal pingpong turnen atletiek \
zwemles sprint marathon huis hut schuur molen toren brug kasteel paleis school winkel markt \
plein straat laan weg dorp stad station hotel bakker museum theater zwembad bioscoop kiosk \
sluis steiger kade wijk buurt zolder kelder veranda balkon terras poort blauw geel groen \
oranje roze wit grijs bruin goud zilver brons cirkel vierkant hoek kubus piramide driehoek \
ovaal spiraal lente zomer herfst winter ochtend middag avond week maand jaar seizoen \
vrolijk zacht warm snel stil blij mooi lief groot klein rustig fris helder zonnig licht \
slim sterk trouw eerlijk dapper aardig gezellig zuiver stevig moedig vrij anker kompas \
globe atlas loep camera foto tekening beeld fontein tegel baksteen dakpan venster luik \
pilaar koning koningin prins prinses ridder draak reus tovenaar fee kabouter piraat matroos \
kapitein visser boer tuinman schilder smid dokter juf meester vuur water aarde vlam muziek \
kunst taal verhaal sprookje gedicht krant feest cadeau pakje slinger confetti voorjaar \
najaar tent kampvuur picknick uitje reis vakantie knuffel dromen wens hoop geluk vreugde \
lach glimlach vriend vriendin buurman ijsco popcorn kermis bakje schepje hangslot spons \
washand shampoo notitie briefje dammen schaken domino memorie bingo klavier akkoord fanfare \
visnet hengel dobber ceder cipres palm bamboe olijf nest snavel vleugel ijsbaan roeien \
wandelen zwemmen stro graan oogst zaad kiem wimpel banier graaf gravin hertog baron kroon \
scepter troon zeester zeepaard stroom getij vloed fles kurk deksel blik zak stekker kabel \
radio stempel speld wiel band zadel stuur pedaal spaak motor ruit antenne rooster kraag \
mouw gesp rits veter zool thermos dienblad schotel pollepel garde grill bloesem steel doorn \
schil kern korrel druppel ijspegel rijp dauw bries horizon branding schuim zeewier koraal \
lagune fjord delta rif kaap plateau vallei kloof ravijn top piek helling weiland bosrand \
rund bok hinde wezel bunzing marter grutto tureluur kluut fuut meerkoet havik sperwer wulp \
snip plevier alk papegaai ooievaar lepelaar makreel ansjovis sardine bokking spiering \
goudvis guppy vlieg mug wesp glimworm cocon larve gekko leguaan kameleon walrus woelmuis \
gerbil fret hyena jakhals luipaard buffel antilope gazelle impala okapi tapir luiaard \
panter orka narwal beluga ontbijt lunch diner maaltijd salade wrap bolletje banket gebak \
tompouce bonbon karamel nougat praline lolly kauwgom toffee omelet curry noedels sushi taco \
falafel hummus couscous quinoa polenta risotto lasagne ravioli pesto wasmand kozijn drempel \
behang plafond lampion bui onweer ijzel vorst motregen orkaan tornado melkweg nevel meteoor \
poolster bakkerij slagerij apotheek kapper garage iglo hal kamer keuken camping drum gong \
bongo marimba fagot hobo klarinet piccolo citer mikado kwartet sjoelen jojo hoepel hinkelen \
hout ijzer koper tin lood staal katoen zijde linnen leer vilt rubber plastic karton marmer \
graniet piloot postbode schipper herder imker ober zoet glad ruw plat hoog breed smal lang \
kort nieuw jong vroeg laat koel koud heet droog nat vol donker zwaar fijn leuk grappig \
sierlijk netjes vlug traag zuinig handig knap idee keuze rust tijd ruimte vrede moed kracht \
geduld humor avontuur bagage harmonie hangmat jongleur karavaan labyrint opera pagode \
perron raadsel regatta safari sonate tempo vesting wigwam woonboot zigzag acrobaat albatros \
amulet archief balsem bazaar bergtop bloemist bolhoed cabaret canvas carnaval circus \
citadel dambord decor diadeem duikbril etalage flanel folder fossiel galerie gondel jasmijn \
juweel kapel keramiek konvooi koepel lavendel magneet mammoet mantel medaille monument \
muzikant oceaan okergeel pagina palet panorama parasol patroon penseel plataan pluim poster \
prairie primula recept robijn saffier satijn sering signaal silhouet smaragd sonnet stadion \
symfonie tijdperk topaas turkoois uitzicht uniform vaandel viaduct vitrine wingerd";

/// The word at `index` (0–1023) of the list.
pub(crate) fn word(index: usize) -> &'static str {
    WORDS.split(' ').nth(index).unwrap_or_default()
}
