/**
 * Town names in the region's own languages (Armenian, Azerbaijani, Georgian, Russian), by GeoNames
 * id: what the panel and search show beside the romanised label, and the local name the map writes
 * under it from the detail zoom. No offline gazetteer of alternate names is reachable here (the
 * GeoNames alternate-names table is not in any npm or Debian package), so the table is editorial:
 * official spellings and established usage. Names marked `cldr` are the Unicode CLDR 48 city names
 * (its time-zone exemplar cities, checked against cldr-dates-full 48.2.0); the rest are `editorial`.
 *
 * Azerbaijani names of Azerbaijani towns are not repeated here: they are the official spellings of
 * names.ts (AZERBAIJANI_OFFICIAL). A contested town has both sides' names in every language that
 * has both, in the pair order of geodata/layers/conventions.json.
 */
import { NAME_LANGUAGES, type NameLanguage, type RegionalName } from '../../lib/data/languages';
import { AZERBAIJANI_OFFICIAL } from './names';

type Entry = Partial<Record<NameLanguage, string | readonly string[]>> & { cldr?: readonly NameLanguage[] };

export const REGIONAL_NAMES: Readonly<Record<number, Entry>> = {
  // Capitals and towns the sources name outside the region.
  524901: { hy: 'Մոսկվա', az: 'Moskva', ka: 'მოსკოვი', ru: 'Москва', cldr: ['hy', 'az', 'ka', 'ru'] }, // Moscow
  112931: { hy: 'Թեհրան', az: 'Tehran', ka: 'თეირანი', ru: 'Тегеран', cldr: ['hy', 'ka', 'ru'] }, // Tehran
  323786: { hy: 'Անկարա', az: 'Ankara', ka: 'ანკარა', ru: 'Анкара' }, // Ankara
  1176615: { hy: 'Իսլամաբադ', az: 'İslamabad', ka: 'ისლამაბადი', ru: 'Исламабад' }, // Islamabad
  4140963: { hy: 'Վաշինգտոն', az: 'Vaşinqton', ka: 'ვაშინგტონი', ru: 'Вашингтон' }, // Washington
  5128581: { hy: 'Նյու Յորք', az: 'Nyu York', ka: 'ნიუ-იორკი', ru: 'Нью-Йорк', cldr: ['hy', 'az', 'ka', 'ru'] }, // New York
  281184: { hy: 'Երուսաղեմ', az: 'Yerusəlim', ka: 'იერუსალიმი', ru: 'Иерусалим', cldr: ['hy', 'az', 'ka', 'ru'] }, // Jerusalem
  293397: { hy: 'Թել Ավիվ', az: 'Təl-Əviv', ru: 'Тель-Авив' }, // Tel Aviv
  306571: { hy: 'Կոնիա', ru: 'Конья' }, // Konya
  304081: { hy: 'Մուշ', ru: 'Муш' }, // Mus
  143083: { hy: 'Արդաբիլ', az: 'Ərdəbil', ru: 'Ардебиль' }, // Ardabil

  // Armenia.
  616052: { hy: 'Երևան', az: 'İrəvan', ka: 'ერევანი', ru: 'Ереван', cldr: ['hy', 'ka', 'ru'] }, // Yerevan
  616635: { hy: 'Գյումրի', az: 'Gümrü', ru: 'Гюмри' }, // Gyumri
  616530: { hy: 'Վանաձոր', ru: 'Ванадзор' }, // Vanadzor
  174875: { hy: 'Կապան', az: 'Qafan', ru: 'Капан' }, // Kapan
  174895: { hy: 'Գորիս', az: 'Gorus', ru: 'Горис' }, // Goris
  616629: { hy: 'Հրազդան', ru: 'Раздан' }, // Hrazdan
  616631: { hy: 'Արմավիր', ru: 'Армавир' }, // Armavir
  616599: { hy: 'Գավառ', ru: 'Гавар' }, // Gavar
  174979: { hy: 'Արտաշատ', ru: 'Арташат' }, // Artashat
  616877: { hy: 'Աշտարակ', ru: 'Аштарак' }, // Ashtarak
  616627: { hy: 'Իջևան', ru: 'Иджеван' }, // Ijevan
  174710: { hy: 'Եղեգնաձոր', ru: 'Ехегнадзор' }, // Yeghegnadzor

  // Georgia.
  611717: { hy: 'Թբիլիսի', az: 'Tbilisi', ka: 'თბილისი', ru: 'Тбилиси', cldr: ['hy', 'ka', 'ru'] }, // Tbilisi
  613607: { ka: 'ქუთაისი', ru: 'Кутаиси' }, // Kutaisi
  615532: { ka: 'ბათუმი', ru: 'Батуми' }, // Batumi
  611847: { ka: 'სოხუმი', ru: ['Сухуми', 'Сухум'] }, // Sokhumi
  610824: { ka: 'ზუგდიდი', ru: 'Зугдиди' }, // Zugdidi
  612287: { ka: 'რუსთავი', ru: 'Рустави' }, // Rustavi
  614455: { ka: 'გორი', ru: 'Гори' }, // Gori
  611694: { ka: 'თელავი', ru: 'Телави' }, // Telavi
  612536: { ka: 'ოზურგეთი', ru: 'Озургети' }, // Ozurgeti
  615860: { ka: 'ახალციხე', ru: 'Ахалцихе' }, // Akhaltsikhe
  612890: { ka: 'მცხეთა', ru: 'Мцхета' }, // Mtskheta

  // Azerbaijan: the Azerbaijani name is the official spelling (names.ts).
  587084: { hy: 'Բաքու', ka: 'ბაქო', ru: 'Баку', cldr: ['hy', 'az', 'ka', 'ru'] }, // Baku
  586523: { ru: 'Гянджа' }, // Ganja
  584923: { ru: 'Сумгаит' }, // Sumqayit
  147622: { ru: 'Ленкорань' }, // Lankaran
  584649: { ru: 'Евлах' }, // Yevlakh
  147429: { hy: 'Նախիջևան', ru: 'Нахичевань' }, // Nakhchivan
  585514: { ru: 'Мингечевир' }, // Mingachevir
  147288: { ru: 'Саатлы' }, // Saatli
  585103: { ru: 'Карачухур' }, // Qarachukhur
  148565: { ru: 'Ширван' }, // Shirvan
  824003: { ru: 'Бакиханов' }, // Bakikhanov
  585170: { ru: 'Шеки' }, // Shaki
  585915: { ru: 'Хырдалан' }, // Khirdalan
  587057: { ru: 'Барда' }, // Barda
  584717: { ru: 'Хачмаз' }, // Khachmaz
  147271: { ru: 'Сальяны' }, // Salyan
  148290: { ru: 'Джалилабад' }, // Jalilabad
  585152: { ru: 'Шамкир' }, // Shamkir
  586427: { ru: 'Гёйчай' }, // Goychay
  587384: { ru: 'Агджабеди' }, // Aghjabadi
  147982: { ru: 'Имишли' }, // Imishli
  585156: { ru: 'Шемаха' }, // Shamakhi
  585187: { ru: 'Сабирабад' }, // Sabirabad
  587378: { ru: 'Агдаш' }, // Aghdash
  586763: { ru: 'Шабран' }, // Shabran
  585225: { ru: 'Гаджигабул' }, // Hajiqabul
  585221: { ru: 'Губа' }, // Quba
  585763: { ru: 'Кюрдамир' }, // Kurdamir
  585226: { ru: 'Газах' }, // Qazakh
  147425: { ru: 'Нефтчала' }, // Neftchala
  584596: { ru: 'Закатала' }, // Zaqatala
  584871: { ru: 'Тертер' }, // Tartar
  148340: { ru: 'Билясувар' }, // Bilasuvar
  584716: { ru: 'Гёйгёль' }, // Goygol
  587361: { ru: 'Агсу' }, // Aghsu
  585220: { ru: 'Гусар' }, // Qusar
  584791: { ru: 'Уджар' }, // Ujar
  148354: { ru: 'Бейлаган' }, // Beylaqan
  148445: { ru: 'Астара' }, // Astara
  586318: { ru: 'Исмаиллы' }, // Ismayilli
  584821: { ru: 'Товуз' }, // Tovuz
  587362: { ru: 'Агстафа' }, // Aghstafa
  585227: { ru: 'Гах' }, // Qakh
  585231: { ru: 'Габала' }, // Qabala
  584586: { ru: 'Зардаб' }, // Zardab
  586765: { ru: 'Дашкесан' }, // Dashkasan
  147552: { ru: 'Масаллы' }, // Masalli
  587070: { ru: 'Балакен' }, // Balakan
  586573: { ru: 'Гедабек' }, // Gadabay
  586430: { ru: 'Геранбой' }, // Goranboy
  147611: { ru: 'Лерик' }, // Lerik
  585400: { ru: 'Нафталан' }, // Naftalan
  585333: { ru: 'Огуз' }, // Oghuz
  585177: { ru: 'Самух' }, // Samukh
  146961: { ru: 'Ярдымлы' }, // Yardimli
  585570: { ru: 'Гобустан' }, // Qobustan
  585909: { ru: 'Хызы' }, // Khizi
  584954: { ru: 'Сиязань' }, // Siyazan

  // Contested towns of Karabakh and the districts around it: the Armenian name in Armenian, and
  // both names in Russian, in the pair order of the label.
  146970: { hy: 'Ստեփանակերտ', ru: ['Ханкенди', 'Степанакерт'] }, // Khankandi / Stepanakert
  147105: { hy: 'Շուշի', ru: ['Шуша', 'Шуши'] }, // Shusha / Shushi
  147625: { hy: 'Բերձոր', ru: ['Бердзор', 'Лачин'] }, // Berdzor / Lachin
  148619: { hy: 'Ակնա', ru: ['Агдам', 'Акна'] }, // Aghdam / Akna
  148106: { hy: 'Վարանդա', ru: ['Физули', 'Варанда'] }, // Fuzuli / Varanda
  586268: { hy: 'Քարվաճառ', ru: ['Кельбаджар', 'Карвачар'] }, // Kalbajar / Karvachar
  148141: { hy: 'Ջրական', ru: ['Джебраил', 'Джракан'] }, // Jabrayil / Jrakan
  146901: { hy: 'Կովսական', ru: ['Ковсакан', 'Зангилан'] }, // Kovsakan / Zangilan
  147305: { hy: 'Քաշունիք', ru: ['Кашуник', 'Кубатлы'] }, // Kashunik / Qubadli
  147774: { hy: 'Իվանյան', ru: ['Иванян', 'Ходжалы'] }, // Ivanyan / Khojali
  146969: { hy: 'Մարտունի', ru: ['Ходжавенд', 'Мартуни'] }, // Khojavand / Martuni
};

/** The languages of each country's own names: what the map writes under a town's label. */
const LOCAL_LANGUAGES: Readonly<Record<string, readonly NameLanguage[]>> = {
  ARM: ['hy'],
  AZE: ['az'],
  GEO: ['ka'],
};

/**
 * A town's names in the region's languages, in the atlas's order of languages, each with its
 * source; the Azerbaijani official spelling of an Azerbaijani town comes from names.ts.
 */
export function regionalNames(geonameid: number, iso3: string): RegionalName[] {
  const entry = REGIONAL_NAMES[geonameid] ?? {};
  const out: RegionalName[] = [];
  const official = iso3 === 'AZE' ? AZERBAIJANI_OFFICIAL[geonameid] : undefined;
  for (const lang of NAME_LANGUAGES) {
    const written = lang === 'az' && official !== undefined ? [official] : entry[lang];
    const names = typeof written === 'string' ? [written] : (written ?? []);
    const source = entry.cldr?.includes(lang) ? 'CLDR' : 'editorial';
    for (const name of names) out.push({ name, lang, source });
  }
  return out;
}

/** A contested pair of geodata/layers/conventions.json: its stated order and which name is whose. */
export interface Contested {
  pair: readonly [string, string];
  armenian: string;
  azerbaijani: string;
}

/**
 * The town's name in its own country's language, written under the label from the detail zoom;
 * for a contested town both sides' names in the label's order ("Khankandi / Stepanakert" →
 * "Xankəndi / Ստեփանակերտ"). Empty when it would only repeat the label (Quba, Astara) or the town
 * is outside the region.
 */
export function localLabel(label: string, iso3: string, names: readonly RegionalName[], contested?: Contested): string {
  const first = (lang: NameLanguage) => names.find((n) => n.lang === lang)?.name;
  const parts = contested
    ? contested.pair.map((n) => first(n === contested.armenian ? 'hy' : 'az'))
    : (LOCAL_LANGUAGES[iso3] ?? []).map(first);
  if (parts.some((p) => p === undefined)) return '';
  const local = parts.join(' / ');
  return local === label ? '' : local;
}
