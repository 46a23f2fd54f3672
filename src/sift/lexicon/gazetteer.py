"""Names that tell what kind of speaker a proper name is: countries and capitals (governments), outlets, bodies.

Country names in every language sift reads come from the Unicode CLDR territory names that Babel ships (no
download); the short forms news uses ("US", "EE.UU.", "Britain"), capitals that speak for their governments
("Moscow", "Berne"), seats of government ("the Kremlin", "Downing Street"), international bodies ("UN", "OMS")
and a small list of outlets are listed here by hand. Until the ``sources`` room ships its outlet alias table,
:data:`OUTLETS` is the outlet list sift's speakers use.

Keys are :func:`name_key` forms (accents, case and punctuation dropped); a name is matched whole.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from sift.lexicon.fold import strip_combining

__all__ = [
    "GOVERNMENT_SEATS",
    "INTERNATIONAL_BODIES",
    "ONE_WORD_BODIES",
    "OUTLETS",
    "OUTLET_HEADS",
    "PARTIES",
    "PLATFORMS",
    "UNIONS",
    "Gazetteer",
    "build_gazetteer",
    "name_key",
]

#: CLDR territory codes that are not countries (continents are numeric, these are letters).
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "BV", "HM", "CP", "DG", "IC", "EA", "TA"})

#: Short and old names of states, in the languages sift reads (CLDR has the long forms).
STATE_ALIASES = {
    "US": "US, U.S., USA, U.S.A., America, EE.UU., EEUU, EE. UU., EUA, Usa, Stati Uniti d'America",
    "GB": "UK, U.K., Britain, Great Britain, Grande-Bretagne, Großbritannien, Gran Bretaña, Gran Bretagna, "
    "Grã-Bretanha, Wielka Brytania, England",
    "RU": "Russian Federation, Fédération de Russie, Russische Föderation, Federación Rusa, Federacja Rosyjska",
    "CN": "People's Republic of China, PRC",
    "KR": "South Korea, Corée du Sud, Südkorea, Corea del Sur, Coreia do Sul, Corea del Sud, Korea Południowa",
    "KP": "North Korea, Corée du Nord, Nordkorea, Corea del Norte, Coreia do Norte, Corea del Nord, Korea Północna",
    "IR": "Iran",
    "SY": "Syria, Syrie, Syrien, Siria, Síria, Syria",
    "PS": "Palestine, Palästina, Palestina, Palestyna",
    "CZ": "Czech Republic, République tchèque, Tschechien",
    "NL": "Holland",
    "UA": "Ukraine, Ucrania, Ucrânia, Ucraina, Ukraina",
}
#: Capitals and seats of government that news uses for the government ("Moscow said", "Berne refuse").
GOVERNMENT_SEATS = {
    "US": "Washington, White House, Maison Blanche, Weißes Haus, Weiße Haus, Casa Blanca, Casa Branca, Casa Bianca, "
    "Biały Dom",
    "RU": "Moscow, Moscou, Moskau, Moscú, Moscovo, Moscou, Mosca, Moskwa, Kremlin, Kreml, Kremlin, Cremlino",
    "CN": "Beijing, Peking, Pékin, Pekín, Pequim, Pechino, Pekin",
    "UA": "Kyiv, Kiev, Kiew, Kijów, Kiev",
    "GB": "London, Londres, Londra, Londyn, Downing Street",
    "FR": "Paris, Parigi, Paryż, Élysée, Elysée, Matignon, Quai d'Orsay",
    "DE": "Berlin, Berlino, Berlim, Kanzleramt, Bundeskanzleramt",
    "CH": "Berne, Bern, Berna, Conseil fédéral, Bundesrat",
    "IR": "Tehran, Téhéran, Teheran, Teherán, Teerã, Teheran",
    "TR": "Ankara",
    "SY": "Damascus, Damas, Damaskus, Damasco, Damaszek",
    "IL": "Jerusalem, Jérusalem, Jerusalén, Jerusalém, Gerusalemme, Jerozolima",
    "IT": "Rome, Rom, Roma, Rzym, Palazzo Chigi, Farnesina, Quirinale",
    "ES": "Madrid, Moncloa",
    "PT": "Lisbon, Lisbonne, Lissabon, Lisboa, Lisbona, Lizbona",
    "PL": "Warsaw, Varsovie, Warschau, Varsovia, Varsóvia, Varsavia, Warszawa",
    "AT": "Vienna, Vienne, Wien, Viena, Wiedeń",
    "BE": "Brussels, Bruxelles, Brüssel, Bruselas, Bruxelas, Bruksela",
    "KP": "Pyongyang",
    "KR": "Seoul, Séoul",
    "JP": "Tokyo, Tokio, Tóquio",
    "BR": "Brasília, Brasilia, Planalto, Itamaraty",
    "AR": "Buenos Aires, Casa Rosada",
    "VE": "Caracas, Miraflores",
    "CU": "Havana, La Havane, Havanna, La Habana, Havana, L'Avana, Hawana",
    "AF": "Kabul, Kaboul",
    "IQ": "Baghdad, Bagdad",
    "SA": "Riyadh, Riyad, Riad",
    "EG": "Cairo, Le Caire, Kairo, El Cairo, Il Cairo, Kair",
    "BY": "Minsk",
    "HU": "Budapest, Budapeszt",
    "IN": "New Delhi, New Delhi",
}
#: International and supranational bodies: organisations, whatever the language.
INTERNATIONAL_BODIES = (
    "UN, ONU, UNO, Vereinte Nationen, United Nations, Nations unies, Naciones Unidas, Nações Unidas, Nazioni Unite, "
    "EU, UE, European Union, Union européenne, Europäische Union, Unión Europea, União Europeia, Unione europea, "
    "Unia Europejska, European Commission, Commission européenne, EU-Kommission, Comisión Europea, Komisja "
    "Europejska, NATO, OTAN, WHO, OMS, WTO, OMC, IMF, FMI, IWF, MFW, OECD, OCDE, OCSE, OSCE, OSZE, ECB, BCE, EZB, "
    "EBC, UNICEF, UNHCR, HCR, ICRC, CICR, IAEA, AIEA, IAEO, OPEC, OPEP, Interpol, Europol, Frontex, Eurostat, "
    "Amnesty International, Human Rights Watch, Greenpeace, MSF, Médecins sans frontières, Red Cross, Croix-Rouge, "
    "Rotes Kreuz, Cruz Roja, Cruz Vermelha, Croce Rossa, Czerwony Krzyż, World Bank, Banque mondiale, Weltbank, "
    "Banco Mundial, Banca Mondiale, Bank Światowy, Security Council, Conseil de sécurité, Sicherheitsrat, "
    "Consejo de Seguridad, Conselho de Segurança, Consiglio di sicurezza, Rada Bezpieczeństwa, Taliban, Hamas, "
    "Hezbollah, Pentagon, Pentágono, Pentagono, Pentagone, FBI, CIA, NSA, EPA, CDC, FDA, IS, ISIS, ISIL, Daech, "
    "Daesh, GUS, NBP, INE, IBGE, Istat, Insee, Destatis, Bundesbank, Fed, Federal Reserve, Caritas, Diakonie, "
    "Oxfam, Misereor, Welthungerhilfe, Foodwatch, Transparency International"
)
#: National political parties by the names news gives them (no word of everyday speech: not "Podemos", "Vox",
#: "Renaissance"): organisations, never persons ("Die AfD forderte", "Die Linke kritisierte").
PARTIES = (
    "SPD, CDU, CSU, FDP, AfD, Grüne, Die Grünen, Bündnis 90/Die Grünen, Linke, Die Linke, Linkspartei, BSW, ÖVP, "
    "FPÖ, SVP, NEOS, Rassemblement national, La France insoumise, LFI, Les Républicains, Parti socialiste, EELV, "
    "Reconquête, PSOE, Partido Popular, Sumar, ERC, Junts, PNV, EH Bildu, Ciudadanos, Chega, PSD, MDB, PSDB, "
    "Fratelli d'Italia, Forza Italia, Partito Democratico, Movimento 5 Stelle, M5S, PiS, Prawo i Sprawiedliwość, "
    "Koalicja Obywatelska, Platforma Obywatelska, PSL, Lewica, Konfederacja, Polska 2050, Labour, Labour Party, "
    "Conservative Party, Tories, Liberal Democrats, Lib Dems, SNP, Reform UK, GOP, DNC, RNC"
)
#: Trade unions by the names news gives them: organisations ("Die IG Metall kritisierte", "la CGT a appelé").
UNIONS = (
    "IG Metall, IG BCE, Verdi, ver.di, DGB, GEW, EVG, GDL, Marburger Bund, CGT, CFDT, Force ouvrière, CCOO, UGT, "
    "CGIL, CISL, UIL, Solidarność, OPZZ, AFL-CIO, Teamsters, TUC"
)
#: Outlets (agencies, papers, broadcasters, sites) as news names them; the ``sources`` room's alias table will
#: replace this list.
OUTLETS = (
    "Reuters, AFP, Agence France-Presse, AP, Associated Press, dpa, DPA, Deutsche Presse-Agentur, EFE, Agencia EFE, "
    "Europa Press, ANSA, Adnkronos, AGI, LaPresse, PAP, Polska Agencja Prasowa, Lusa, Agência Lusa, Agência Brasil, "
    "Keystone-ATS, ATS, SDA, APA, Belga, ANP, TASS, ITAR-TASS, RIA Novosti, RIA, Interfax, Sputnik, RT, Xinhua, "
    "Kyodo, Yonhap, Anadolu, IRNA, Bloomberg, BBC, CNN, Fox News, NBC, NBC News, CBS, CBS News, ABC News, MSNBC, "
    "NPR, PBS, CNBC, New York Times, The New York Times, NYT, Washington Post, The Washington Post, Wall Street "
    "Journal, WSJ, Financial Times, FT, The Guardian, Guardian, The Times, The Telegraph, The Independent, Daily "
    "Mail, The Sun, Politico, Axios, The Hill, Al Jazeera, Al Arabiya, The Economist, Newsweek, USA Today, "
    "Los Angeles Times, Breitbart, HuffPost, Huffington Post, Polygraph.info, Polygraph, Radio Free Europe, RFE/RL, "
    "Voice of America, VOA, Le Monde, Le Figaro, Libération, Le Parisien, Les Echos, franceinfo, France Info, "
    "France 24, BFMTV, BFM TV, TF1, France Inter, RFI, Le Temps, La Tribune de Genève, Tribune de Genève, 24 heures, "
    "RTS, Radio Canada, Radio-Canada, La Presse, Le Devoir, Der Spiegel, Spiegel, SPIEGEL, Bild, BILD, FAZ, "
    "Frankfurter Allgemeine, Frankfurter Allgemeine Zeitung, Süddeutsche Zeitung, Süddeutsche, SZ, Die Zeit, "
    "Handelsblatt, Die Welt, taz, ARD, ZDF, tagesschau, Tagesschau, Deutschlandfunk, NZZ, Neue "
    "Zürcher Zeitung, Tages-Anzeiger, Blick, SRF, ORF, Der Standard, Die Presse, Kurier, Kronen Zeitung, RND, "
    "Redaktionsnetzwerk Deutschland, El País, El Mundo, ABC, La Vanguardia, El Confidencial, elDiario.es, 20minutos, "
    "RTVE, TVE, Cadena SER, SER, COPE, Onda Cero, Antena 3, laSexta, Clarín, La Nación, Infobae, Página 12, El "
    "Tiempo, El Universal, Reforma, Milenio, Folha, Folha de S.Paulo, Folha de São Paulo, Estadão, O Estado de S. "
    "Paulo, O Globo, TV Globo, G1, Valor Econômico, UOL, Veja, Época, CNN Brasil, Expresso, Diário de "
    "Notícias, RTP, SIC, TVI, Corriere della Sera, Corriere, La Repubblica, Repubblica, La Stampa, Il "
    "Sole 24 Ore, Il Messaggero, Il Fatto Quotidiano, Il Giornale, Rai, RAI, Mediaset, Sky TG24, TG1, Rzeczpospolita, "
    "Gazeta Wyborcza, Wyborcza, TVN24, TVN, RMF FM, RMF, Polsat, Polsat News, TVP, TVP Info, Onet, Interia, "
    "Wirtualna Polska, WP, Do Rzeczy, Newsweek Polska, Forsal, Statista, Business Insider, Money.pl, "
    "Dziennik Gazeta Prawna, DGP, Radio Zet, Polskie Radio, wPolityce, Wikipedia, Deutsche Welle, DW, n-tv, ntv, "
    "RTL, Sat.1, WDR, NDR, MDR, SWR, BR24, RBB, t-online, Tagesspiegel, Der Tagesspiegel, Focus Online, Welt am "
    "Sonntag, Bild am Sonntag, Münchner Merkur, heise online, Golem, netzpolitik.org, Correctiv, Kleine Zeitung, "
    "Salzburger Nachrichten, 20 Minuten"
)
#: Last words of outlets' names ("the Sahan Journal", "ET-News", "Kieler Nachrichten", "Gazeta Lubuska"): a
#: capitalised name a speaker told (or spoke in) that ends with one is an outlet even when the list above lacks it.
OUTLET_HEADS = (
    "journal, news, times, post, herald, tribune, gazette, telegraph, chronicle, courier, observer, examiner, "
    "inquirer, monitor, dispatch, daily, weekly, magazine, newsweek, radio, tv, television, network, newswire, sport, "
    "sports, channel, "
    "zeitung, nachrichten, rundschau, anzeiger, kurier, allgemeine, presse-agentur, nachrichtenagentur, quotidien, "
    "hebdo, matin, diario, noticias, periódico, tribuna, gaceta, crónica, heraldo, jornal, notícias, gazeta, folha, "
    "correio, giornale, gazzetta, corriere, quotidiano, messaggero, dziennik, tygodnik, wiadomości"
)
#: Outlets named by a common word of their language, known only when written with a capital ("disse ao Público":
#: the Lisbon daily; "disse ao público": to the audience).
COMMON_WORD_OUTLETS = "Público, Observador"
#: Platforms a statement is relayed through ("wrote on Twitter"), with inflected Polish forms.
PLATFORMS = (
    "Twitter, Twitterze, X, Facebook, Facebooku, Instagram, Instagramie, Telegram, Telegramie, YouTube, YouTubie, "
    "TikTok, TikToku, Truth Social, LinkedIn, LinkedInie, Weibo, Threads, Bluesky, Mastodon"
)

_PUNCT = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Accent-, case- and punctuation-free form of a name ("EE.UU." -> "ee uu", "l'AFP" -> "l afp").

    Remembered: attribution asks for the keys of the same names and words again and again (91,000 calls over 82
    pages, 7% of a warm check's CPU, bench/stage_cpu.py --profile).
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    bare = strip_combining(decomposed).casefold()
    return " ".join(_PUNCT.sub(" ", bare).split())


def _entries(text: str) -> list[str]:
    return [entry.strip() for entry in text.split(",") if entry.strip()]


#: One-word names of bodies, as written: a tagger that capitalises nouns reads some as common nouns ("Caritas
#: warnte, dass …" named no speaker, "Caritas und Diakonie warnten" only "Diakonie"; issue #18, mend45).
ONE_WORD_BODIES = frozenset(name for name in _entries(INTERNATIONAL_BODIES) if " " not in name)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Name keys of states (to their ISO code), outlets, international bodies and platforms.

    ``acronyms`` holds the keys of short upper-case names ("AP", "RT", "ABC", "IS"), which match only when
    written in capitals, so "Is" opening a question is no state and "ser" no Spanish radio.
    """

    states: dict[str, str]
    outlets: frozenset[str]
    bodies: frozenset[str]
    platforms: frozenset[str]
    acronyms: frozenset[str]
    outlet_heads: frozenset[str] = frozenset()
    #: keys of names that are common words too ("Público": "o público" is the audience), known only capitalised
    capitalised: frozenset[str] = frozenset()

    def _known(self, text: str, key: str, table: frozenset[str] | dict[str, str]) -> bool:
        """``key`` is in ``table``, and a short upper-case name ("AP", "IS") is written in capitals."""
        return (
            key in table
            and (key not in self.acronyms or text.strip().isupper())
            and (key not in self.capitalised or text.strip()[:1].isupper())
        )

    def state(self, text: str) -> str | None:
        """The ISO code of the state ``text`` names (a country, a capital, a seat of government), else ``None``."""
        key = name_key(text)
        return self.states.get(key) if self._known(text, key, self.states) else None

    def is_outlet(self, text: str) -> bool:
        """Whether ``text`` is an outlet's name."""
        return self._known(text, name_key(text), self.outlets)

    def is_body(self, text: str) -> bool:
        """Whether ``text`` names an international body or agency ("OMS", "Amnesty International")."""
        return self._known(text, name_key(text), self.bodies)

    def ends_like_outlet(self, text: str) -> bool:
        """Whether ``text`` is a name of two words or more whose last ends like an outlet's ("Sahan Journal",
        "ET-News"), for outlets the list lacks."""
        words = re.split(r"[\s\-‐]+", text.strip())
        return len(words) > 1 and name_key(words[-1]) in self.outlet_heads

    def is_platform(self, text: str) -> bool:
        """Whether ``text`` names a social platform."""
        return self._known(text, name_key(text), self.platforms)


def _acronyms(*tables: str) -> set[str]:
    """Keys written only as short capitals in the tables ("AP", "RT"; not "dpa", which is also written "DPA")."""
    spellings: dict[str, set[str]] = {}
    for table in tables:
        for entry in _entries(table):
            spellings.setdefault(name_key(entry), set()).add(entry)
    return {key for key, names in spellings.items() if all(len(n) <= 4 and n.isupper() for n in names)}


def build_gazetteer(languages: tuple[str, ...] = ("en", "fr", "de", "es", "pt", "it", "pl")) -> Gazetteer:
    """The gazetteer with CLDR country names in ``languages`` (Babel's data, kept in the machine cache)."""
    from sift.machine_cache import territory_names

    states: dict[str, str] = {}
    for territories in territory_names(languages).values():
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                states.setdefault(name_key(name), code)
    for table in (STATE_ALIASES, GOVERNMENT_SEATS):
        for code, names in table.items():
            for name in _entries(names):
                states.setdefault(name_key(name), code)
    acronyms = _acronyms(
        INTERNATIONAL_BODIES, PARTIES, UNIONS, OUTLETS, PLATFORMS, *STATE_ALIASES.values(), *GOVERNMENT_SEATS.values()
    )
    return Gazetteer(
        states=states,
        outlets=frozenset(name_key(name) for table in (OUTLETS, COMMON_WORD_OUTLETS) for name in _entries(table)),
        bodies=frozenset(
            name_key(name) for table in (INTERNATIONAL_BODIES, PARTIES, UNIONS) for name in _entries(table)
        ),
        platforms=frozenset(name_key(name) for name in _entries(PLATFORMS)),
        acronyms=frozenset(acronyms),
        outlet_heads=frozenset(name_key(word) for word in _entries(OUTLET_HEADS)),
        capitalised=frozenset(name_key(name) for name in _entries(COMMON_WORD_OUTLETS)),
    )
