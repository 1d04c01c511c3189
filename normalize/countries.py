"""Country vocabulary: names, demonyms, capitals and institutions -> ISO codes.

Codes are ISO 3166-1 alpha-2, plus ``EU``. Capitals and institutions stand
for their government when used as actors ("Tokyo presented", "Brussels
retaliated", "the bloc"); the exporters the news names most (Toyota, Hyundai,
TSMC, Volkswagen, Novartis, ...) count as their country's demonym ("Toyota and
Honda are paying 27.5 percent" is Japan's rate), and Canada's provinces and the producing
regions the news names (Eastern Cape, Minas Gerais, Penang) name their country ("softwood
from Ontario mills"); :func:`find_countries` reports how each was named
so callers can tell a venue ("in Washington") from an actor. Countries named
inside an agreement's name ("U.S.-Mexico-Canada Agreement") are not references
to those countries; :func:`dateline_end` finds a story's dateline ("LONDON
(APWS) –"), which names a place, not a party. ``OUTSIDE_RECIPROCAL`` lists the
partners that the April 2025 reciprocal tariffs left out (Canada and Mexico,
whose rates on goods in general were the border tariffs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from normalize.folding import fold
from normalize.trie import trie_pattern

NameKind = Literal["name", "demonym", "capital", "institution"]

# code: (display name, names, demonyms, capitals/metonyms, institutions)
_COUNTRIES: dict[str, tuple[str, list[str], list[str], list[str], list[str]]] = {
    "US": ("United States", ["United States", "U.S.", "US", "U.S.A.", "USA", "America"],
           ["American", "Americans"], ["Washington"],
           ["White House", "Trump administration", "Trump", "USTR", "Commerce Department"]),
    "JP": ("Japan", ["Japan"], ["Japanese"], ["Tokyo"], ["Kantei"]),
    "CN": ("China", ["China", "People's Republic of China"], ["Chinese"], ["Beijing"],
           ["State Council Tariff Commission", "Customs Tariff Commission", "MOFCOM"]),
    "EU": ("European Union", ["European Union", "EU", "E.U.", "Europe"], ["European"], ["Brussels"],
           ["European Commission", "the bloc", "the 27-nation bloc", "27-member bloc",
            "Berlaymont"]),
    "CA": ("Canada", ["Canada", "Ontario", "Quebec", "Alberta", "British Columbia", "Manitoba",
                      "Saskatchewan", "Nova Scotia", "New Brunswick"],
           ["Canadian", "Canadians"], ["Ottawa"], []),
    "MX": ("Mexico", ["Mexico"], ["Mexican", "Mexicans"], ["Mexico City"],
           ["Palacio Nacional"]),
    "GB": ("United Kingdom", ["United Kingdom", "Britain", "Great Britain", "UK", "U.K."],
           ["British"], ["London"], ["Downing Street"]),
    "IN": ("India", ["India"], ["Indian"], ["New Delhi"], []),
    "BR": ("Brazil", ["Brazil"], ["Brazilian"], ["Brasilia", "Brasília"], ["Planalto"]),
    "CH": ("Switzerland", ["Switzerland"], ["Swiss"], ["Bern"], []),
    "VN": ("Vietnam", ["Vietnam", "Viet Nam"], ["Vietnamese"], ["Hanoi"], []),
    "KR": ("South Korea", ["South Korea", "Korea", "Republic of Korea"],
           ["South Korean", "Korean"], ["Seoul"], []),
    "TW": ("Taiwan", ["Taiwan"], ["Taiwanese"], ["Taipei"], []),
    "DE": ("Germany", ["Germany"], ["German"], ["Berlin"], []),
    "FR": ("France", ["France"], ["French"], ["Paris"], []),
    "IT": ("Italy", ["Italy"], ["Italian"], ["Rome"], []),
    "AU": ("Australia", ["Australia"], ["Australian", "Aussie", "Aussies"], ["Canberra"], []),
    # (an Australian external territory that the April 2 list gave a rate of its own)
    "NF": ("Norfolk Island", ["Norfolk Island"], [], [], []),
    "ID": ("Indonesia", ["Indonesia"], ["Indonesian"], ["Jakarta"], []),
    "TH": ("Thailand", ["Thailand"], ["Thai"], ["Bangkok"], []),
    "MY": ("Malaysia", ["Malaysia"], ["Malaysian"], ["Kuala Lumpur"], []),
    "PH": ("Philippines", ["Philippines"], ["Philippine", "Filipino"], ["Manila"],
           ["Malacañang", "Malacanang"]),
    "SG": ("Singapore", ["Singapore"], ["Singaporean"], [], []),
    "ZA": ("South Africa", ["South Africa"], ["South African"], ["Pretoria"], []),
    "TR": ("Turkey", ["Turkey", "Türkiye", "Turkiye"], ["Turkish"], ["Ankara"], []),
    "RU": ("Russia", ["Russia"], ["Russian"], ["Moscow"], ["Kremlin"]),
    "KH": ("Cambodia", ["Cambodia"], ["Cambodian"], ["Phnom Penh"], []),
    "BD": ("Bangladesh", ["Bangladesh"], ["Bangladeshi"], ["Dhaka"], []),
    "NZ": ("New Zealand", ["New Zealand", "NZ"], ["New Zealander", "Kiwi", "Kiwis"],
           ["Wellington"], []),
    "NO": ("Norway", ["Norway"], ["Norwegian"], ["Oslo"], []),
    "IL": ("Israel", ["Israel"], ["Israeli"], [], []),
    "AR": ("Argentina", ["Argentina"], ["Argentine", "Argentinian"], ["Buenos Aires"], []),
    "SA": ("Saudi Arabia", ["Saudi Arabia"], ["Saudi"], ["Riyadh"], []),
    "AE": ("United Arab Emirates", ["United Arab Emirates", "UAE"], ["Emirati"], ["Abu Dhabi"],
           []),
    "LA": ("Laos", ["Laos"], ["Lao", "Laotian"], ["Vientiane"], []),
    "MM": ("Myanmar", ["Myanmar", "Burma"], ["Burmese"], ["Naypyitaw"], []),
    "PK": ("Pakistan", ["Pakistan"], ["Pakistani"], ["Islamabad"], []),
    "LK": ("Sri Lanka", ["Sri Lanka"], ["Sri Lankan"], ["Colombo"], []),
    "KZ": ("Kazakhstan", ["Kazakhstan"], ["Kazakh", "Kazakhstani"], ["Astana"], []),
    "RS": ("Serbia", ["Serbia"], ["Serbian"], ["Belgrade"], []),
    "MD": ("Moldova", ["Moldova"], ["Moldovan"], ["Chisinau"], []),
    "IQ": ("Iraq", ["Iraq"], ["Iraqi"], ["Baghdad"], []),
    "DZ": ("Algeria", ["Algeria"], ["Algerian"], ["Algiers"], []),
    "TN": ("Tunisia", ["Tunisia"], ["Tunisian"], ["Tunis"], []),
    "LY": ("Libya", ["Libya"], ["Libyan"], ["Tripoli"], []),
    "EG": ("Egypt", ["Egypt"], ["Egyptian"], ["Cairo"], []),
    "ZW": ("Zimbabwe", ["Zimbabwe"], ["Zimbabwean"], ["Harare"], []),
    "BW": ("Botswana", ["Botswana"], [], ["Gaborone"], []),
    "LS": ("Lesotho", ["Lesotho"], ["Basotho"], ["Maseru"], []),
    "MG": ("Madagascar", ["Madagascar"], ["Malagasy"], ["Antananarivo"], []),
    "MU": ("Mauritius", ["Mauritius"], ["Mauritian"], ["Port Louis"], []),
    "NG": ("Nigeria", ["Nigeria"], ["Nigerian"], ["Abuja"], []),
    "KE": ("Kenya", ["Kenya"], ["Kenyan"], ["Nairobi"], []),
    "FJ": ("Fiji", ["Fiji"], ["Fijian"], ["Suva"], []),
    "NI": ("Nicaragua", ["Nicaragua"], ["Nicaraguan"], ["Managua"], []),
    "LI": ("Liechtenstein", ["Liechtenstein"], [], ["Vaduz"], []),
    "SY": ("Syria", ["Syria"], ["Syrian"], ["Damascus"], []),
    "BN": ("Brunei", ["Brunei"], ["Bruneian"], [], []),
    "JO": ("Jordan", ["Jordan"], ["Jordanian"], ["Amman"], []),
    "MA": ("Morocco", ["Morocco"], ["Moroccan"], ["Rabat"], []),
    "LB": ("Lebanon", ["Lebanon"], ["Lebanese"], ["Beirut"], []),
    "SD": ("Sudan", ["Sudan"], ["Sudanese"], ["Khartoum"], []),
    "ML": ("Mali", ["Mali"], ["Malian"], ["Bamako"], []),
    "NE": ("Niger", ["Niger"], [], ["Niamey"], []),
    "MZ": ("Mozambique", ["Mozambique"], ["Mozambican"], ["Maputo"], []),
    "MW": ("Malawi", ["Malawi"], ["Malawian"], ["Lilongwe"], []),
    "RW": ("Rwanda", ["Rwanda"], ["Rwandan"], ["Kigali"], []),
    "CD": ("Democratic Republic of the Congo",
           ["Democratic Republic of the Congo", "DR Congo", "DRC"], ["Congolese"], ["Kinshasa"],
           []),
    "CG": ("Republic of the Congo", ["Republic of the Congo", "Congo-Brazzaville"], [],
           ["Brazzaville"], []),
    "GA": ("Gabon", ["Gabon"], ["Gabonese"], ["Libreville"], []),
    "GQ": ("Equatorial Guinea", ["Equatorial Guinea"], [], ["Malabo"], []),
    "GN": ("Guinea", ["Guinea"], ["Guinean"], ["Conakry"], []),
    "ER": ("Eritrea", ["Eritrea"], ["Eritrean"], ["Asmara"], []),
    "DJ": ("Djibouti", ["Djibouti"], ["Djiboutian"], [], []),
    "SO": ("Somalia", ["Somalia"], ["Somali"], ["Mogadishu"], []),
    "CU": ("Cuba", ["Cuba"], ["Cuban"], ["Havana"], []),
    "HT": ("Haiti", ["Haiti"], ["Haitian"], ["Port-au-Prince"], []),
    "PG": ("Papua New Guinea", ["Papua New Guinea"], ["Papua New Guinean"], ["Port Moresby"], []),
    "WS": ("Samoa", ["Samoa"], ["Samoan"], ["Apia"], []),
    "TO": ("Tonga", ["Tonga"], ["Tongan"], [], []),
    "SB": ("Solomon Islands", ["Solomon Islands"], [], ["Honiara"], []),
    "MV": ("Maldives", ["Maldives"], ["Maldivian"], [], []),
    "BT": ("Bhutan", ["Bhutan"], ["Bhutanese"], ["Thimphu"], []),
    "KP": ("North Korea", ["North Korea"], ["North Korean"], ["Pyongyang"], []),
    "HK": ("Hong Kong", ["Hong Kong"], [], [], []),
    "MO": ("Macau", ["Macau", "Macao"], [], [], []),
    "KG": ("Kyrgyzstan", ["Kyrgyzstan"], ["Kyrgyz"], ["Bishkek"], []),
    "TJ": ("Tajikistan", ["Tajikistan"], ["Tajik"], ["Dushanbe"], []),
    "TM": ("Turkmenistan", ["Turkmenistan"], ["Turkmen"], ["Ashgabat"], []),
    "AZ": ("Azerbaijan", ["Azerbaijan"], ["Azerbaijani"], ["Baku"], []),
    "AM": ("Armenia", ["Armenia"], ["Armenian"], ["Yerevan"], []),
    "BY": ("Belarus", ["Belarus"], ["Belarusian"], ["Minsk"], []),
    "RO": ("Romania", ["Romania"], ["Romanian"], ["Bucharest"], []),
    "BG": ("Bulgaria", ["Bulgaria"], ["Bulgarian"], [], []),
    "GR": ("Greece", ["Greece"], ["Greek"], ["Athens"], []),
    "CY": ("Cyprus", ["Cyprus"], ["Cypriot"], ["Nicosia"], []),
    "YE": ("Yemen", ["Yemen"], ["Yemeni"], ["Sanaa"], []),
    "PT": ("Portugal", ["Portugal"], ["Portuguese"], ["Lisbon"], []),
    "LU": ("Luxembourg", ["Luxembourg"], [], [], []),
    "CZ": ("Czech Republic", ["Czech Republic", "Czechia"], ["Czech"], ["Prague"], []),
    "SK": ("Slovakia", ["Slovakia"], ["Slovak"], ["Bratislava"], []),
    "SI": ("Slovenia", ["Slovenia"], ["Slovenian"], ["Ljubljana"], []),
    "HR": ("Croatia", ["Croatia"], ["Croatian"], ["Zagreb"], []),
    "ME": ("Montenegro", ["Montenegro"], ["Montenegrin"], ["Podgorica"], []),
    "AL": ("Albania", ["Albania"], ["Albanian"], ["Tirana"], []),
    "EE": ("Estonia", ["Estonia"], ["Estonian"], ["Tallinn"], []),
    "LV": ("Latvia", ["Latvia"], ["Latvian"], ["Riga"], []),
    "LT": ("Lithuania", ["Lithuania"], ["Lithuanian"], ["Vilnius"], []),
    "MT": ("Malta", ["Malta"], ["Maltese"], ["Valletta"], []),
    "BA": ("Bosnia and Herzegovina", ["Bosnia and Herzegovina", "Bosnia"], ["Bosnian"],
           ["Sarajevo"], []),
    "MK": ("North Macedonia", ["North Macedonia"], ["North Macedonian"], ["Skopje"], []),
    "NA": ("Namibia", ["Namibia"], ["Namibian"], ["Windhoek"], []),
    "ZM": ("Zambia", ["Zambia"], ["Zambian"], ["Lusaka"], []),
    "AO": ("Angola", ["Angola"], ["Angolan"], ["Luanda"], []),
    "CI": ("Ivory Coast", ["Ivory Coast", "C\u00f4te d'Ivoire", "Cote d'Ivoire"], ["Ivorian"],
           ["Abidjan"], []),
    "CM": ("Cameroon", ["Cameroon"], ["Cameroonian"], ["Yaounde", "Yaound\u00e9"], []),
    "GH": ("Ghana", ["Ghana"], ["Ghanaian"], ["Accra"], []),
    "SN": ("Senegal", ["Senegal"], ["Senegalese"], ["Dakar"], []),
    "ET": ("Ethiopia", ["Ethiopia"], ["Ethiopian"], ["Addis Ababa"], []),
    "TZ": ("Tanzania", ["Tanzania"], ["Tanzanian"], ["Dodoma"], []),
    "UG": ("Uganda", ["Uganda"], ["Ugandan"], ["Kampala"], []),
    "NR": ("Nauru", ["Nauru"], ["Nauruan"], [], []),
    "VU": ("Vanuatu", ["Vanuatu"], [], ["Port Vila"], []),
    "GY": ("Guyana", ["Guyana"], ["Guyanese"], [], []),
    "BO": ("Bolivia", ["Bolivia"], ["Bolivian"], ["La Paz"], []),
    "PY": ("Paraguay", ["Paraguay"], ["Paraguayan"], ["Asuncion", "Asunci\u00f3n"], []),
    "UY": ("Uruguay", ["Uruguay"], ["Uruguayan"], ["Montevideo"], []),
    "GT": ("Guatemala", ["Guatemala"], ["Guatemalan"], ["Guatemala City"], []),
    "SV": ("El Salvador", ["El Salvador"], ["Salvadoran", "Salvadorean"], ["San Salvador"], []),
    "HN": ("Honduras", ["Honduras"], ["Honduran"], ["Tegucigalpa"], []),
    "CR": ("Costa Rica", ["Costa Rica"], ["Costa Rican"], [], []),
    "PA": ("Panama", ["Panama"], ["Panamanian"], ["Panama City"], []),
    "DO": ("Dominican Republic", ["Dominican Republic"], [], ["Santo Domingo"], []),
    "JM": ("Jamaica", ["Jamaica"], ["Jamaican"], [], []),
    "TT": ("Trinidad and Tobago", ["Trinidad and Tobago", "Trinidad"], ["Trinidadian"],
           ["Port of Spain"], []),
    "UZ": ("Uzbekistan", ["Uzbekistan"], ["Uzbek"], ["Tashkent"], []),
    "AF": ("Afghanistan", ["Afghanistan"], ["Afghan"], ["Kabul"], []),
    "IR": ("Iran", ["Iran"], ["Iranian"], ["Tehran"], []),
    "QA": ("Qatar", ["Qatar"], ["Qatari"], [], []),
    "KW": ("Kuwait", ["Kuwait"], ["Kuwaiti"], [], []),
    "OM": ("Oman", ["Oman"], ["Omani"], ["Muscat"], []),
    "BH": ("Bahrain", ["Bahrain"], ["Bahraini"], ["Manama"], []),
    "TL": ("Timor-Leste", ["Timor-Leste", "East Timor"], ["Timorese"], ["Dili"], []),
    "NP": ("Nepal", ["Nepal"], ["Nepalese", "Nepali"], ["Kathmandu"], []),
    "MN": ("Mongolia", ["Mongolia"], ["Mongolian"], ["Ulaanbaatar"], []),
    "CL": ("Chile", ["Chile"], ["Chilean"], ["Santiago"], []),
    "CO": ("Colombia", ["Colombia"], ["Colombian"], ["Bogota", "Bogotá"], []),
    "PE": ("Peru", ["Peru"], ["Peruvian"], ["Lima"], []),
    "EC": ("Ecuador", ["Ecuador"], ["Ecuadorian", "Ecuadorean"], ["Quito"], []),
    "VE": ("Venezuela", ["Venezuela"], ["Venezuelan"], ["Caracas"], []),
    "UA": ("Ukraine", ["Ukraine"], ["Ukrainian"], ["Kyiv", "Kiev"], []),
    "ES": ("Spain", ["Spain"], ["Spanish"], ["Madrid"], []),
    "NL": ("Netherlands", ["Netherlands"], ["Dutch"], ["Amsterdam", "The Hague"], []),
    "BE": ("Belgium", ["Belgium"], ["Belgian"], [], []),
    "IE": ("Ireland", ["Ireland"], ["Irish"], ["Dublin"], []),
    "SE": ("Sweden", ["Sweden"], ["Swedish"], ["Stockholm"], []),
    "DK": ("Denmark", ["Denmark"], ["Danish"], ["Copenhagen"], []),
    "FI": ("Finland", ["Finland"], ["Finnish"], ["Helsinki"], []),
    "AT": ("Austria", ["Austria"], ["Austrian"], ["Vienna"], []),
    "PL": ("Poland", ["Poland"], ["Polish"], ["Warsaw"], []),
    "HU": ("Hungary", ["Hungary"], ["Hungarian"], ["Budapest"], []),
    "IS": ("Iceland", ["Iceland"], ["Icelandic"], ["Reykjavik"], []),
    # Smaller partners of the April 2025 list and of the African and Caribbean stories
    # (not "Chad", "Georgia" or a bare "Congo": names of people, a US state, two countries)
    "SZ": ("Eswatini", ["Eswatini", "Swaziland"], ["Swazi"], ["Mbabane"], []),
    "SR": ("Suriname", ["Suriname"], ["Surinamese"], ["Paramaribo"], []),
    "BS": ("Bahamas", ["Bahamas"], ["Bahamian"], ["Nassau"], []),
    "BB": ("Barbados", ["Barbados"], ["Barbadian"], ["Bridgetown"], []),
    "BZ": ("Belize", ["Belize"], ["Belizean"], ["Belmopan"], []),
    "BI": ("Burundi", ["Burundi"], ["Burundian"], ["Gitega"], []),
    "SL": ("Sierra Leone", ["Sierra Leone"], ["Sierra Leonean"], ["Freetown"], []),
    "LR": ("Liberia", ["Liberia"], ["Liberian"], ["Monrovia"], []),
    "SC": ("Seychelles", ["Seychelles"], ["Seychellois"], [], []),
    "KM": ("Comoros", ["Comoros"], ["Comorian"], [], []),
    "CV": ("Cabo Verde", ["Cabo Verde", "Cape Verde"], ["Cape Verdean"], [], []),
    "KI": ("Kiribati", ["Kiribati"], [], ["Tarawa"], []),
    "MC": ("Monaco", ["Monaco"], ["Monegasque"], [], []),
    "TG": ("Togo", ["Togo"], ["Togolese"], ["Lom\u00e9", "Lome"], []),
    "BJ": ("Benin", ["Benin"], ["Beninese"], ["Porto-Novo"], []),
    "BF": ("Burkina Faso", ["Burkina Faso"], ["Burkinabe"], ["Ouagadougou"], []),
    "MR": ("Mauritania", ["Mauritania"], ["Mauritanian"], ["Nouakchott"], []),
    "GM": ("Gambia", ["Gambia"], ["Gambian"], ["Banjul"], []),
}

#: Partners outside the reciprocal tariffs of April 2025: their rates on goods in general
#: are the border (fentanyl) tariffs, kind "other", not reciprocal rates.
OUTSIDE_RECIPROCAL = frozenset({"CA", "MX"})

#: Summits that stand for a group of leaders.
GROUPS: dict[str, tuple[str, ...]] = {
    "G7": ("CA", "DE", "EU", "FR", "GB", "IT", "JP", "US"),
    "G20": ("AR", "AU", "BR", "CA", "CN", "DE", "EU", "FR", "GB", "ID", "IN", "IT", "JP", "KR",
            "MX", "RU", "SA", "TR", "US", "ZA"),
    "APEC": ("AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MX", "MY", "NZ", "PE", "PG",
             "PH", "RU", "SG", "TH", "TW", "US", "VN"),
    # Timor-Leste joined at the Kuala Lumpur summit of 26 October 2025.
    "ASEAN": ("BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"),
    # the Gulf Cooperation Council, and its summit with the United States (Riyadh, May 2025)
    "GCC": ("AE", "BH", "KW", "OM", "QA", "SA"),
    "US-GCC": ("AE", "BH", "KW", "OM", "QA", "SA", "US"),
    # the Southern African Development Community (Antananarivo summit, August 2025)
    "SADC": ("AO", "BW", "CD", "KM", "LS", "MG", "MU", "MW", "MZ", "NA", "SC", "SZ", "TZ", "ZA",
             "ZM", "ZW"),
    # the five Central Asian states and the United States (Washington summit, November 2025)
    "C5+1": ("KG", "KZ", "TJ", "TM", "US", "UZ"),
    # the 32 allies of 2025 (The Hague summit, June 2025), where leaders met on trade too
    "NATO": ("AL", "BE", "BG", "CA", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR",
             "HU", "IS", "IT", "LT", "LU", "LV", "ME", "MK", "NL", "NO", "PL", "PT", "RO", "SE",
             "SI", "SK", "TR", "US"),
}
#: The EU's member states: US tariffs on their goods are the EU's (the customs union).
EU_MEMBERS = frozenset({"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
                        "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL",
                        "PT", "RO", "SE", "SI", "SK"})
#: When a member joined a group (summits before that day leave it out).
JOINED: dict[tuple[str, str], date] = {("ASEAN", "TL"): date(2025, 10, 26)}
#: Opening days of a group's leaders' summits where membership changed around them: a
#: planned summit the page gives no day for is the next of these after publication.
SUMMIT_DAYS: dict[str, tuple[date, ...]] = {
    "ASEAN": (date(2025, 5, 26), date(2025, 10, 26)),
}


def display_name(code: str) -> str:
    entry = _COUNTRIES.get(code)
    return entry[0] if entry else code


def is_known(code: str) -> bool:
    return code in _COUNTRIES or code == "*"


@dataclass(frozen=True)
class CountryRef:
    code: str
    start: int
    end: int
    surface: str
    named_as: NameKind


# The exporters the news names most, which stand for their country as its demonym does:
# carmakers (normalize.rates reads their rates as on cars), then the rest.
CARMAKERS: dict[str, tuple[str, ...]] = {
    "JP": ("Toyota", "Honda", "Nissan", "Mazda", "Subaru"),
    "KR": ("Hyundai", "Kia"),
    "DE": ("Volkswagen", "BMW", "Mercedes-Benz", "Porsche", "Audi"),
    "GB": ("Jaguar Land Rover", "JLR"),
}
_OTHER_EXPORTERS: dict[str, tuple[str, ...]] = {
    "KR": ("Samsung",), "TW": ("TSMC", "Foxconn"), "CH": ("Novartis", "Roche"),
    "BR": ("Embraer",), "IL": ("Teva",),
}


# The producing regions and cities the news names for a partner's exporters ("Carmakers in
# the Eastern Cape", "a coffee farmer in the south of Minas Gerais", "Steel from the HBIS
# mill in Smederevo"), which name their country as Canada's provinces do. Not the cities
# that host talks or summits (Geneva, Busan, Gyeongju, Johannesburg, Turnberry, Kananaskis):
# a meeting there is no party's rate.
_REGIONS: dict[str, tuple[str, ...]] = {
    "ZA": ("Eastern Cape", "Western Cape", "Gauteng", "KwaZulu-Natal", "Limpopo", "Durban",
           "Gqeberha", "Port Elizabeth"),
    "BR": ("Minas Gerais", "Sao Paulo", "São Paulo", "Mato Grosso", "Espirito Santo",
           "Espírito Santo"),
    "JP": ("Hokkaido", "Aichi", "Nagoya", "Kyushu"),
    "KR": ("Ulsan", "Pohang", "Gwangyang"),
    "TW": ("Kaohsiung", "Taichung", "Tainan"),
    "MX": ("Nuevo León", "Nuevo Leon", "Monterrey", "Coahuila", "Sinaloa", "Michoacán",
           "Michoacan", "Jalisco", "Guanajuato", "Chihuahua"),
    "NZ": ("Southland", "Waikato"),
    "RS": ("Smederevo",),
    "MY": ("Penang", "Johor", "Selangor"),
    "VN": ("Ho Chi Minh City", "Dong Nai", "Binh Duong"),
    "CN": ("Guangdong", "Zhejiang", "Shenzhen", "Yiwu"),
    "IN": ("Tiruppur", "Gujarat", "Surat"),
    "BD": ("Chattogram", "Chittagong", "Narayanganj", "Gazipur"),
    "ID": ("Central Java", "West Java", "Banten"),
}


def _build() -> tuple[re.Pattern[str], dict[str, tuple[str, NameKind]]]:
    lookup: dict[str, tuple[str, NameKind]] = {}
    for code, (_display, names, demonyms, capitals, institutions) in _COUNTRIES.items():
        exporters = [*CARMAKERS.get(code, ()), *_OTHER_EXPORTERS.get(code, ())]
        groups: list[tuple[list[str], NameKind]] = [
            (names + list(_REGIONS.get(code, ())), "name"), (demonyms + exporters, "demonym"),
            (capitals, "capital"),
            (institutions, "institution"),
        ]
        for surfaces, kind in groups:
            for surface in surfaces:
                lookup[fold(surface)] = (code, kind)
    # Abbreviations with dots end in a non-word character: no trailing \b there.
    words = trie_pattern(list(lookup), end=lambda s: r"\b" if s[-1].isalnum() else "")
    return re.compile(r"(?<![\w.])" + words, re.IGNORECASE), lookup


_PATTERN, _LOOKUP = _build()
# Surfaces that are ordinary words in lower case: only count them capitalised.
_CASE_SENSITIVE = {"us", "eu", "uk", "usa", "trump", "china", "turkey", "nz", "kiwi", "kiwis"}


_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|francs?|yen|yuan|renminbi|rupees?|pesos?|reais|"
                             r"real|won|ringgit|baht|dong|rupiah|rand|pounds?|kronor|krona|"
                             r"shekels?|lira)\b(?![- ](?:estate|terms|wage|economy))")
_GOVERNMENT_AFTER = re.compile(r"\s+(?:side|government|authorities)\b")
_AMOUNT_BEFORE = re.compile(r"(?:\d|\b(?:billion|million|trillion|bn))\s+$")
_CONTINENT_BEFORE = re.compile(r"\b(?:North|South|Latin|Central)[ -]$")
# Countries named inside a trade agreement's name ("U.S.-Mexico-Canada Agreement") are
# part of a name, not references to those countries.
_AGREEMENT_NAME = re.compile(
    r"(?<![\w.])[A-Z][\w.]*(?:[- ][A-Z][\w.]*){0,5}-[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}"
    r"\s+(?:(?:Free\s+)?Trade\s+)?Agreement\b"
)
# A dateline opens a story: "LONDON (APWS) –", "Ottawa, Ontario —", "TOKYO —", "SEOUL, July 8 --".
_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.'\u2019-]*(?:[ /][A-Z][A-Za-z.'\u2019-]*){0,3})"
    r"(?P<region>,(?:\s+[A-Z0-9][\w.]*){1,3})?\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[\u2014\u2013-])\s+"
)


# A timeline entry's day and place: "June 9-10, London - A second round, ...".
_ENTRY_DATELINE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:\s*[-\u2013]\s*\d{1,2})?,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}"
    r"\s+(?:--|[\u2014\u2013-])\s+")


def dateline_end(text: str) -> int:
    """Where a dateline at the start of ``text`` ends, or 0 when there is none. A
    dateline's head is in capitals ("WASHINGTON/TOKYO (GTW) -") or carries a region
    or date after a comma ("Ottawa, Ontario —", "Turnberry, 27 July 2025 –"); a timeline
    entry's head gives its day, then its place ("June 9-10, London - ")."""
    entry = _ENTRY_DATELINE.match(text)
    if entry:
        return entry.end()
    match = _DATELINE.match(text)
    if not match or match.end() > 60:
        return 0
    head = text[:match.end()].split(",")[0].split("(")[0]
    capitals = sum(1 for c in head if c.isupper())
    if match.group("region") or (capitals >= 3 and head.strip("-\u2013\u2014 ").isupper()):
        return match.end()
    return 0


def find_countries(text: str) -> list[CountryRef]:
    """The countries named in ``text``, in order (a new list: callers filter it)."""
    return list(_find_countries(text))


def forget_sentences() -> None:
    """Empty the cache of :func:`find_countries`: each article starts afresh (its readers
    ask about the same sentences; other articles' sentences are no use to it)."""
    _find_countries.cache_clear()


@lru_cache(maxsize=1024)
def _find_countries(text: str) -> tuple[CountryRef, ...]:
    """Cached: the rates, meetings and partner readers all ask about the same sentences."""
    found: list[CountryRef] = []
    names = [m.span() for m in _AGREEMENT_NAME.finditer(text)] if "Agreement" in text else []
    for match in _PATTERN.finditer(text):
        if any(start <= match.start() < end for start, end in names):
            continue
        surface = match.group(0)
        key = fold(surface)
        if text[max(0, match.start() - 4):match.start()].lower() == "non-":
            continue  # "their non-U.S. content", "non-EU suppliers": anyone but that country
        if key in _CASE_SENSITIVE and not surface[0].isupper():
            continue
        if key == "us" and surface != "US":
            continue  # "us" the pronoun
        if text[max(0, match.start() - 5):match.start()] == "East " and key == "london":
            continue  # East London, the South African port city
        if key in ("american", "americans") and _CONTINENT_BEFORE.search(
                text, max(0, match.start() - 9), match.start()):
            continue  # "the North American trade pact", "Latin American exporters"
        if _CURRENCY_AFTER.match(text, match.end()) and _AMOUNT_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # "25% tariffs on 30 billion Canadian dollars of U.S. goods": a sum
        code, kind = _LOOKUP[key]
        government = _GOVERNMENT_AFTER.match(text, match.end()) if kind == "demonym" else None
        if government:
            # "the Chinese side", "the Japanese government": the state, which acts
            found.append(CountryRef(code, match.start(), government.end(),
                                    text[match.start():government.end()], "institution"))
            continue
        if found and found[-1].code == code and text[found[-1].end:match.start()] == " (" \
                and text[match.end():match.end() + 1] == ")":
            # "Burma (Myanmar)": one country, named twice
            continue
        found.append(CountryRef(code, match.start(), match.end(), surface, kind))
    return tuple(found)
