"""Which words name a speaker, per language: pronouns, titles, anonymous sources, bodies, outlets, documents.

A source span ("the Russian Defense Ministry", "Two officials", "le porte-parole du gouvernement", "rzecznik
rządu") names a speaker when its head noun is one of these words or a proper name; an abstract noun ("crisis",
"Provokationen", "leur étude") names none. Words are lemmas in lower case (spaCy's for English and French, HanTa's
for German, simplemma's for the others). Kinds follow ``bench/data/README.md``: person, organisation, government,
outlet, anonymous. A row per language, joined to its :class:`~sift.lexicon.languages.Language` row.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AND_WORDS", "SPEAKER_WORDS", "SpeakerWords"]

#: "And" in the languages the word-order rules read (fr, de, es, pt, it, pl; English has a parser): nouns it joins
#: are one subject ("Dowódcy i zwierzchnicy polityczni zastrzegają"), read by its first noun ("El presidente y el
#: ministro dijeron": the president speaks).
#: German "sowie" ("as well as") joins two subjects as "und" does, and so does "als auch" of "sowohl A als auch B"
#: (one token: ``german._correlative_and``).
AND_WORDS = frozenset({"i", "oraz", "y", "e", "et", "und", "sowie", "als auch"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    """Comma-separated entries (multi-word nouns such as "white house", "news agency")."""
    return frozenset(entry.strip() for entry in text.split(",") if entry.strip())


def compound_entry(word: str, entries: frozenset[str]) -> str | None:
    """The entry of four letters or more that ends a compound after three letters or more, the longest of several
    ("drk-generalsekretär": "generalsekretär", not "sekretär"; "Bundesministerium": "ministerium"): where nouns
    compound (German), the last part heads. Looked up by the word's endings, not by a loop over the entries."""
    return next((word[start:] for start in range(3, len(word) - 3) if word[start:] in entries), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeakerWords:
    """The words that tell what a source span names, in one language."""

    #: articles, demonstratives, possessives, numerals and quantifiers dropped from the front of a name
    determiners: frozenset[str] = frozenset()
    #: pronouns for a person only ("he", "she")
    person_pronouns: frozenset[str] = frozenset()
    #: pronouns for an organisation or thing only ("it")
    thing_pronouns: frozenset[str] = frozenset()
    #: pronouns for any one speaker, person or body (gendered languages: "il", "er", "él", "ona")
    singular_pronouns: frozenset[str] = frozenset()
    #: masculine pronouns ("er", "il"): never a person whose title has a feminine ending ("Ministerin")
    masculine_pronouns: frozenset[str] = frozenset()
    #: feminine pronouns ("sie" with a singular verb, "she", "elle"): never a person the page tells is a man
    feminine_pronouns: frozenset[str] = frozenset()
    #: endings of a title's feminine form ("Ministerin", "Sprecherin"): the person it names is a woman
    feminine_title_endings: tuple[str, ...] = ()
    #: nouns of kin and address that tell a man or a woman in a source's own words ("Ihr Mann Peter", "her husband
    #: Tom", "Frau Weber"): a gendered pronoun after them takes another speaker of the page when the gender differs
    masculine_nouns: frozenset[str] = frozenset()
    feminine_nouns: frozenset[str] = frozenset()
    #: pronouns for a group or a body ("they", "ils", "sie", "ellos", "oni")
    group_pronouns: frozenset[str] = frozenset()
    #: of those, the ones that never stand for one person named before ("they", "ils", "elles"; not German "sie",
    #: which is "she" too): a group's or a body's, or no one's
    plural_pronouns: frozenset[str] = frozenset()
    #: pronouns for a group that are one woman's with a singular verb beside them (German "sie": "schätzt sie",
    #: "sagt sie"; "sagen sie" is they)
    number_by_verb_pronouns: frozenset[str] = frozenset()
    #: relative pronouns: no speaker of their own ("photos which show …")
    relative_pronouns: frozenset[str] = frozenset()
    #: which of the pronouns above speak in the first person ("ich", "je", "we"): inside a quotation that a frame
    #: outside it attributes, they are that frame's speaker, not a speaker of their own
    first_person_pronouns: frozenset[str] = frozenset()
    #: impersonal pronouns ("man", "on"): nobody in particular, so a span holding one names no speaker ("den man den
    #: Behörden meldet", "qu'on signale"). Not the Romance impersonal "se"/"si", which is also the reflexive of a
    #: named subject ("el ministro se mostró")
    impersonal_pronouns: frozenset[str] = frozenset()
    #: pronouns that can only be a subject (no accusative form alike: German "er", "ich", "man", not "sie"): right
    #: after a cue in verb-second order they are its subject, and what stands before the cue is not ("Das sagte er",
    #: "Verrat nennt man das")
    nominative_pronouns: frozenset[str] = frozenset()
    #: pronouns for what was said ("das", "dies"): alone before a cue with a subject after it, they are its object
    #: ("Das sagte der Minister")
    said_pronouns: frozenset[str] = frozenset()
    #: titles and roles of one person ("minister", "Sprecher", "porte-parole", "portavoz", "rzecznik"): a person when
    #: named or definite ("the minister" resolves to the minister named before), anonymous when indefinite or plural
    title_nouns: frozenset[str] = frozenset()
    #: anonymous sources ("officials", "Quellen", "fuentes", "experts"), a person only when named
    source_nouns: frozenset[str] = frozenset()
    #: heads of organisation names ("ministry", "police", "court", "company")
    body_nouns: frozenset[str] = frozenset()
    #: a government or administration speaking as such ("government", "White House", "Kremlin", "rząd")
    government_nouns: frozenset[str] = frozenset()
    #: media ("newspaper", "news agency", "Zeitung", "diario")
    outlet_nouns: frozenset[str] = frozenset()
    #: documents that speak for their issuer ("the statement said", "la Mitteilung", "el comunicado")
    document_nouns: frozenset[str] = frozenset()
    #: timetables and calendars: what one sets out is nobody's statement, whoever issued it ("según el calendario
    #: de la Liga", "secondo l'orario", "według harmonogramu"): a source they open names no speaker
    schedule_nouns: frozenset[str] = frozenset()
    #: nouns of what someone said or judged ("les déclarations du ministre", "o discurso do presidente", "argument
    #: Koalicji"): with a genitive complement, the complement is the source, as it is for ``document_nouns``
    speech_nouns: frozenset[str] = frozenset()
    #: figures someone published ("figures from the Office for National Statistics", "según datos del INE", "według
    #: danych GUS", "laut Daten des Bundesamts") and the studies someone ran ("according to a survey by the
    #: Resolution Foundation", "d'après une étude de l'Inserm"): with a genitive complement, the complement is the
    #: source; alone ("según los datos") they name nobody. Unlike ``document_nouns`` they never speak themselves
    #: ("the data show")
    data_nouns: frozenset[str] = frozenset()
    #: nouns of a judgement whose genitive may be what is judged ("l'évaluation des élèves", "la critique de
    #: Macron"): read as ``speech_nouns`` in a source slot ("selon l'évaluation de la Commission"), never as a cue
    judgement_nouns: frozenset[str] = frozenset()
    #: nouns of a spokesperson, who speaks for the body named with the noun ("a spokesperson for the Home Office",
    #: "un porte-parole du ministère", "eine Sprecherin der Deutschen Bahn": the body is the speaker)
    spokesperson_nouns: frozenset[str] = frozenset()
    #: members of a party capitalised before a name ("Republican Mitch McConnell", "Democrats Chuck Schumer and
    #: Nancy Pelosi"): a description like a title, no part of the name, singular and plural as written
    party_member_nouns: frozenset[str] = frozenset()
    #: the head of a compound is its last part ("Regierungssprecher" is a "Sprecher"), as in German
    has_compounds: bool = False
    #: every noun is capitalised (German), so only a tagger's PROPN marks a name
    capitalises_nouns: bool = False
    #: the head noun is the first noun of a phrase ("el ministro de Economía", "rzecznik rządu", "der Sprecher des
    #: Ministeriums"); English puts it last in the nominal run ("the Russian Defense Ministry")
    is_head_first: bool = True
    #: plural endings of nouns whose lemma the tagger gives unchanged (a plural source noun is anonymous)
    plural_endings: tuple[str, ...] = ()
    #: endings of nouns that name who does something ("Rechnungsprüfer", "Ermittler"): a source that is such an
    #: unlisted noun alone may be a speaker, shown as uncertain (``sift.attribution.speakers``). German only: in
    #: French, the first language tried ("les opérateurs", "le Contrôleur général" on the dev pages), the guess
    #: named more non-speakers than speakers
    agent_endings: tuple[str, ...] = ()
    #: quantifiers floated after a subject ("users and critics alike", "the ministers both"): no word of its name
    floated_quantifiers: frozenset[str] = frozenset()
    #: endings of unlisted nouns that name an institution ("Rechnungshof", "Stahlwerk"): an uncertain organisation
    institution_endings: tuple[str, ...] = ()
    #: endings of nouns that describe a person by age ("der 48-Jährige", "the 48-year-old"): the person named before
    age_endings: tuple[str, ...] = ()
    #: endings of adjectives that count a person's years or times ("der 28-jährige Titelverteidiger", "der dreimalige
    #: Sieger", "die ehemalige Ministerin"): written in lower case, they still describe one individual
    count_adjective_endings: tuple[str, ...] = ()
    #: nationality nouns in the singular ("Franzose", "Française"): with a definite article ("der Franzose"), like an
    #: age noun, the person named before (or nobody); never a speaker of their own
    nationality_nouns: frozenset[str] = frozenset()
    #: definite singular articles that make a nationality noun stand for one person named before
    definite_articles: frozenset[str] = frozenset()
    #: nouns of news or reports (lemmas in lower case; German by compound: "Medienberichte") whose bare plural is an
    #: anonymous source when no one is named for them ("according to media reports", "según informes de prensa",
    #: "selon des informations de presse", "secondo indiscrezioni di stampa", "według doniesień mediów",
    #: "laut Medienberichten"): not the document of the body the page named last
    report_nouns: frozenset[str] = frozenset()
    #: the words that may stand with such reports and still name no one (the press, the media, local, news;
    #: lemmas or forms in lower case): any other noun with them is their issuer ("informes del ministerio")
    press_words: frozenset[str] = frozenset()
    #: the only determiners such reports may follow, indefinite ones ("des informations de presse", "several
    #: reports", "einigen Berichten zufolge"): an article, a possessive or a demonstrative points to reports named
    #: before ("the reports", "its reports", "sus informes", "ihren Berichten", "these reports")
    report_articles: frozenset[str] = frozenset()
    #: interrogatives and other function words that open headings and questions ("CÓMO GARANTIZAR …", "Wie geht
    #: es weiter"): never a speaker, whatever their case
    question_words: frozenset[str] = frozenset()
    #: words that, opening a source, say who did not speak ("not by the governors", "No official would say",
    #: realpages dev7; "Keiner der Abgeordneten hat geantwortet", dev11; "Nadie confirmó", "Personne n'a répondu"):
    #: the span names no speaker
    negations: frozenset[str] = frozenset()
    #: plural definite articles: before a single name they make it a group ("los Capuchinos", "les Verts", "die
    #: Grünen"), an organisation, never a person. German "die" is also singular, so only before a plural ending
    plural_articles: frozenset[str] = frozenset()
    #: endings a name needs after an article of ``plural_articles`` that is also singular (German "die")
    plural_name_endings: tuple[str, ...] = ()
    #: singular articles that, right before a lone name, make it a body's ("la Aemet", "o Ipea"): news in the
    #: language writes no article before a person's name. Not Italian ("la Meloni": a woman's surname)
    body_articles: frozenset[str] = frozenset()
    #: a body's name in the genitive may stand right before a person's full name as their affiliation ("posłanka
    #: Lewicy Anna Zielińska", "do polityków Lewicy Borys Budka"): inflected common words opening a name run are
    #: the body's, no part of the person's name (Polish)
    genitive_affiliations: bool = False
    #: endings of a state's name in the genitive and of its dictionary form, for the states whose genitive the
    #: dictionary reads as another word ("Polski", the adjective, for "Polska"): "trener reprezentacji Polski Michał
    #: Probierz" is Michał Probierz (Polish feminine nouns: "Polski", "Ukrainy", "Hiszpanii" from "-a")
    genitive_state_endings: tuple[tuple[str, str], ...] = ()
    #: capitalised particles that open a surname, as written ("Le Pen", "Le Drian", "Du Pont"; French): the tagger
    #: reads them as an article, so a surname named without its given name lost them ("Drian") or read as nothing
    surname_particles: frozenset[str] = frozenset()
    #: prepositions that say where a person, a piece of work or a statement comes from ("Der Winzer aus
    #: Bernkastel", "a study from Germany", "Dies geht aus einem Bericht der X hervor")
    origin_prepositions: frozenset[str] = frozenset()
    #: demonstratives and possessives ("ce", "cette", "son", "su", "este"): after a genitive word they open what is
    #: spoken of, never part of an issuer's name ("L'évaluation faite par France Stratégie | de son intérêt …")
    demonstratives: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()


ENGLISH = SpeakerWords(
    origin_prepositions=_words("from"),
    determiners=_words(
        """
        the a an this that these those his her its their our my your some several many one two three four five six
        seven eight nine ten dozen dozens hundreds both all any another other such various numerous few multiple
        most senior top
        """
    ),
    person_pronouns=_words("he she him i"),
    masculine_pronouns=_words("he him"),
    feminine_pronouns=_words("she"),
    masculine_nouns=_words("husband father son brother grandfather uncle nephew boyfriend mr"),
    feminine_nouns=_words("wife mother daughter sister grandmother aunt niece girlfriend mrs ms miss"),
    thing_pronouns=_words("it"),
    group_pronouns=_words("they we"),
    plural_pronouns=_words("they"),
    first_person_pronouns=_words("i we"),
    relative_pronouns=_words("which that who whom whose"),
    title_nouns=_phrases(
        """
        minister, president, senator, spokesman, spokeswoman, spokesperson, secretary, chancellor, governor, mayor,
        director, chairman, chairwoman, chair, ceo, chief, head, leader, commander, general, judge, prosecutor,
        attorney, ambassador, envoy, lawmaker, congressman, congresswoman, representative, deputy, premier, king,
        queen, prince, pope, candidate, nominee, founder, executive, manager, coach, professor, author, mp,
        politician, lieutenant, colonel, sheriff, commissioner, administrator, adviser, advisor, prime minister,
        vice president, attorney general, secretary-general, secretary general, press secretary, superintendent,
        chief executive, frontrunner, incumbent, challenger, speaker, whip, treasurer, mogul, billionaire
        """
    ),
    source_nouns=_phrases(
        """
        official, source, expert, analyst, witness, resident, diplomat, researcher, scientist, critic, observer,
        investigator, activist, economist, insider, aide, staffer, employee, worker, lawyer, doctor, physician,
        officer, member, supporter, opponent, protester, voter, citizen, parent, teacher, survivor, victim, relative,
        neighbor, neighbour, campaigner, historian, strategist, consultant, organizer, organiser, person, people,
        representative, spokesperson, specialist, nurse, veteran, farmer, trader, investor, executive, officer,
        expert, pollster, advocate, operative, ally, adviser, advisor, fan, user, customer, participant, author,
        others, mother, father, wife, husband, son, daughter, sister, brother, sibling, family, widow, widower,
        grandmother, grandfather, aunt, uncle, cousin, niece, nephew, partner, friend, colleague, co-author,
        coauthor, collaborator, forecaster, meteorologist, epidemiologist, virologist, dietitian, nutritionist,
        psychologist, psychiatrist, dermatologist, pediatrician, paediatrician, therapist, climatologist, settler,
        villager, local, student, patient, consumer, shopper, passenger, rider, driver, motorist, commuter, tenant,
        homeowner, attendee, waiter, waitress, soldier, refugee, migrant, tourist, visitor, shopkeeper, vendor,
        firefighter, paramedic, volunteer, demonstrator, inmate, prisoner, detainee, fisherman, fishermen, miner,
        host, anchor, presenter, mechanic, pilot, athlete, guard, crew, staff, woman, man, child, girl, boy,
        teenager, youth, women, men, children, employer
        """
    ),
    body_nouns=_phrases(
        """
        ministry, department, office, agency, police, court, company, firm, corporation, group, party, union,
        commission, committee, council, institute, institution, university, hospital, bank, army, military, navy,
        force, forces, coalition, organisation, organization, association, foundation, federation, league, alliance,
        ngo, charity, service, bureau, board, parliament, congress, senate, assembly, tribunal, campaign, team,
        club, church, secretariat, center, centre, laboratory, inc, corp, ltd, llc, regulator, watchdog, airline,
        manufacturer, pentagon, court of justice, supreme court, prosecutor's office, fund, authority, command,
        taliban, school, college, network, exchange, startup, maker, operator, provider, producer, giant, retailer,
        utility, business
        """
    ),
    government_nouns=_phrases(
        "government, administration, cabinet, kremlin, white house, executive, authorities, regime, state department"
    ),
    outlet_nouns=_phrases(
        """
        newspaper, news agency, agency, broadcaster, channel, magazine, daily, tabloid, outlet, paper, website, radio,
        television, tv, station, publication, journal, wire service, news site, weekly, news outlet
        """
    ),
    data_nouns=_words("figures data statistics estimates numbers calculations projections survey study poll analysis"),
    spokesperson_nouns=_words("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen"),
    party_member_nouns=_words(
        """
        republican republicans democrat democrats tory tories conservative conservatives liberal liberals socialist
        socialists communist communists libertarian libertarians progressive progressives
        """
    ),
    document_nouns=_phrases(
        "statement, report, communique, communiqué, press release, release, letter, filing, memo, tweet, post, ruling, "
        "editorial, op-ed, column"
    ),
    is_head_first=False,
    question_words=_words("how what where when why who which whether"),
    negations=_words("not never no neither nor nobody none"),
    floated_quantifiers=_words("alike both all"),
    report_nouns=_words("report"),
    press_words=_words("media medium press news local"),
    report_articles=_words("some several various numerous multiple many"),
)

FRENCH = SpeakerWords(
    demonstratives=_words("ce cet cette ces"),
    possessives=_words("son sa ses leur leurs"),
    surname_particles=frozenset({"Le", "La", "Du", "Des"}),
    determiners=_words(
        """
        le la les l' l’ un une des du de d' d’ ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes
        plusieurs certains certaines quelques deux trois quatre cinq six sept huit neuf dix divers différents
        nombreux nombreuses tous toutes
        """
    ),
    singular_pronouns=_words("il elle je lui"),
    masculine_pronouns=_words("il"),
    feminine_pronouns=_words("elle"),
    masculine_nouns=_words("mari père fils frère grand-père oncle neveu compagnon monsieur m."),
    feminine_nouns=_words("épouse mère fille sœur grand-mère tante nièce compagne madame mme"),
    group_pronouns=_words("ils elles nous"),
    plural_pronouns=_words("ils elles"),
    first_person_pronouns=_words("je j' j’ nous"),
    impersonal_pronouns=_words("on"),
    relative_pronouns=_words("qui que qu' qu’ lequel laquelle dont"),
    title_nouns=_phrases(
        """
        ministre, président, présidente, sénateur, sénatrice, porte-parole, député, députée, maire, secrétaire,
        directeur, directrice, chef, cheffe, dirigeant, dirigeante, premier ministre, première ministre, chancelier,
        chancelière, gouverneur, ambassadeur, ambassadrice, procureur, procureure, juge, patron, patronne, pdg,
        commandant, général, professeur, professeure, docteur, avocat, avocate, candidat, candidate, fondateur,
        fondatrice, délégué, déléguée, commissaire, préfet, préfète, conseiller, conseillère, rapporteur,
        vice-président, vice-présidente, secrétaire général, président-directeur général, chercheur, chercheuse,
        toxicologue, gastro-entérologue, épidémiologiste, infectiologue, directeur général, directrice générale,
        naturopathe, psychologue, nutritionniste, sociologue, historien, historienne, philosophe, anthropologue,
        politologue, urgentiste, pédiatre, psychiatre, maître, madame, mme, mademoiselle, mlle, monsieur
        """
    ),
    source_nouns=_phrases(
        """
        responsable, source, expert, experte, analyste, témoin, habitant, habitante, diplomate, chercheur, chercheuse,
        scientifique, observateur, observatrice, spécialiste, enquêteur, enquêtrice, médecin, infirmier, infirmière,
        proche, membre, militant, militante, économiste, syndicaliste, personne, gens, élu, élue, représentant,
        représentante, opposant, opposante, partisan, manifestant, électeur, habitant, riverain, salarié, employé,
        agriculteur, toxicologue, auteur, autrice, sondage, presse, chiraquien, sarkozyste, macroniste, ténor,
        détracteur, détractrice, défenseur, adversaire, entourage, professionnel, professionnelle, épouse, époux,
        mari, fils, fille, veuve, veuf, famille, pompier, sapeur-pompier, secouriste
        """
    ),
    body_nouns=_phrases(
        """
        ministère, police, gendarmerie, tribunal, cour, justice, parquet, entreprise, société, groupe, parti,
        syndicat, commission, comité, conseil, autorité, institut, université, hôpital, banque, armée, coalition,
        organisation, association, fondation, fédération, ligue, ong, agence, office, service, bureau, parlement,
        assemblée, sénat, préfecture, mairie, région, département, caisse, direction, laboratoire, centre,
        observatoire, conseil fédéral, confédération, administration fédérale, oms, onu, canton, union
        """
    ),
    government_nouns=_phrases(
        "gouvernement, exécutif, kremlin, élysée, matignon, administration, autorités, ville, maison blanche, régime"
    ),
    outlet_nouns=_phrases(
        """
        journal, quotidien, hebdomadaire, magazine, agence de presse, agence, chaîne, télévision, radio, site, média,
        mensuel, agence télégraphique
        """
    ),
    data_nouns=_words("données chiffres statistiques estimations calculs projections étude enquête sondage"),
    spokesperson_nouns=_words("porte-parole"),
    document_nouns=_phrases("communiqué, rapport, déclaration, lettre, texte, bilan, note, arrêt, décision"),
    speech_nouns=_words(
        """
        discours propos avis annonce position affirmation explication argument témoignage positions déclarations
        """
    ),
    judgement_nouns=_words("évaluation analyse estimation critique version estimations analyses critiques"),
    nationality_nouns=_words(
        """
        français française allemand allemande italien italienne espagnol espagnole britannique anglais anglaise
        américain américaine russe polonais polonaise ukrainien ukrainienne luxembourgeois luxembourgeoise belge
        néerlandais néerlandaise autrichien autrichienne suisse chinois chinoise
        """
    ),
    definite_articles=_words("le la l' l’"),
    question_words=_words("comment quoi où quand pourquoi qui que quel quelle quels quelles combien"),
    negations=_words("personne aucun aucune nul nulle ni jamais"),
    plural_articles=_words("les"),
    report_nouns=_words("information rapport révélation indiscrétion"),
    press_words=_words("presse média médias journalistique local locaux locale locales"),
    report_articles=_words("des plusieurs certaines certains quelques diverses divers différentes différents"),
)

GERMAN = SpeakerWords(
    origin_prepositions=_words("aus"),
    determiners=_words(
        """
        der die das den dem des ein eine einen einem einer eines dieser diese dieses diesem diesen sein seine seinem
        seinen seiner ihr ihre ihrem ihren ihrer unser unsere mehrere einige zwei drei vier fünf sechs sieben acht
        neun zehn viele alle beide verschiedene zahlreiche meisten wenigen
        """
    ),
    person_pronouns=_words("ich"),
    # "es" stands for a neuter noun ("das Ministerium", "das Amt"), never for a person named by name ("Das Auswärtige
    # Amt …, es äußert sich": not Heiko Maas, named before it; realpages dev14)
    thing_pronouns=_words("es"),
    singular_pronouns=_words("er"),
    masculine_pronouns=_words("er"),
    feminine_pronouns=_words("sie"),
    feminine_title_endings=("in",),
    masculine_nouns=_words("mann ehemann vater sohn bruder großvater opa onkel neffe freund lebensgefährte herr"),
    feminine_nouns=_words("frau ehefrau mutter tochter schwester großmutter oma tante nichte freundin lebensgefährtin"),
    group_pronouns=_words("sie wir"),
    number_by_verb_pronouns=_words("sie"),
    first_person_pronouns=_words("ich wir"),
    impersonal_pronouns=_words("man"),
    nominative_pronouns=_words("er ich wir man du"),
    # the dative ones stand for what a verb of answering takes ("Dem widersprach der Minister": not "Dem" spoke)
    said_pronouns=_words("das dies dieses dem diesem"),
    relative_pronouns=_words("welcher welche welches"),
    title_nouns=_words(
        """
        minister ministerin präsident präsidentin kanzler kanzlerin sprecher sprecherin chef chefin vorsitzende
        vorsitzender abgeordnete abgeordneter senator senatorin bürgermeister bürgermeisterin direktor direktorin
        leiter leiterin gouverneur botschafter botschafterin staatsanwalt staatsanwältin richter richterin
        generalsekretär general kommandeur professor professorin anwalt anwältin geschäftsführer geschäftsführerin
        gründer gründerin manager managerin trainer trainerin kandidat kandidatin parlamentarier parlamentarierin
        politiker politikerin vizechef sekretär sekretärin beauftragte beauftragter bischof bundesrat bundesrätin
        vorstand ökonom ökonomin oberst leutnant kommissar kommissarin milliardär milliardärin
        schatzmeister schatzmeisterin landrat landrätin intendant intendantin autor autorin
        """
    ),
    # colleagues tell as friends and neighbours do ("Ein Kollege sagte mir, …"); before a name the noun is the name's
    # title ("sein Amtskollege Edouard Daladier", german44; german43b dropped them for a junk frame on that name)
    source_nouns=_words(
        """
        experte expertin analyst analystin zeuge zeugin anwohner anwohnerin diplomat diplomatin forscher forscherin
        wissenschaftler wissenschaftlerin beobachter beobachterin kritiker kritikerin ermittler ermittlerin aktivist
        aktivistin ökonom ökonomin quelle insider mitarbeiter mitarbeiterin arzt ärztin mediziner medizinerin
        sachverständige sachverständiger kreis kreise person leute vertreter vertreterin mitglied teilnehmer
        teilnehmerin kenner kennerin insiderin fachleute beamte beamter unterstützer unterstützerin gegner
        gegnerin befürworter befürworterin anhänger anhängerin betriebsrat betriebsräte umfrage presse landwirt
        landwirtin bauer bäuerin forschende forschenden freund freundin freunde freundinnen angeklagte
        angeklagter beschuldigte beschuldigter tatverdächtige tatverdächtiger umfeld beklagte beklagter kläger
        klägerin berater beraterin polizist polizistin polizisten ehefrau ehemann gattin gatte witwe witwer eltern
        schüler schülerin einwohner einwohnerin bewohner bewohnerin nachbar nachbarin nachbarn
        verantwortliche verantwortlicher demonstrant demonstrantin investor investorin ärzte ärztinnen
        fan fans star stars seite
        schützer schützerin
        kollege kollegin kollegen kolleginnen
        """
    ),
    body_nouns=_words(
        """
        ministerium polizei gericht unternehmen konzern firma gesellschaft gruppe partei gewerkschaft kommission
        ausschuss rat behörde institut universität klinik krankenhaus bank armee bundeswehr koalition organisation
        verband verein stiftung amt dienst büro parlament bundestag landtag senat staatsanwaltschaft staatskanzlei
        kammer club zentrale bundesamt landesamt hochschule fraktion bundesrat asta hersteller anbieter betreiber
        vorstand konzernleitung aufsicht zivilschutz feuerwehr branche institution präsidium allianz bündnis
        botschaft konsulat mission delegation zentralrat ethikrat sachverständigenrat weltklimarat beirat agentur
        landratsamt gesundheitsamt jugendamt ordnungsamt finanzamt bezirksamt standesamt zollamt sozialamt bauamt
        umweltamt arbeitsamt kulturamt stadtrat gemeinderat kreistag stadtwerk stadtwerke verkehrsbetriebe
        bund opposition union zentrum leitung direktion schule kita kirche bistum diözese kasse krankenkasse
        versicherung genossenschaft gremium museum team
        """
    ),
    government_nouns=_phrases(
        "regierung, bundesregierung, landesregierung, verwaltung, kreml, weißes haus, weiße haus, administration, "
        "stadt, bundesrat, senat, regime, behörden, rathaus, landkreis, stadtverwaltung, kreisverwaltung, gemeinde, "
        "gemeindeverwaltung, kanton"
    ),
    outlet_nouns=_words(
        """
        zeitung nachrichtenagentur presse-agentur sender magazin blatt rundfunk fernsehen radio portal
        nachrichtenmagazin tageszeitung wochenzeitung presseagentur nachrichtenportal fernsehsender medien redaktion
        """
    ),
    data_nouns=_words(
        "daten zahl zahlen statistik statistiken schätzung schätzungen berechnung berechnungen ergebnis ergebnisse "
        "tabelle tabellen rangliste ranglisten studie studien umfrage umfragen untersuchung untersuchungen analyse "
        "analysen gutachten erhebung erhebungen auswertung auswertungen befragung befragungen"
    ),
    spokesperson_nouns=_words("sprecher sprecherin"),
    document_nouns=_words(
        "mitteilung erklärung bericht pressemitteilung stellungnahme schreiben brief urteil antwort entwurf"
    ),
    speech_nouns=_words(
        """
        aussage aussagen äußerung äußerungen angabe angaben ansicht meinung darstellung warnung statement forderung
        forderungen appell vorwurf vorwürfe behauptung behauptungen ankündigung
        motto devise credo theorie
        """
    ),
    judgement_nouns=_words(
        # "umfrage" is also a source noun: a poll without an issuer is an anonymous source, one with a named issuer
        # speaks for it ("eine Umfrage des Meinungsforschungsinstituts Forsa", as a study does)
        "einschätzung analyse kritik schätzung studie erhebung untersuchung auswertung befragung gutachten prognose"
        " umfrage"
    ),
    has_compounds=True,
    capitalises_nouns=True,
    agent_endings=("er", "erin", "erinnen", "ent", "enten", "entin", "ist", "isten", "istin", "eur", "eure", "eurin"),
    institution_endings=("hof", "werk", "zentrum"),
    age_endings=("-jährige", "-jähriger", "-jährigen"),
    count_adjective_endings=("jährige", "jährigen", "malige", "maligen"),
    nationality_nouns=_words(
        """
        franzose französin deutsche deutscher italiener italienerin spanier spanierin brite britin engländer
        engländerin amerikaner amerikanerin russe russin pole polin ukrainer ukrainerin luxemburger luxemburgerin
        belgier belgierin niederländer niederländerin österreicher österreicherin schweizer schweizerin chinese
        chinesin türke türkin grieche griechin portugiese portugiesin
        """
    ),
    definite_articles=_words("der die dem den"),
    question_words=_words(
        "wie was wo wann warum wer wen wem welche welcher welches wieso weshalb weswegen woher wohin"
    ),
    negations=_words("kein keine keiner keines keinem keinen niemand niemandem nie nicht weder"),
    plural_articles=_words("die"),
    plural_name_endings=("en",),
    report_nouns=_words("bericht"),
    press_words=_words("medien presse lokaler lokalen örtlicher örtlichen übereinstimmend übereinstimmenden"),
    report_articles=_words("einige einigen mehrere mehreren"),
)

SPANISH = SpeakerWords(
    demonstratives=_words("este esta estos estas ese esa esos esas"),
    possessives=_words("su sus"),
    determiners=_words(
        """
        el la los las lo un una unos unas este esta estos estas ese esa esos esas aquel aquella su sus nuestro
        nuestra varios varias algunos algunas dos tres cuatro cinco seis siete ocho nueve diez diversos diversas
        numerosos numerosas todos todas al del
        """
    ),
    singular_pronouns=_words("él ella yo"),
    group_pronouns=_words("ellos ellas nosotros"),
    first_person_pronouns=_words("yo nosotros"),
    relative_pronouns=_words("que quien quienes cual cuales"),
    title_nouns=_phrases(
        """
        ministro, ministra, presidente, presidenta, portavoz, senador, senadora, diputado, diputada, alcalde,
        alcaldesa, secretario, secretaria, director, directora, jefe, jefa, líder, gobernador, gobernadora,
        embajador, embajadora, fiscal, juez, jueza, consejero, consejera, candidato, candidata, fundador, fundadora,
        comandante, general, profesor, profesora, doctor, doctora, abogado, abogada, delegado, delegada,
        vicepresidente, vicepresidenta, canciller, primer ministro, rey, reina, gerente, coordinador, coordinadora,
        concejal, concejala, titular, mandatario, mandataria, entrenador, entrenadora, seleccionador,
        seleccionadora, exseleccionador, técnico, capitán, capitana, rector, rectora, vocero, vocera, comisario,
        comisaria, referente
        """
    ),
    source_nouns=_phrases(
        """
        fuente, experto, experta, analista, testigo, vecino, vecina, diplomático, investigador, investigadora,
        científico, observador, especialista, médico, miembro, activista, economista, persona, residente,
        responsable, funcionario, funcionaria, trabajador, trabajadora, representante, opositor, manifestante,
        entorno, allegado, allegada, colaborador, colaboradora, encuesta, sondeo, prensa, agente, esposa, esposo,
        marido, hijo, hija, viuda, viudo, familia, familiares, bombero, bombera, enfermero, enfermera
        """
    ),
    body_nouns=_phrases(
        """
        ministerio, policía, guardia civil, tribunal, corte, juzgado, fiscalía, empresa, compañía, sociedad, grupo,
        partido, sindicato, comisión, comité, consejo, autoridad, instituto, universidad, hospital, banco, ejército,
        coalición, organización, asociación, fundación, federación, liga, ong, agencia, oficina, servicio,
        parlamento, congreso, senado, asamblea, ayuntamiento, junta, generalitat, xunta, ente, entidad, emisor,
        banco central, cámara, secretaría, dirección, observatorio
        """
    ),
    government_nouns=_phrases(
        "gobierno, ejecutivo, administración, kremlin, moncloa, casa blanca, autoridades, régimen, casa rosada, "
        "gabinete"
    ),
    outlet_nouns=_phrases(
        "diario, periódico, agencia de noticias, agencia, cadena, emisora, revista, radio, televisión, canal, medio, "
        "portal, semanario, rotativo"
    ),
    data_nouns=_words("datos cifras estadísticas estimaciones cálculos proyecciones estudio estudios"),
    document_nouns=_phrases("comunicado, informe, nota, declaración, carta, documento, sentencia"),
    schedule_nouns=_words("calendario calendarios horario horarios cronograma"),
    speech_nouns=_words(
        """
        declaraciones discurso opinión anuncio postura posición advertencia argumento testimonio palabras
        """
    ),
    judgement_nouns=_words("evaluación análisis estimación crítica versión tesis acusación"),
    spokesperson_nouns=_words("portavoz vocero vocera"),
    plural_endings=("s",),
    question_words=_words("cómo qué dónde cuándo quién quiénes cuál cuáles cuánto cuántos porqué adónde"),
    negations=_words("nadie ninguno ninguna ningún ni nunca jamás"),
    plural_articles=_words("los las"),
    body_articles=_words("el la"),
    report_nouns=_words("informe información reporte noticia filtración"),
    press_words=_words("prensa medio medios periodístico periodísticas periodísticos periodística local locales"),
    report_articles=_words("unos unas algunos algunas varios varias diversos diversas numerosos numerosas"),
)

PORTUGUESE = SpeakerWords(
    demonstratives=_words("este esta estes estas esse essa"),
    possessives=_words("seu sua seus suas"),
    determiners=_words(
        """
        o a os as um uma uns umas este esta estes estas esse essa esses essas aquele aquela seu sua seus suas nosso
        nossa vários várias diversos diversas numerosos numerosas alguns algumas dois duas três quatro cinco seis sete
        oito nove dez todos todas do da dos das no na nos nas ao à aos às
        """
    ),
    singular_pronouns=_words("ele ela eu"),
    group_pronouns=_words("eles elas nós"),
    first_person_pronouns=_words("eu nós"),
    relative_pronouns=_words("que quem qual quais"),
    title_nouns=_phrases(
        """
        ministro, ministra, presidente, presidenta, porta-voz, senador, senadora, deputado, deputada, prefeito,
        prefeita, governador, governadora, secretário, secretária, diretor, diretora, chefe, líder, embaixador,
        embaixadora, procurador, procuradora, juiz, juíza, candidato, candidata, fundador, fundadora, comandante,
        general, professor, professora, doutor, doutora, advogado, advogada, delegado, delegada, vice-presidente,
        relator, relatora, vereador, vereadora, primeiro-ministro, primeira-ministra, chanceler, presidente-executivo,
        técnico, treinador, treinadora, capitão, reitor, reitora, comissário, comissária
        """
    ),
    source_nouns=_phrases(
        """
        fonte, especialista, analista, testemunha, morador, moradora, diplomata, pesquisador, pesquisadora,
        cientista, observador, médico, membro, ativista, economista, pessoa, residente, funcionário, funcionária,
        interlocutor, aliado, integrante, auxiliar, assessor, assessora, representante, militar, aliados, sondagem,
        imprensa, agente, esposa, esposo, marido, mãe, pai, filho, filha, viúva, viúvo,
        família, familiares
        """
    ),
    body_nouns=_phrases(
        """
        ministério, polícia, polícia federal, tribunal, corte, supremo, empresa, companhia, sociedade, grupo, partido,
        sindicato, comissão, comitê, conselho, autoridade, instituto, universidade, hospital, banco, exército,
        coalizão, organização, associação, fundação, federação, liga, ong, agência, órgão, secretaria, serviço,
        parlamento, congresso, senado, câmara, assembleia, prefeitura, stf, tse, pf, procuradoria, ministério público
        """
    ),
    government_nouns=_phrases(
        "governo, executivo, administração, planalto, palácio do planalto, kremlin, casa branca, autoridades, "
        "itamaraty, regime, gabinete"
    ),
    outlet_nouns=_phrases(
        "jornal, agência de notícias, agência, revista, rádio, televisão, tv, canal, emissora, portal, site, "
        "meios de comunicação"
    ),
    data_nouns=_words("dados números estatísticas estimativas cálculos projeções estudo estudos"),
    document_nouns=_phrases("nota, comunicado, relatório, declaração, carta, documento, decisão"),
    schedule_nouns=_words("calendário calendários horário horários cronograma"),
    speech_nouns=_words(
        """
        declarações discurso opinião anúncio posição alerta argumento depoimento palavras
        """
    ),
    judgement_nouns=_words("avaliação análise estimativa crítica versão tese acusação"),
    spokesperson_nouns=_words("porta-voz"),
    plural_endings=("s",),
    question_words=_words("como quê onde quando quem qual quais quanto quantos porquê porque aonde"),
    negations=_words("ninguém nenhum nenhuma nem nunca jamais"),
    plural_articles=_words("os as"),
    body_articles=_words("o a"),
    report_nouns=_words("notícia relato informação reportagem"),
    press_words=_words("imprensa mídia media jornalístico jornalística jornalísticos jornalísticas local locais"),
    report_articles=_words("uns umas alguns algumas vários várias diversos diversas numerosos numerosas"),
)

ITALIAN = SpeakerWords(
    demonstratives=_words("questo questa questi queste"),
    possessives=_words("suo sua suoi sue loro"),
    determiners=_words(
        """
        il lo la i gli le l' l’ un uno una un' un’ questo questa questi queste quello quella quelli quelle suo sua
        suoi sue loro nostro nostra alcuni alcune vari varie diversi diverse numerosi numerose due tre quattro cinque
        sei sette otto nove dieci tutti tutte del dello della dei degli delle al allo alla ai agli alle
        """
    ),
    singular_pronouns=_words("lui lei egli ella io"),
    group_pronouns=_words("loro noi essi esse"),
    first_person_pronouns=_words("io noi"),
    relative_pronouns=_words("che cui quale quali"),
    title_nouns=_phrases(
        """
        ministro, ministra, presidente, presidentessa, portavoce, senatore, senatrice, deputato, deputata, sindaco,
        sindaca, segretario, segretaria, direttore, direttrice, capo, leader, governatore, ambasciatore, procuratore,
        giudice, candidato, candidata, fondatore, comandante, generale, professore, professoressa, dottore,
        dottoressa, avvocato, avvocata, delegato, assessore, assessora, commissario, premier, consigliere,
        consigliera, vicepresidente, amministratore delegato, presidente del consiglio, allenatore, ct, capitano,
        rettore, rettrice, questore, prefetto
        """
    ),
    source_nouns=_phrases(
        """
        fonte, esperto, esperta, analista, testimone, residente, abitante, diplomatico, ricercatore, ricercatrice,
        scienziato, osservatore, specialista, medico, membro, attivista, economista, persona, funzionario,
        rappresentante, sondaggio, stampa, agente, carabiniere, moglie, marito, figlio, figlia,
        vedova, vedovo, famiglia, familiari
        """
    ),
    body_nouns=_phrases(
        """
        ministero, polizia, carabinieri, tribunale, corte, procura, azienda, società, gruppo, partito, sindacato,
        commissione, comitato, consiglio, autorità, istituto, università, ospedale, banca, esercito, coalizione,
        organizzazione, associazione, fondazione, federazione, lega, ong, agenzia, ufficio, servizio, parlamento,
        camera, senato, assemblea, comune, regione, provincia, ente, parco, ente parco, protezione civile,
        guardia di finanza
        """
    ),
    government_nouns=_phrases(
        "governo, esecutivo, amministrazione, palazzo chigi, cremlino, casa bianca, autorità, regime, farnesina"
    ),
    outlet_nouns=_phrases(
        "giornale, quotidiano, agenzia di stampa, agenzia, settimanale, rivista, radio, televisione, tv, canale, "
        "emittente, testata, sito"
    ),
    data_nouns=_words("dati cifre numeri statistiche stime calcoli proiezioni studio studi"),
    document_nouns=_phrases("nota, comunicato, rapporto, dichiarazione, lettera, documento, sentenza"),
    schedule_nouns=_words("calendario calendari orario orari cronoprogramma"),
    speech_nouns=_words(
        """
        dichiarazioni discorso parere opinione annuncio posizione avvertimento argomento testimonianza parole
        """
    ),
    judgement_nouns=_words("valutazione analisi stima critica versione tesi accusa"),
    spokesperson_nouns=_words("portavoce"),
    question_words=_words("come cosa che dove quando chi quale quali quanto quanti perché"),
    negations=_words("nessuno nessuna nessun né mai"),
    plural_articles=_words("i gli le"),
    report_nouns=_words("indiscrezione notizia informazione resoconto"),
    press_words=_words("stampa media giornalistico giornalistica giornalistiche giornalistici locale locali"),
    report_articles=_words("alcune alcuni varie vari diverse diversi numerose numerosi"),
)

POLISH = SpeakerWords(
    determiners=_words(
        """
        ten ta to ci te tego tej tych jego jej ich nasz nasza kilka kilku niektórzy wielu dwa dwie trzy cztery pięć
        sześć siedem osiem dziewięć dziesięć wszyscy wszystkie
        """
    ),
    singular_pronouns=_words("on ona ja"),
    group_pronouns=_words("oni one my"),
    first_person_pronouns=_words("ja my"),
    relative_pronouns=_words("który która które którzy którego której"),
    title_nouns=_words(
        """
        minister ministra prezydent premier rzecznik rzeczniczka senator poseł posłanka burmistrz prezes sekretarz
        dyrektor dyrektorka szef szefowa przewodniczący przewodnicząca lider wojewoda marszałek ambasador prokurator
        sędzia kandydat kandydatka założyciel komendant generał profesor doktor adwokat wiceminister wicepremier
        pełnomocnik komisarz radny radna wójt starosta wiceprezes prezeska dowódca trener trenerka selekcjoner
        kapitan rektor
        """
    ),
    source_nouns=_words(
        """
        źródło źródła ekspert ekspertka analityk świadek mieszkaniec dyplomata badacz badaczka naukowiec obserwator
        specjalista lekarz członek aktywista ekonomista osoba przedstawiciel urzędnik informator rozmówca polityk
        historyk autor autorka medyk lekarze politycy sondaż prasa funkcjonariusz socjolog socjolożka psycholog
        psycholożka politolog prawnik prawniczka
        """
    ),
    body_nouns=_words(
        """
        ministerstwo policja sąd prokuratura firma spółka koncern grupa partia związek komisja komitet rada urząd
        instytut uniwersytet szpital bank armia wojsko koalicja organizacja stowarzyszenie fundacja federacja agencja
        biuro służba parlament sejm senat izba ratusz gmina resort trybunał opozycja lewica prawica
        """
    ),
    government_nouns=_phrases("rząd, gabinet, administracja, kreml, biały dom, władze, reżim"),
    outlet_nouns=_words(
        "gazeta dziennik tygodnik agencja portal radio telewizja stacja serwis magazyn portalowi dziennikowi "
        "tygodnikowi serwisowi media mediów mediach"
    ),
    data_nouns=_words("dane danych szacunki szacunków statystyki statystyk wyliczenia wyliczeń badanie badania badań"),
    document_nouns=_words("komunikat raport oświadczenie list dokument wyrok"),
    schedule_nouns=_words("harmonogram harmonogramu rozkład rozkładu terminarz terminarza kalendarz kalendarza"),
    speech_nouns=_words(
        """
        argument opinia stanowisko deklaracja wypowiedź apel słowa zapowiedź ostrzeżenie
        """
    ),
    judgement_nouns=_words("ocena analiza szacunek krytyka"),
    question_words=_words("jak co gdzie kiedy dlaczego kto który która które czemu ile skąd dokąd"),
    negations=_words("nikt żaden żadna żadne żadni nigdy ani"),
    genitive_affiliations=True,
    genitive_state_endings=(("i", "a"), ("y", "a")),
    report_nouns=_words("doniesienie informacja"),
    press_words=_words("media mediów medium medialny medialnych prasowy prasowych lokalny lokalnych"),
    report_articles=_words("kilku wielu niektórych"),
)

#: Speaker words per language code (a language without a row names speakers by capitalised names only).
SPEAKER_WORDS: dict[str, SpeakerWords] = {
    "en": ENGLISH,
    "fr": FRENCH,
    "de": GERMAN,
    "es": SPANISH,
    "pt": PORTUGUESE,
    "it": ITALIAN,
    "pl": POLISH,
}
