// Package extract is the default extractor, "rules": it reads a French or
// English article and returns its claims (graph.Claims), the actors the
// text mentions and the relations its sentences state, each with the
// evidence it came from and the rule that made it.
//
// It is rules over data: every word list lives in the lexicon (package
// lexicon: data/lang/*.yaml per language, data/actors/*.yaml, the user's
// dictionaries), so adding a language is adding data. Extraction is a pure
// function of the article and the lexicon: the same input always gives the
// same claims, whatever the order or parallelism of loading. An
// [*Extractor] is safe for concurrent use. Quality is measured against the
// gold set with `actorgraph eval` (docs/QUALITY.md).
//
// # Steps
//
//  1. Normalisation, for matching only: Unicode NFC, typographic
//     apostrophes, quotes and dashes made ASCII, no-break and thin spaces
//     made spaces. A map from every normalised byte back to the original
//     text (a segment per run of bytes copied as they are and per rune
//     normalised, searched by bisection) keeps every offset in the
//     article's text as it was read. Each folded word is then looked up
//     once in the extractor's table of words (a hash of a few multi-byte
//     loads, checked by fingerprint), which tells the phrases, triggers
//     and forms that may start there (and, for an article of a known
//     language, what its word lists say of the word, in the same pass); a
//     phrase set's phrases starting with a word are grouped by their
//     second word, so that a match tries only those whose second word
//     follows, then those of one word.
//  2. Language: the article's own, else the language whose stopwords occur
//     most ([Extractor.Language]); when none is identified, or the
//     language has no data, the data of every language are used.
//  3. Sentences ([Extractor.Sentences]): a blank line, or a line end not
//     followed by a lower-case continuation, always ends a sentence, so a
//     title or a photo caption stands alone. Inside a paragraph a sentence
//     ends at ".", "!", "?" or "…" (with closing quotes or brackets)
//     followed by a space and a word not in lower case, except after a
//     single letter ("M.", "U.S.") or an abbreviation of the language
//     ("Gen.", "Mr.", "ndlr."); "1.500" has no space after its dot. (The
//     candidate stops are found by a byte search for each of the four,
//     looked for again only once passed.)
//  4. Photo credits ("Image :", "Photo:", "NAME/AFP/Getty Images") are
//     marked: nothing in them is an actor or a trigger.
//  5. Mentions (mentions.go): at each word, the longest form of an actor
//     of the lexicon (a trie of forms, compared word by word after
//     graph.Fold); a form with two capitals in a word ("US", "FAMa") must
//     match with its capitals; an organisation's form of several words
//     after a capitalised word that is no match and no sentence start
//     ends a longer name and names another body ("Supreme National
//     Security Council": not the UN's). A place name, a medium or a body that holds
//     an actor's form names no actor ("Lake Chad", « lac Tchad », "Niger
//     Delta", "Puerto Jordán", "France 24", "the National Security
//     Council"; place_names of every language), unless a longer form of
//     an actor starts at its first word ("Lake Chad Basin Commission").
//     A form that is also a given name before a capitalised surname names
//     another person ("Amal Clooney", "Petro Poroshenko"; given_name_forms
//     of every language), and a person's form written with no capital
//     names no one ("an elephant tusk").
//     Then the actors no dictionary knows
//     (discover.go): "Long Name (ACRONYM)", persons after a title ("le
//     général X", "President X", "X, a senior Hezbollah commander", "the
//     M23's spokesman, X,"; after a plural title, plural_titles, the names
//     listed after it or after an including phrase, two words or more:
//     "Hezbollah commanders A and B", "several Hezbollah commanders,
//     including A,", « des hauts responsables du Hamas, A et B », « dont A »;
//     before a relative saying it leads: "Brahim
//     Ghali, who leads", « X, qui dirige », leading_relatives; after a
//     title and a demonym, a name between commas: « le Premier ministre
//     thaïlandais, Anutin Charnvirakul, », gold18fr; a word hyphenated to the name is part of it,
//     even a title: « Alix Didier Fils-Aimé »), persons after a group and
//     an of-word ending the phrase (« l'UPC d'Ali Darassa, », "the EMC of
//     Néstor Gregorio Vera,", also past a head noun of the group: "the G9
//     federation of Jimmy Chérizier,"; no place word: "the M23 of North Kivu";
//     place_words), a name possessing a group ("Johnson André's 5 Segonn";
//     the name ends before "'s") or before the group's role ("X, the ELN's chief
//     negotiator,"; also past a nickname between commas: "X, better known
//     as Y, the commander of", the nickname no person; a quoted nickname
//     too: « X, alias « Fito », le chef de », `X, known as "Fito", the
//     leader of`, gold18fr.go, quotedComma), organisations by
//     their head nouns ("la
//     société X", "the X Brigade", "Cartel de los Soles", "Prince
//     Group" (a title word opening a name that ends with a head is no
//     title, nor is one that ends a run of names: "Erik Prince, le
//     fondateur de"; a lower-case demonym before a name is no part of
//     it: « le conglomérat cambodgien Prince Group »; gold18fr.go,
//     titleOpensFirm, surnameTitle); a Spanish
//     plural article is such a head: "Los Choneros", "Los Lobos", and two
//     names opened by one head and coordinated are two actors, « Los
//     Choneros et Los Lobos », gold18fr.go, sameHeadCut; places so named
//     are not_names: "Los Angeles", "Las Vegas"; no religious
//     or ethnic adjective is a name: "mostly Shia militias", not_names; a
//     party's head, party_heads, makes an organisation whatever armed
//     words the name holds: "Nationalist Movement Party", « Parti
//     démocratique du Kurdistan », "Justice and Development Party (AKP)";
//     a party's head opens a name only before a lower-case word: not
//     "Party Secretary", "Party Congress"), resolved inside the article (acronym
//     and long form, surname and full name, the given name after a title
//     and the full name when no other person shares it, as Thai, Malay or
//     Cambodian usage has it: « M. Anutin » after « Anutin Charnvirakul »,
//     gold18fr.go, givenNameForms; also of a person of the lexicon
//     named in full: "Qassem" after "Naim Qassem", "Sharaa" after "Ahmed
//     al-Sharaa", unless two persons of the article share the surname or it
//     is a form of the lexicon; a bare acronym in capitals that is no form
//     of the lexicon and spells the capitalised initials of exactly one
//     group, organisation or company of the lexicon the article names is
//     that actor: "the Arakan Army ... the AA", initialsOfNamed; an elided article opening a
//     sentence is no part of a name: « L'AFC est présidée par »). A short form in brackets
//     after a name is that actor, in the whole article ("Syrian National
//     Army (SNA)"), but not after a state named as a place ("the UN
//     mission in Libya (UNSMIL)"); a name before the acronym of an actor of
//     the lexicon is that actor, spelled or opening with a head noun
//     ("National Liberation Army (ELN)", « Armée de libération nationale (ELN) »);
//     "Long Name (ACR) noun" is the actor of the lexicon with
//     the form "Long Name noun" ("the Multinational Security Support (MSS)
//     mission"). The object of a trigger described by an organisation noun
//     of the anaphors and its owner after an of-word, or its owner right
//     before the noun ("the UN peacekeeping mission"), with a name in
//     apposition a few words on, is the named organisation (« un
//     contingent à la mission de l'ONU en Centrafrique, la Minusca, »,
//     "troops to the UN mission in the CAR, MINUSCA,": the Minusca, not
//     the UN; relate.go, namedDescription). A definite apposition naming a predecessor or a successor
//     of the actor before it (successor_of) is that actor (« l'Atmis, la
//     mission de l'Union africaine en Somalie, »: not the Amisom). An
//     acronym that names several actors of the lexicon
//     ("SNA": the Syrian or the Somali National Army) is the one the
//     article names otherwise, else the preferred one.
//  6. Which mentions name an actor (relate.go): no dateline (a name in
//     capitals opening a sentence, a dash within a few words after it: «
//     BOGOTA – Les combats qui opposent... », "KYIV —"; the city the story
//     is filed from); a demonym only with an
//     institution noun (also a few words away, with no preposition but an
//     of-word between: "forces de réaction rapide mozambicaines", not
//     "attack on Yemeni soil"; the mention then spans the noun, as a
//     state's name spans a possessive and an institution noun after it:
//     "Egypt and Sudan's army are close allies" lists two) or a role ("Malian troops", "le président malien"),
//     the institution nouns including aircraft model names, which the
//     forces of a state fly ("Polish F-16s and Dutch F-35s shot down",
//     "Pakistani J-10Cs", « des F-16 polonais », « les Rafale indiens »;
//     gold19en): a model name is no proper name that swallows the demonym,
//     and after a supply verb it stays the goods ("delivered F-16s to"),
//     as a people noun ("les Russes"), in a list with such a one ("Malian,
//     Burkinabe and Nigerien units"), as an origin ("Turkish-made", "de
//     fabrication turque"; a state's name too: "US-made", "China-made") or before "-led"; a capital or a state not
//     after a place preposition ("à Bamako", "en Somalie", "in northern
//     Syria", "in eastern Baghdad", « basés au Mali », « stationnés au
//     Niger »), unless the preposition belongs to a
//     trigger ("closed its border with Rwanda"; "off the coast of Yemen",
//     « venus du Sénégal »), nor a state coordinated or listed right after
//     a state so dropped ("villages in Burkina Faso and Niger", « venus du
//     Niger et du Bénin », "in Iraq and Syria", « en Mauritanie et au
//     Mali »; after a comma only in a list a coordinator goes on to: "in
//     Iraq, Syria and Lebanon", not "In Bamako, Russia supplies Niger",
//     "according to officials in Kyiv, Iran has sent"); nor a state (or
//     capital) after an of-word right after an armed group or a company
//     (« les rebelles houthis du Yémen », "the Houthis of Yemen", « le
//     JNIM du Mali »: the group's place; not after a noun that is no
//     actor: « l'armée du Mali », "the government of Niger"; groupsPlace,
//     prec19.go); no nickname
//     ("surnommé al-Shabab", « que les habitants continuent d'appeler «
//     al-Shabaab » »; nicknames); no organisation's
//     name in lower case after a possessive (« son conseil de sécurité
//     »: the owner's own body, not the UN). Mentions
//     added: the home state (the state the article names most, origins
//     such as "Turkish-made" not counted, the capital of a dateline
//     counted twice more: « BEYROUTH – »; but the state such an
//     institution first stood for in the article, until a state is named
//     with it: "the army" of a Lebanese story stays Lebanon's after
//     "Israeli troops" and "the Israeli air force") for a bare
//     institution after a definite article ("la junte", "the army"; a
//     state's rulers and military leaders are institutions too: "Mali's
//     rulers ... . The junta", « les dirigeants militaires »; home_institutions,
//     probe18; also
//     after a modifier, "the new government", « le nouveau gouvernement »,
//     home_modifiers, but not before a preposition and a name: "the new
//     authorities in Damascus", nor before a leader role whose owner
//     follows: "the military chief of the M23"; also with no article for
//     the forces of such an institution named as a compound ("government
//     forces", "junta troops"; bare_home_institutions), not after a name,
//     a demonym, a determiner, a possessive or a hyphen ("pro-government
//     forces"), and only for the state the article called so before
//     ("Myanmar's junta", "the government") or the home state named in
//     the sentence before with no other state in the last three; after
//     "his" / "her" (person_possessives), the state the person named last
//     leads by the lexicon (in the sentence before it, else opening the
//     sentence before; "Bashar al-Assad fled ... . Iran had armed his
//     army": Syria), or none; in a
//     locative relative after a state, that state: « vers le Soudan, où
//     les FSR combattent l'armée », also past a neighbour noun: « le
//     Soudan voisin, où l'armée »; locative_relatives; after a clause
//     opening on a state as its place, a comma between, that state: «
//     Au Niger, l'armée », « ; au Niger, l'armée » (place prepositions:
//     reciprocal_places, state_place_prepositions; not « Avec le Niger,
//     »)); the
//     last actor of a kind for an anaphor ("le groupe", "cette alliance",
//     "the mission", "the cartel", « la guérilla »; also after « du »: « le chef du mouvement », not
//     before a comma and a list of members: « des dirigeants du
//     mouvement, dont X, président du M23 »; also past a modifier, anaphor_modifiers: "the
//     current mission", « l'actuelle mission »; not before a capitalised
//     name: « l'opération Mirador », nor before a joint adjective, which
//     makes a body not named before: « la force conjointe chargée de
//     protéger le site », « l'opération mixte »; joint; nor before an of-word, also past a
//     lower-case word, "the group of experts", « la mission militaire de
//     l'ONU », but past a place preposition: « le groupe près de
//     Saravena », "the group north of Goma"), the group of a leadership body ("the ELN's Central
//     Command", « le Bureau politique du Hamas »: the group after it, else
//     the last named; leadership_bodies), for "Ils"/"They" opening a sentence (the
//     last group or organisation named; a state that opened the sentence
//     before with a plural name or institution agreeing with it: « Les
//     Émirats arabes unis ... . Ils sont accusés », « Les FAMa ... .
//     Elles étaient appuyées »; probe18.go, pluralStateSubject), for "and
//     they" (the sentence's first actor), for "It"/"He"/« Il »/« Elle »
//     opening a sentence (the actor opening the sentence before, also
//     one a fronted phrase, opened by a preposition, and a copula put
//     after them: "At the heart of the crisis is the TTP, ... . Its
//     fighters", the focus of a cleft among the first words, also after a
//     place named before it (« Dans la région de Diffa, c'est l'ISWAP qui
//     harcèle l'armée. Ses combattants », "In the Diffa region of Niger,
//     it is ISWAP that"; cleft_pronouns), and the owner of a role opening the clause after an
//     introductory phrase: « Deux jours après l'attaque, le secrétaire
//     général de Kataeb Hezbollah, X, ... . Son porte-parole militaire »;
//     of the kinds the language lists and agreeing in gender and number with the
//     article before its name or the noun it completes, gender_number: «
//     la Turquie », « la junte du général Tiani », « les rebelles du
//     CSP-DPA », of a demonym the noun it qualifies: « les commandos
//     somaliens »; not before an expletive: "It is unclear", « Il y a »;
//     a participle and a passive marker or an accusation verb after the
//     expletive word make a passive, whose subject the pronoun is: "It is
//     backed by Rwanda", « Il est soutenu par le Rwanda », "It is accused
//     of arming", not "It is believed by analysts that" (expletiveAt)),
//     for a subject pronoun inside a sentence (pronouns.go: "after it
//     revoked", « En mars 2024, elle a dénoncé », « Chassés de Kidal, ils
//     ont attaqué »; not after a preposition or a relative, nor taking
//     a source for its antecedent: after an attribution opening or before
//     an expert noun the pronoun stands for the subject of the sentence
//     before ("UN experts say it deployed", « Selon l'ONU, il soutient »;
//     probe18.go, sourceMention); "it" only
//     before a verb, a clitic before a verb counting as one: « elle les
//     arme »; after an inverted ellipsis phrase, "nor did it supply",
//     the sentence's first actor, whatever other actor could be meant: the sentence's first actor when no preposition
//     precedes it and no other actor before the pronoun could be meant,
//     the actor right before a clause break not counted ("deployed in
//     Congo, where they", "in Niger, but they"; a plural pronoun may name
//     a state's troops: "Chadian soldiers", « les soldats tchadiens »),
//     else, with no actor opening the sentence, the subject of the
//     sentence before, also one after a long introductory phrase (so for
//     pronoun objects too, « l'avaient repoussée »); same
//     kinds and agreement), and for a
//     possessive institution ("its air force", "son armée"; not one
//     that qualifies an allied trigger: "their military partnership",
//     nor one an allied trigger starts with: "its military ties with"):
//     the sentence's last state named before it, else the state opening
//     the sentence before, else the last state named: "Mali expelled
//     French troops. Its army attacked": Mali's);
//     forces or
//     equipment after a possessive opening a clause (", and its drones
//     attacked", « , mais ses soldats traquent les ADF », ", but its
//     soldiers": the first actor even when another stands right before
//     the comma, gold17fr.go, contrastPossessive; « : ses avions de
//     chasse avaient frappé », "In March,
//     its fighters", also after a short phrase opened by a preposition
//     with no comma and no actor: "In March and April its fighters", not
//     "With its fighters"; also warships and a navy: "Its warships have
//     downed", « Ses frégates », and units: « En mars, ses unités,
//     épaulées par », "its units"; leader_forces, equipment) are the sentence's first
//     actor's, else the actor's opening the sentence before, never a
//     person's or a demonym's; a sentence opening with a described head
//     and the name in apposition to it is about the name, not the owner
//     the head names (« La mission de la SADC en RDC, la SAMIDRC, ... .
//     Ses soldats »: the SAMIDRC's; struct.go), and an organisation's
//     forces are those of the part the article made its member in the
//     last three sentences ("UNIFIL, the UN peacekeeping force, ... . The
//     Security Council ... . Its 10,000 troops": UNIFIL's); a nominal
//     active trigger (not leads nor member_of) right after a possessive
//     opening the sentence, with no actor before it, has for subject the
//     actor opening the sentence before, even in a sentence naming one
//     actor ("/possessive": « La Chine a appelé à la retenue. Son
//     partenariat avec Islamabad inclut », "Its partnership with"); for a
//     counted anaphor ("the three armies", "les deux groupes", "both
//     countries", "both cartels") the last list of that many actors of the kind named
//     together ("Mali, Burkina Faso and Niger"), else the last ones named,
//     not the parent named with an affiliate taken (« le JNIM ... l'EIS,
//     la branche sahélienne de l'organisation État islamique. Les deux
//     groupes »: the JNIM and the EIS), one mention each, and a pronoun, a
//     possessive or an anaphor before it in its sentence is read as in any
//     other (« Créée en 2015, elle combat les deux groupes »: the force);
//     but none when the last ones named all come from a longer list
//     named in the sentence or the one before ("Mali, Burkina Faso and
//     Niger ... . The two countries": which two?; probe18.go,
//     longerList); plural nouns of states also "powers", "monarchies",
//     "Gulf states", « puissances », « monarchies » (plural_anaphors); a
//     counted pronoun opening the sentence before its verb ("Both deny
//     backing the M23", « Tous deux reçoivent des armes »;
//     counted_pronouns) stands for the two actors of the last list, when
//     it names two and was named in the sentence or the one before
//     (countedPronoun);
//     for an object pronoun right after an accusation verb following
//     the sentence's first actor ("Kinshasa accuses it of arming the
//     M23"; accuse_verbs, pronoun_objects) the subject of the sentence
//     before, not a person nor the accuser (probe18.go, accusedPronoun);
//     for a count of two and a side noun opening the sentence ("The
//     two sides", « les deux camps »; side_nouns) the two actors of any
//     kinds named together in the sentence before, none after three
//     (probe18.go, sidesAnaphor);
//     for a state anaphor opening the sentence as its subject ("The
//     country has deployed troops", « Le pays a déployé »;
//     state_anaphors; not before an of-word) the state opening the
//     sentence before, not after a long introduction nor one listed
//     there with another state (probe18.go, stateSubject);
//     for a plural possessive opening the sentence before a plural noun
//     of the kind (« Leurs armées mènent des opérations conjointes »,
//     "Their armies"; plural_possessives) the last list of actors of
//     the kind named together, when the sentence before opened with one
//     of them (possessivePlurals). A definite anaphor is no actor its clause names
//     after it (« le groupe recevrait des fonds de l'État islamique »: not
//     the État islamique; past a comma it may be: "leaders of the rebel
//     movement, including X, the president of the M23"); nor, as a
//     trigger's object, one its clause names by name before the trigger
//     (« Wagner a quitté le Mali après avoir combattu les rebelles »: not
//     Wagner; selfAnaphor); nor, in apposition right after a group, an
//     organisation or a company of a kind its noun does not name, any
//     actor ("the Africa Corps, the force run by Moscow": not MINUSCA,
//     named before); right after "against" / « contre » it is none
//     of the actors its clause names before it, but the last of its kind
//     named before the sentence, if that is none of them ("Boko Haram
//     fighters launched raids against the jihadists": ISWAP, named
//     before). A definite anaphor in apposition right after an actor of
//     its kind describes it, whatever other name its noun heads ("the
//     Southern Transitional Council, the separatist movement led by":
//     not the Houthis, a "movement" named before; probe18.go). Nouns of
//     an armed group's members or with its modifier are anaphors of it
//     ("the force" as for a mission, "the paramilitary force", "the mercenaries", "the militiamen", «
//     les miliciens », « les ex-rebelles »; anaphors).
//     A tie participle and a preposition right after a name make a
//     reduced relative whose object is no subject of the verb after it
//     ("Al-Shabaab affiliated with al-Qaeda fights the government", «
//     Les Shebab affiliés à Al-Qaïda combattent »: al-Shabaab;
//     tie_participles; probe18.go, reducedRelativeHead).
//     A definite anaphor that takes its antecedent from the
//     sentences before names no actor of the last list, named in the
//     sentence before or its own, with another of its kind ("JNIM and the
//     FLA both operate in northern Mali. The group", « L'ISWAP et Boko
//     Haram se sont affrontés. Le groupe jihadiste »: which one?), unless
//     its noun heads the name of another actor, outside the list (« ...
//     de l'Alliance des trois fraternités, aux côtés de la TNLA et de
//     l'Armée d'Arakan. L'alliance »: the alliance; probe18.go,
//     listedWith); such a described subject is then no "/home" recipient
//     ("The group also receives weapons from Russia": describedSubject).
//     A definite anaphor's noun must head one of the
//     antecedent's names when a recent actor's does ("L'alliance" is the
//     Alliance des trois fraternités, not the Armée de l'alliance
//     démocratique named since; "the China-backed alliance" only then;
//     a group noun a backer's compound qualifies that heads no name is
//     the last group named, never the backer: "the war between Israel and
//     Hezbollah, and the Iran-backed group": Hezbollah);
//     a description led by a state ("the US-led coalition", "the
//     Kenyan-led force", « la coalition menée par les États-Unis », "the
//     mission led by Kenya"; led_by) is the actor of its kind the lexicon
//     says the state leads (leads facts) when the article names it, before
//     or after, else one its noun heads, else, after a demonym, the state
//     itself;
//     an affiliate named with its parent ranks after it ("the attackers"
//     after "JNIM, al-Qaeda's affiliate" are JNIM); "its neighbour" / «
//     son voisin » is the last other state of the sentence. A demonym
//     with equipment after a supplies or opposed trigger names its state
//     ("received Turkish drones", "shot down a Malian drone"); a capital
//     after a place preposition is a place unless a supplies trigger
//     precedes ("killed in Beirut"), right before it or a few words
//     before a recipient preposition (« a livré des blindés et du
//     carburant à Bamako »: the recipient). The forces of a leader the lexicon
//     knows (coref.go; the actors' leads facts, as of the article's date:
//     the leadership then in force, else the last one ended) stand for
//     what the leader heads, as "the Malian army" stands for Mali:
//     "Assad's forces", "Hemedti's fighters", « les forces de Goïta », «
//     l'administration de Donald Trump », «
//     les combattants du général Hemetti », "forces loyal to Haftar", "the
//     Assad regime" (also opening the sentence), "the Trump
//     administration", a leader's office or cabinet ("Touadéra's office
//     said", « le cabinet de Netanyahou »), « le régime Assad », "Zubaidi, whose forces", «
//     Hemetti, dont les combattants », « le groupe d'Ali Darassa », "the
//     group of Ali Darassa" (prec19) (leader_forces, leader_links,
//     possessive_relatives);
//     the mention is the noun, its form the whole phrase; the person stays
//     an actor, and leads nothing by it but for a home institution («
//     la junte du général Tiani »). A title standing alone for a person
//     the article names (titles.go; coref_titles) is that person: a title
//     after a definite article (title_articles: "the", « du ») or a
//     possessor, with no name right after it nor an apposition to a name
//     before it ("the French president", "the RSF commander", "Sudan's de
//     facto leader", « le président de la transition », "the general",
//     "the Turkish defence minister"), when exactly one person fits and
//     the sentence does not name that person: one the article introduced
//     with that title (or a longer one it ends: "the minister" for
//     "Defence Minister X", not for a head of state's title: "Prime
//     Minister X") by a title before the name ("President
//     Emmanuel Macron", « le président malien X », the lexicon's forms:
//     "President Macron"), an apposition after it ("X, Sudan's army
//     chief,", "X, the leader of Y,") or before it (« Le président de la
//     transition, X, »), the owner the title names (a demonym before or
//     after it, a possessor, an of-phrase) being the owner it was
//     introduced with, else the person's country or the lexicon's
//     leadership in force; any leader the lexicon knows at the date fits
//     a leader title of leader_titles ("the Israeli leader", « du
//     dirigeant malien »), but no office he was not named with ("the
//     Israeli president" is not the prime minister); when none fits,
//     a leader's role or a head of state's title naming its owner ("The
//     Malian president", "the LNA commander", « le président tchadien
//     », « le chef des FSR »), in a sentence naming no person, fits the
//     leader the lexicon has lead that owner at the date, unless the
//     article gave him another head of state's or government's title
//     (probe18.go, ownedLeaderTitle, otherTitle); a former title
//     fits only a former one ("the former president"); not a title
//     followed by an of-phrase naming no actor (« le président du parti
//     »), nor one holding a state's institution (« le chef de la junte »,
//     "the army chief": the institution stands for its state, as before),
//     nor a predicate (after a copula or title_predicates: "denied being
//     the leader of", « n'a jamais été le président »), nor a modifier
//     (title_compounds after it: "the general election").
//     The relation rules take it as the person, as for a pronoun, but
//     for a title whose owner is named before it ("the RSF commander",
//     "Sudan's de facto leader"): the owner stays the actor, and the
//     title only says who leads it. An apposition with an indefinite
//     article ("X, a senior Hezbollah commander,") and a longer role
//     ending at the title ("the deputy commander") give no title. A demonym
//     standing for a person ("the Somali president"), an origin and the
//     source of an attribution ("selon l'ONU,") are not arguments of
//     triggers.
//     An organisation that only qualifies an unnamed member, after an
//     indefinite article, is no party of the clause ("It was the first
//     time a NATO member had fired on Russian military assets", « un pays
//     membre de l'Otan a abattu »; members in the plural still act as the
//     organisation: "ECOWAS member states imposed sanctions on Niger";
//     generic_member_nouns; gold19en.go,
//     genericMember): not with a member named right after ("NATO member
//     Poland"), in an apposition ("Poland, a NATO member since 1999,")
//     or after a copula within three words ("is not a member of NATO", «
//     n'est pas membre de l'OTAN »).
//     A capitalised name that ends with a document head is a treaty's:
//     discovery makes no actor of it ("the Mutual Defense Treaty", "the
//     Enhanced Defense Cooperation Agreement") and a capital or a state
//     glued before the head names no actor ("the Ottawa Treaty", "the
//     Minsk Agreements"; document_heads; gold19en.go, documentHead; not
//     "Pact": "the Warsaw Pact" was an alliance).
//  7. Relations, within one sentence (analyse.go, relate.go), each evidence
//     naming its rule:
//     - trigger phrases of the language (".../trigger/TYPE/VOICE"; a
//     phrase of several words may hold up to two trigger_fillers inside
//     it: « participent eux aussi à », "fought directly alongside", « ne
//     fait plus partie de » (the « ne » before still negates), « n'a pas
//     seulement armé » (« seulement » cancels the negation), so a
//     phrase whose second word is not the next one is tried only when a
//     filler follows its first, and quotes between its words: 'fought
//     "shoulder to shoulder" with'; the
//     forms of the verbs a type lists come from the language's
//     conjugation rules (ramming a state's ships and firing water cannon
//     at them are attacks: "rammed", "fired water cannon at", «
//     éperonner », « a tiré au canon à eau sur »; and "fighting with" as
//     a noun, after "of", "the", "heavy" or "fierce", is war: "four days
//     of fighting with India", unlike the allied participle "fighters
//     fighting with the Misseriya"; gold19en); an opposed word that modifies equipment is no
//     trigger: "attack drones", « hélicoptères de combat », nor one that
//     modifies a body: "the sanctions monitoring team", « le comité des
//     sanctions » (modified_bodies); nor a word
//     inside a noun of actors not right after a mention: "six armed
//     groups", « groupes armés »; anaphors, plural_anaphors; nor a
//     one-word trigger that is also a noun (noun_verbs: « arme ») but
//     right after an actor, a comma or a cue (noun_verb_cues: a relative,
//     a subject pronoun, a clitic): « Washington arme Taïwan », « Taipei,
//     que Washington arme », « qui les arme », « et l'Iran l'arme » (a
//     clitic right after the subject, no comma; a gerund: « en
//     combattant les jihadistes »), not « la moindre arme », « aucun
//     combattant du M23 »; nor
//     a passive participle in -é, -és matched by a word in -e, -es
//     (« une équipe de l'ONU » is no « équipé de »); nor a word
//     opening a longer member role: "the armed wing of", member_roles;
//     nor one hyphenated to a lower-case word: « lance-roquettes »): the
//     subject is the nearest actor before the trigger in its clause
//     (not one a semicolon closes: "France trained the Chadian army; the
//     former colonial power also supplied jets"; with the actors
//     coordinated or listed with it; a list of commas
//     ended by a coordinator and a plural noun of actors it leaves unnamed
//     is a list: "Canada, Australia, New Zealand and several Nordic
//     countries", "A, B, C and other countries formed"; plural_anaphors;
//     a list may repeat its preposition after each comma: « au Mali, au
//     Niger et au Burkina Faso »),
//     a clause break (clause_breaks) not counting when a number, a month or an
//     article follows a one-word one ("since 2014", "after the attack"),
//     nor after an auxiliary ("have since attacked"), a view verb
//     ("seen as") or as the end of a nickname phrase ("better known
//     as", "formerly known as"),
//     a conjunction of several words always counting (« tandis que
//     l'armée »), reading through relative clauses ("X, qui a livré", "X, whose forces
//     fought", "X, qui regroupe ... du Niger, mènent": the antecedent),
//     appositions ("Al-Shabaab, al-Qaeda's affiliate, has been
//     fighting"), brackets ("Sadat (créée par ...) aurait formé") and
//     short introductory adverbials, a list apposition ("Ses soldats,
//     sud-africains, malawites et tanzaniens, avaient combattu", « Ses
//     soldats, venus d'Afrique du Sud, du Botswana et du Lesotho, avaient
//     combattu »; not a list naming actors, the subjects: « Les pays de
//     l'AES, le Mali, le Burkina Faso et le Niger, ont quitté »), the name
//     in apposition to a described head rather than the head's owner («
//     La mission militaire d'assistance de l'UE, l'EUMAM, a formé »: the
//     EUMAM), a list of subjects before a participle phrase between
//     commas that holds a trigger of its own (« Le Burkina Faso, le Mali
//     et le Niger, réunis au sein de l'AES (AES), ont quitté »: the three,
//     not the AES; "The MNJTF, made up of Chad, Niger and Nigeria,
//     fought": the MNJTF; no other subject when no actor precedes the
//     phrase), a
//     list in a relative clause being none ("Aspides, to which Greece,
//     France and Italy contributed frigates, escorts": Aspides), never after a preposition across a
//     comma, never a speaker before a reported clause with its own subject
//     ("police said the assailants belonged to") or whose subject is the
//     trigger ("said the strike was", « a déclaré que la frappe »; the
//     last words of speech_verbs), never the agent of a participle
//     qualifying a noun, but for a delivery ("drones supplied by Turkey to
//     strike JNIM": Mali strikes; "drones built by Baykar were delivered";
//     an article after the marker too: « les commandos formés par la
//     Turquie ont attaqué »; also past a date or a few words after a
//     participle opening an apposition: « la SAMIM, déployée la même
//     année par la SADC pour appuyer les FADM »: the SAMIM supports;
//     participleBefore; French participles end in -é(e)(s), -is, -ies:
//     participle_endings; others are listed: "made", "built", « vu »,
//     irregular_participles),
//     nor the agent of a passive arming or training after its auxiliary,
//     for a fight after it in its clause ("the militia, which was armed
//     by Wagner in 2024 to fight the UPC": no fight; the arming's purpose
//     is none, docs/CODEBOOK.md),
//     never the destination of a sending verb or participle ("North
//     Korean soldiers deployed to Russia have entered combat": North
//     Korea; not for a supplies trigger: « a réceptionné à Bamako »),
//     never the target of a hostile trigger right before it, past
//     articles and one preposition, for a hostile trigger (its subject
//     then: "a US strike on a PMF headquarters killed", "Israel killed
//     Nasrallah in a strike on Beirut"), and the actor led rather
//     than its leader ("the junta led by X has responded"); a relative
//     after an apposition of a group takes the actor before it (« l'ISWAP,
//     branche régionale de l'EI, qui harcèle »); a trailing present
//     participle takes the sentence's subject (", killing 40 Chadian
//     soldiers"; the sentence's first actor is what a possessor opening
//     it qualifies: "Iraq's Kataib Hezbollah ..." is Kataib Hezbollah's);
//     a singular French participle after « X et Y, » names Y
//     only; a second predicate after a predicate link keeps the first
//     one's subject ("Russia delivered drones to Mali and later trained
//     its soldiers", « a livré des drones au Mali puis a attaqué »;
//     predicate_links; a month or a bracketed short form may end the
//     first: "left ECOWAS in January and formed", « ont quitté la ...
//     (Cédéao) en janvier 2025 et formé »; a clitic object may stand
//     before the second: « forme les soldats somaliens et leur fournit »;
//     negation words, fillers and auxiliaries around it are not counted
//     in the gap: « et ne lui a pas non plus livré »),
//     and has none when an article or a pronoun opens
//     a subject of its own that names no actor ("and the rebels
//     attacked"), but an infinitive after an of-word does not (« et
//     d'avoir fourni »), and with no trigger before the first actor
//     there is no first predicate ("Mali and its allies attacked the
//     JNIM": Mali attacked); an accusation participle after a common noun
//     names no actor ("villagers suspected of collaborating with the
//     army", « des villageois soupçonnés de collaborer avec l'armée »);
//     in "X accused Y's Z of ..." the accused is the first actor after
//     the verb (the possessor's head), not a first
//     predicate's object, also through an auxiliary ("of having
//     supplied", « d'avoir livré »; auxiliaries), and in "X, accused by Y
//     of ..." the actor before the verb, not its agent, also with no comma
//     and through a list of agents ("X is accused by Y, by Z and by W of
//     supplying", « accusés par Y, par Z et par W de fournir »); a noun apposition names its subject even after a
//     preposition (« les insurgés d'Ansar al-Sunna, un groupe affilié à
//     l'EI »); the object is the nearest actor after it in the clause (an
//     adverbial inserted between commas right after the trigger not
//     counted in the distance: « a financé, au titre de la Facilité
//     européenne pour la paix, des véhicules ... pour les armées
//     béninoise et togolaise »), not across another verb's phrase (an
//     allied trigger's not across "against"/« contre » right after it: "a
//     reliable partner against the JNIM" is no ally of the JNIM; but
//     through the role noun of a hostile trigger's target: "killed a
//     senior commander of Kataib Hezbollah", « a tué un haut commandant du
//     Hezbollah », also after a count: « a tué trois membres du PKK »,
//     "killed 12 members of"), "in support of" or a lone comma (but through a list of
//     common nouns: "supplied weapons, ammunition or fighters to the
//     M23"), for supplies and trains not past a between word (« a obtenu
//     un cessez-le-feu entre Kinshasa et Kigali »: a pair), an ally named by "aux
//     côtés de"/"alongside" excepted (also the owner of up to three
//     lower-case words after it: « aux côtés des rebelles du FLA »,
//     "alongside fighters of the FLA"; and an actor after up to three
//     lower-case words that are no preposition: « aux côtés des forces
//     gouvernementales syriennes »; with the actors listed after it;
//     past it a hostile trigger's object follows "against"/« contre »), or a pronoun object of an active
//     trigger ("fighting alongside it", "supplied them"; pronoun_objects;
//     after a second supplies or trains clause, the first one's object,
//     whatever the first trigger's type, the second subject not counting
//     as the first clause's object by a list read back past ", and":
//     "Turkey trains Somalia's army, and Qatar equips it", "Russia
//     supplies Mali, and Belarus trains it", "Egypt backs the army, and
//     Turkey arms it"; with a shared subject, the object between the
//     triggers: "Turkey trains Somali troops and supplies them"),
//     in French a clitic before an auxiliary (« l'avaient repoussée »;
//     clitic_objects, auxiliaries), or right before the trigger after
//     the subject (a mention or a subject pronoun: « le Qatar l'équipe »,
//     « elle les arme ») or, for supplies and trains, after a predicate
//     link (« et leur fournit », « et les arme ») or a subject relative
//     (« Les États-Unis, qui lui fournissent l'essentiel de ses bombes »;
//     gold19fr.go, subjectRelativeAt; an article before a noun
//     trigger is none: « et la formation des pilotes »), a possessive before a target right
//     after a hostile trigger ("attacked its positions", « a bombardé ses
//     camps », "fired at its patrols"; possessed_targets; also with one actor named, as is a
//     pronoun object right after the trigger or a clitic that is no
//     definite article before it or its auxiliary, the one actor the
//     subject right before the verb: "Hezbollah is Lebanon's strongest
//     armed force. Israel struck it", « L'Iran leur fournit des missiles
//     », « L'Iran l'a financé »; not "Benin promised 2,000 troops and
//     sent them", nor « Les FACA les attaques »; probe18.go,
//     pronounAfterTrigger; and troops a
//     possessive owns right after a trains or supplies trigger, « des
//     instructeurs de Wagner encadrent ses troupes », "Turkish instructors
//     trained its troops", which only the sentence's first actor, not the
//     subject, may own: "Mali trains its soldiers with Russian help" is
//     none): the sentence's first actor when it
//     precedes the trigger and is not its subject (past the speakers of a
//     leading attribution: "Mexican officials and US prosecutors say the
//     Chapitos ... the CJNG, which now supplies them"), else the actor opening
//     the sentence before ("/pronoun"); a French clitic of a supplies or
//     trains trigger (« lui a fourni ») first takes the nearest other
//     actor before it (« La Turquie, liée à l'Azerbaïdjan par un traité,
//     lui a fourni »), then the actor a clitic stood for in the sentence
//     before (« La France lui a vendu ... L'Inde lui a livré »), never
//     the subject's partner in the list opening the sentence before («
//     L'Égypte et la Turquie soutiennent l'armée. Ankara lui a livré »:
//     not Egypt; lead17.go, listedWith); a clitic before a passive
//     supplies trigger names its recipient, so no "/home" one («
//     ces drones leur auraient été fournis par les Émirats »;
//     pronounBeforePassive); a
//     dative clitic after a relative takes the sentence's first actor
//     (« vers la Russie, qui lui a livré »), but not one that stands for
//     a first clause's object (« La Russie forme l'armée malienne, et la
//     Turquie lui vend des drones »: Mali); a phrase inside an apposition
//     qualifies the apposition's noun ("fought the M23, a group backed
//     by Rwanda": Rwanda backs the M23, it does not fight beside the
//     subject), and a "with" that ends a trigger ("affiliated with") names
//     no companion, nor is the maker after a maker phrase ("delivered
//     IRIS-T systems built by the manufacturer Diehl Defence";
//     maker_phrases) an object, nor, unless a state, the subject of a
//     supplies trigger after it ("The drones, made by Baykar, were
//     delivered to Bamako": the maker only if it delivered; « fabriqués
//     par » is no supplies trigger), nor an actor after "against", «
//     contre » a recipient (« des soldats ... ont été envoyés contre les
//     shebab »). The place or trainer after a participle trigger
//     qualifying a noun is no subject of the act after it (« des soldats
//     somaliens formés en Turquie combattent les shebab »: Somalia
//     fights; participleTriggerAt). Both are widened to the actors
//     listed with them ("le Mali, le Burkina Faso et le Niger"; "not only
//     Russia but also Turkey", « non seulement la Russie mais aussi la
//     Turquie »: coordinators, "only" cancelling "not"; with a
//     respectively word, a subject list and an object list of the same
//     length pair in order: "Russia and Turkey supplied Mali and Somalia
//     respectively", respectively), but a
//     list ends where a new clause starts ("delivered drones to Mali, and
//     Niger attacked": Niger is attacked's subject, not delivered's
//     object; ", and" before a list joined by "and" opens a list of its
//     own, both ways: "X, and Norway and the US together provided"; also
//     through an auxiliary or an adverb, trigger_fillers: "and Niger has
//     regularly attacked", or a clitic object: « et la Biélorussie le
//     forme »; an accusation or a report verb counts as a trigger there:
//     "alongside the M23, and Kinshasa accuses Kigali"), and before an actor whose relative clause
//     between commas is followed by an auxiliary ("trained Haitian
//     soldiers, and the Dominican Republic, which shares the island, has
//     reinforced": not trained). The objects of a supplies or trains
//     trigger also take a parallel phrase repeating their preposition
//     ("received Javelin missiles from the United States and Bayraktar
//     TB2 drones from Türkiye", « des drones au Mali et des blindés au
//     Niger »). Active
//     phrases read subject → object, passive ones ("formés par",
//     "received") object → subject; an active phrase whose object follows
//     "par"/"by" reads as passive ("/by"), unless a participle owns that
//     agent ("des armes importées par Bakou") and is not listed with the
//     trigger ("armed, paid and trained by Turkey": the agent of all),
//     also through a common noun and its examples ("trained by older
//     ethnic armies such as the KIA", « par des armées comme »); after an
//     active auxiliary (« L'Iran a acheminé des armes par la Syrie »)
//     "par" names a route: no relation by it, and no passive supplies
//     phrase in that predicate's clause. Around them: "X fight
//     alongside Y against Z" and "X mènent avec Y des opérations contre
//     Z" make Y fight Z ("/alongside", "/with"; every helper listed: «
//     X, épaulées par Wagner et par le Rwanda, ont repoussé Z »); an allied trigger
//     ending with an alongside phrase, then "against"/« contre » Z,
//     makes both allies fight Z ("X fought alongside Y against Z", «
//     combattent aux côtés de Y contre Z »: "/against"; also with a
//     hostile verb right after one word, the purpose: "X fought alongside
//     Y to repel Z", not "during the assault on Z"); an alongside
//     phrase after a comma that ends a hostile trigger's clause joins
//     that trigger's subject ("LNA units attacked its positions near
//     Sudan and Egypt, alongside the RSF": the LNA, not Egypt; with no
//     subject named, the trigger's target joins nothing: "Airstrikes hit
//     al-Shabaab positions, in coordination with the Somali government",
//     hostileBeforeIn); "a member of X,
//     alongside Y" makes Y a member (not past a relative clause about X:
//     "belongs to the Sinaloa Cartel, which the United States designated
//     ..., alongside the CJNG"); "agreement between X and Y", "a ceasefire between X and Y" (opposed: a
//     truce says they are at war) and "affrontements
//     entre X et Y" relate the two ("/between"; also past a short form in
//     brackets after X: « les combats qui opposent l'Armée de libération
//     nationale (ELN) au Front 33 », "between the Rapid Support Forces
//     (RSF) and the army"); an opposer after an object clitic («
//     la guerre qui l'a opposé en juin à Israël et aux États-Unis »,
//     « les combats qui l'opposent à l'armée et aux VDP »; clitic_opposers,
//     opposer_complements) relates the sentence's first actor, which the
//     clitic stands for, to each actor after the complement word, and
//     those not to each other ("/clitic"; gold19fr.go, cliticOpposer);
//     an allied trigger with no actor after it
//     whose nearest actor before follows a companion word after a signing
//     verb relates the signer and that partner ("/signed": « La Russie a
//     signé avec le Mali un accord de défense », « Ankara a signé en mai
//     avec Damas un accord de coopération militaire »; signing_verbs; no
//     person: leaders sign for their states); an allied trigger with
//     no object relates the actors of its subject (an actor after a place
//     word, reciprocal_places « au » or a place preposition, is where
//     they fight, no object: « s'affrontent au Sahara occidental »;
//     "/among", also past a
//     relative clause between commas, and up to two words after it: «
//     L'Éthiopie et l'Érythrée, qui avaient signé la paix, s'affrontent
//     », "Ethiopia and Eritrea, which made peace, have clashed"; a
//     subject owned by an actor counts as that actor: « l'armée malienne
//     et des combattants du FLA se sont affrontés », ownedConjunct), unless it
//     is a help noun, or a hyphen compound glued to an actor ("and the
//     Iran-backed group"), or its object names no actor (help is given, not
//     shared: « X et Y ont apporté un soutien logistique à ces frappes »,
//     "X and Y backed the offensive"). An object relative may put the
//     subject after the verb (« le JNIM, que dirige Iyad Ag Ghaly »;
//     inverted_relatives): the actor right after an active trigger of a
//     directed type is then its subject, the antecedent its object. An
//     active trigger with no object after it takes the antecedent of an
//     object relative before its subject ("the EAC, to which both countries belong", "the M23,
//     which Rwanda has armed", "militias of the PMF, several of which
//     Iran arms", a quantity word before "of which", « Wazalendo, que Kinshasa finance »), also
//     across an apposition opened by an indefinite article (« la CJTF,
//     une milice née en 2013, que les autorités arment »;
//     object_relatives), also when the actor after it stands past the
//     comma that closes the relative (« Les Houthis, que l'Iran finance,
//     combattent Israël »: the Houthis, not Israel); a passive supplies
//     trigger with no source after it takes the antecedent of such a
//     relative as its source ("Iran, from which Sudan bought drones",
//     « l'Iran, à qui l'armée a acheté des drones »), and "X, which Y
//     accuses of arming Z" makes X the accused, while in "X, which Y is
//     accused of arming" (a passive accusation) Y is the accused and X
//     the object. The source of a passive
//     supplies trigger ("bought from Norinco", « achetés à Norinco »,
//     « fournis par la Turquie »; supplySource) is never the recipient of
//     a participle or an origin after it, and a home state that sells in
//     the sentence is no "/home" recipient; « X, que la Turquie a équipée
//     de drones » is active (« a équipé de », « a doté de »: the fronted
//     object receives); the agent of a receiving
//     participle, a passive supplies trigger right before a passive
//     marker ("Turkish drones acquired by Mali", "Iranian drones received
//     by Russia", « le drone de la Turquie, acheté par le Mali »), is the
//     recipient, the actor before it the source (".../agent"; not an actor
//     another supplies trigger took: "Ukraine received shells bought by
//     the Czech Republic"; recipientAgent); buying and receiving forms
//     are passive triggers too ("denied buying drones from Iran", "sourced
//     its drones from", « des armes qu'elles ont reçues des Émirats »,
//     « réceptionnés en juin par l'armée nigérienne »); the object of a source
//     preposition ("from Turkey"; source_prepositions) is never the
//     recipient of a passive supplies trigger after it, nor the home state
//     it is ("Mali's purchase of drones from Turkey was financed by the
//     junta": nothing; sourceObject), nor, after goods, the subject of a
//     hostile trigger ("Weapons from Iran were seized by the US Navy",
//     "Drones from Iran struck Ukraine": the goods' source is no party;
//     nor is a demonym on goods before a passive hostile phrase: "Chinese
//     drones were used against the RSF"); an active supplier noun after a
//     possessive determiner, with the supplier in apposition after it, is
//     the subject's supplier (« Le Niger a perdu son principal fournisseur
//     d'armes, la France »: France supplies Niger; possessiveBefore); a recipient pronoun right
//     after the trigger ("sent him jets"; recipient_pronouns) names the
//     recipient; an unresolved subject pronoun after an accusation noun
//     ("has rejected accusations that it sent") is the sentence's first
//     actor, not an actor between them; « former » before a noun of
//     composition (« forment l'épine dorsale de l'armée »; not_trained)
//     trains no one; an active trains trigger after a lower-case passive
//     auxiliary (no reflexive before it: « se sont entraînés »; no agent
//     marker and no goods' origin after it) is a participle whose
//     subject is the trainee ("Chadian officers were trained at French
//     military academies": France trains Chad); training qualified by a demonym after a receiving
//     trigger is trains, not a supply ("received Turkish training";
//     demonymTraining); the names of weapon systems (common.yaml
//     weapon_systems: "Mirage 2000", "F-16s", « J-10C ») are equipment in every
//     language; a founding participle right after an organisation
//     ("the AES formed by Mali, Burkina Faso and Niger", « formée par »;
//     founding_participles) gives its founders as members, not as
//     trainers, and a negation before the organisation does not reach
//     them; a deploy participle opening an apposition of an organisation
//     makes it a member of the organisation its agent names, past a few
//     words (« la SAMIM, déployée la même année par la SADC », "ATMIS,
//     deployed in 2022 by the African Union"; deploy_verbs;
//     ".../deployed-by/member_of", deployedByRules); a list runs past a demonym that qualifies an actor it
//     touches ("the Yemeni Houthis and the Palestinian Hamas", « les
//     Houthis yéménites et le Hamas »; scratch.adjective), and past a
//     word describing the actor after the coordinator ("the army and
//     the paramilitary RSF", « les FAMa et le groupe jihadiste JNIM »,
//     « les rebelles du M23 »; actor_qualifiers, lead18.go); English "arms" and "arm" are triggers where a verb
//     may stand (noun_verbs: after an actor, a comma or a cue), not
//     before "deals" or "embargo" (not_supplied). A name in apposition
//     to a described object, closed by a comma or the sentence's end, is
//     the object ("at war with the sons' faction, Los Chapitos, ever
//     since", "supplied weapons to the rebel coalition, the M23,"; not
//     past a place preposition). Nothing after an intent cue ("plans to train", "a proposé de former",
//     but not a longer phrase it starts that states no plan: « compte
//     sur ses alliés russes », relies on; « doit faire face à », is
//     facing; not_intent;
//     "the process of joining", "refused to join", a condition ("if Russia
//     supplies", "unless", « si la Russie livrait », « au cas où »,
//     "Should Turkey deliver"; not a concession, « même si »:
//     intent_cancellers), a pledge ("pledged $500 million in military
//     aid to", « a promis »; not "pledged allegiance to", a trigger), a
//     deal to deliver ("signed a deal to deliver", « un contrat pour
//     livrer »);
//     an intent cue a comma parts from the trigger does not reach it:
//     "Japan pledged aid, and Turkey delivered"; one reaches, within
//     eight words and no comma, a trigger that opens a purpose infinitive
//     of the verb it governs ("offered to send Ukrainian drone
//     specialists to train", "has proposed sending officers to train", «
//     envisage d'envoyer des officiers pour former »; purpose_markers,
//     gold19en.go, intendedPurpose; the French cues ending in « de » also
//     take « d' »: « a proposé d'entraîner »); French future forms are
//     no triggers (« formera », « livrera »: a plan, as "will train"), an acceptance (« a accepté de fournir », as
//     "agreed to"), "calling on X to tighten sanctions", "an
//     agreement providing for the training of", « un accord prévoyant la
//     formation »; not a modal a longer hedge starts with: "may have
//     supplied", « pourrait avoir livré » are hedged, and so is an open
//     question, a hedge that ends with the cue: "unclear if"), no
//     alliance or leadership that is "former" ("their former partners"), a
//     benefactive ("fighting for Assad") or an economic partnership
//     ("partenaire économique", « un accord de coopération dans le
//     nucléaire civil », also with the qualifier in the three words
//     before: "an economic partnership", "a civil nuclear cooperation
//     agreement", nonSecurityBefore; a qualifier inside an actor's name
//     qualifies nothing: « appuie la Communauté économique des États de
//     l'Afrique centrale »). Troops sent (also combatants with a combat
//     purpose after them: "sent fighters to defend the regime", « des
//     combattants pour défendre »; combatant_nouns, combat_purposes) make members of a mission
//     (or of "y", the last organisation named) and allies of a state
//     (of each state of a list: "to the Central African Republic and to
//     Mali")
//     (".../deploy/..."), and suppliers too when equipment is listed
//     with the troops ("has sent troops and millions of artillery shells
//     to Russia"; ".../deploy/supplies"); equipment delivered with no
//     recipient named goes to the home state, or to the recipient the
//     article last named for that supplier ("/previous": "Tehran admits it
//     sent drones to Russia. ... Iran had also delivered missiles"), and
//     to no one when an actor follows past a relative on the goods
//     ("supplied the drones that have hit Ukrainian cities"; not the
//     relative's subject: "the drones that the Malian army flies") ("/home"; the state whose institutions the
//     article has named most so far, when one is: "Myanmar's junta"
//     before "Moscow delivered six fighters"), and so do trainees named by a noun
//     alone ("the crews had been trained by Chinese instructors"), also
//     with one actor in the sentence, and trainees counted alone after an
//     active trigger whose subject is no state or person, when the home
//     state is the last state named by name before the sentence ("the EU
//     mission says it has trained over 70,000", « l'EUTM a formé 1 100
//     soldats »). Deploy verbs followed by troops are
//     deployments ("Rwanda deployed 2,000 soldiers"; a deployed drone is
//     only used); a second sender joins the first one's destination (« y
//     ont envoyé des contingents, et le Guatemala a déployé 150
//     soldats »); troops a head of state sends are the state's (a head
//     by a leads relation of the article so far, or by the lexicon's leads
//     facts when the article names the state). "dirigé par X" and "led by
//     former police officer X" read a name no
//     dictionary knows. A group reads on through a short form in brackets
//     ("X (MNDAA) and Y (TNLA)"), a subject list also when a relative
//     closes after the short form (« L'armée nigériane et la FMM (FMM),
//     qui regroupe ..., mènent »), and a repeated agent marker ("par
//     Wagner et par la Turquie"). An object's possessor or hyphen
//     compound gives way to what it qualifies ("part of Iran's Axis of
//     Resistance", "the Iran-led Axis"); in "X accused Y of arming Z", Y
//     acts; a companion may be named by an institution ("avec la Police
//     nationale d'Haïti (PNH)"). Reciprocal opposed phrases with no
//     object ("X and Y have been at war", "traded fire", « s'affrontent »,
//     « échangent des tirs », also with a trigger filler inside: « se
//     sont violemment accrochés ») oppose the subject's actors.
//     - hosting bases: the allied trigger phrases include hosting a
//     state's bases, the noun in the phrase (« Le Tchad héberge des
//     bases militaires françaises », « accueille une base navale
//     chinoise »), so hosting refugees or talks is none; so do
//     coordinating one's attacks or operations with an actor (« coordonne
//     ses attaques avec le JNIM »: not a hostile « attaques avec »),
//     serving as its supply corridor (as a rear base), and giving or
//     sharing intelligence (« a fourni des renseignements au FLA »: not
//     supplies; « échangent des renseignements » only with « avec »).
//     - an active leads trigger whose object possesses a common noun
//     that is neither an institution nor an anaphor of its kind leads
//     nothing ("who led Pakistan's delegation"; "leads Mali's junta"
//     stays); nor does one in an object relative with a pronoun subject
//     whose antecedent is no actor (« l'opération Haskanite, qu'il a
//     dirigée », gold17fr.go, nonActorRelativeObject).
//     - the members after a passive member_of trigger ("an alliance
//     of") end at a restrictive relative ("an alliance of militant
//     factions that shares its ideology with the Afghan Taliban"), unless
//     a member_of trigger follows it ("a coalition of movements that
//     includes the SLA"); a mission that counts contingents, troops or
//     soldiers of states lists members (« la MINUSCA compte des
//     contingents du Rwanda et du Burundi », « a compté des troupes de »).
//     - ended agreements (".../trigger/allied/.../ended"): an ending verb
//     a few words before an allied trigger ("revoked its military
//     cooperation agreement with", « a mis fin à l'accord de défense
//     avec », "broke off its military cooperation with"; ending_verbs; a date between not counted: « a dénoncé le
//     28 novembre 2024 son accord ») also opposes the verb's subject to the
//     agreement's other party, and negates the alliance (a standing
//     relation ended; not after an intent cue); a suspension only negates
//     it, with no hostility (« a suspendu sa coopération militaire avec »,
//     "suspended its military cooperation with"; suspension_verbs;
//     docs/CODEBOOK.md, "Rifts that are not hostility"); an agreement naming its
//     other party only by a relative or a possessive after it ends the
//     alliance with the actor opening the sentence, a state or an
//     organisation, when no other actor stands between (« Washington,
//     dont les militaires opéraient à Agadez, a dû partir, Niamey ayant
//     dénoncé l'accord qui encadrait leur présence »;
//     ".../ended/party"). An ending verb before an opposed measure
//     ("lifted its economic sanctions on Syria", « a levé les sanctions
//     contre ») negates it: a standing relation ended. An obstruction
//     verb governing a sanction noun ("Hungary has blocked new sanctions
//     against Russia", "opposes new EU sanctions", "voted against
//     sanctions on", « s'oppose à de nouvelles sanctions contre »;
//     obstruction_verbs; blind.go, obstruction) is a disagreement over
//     the measure: its subject opposes neither the measure's author nor
//     its target, and is no co-fighter of the actors beside it; the
//     author and the target named after the verb still oppose each other.
//     - expulsions (".../expel/opposed"): an expulsion verb, the actor
//     and an expulsion end ("Bamako ordered France's troops to leave", «
//     Niamey a sommé les soldats français de quitter le pays »).
//     - takings (".../taking/opposed"): a taking verb, then within eight
//     words of its clause a taking preposition and an actor, also past "the
//     rebels of" ("the TNLA took the town of Mogok from the army", «
//     l'armée a repris Kidal aux rebelles du FLA »; taking_verbs,
//     taking_from), opposes the verb's subject to that actor; not after a
//     word of taking_not ("took part in", « a pris part aux »). The verb
//     may be a hostile trigger ("captured a base from", "seized weapons
//     from"), and a capital between is a place ("regained control of
//     Khartoum from the RSF", « a repris le contrôle de Khartoum aux
//     FSR »).
//     - collective appositions (".../collective/member_of"): "the AES, an
//     alliance of Mali, Burkina Faso and Niger", "the AES confederation
//     of ...", "the Three Brotherhood Alliance of the MNDAA, ..." make the
//     actors listed members (and no alliance).
//     - ellipsis (".../ellipsis"): "..., and Ouagadougou and Niamey
//     followed suit" gives the new subjects the relations of the earlier
//     clause, with its trigger's negation and departure ("Mali left
//     ECOWAS, and Niger followed suit": Niger left), also for a subject
//     after the phrase ("and neither has Egypt", "and so did Egypt", "as
//     does Belarus", "as is Chad"; ellipsis_inverted), and for the one
//     actor right before a phrase that ends the clause after a
//     coordinator ("and China did not either", « et la Chine non plus »;
//     one word only after a comma: « , et la Turquie aussi », not « arme
//     le Mali et le Niger aussi »; ellipsis_final); the subject of an
//     ellipsis ends an object list ("to Mali, and Niger followed suit":
//     Niger is no recipient).
//     - gapping (".../gapping"): a clause after a coordinator or a comma
//     that leaves the verb out, a subject right before its object
//     (articles only between) and nothing after but a place after a
//     preposition, repeats the active trigger before it with its cues:
//     "Russia arms the Malian army and Iran the Houthis" (Iran supplies
//     the Houthis, and no list makes Russia supply Iran), « la Russie arme
//     le Mali, l'Iran les Houthis », "did not arm the FLA, nor Algeria the
//     JNIM" (negated).
//     - role nouns (".../role/TYPE"): leader roles give leads, member roles
//     member_of, ally roles allied, supplier roles supplies, between the
//     holder and the actor the role belongs to: "Nigerian President Bola
//     Tinubu", "the emir of Qatar, Sheikh Tamim", "Houthi spokesman Yahya
//     Saree", "JNIM, al-Qaeda's affiliate", "Poland and Lithuania, both
//     NATO members", "Belarus, Russia's closest ally", "l'armée malienne
//     et ses alliés russes", "one of Bamako's main suppliers", "le
//     secrétaire général de Kataeb Hezbollah, Ahmed al-Hamidawi", "the AA,
//     whose commander-in-chief is X", "the NUG, whose acting
//     president is X" (leader_roles: acting and interim heads lead too; possessive relatives; the owner
//     before the role is never coordinated to it: "A, B and smaller
//     factions" names no factions of B; the actor before the copula of
//     such a relative holds the antecedent's role: « le Mali, dont la
//     Turquie est le principal fournisseur », "Mali, of which Turkey is
//     the main supplier"), "le président
//     irakien, X" with a name no dictionary knows (an actor ending a
//     relative clause before the comma holds no role after it: "the AA,
//     whose commander is X, is a member of"; a relative the comma opens,
//     not one deeper in its phrase: ", after a war in which Israel
//     killed X, Hezbollah's leader," gives X the role), the holder also past the
//     state where the organisation acts (« la mission de la SADC au
//     Mozambique, la SAMIM, »: not Mozambique); the actors "alongside"
//     hold the role too ("one of Bamako's main suppliers, alongside Russia
//     and Turkey", ".../role/TYPE/alongside"). A French role may take a
//     hyphenated adjective before its group (« la branche
//     ouest-africaine de l'EI »); an apposition's actor holds no role
//     across a copula (« L'Iswap, née d'une scission avec Shekau, est la
//     branche locale de l'EI »: not Shekau). A singular role in
//     apposition after a list is its last actor's only ("Kenya, Uganda
//     and MONUSCO, the UN peacekeeping mission,"; a plural one, "all
//     members of", is the list's). A role its owner precedes ("Mali's junta
//     leader") reaches no person past a lower-case word that is no
//     article, coordinator or role ("Mali's junta leader met Vladimir
//     Putin": no leader of Mali). A plural role takes the
//     list after it ("ECOWAS member states Nigeria and Senegal", "...,
//     including"/« dont » ...; « les trois États de l'AES – le Mali, le
//     Burkina Faso et le Niger – », « États » a member role as « pays »), a role after a copula its subject ("Sweden
//     became NATO's 32nd member", « est devenue le 32e membre », "Ahmed
//     al-Sharaa became Syria's president"; also after "as"/« comme » and
//     up to four lower-case words with no trigger: "Turkey acts as Mali's
//     main drone supplier", "has emerged as"; the holder of an ally role
//     followed by "against"/« contre » fights the actor named after it:
//     "the SDF remains Washington's main partner against the Islamic
//     State", ".../role/allied/against"), a role
//     after a nickname apposition the name before it, a role heading a
//     described head the name in apposition to it, places and complements
//     between skipped ("the UN's mission in the Central African Republic,
//     MINUSCA,", « la mission de la SADC au Mozambique, la SAMIM, », « la
//     mission militaire d'assistance de l'UE, l'EUMAM »); a leader role after
//     an indefinite article is one of several ("a JNIM commander":
//     member_of; its holder may be a name read after the role, a person
//     added past the sentence's mentions), and so is a group's military or field commander (member
//     roles: "X, Hezbollah's top military commander"; its
//     commander-in-chief leads); "for" joins a role to its group ("a spokesman for the
//     M23"); a head of diplomacy is a member role (« le chef de la
//     diplomatie du Hamas », "the EU foreign policy chief"; a state's
//     gives nothing, as a minister); the head of a state's army or its
//     chief of staff leads nothing ("Pakistan's army chief General Asim
//     Munir", « le chef de l'armée pakistanaise, Asim Munir », « chef
//     d'état-major »; army_head_roles; also a role or leads trigger
//     before the state's army, army_nouns: "the commander of Pakistan's
//     army", "the chief of the Pakistani army", « chef de l'armée du
//     Pakistan »; not when another leader role is coordinated after it:
//     « chef de l'armée et président du ... »; an armed group's still
//     leads it);
//     partner roles are allied, economic ones nothing. A former
//     role ("l'ancien président", "once headed") gives nothing, nor a
//     leader or member role or trigger before a possessor of a noun
//     that is no actor nor institution ("the head of Iran's Supreme
//     National Security Council": not Iran's head; "Sudan's junta leader"
//     is); a participle role after a copula gives way to the member_of
//     trigger it opens (« les shebab sont affiliés à al-Qaïda »: not the
//     reverse). The holder after a role is never past a verb of
//     another type ("factions of the SNA fought the SDF": not the SDF).
//     A plural leader role (plural_leader_roles) pairs coordinated actors with the
//     coordinated persons after it, in order, when the lists have the
//     same length (".../role/leads/respective"): « les présidents
//     congolais et rwandais, Félix Tshisekedi et Paul Kagame », "the
//     presidents of Congo and Rwanda, A and B"; otherwise nothing.
//     Three mends of a sentence's pairs (lead17.go, lead17Pairs): a
//     one-word supplies trigger between an article or a deployment verb
//     and equipment qualifies it ("has deployed armed drones": no
//     supply; adjectiveTrigger); a
//     demonym on equipment after an instrument word past the trigger and
//     its object fights no one ("The RSF attacked the town with Emirati
//     drones": not the UAE; "joint raids with American aircraft
//     against": companions; instrument_words); trainers received as the
//     object of a passive supplies trigger are trained, not supplied
//     (".../received/trains": "Mali received Russian instructors";
//     not an agent: "funded by Qatari instructors"). Not admitting is
//     no denial but a hedge, as not confirming ("has never admitted
//     training", « n'a jamais reconnu avoir formé »: negation_cancellers,
//     hedges).
//     An organisation owning a member role in an apposition, others
//     coordinated with it ("Hungary, a NATO and EU member, has
//     refused"), is no argument of a trigger (roleOwnerBefore).
//     A role naming a trailing clause's speaker ("..., the group's
//     spokesman said") holds no actor outside the speaker's words (lead17.go,
//     speakerRoleHolders).
//     - possessors (".../possessor/leads"): "Iyad Ag Ghaly's JNIM", "the
//     Amal movement of Nabih Berri" (a head noun, collective noun or member
//     role of the group may stand before "of": "the SLA faction of Minni
//     Minawi", "the G9 federation of Jimmy Chérizier": no member then), « les
//     FSR du général Hemetti », « la junte du général Tiani », "Kim Jong
//     Un's government" (a state through an institution or a demonym
//     only, not "Putin's Russia", or by name after a definite article: «
//     le Togo de Faure Gnassingbé »; "the transitional government", « le
//     gouvernement de transition » are home institutions; a home
//     institution owned by a national of another state leads nothing: «
//     le gouvernement de Giorgia Meloni » in a story about Chad). Such a phrase acts as
//     its head: « la junte du général Tiani a exigé » is the junta's
//     act, « le gouvernement fédéral du Premier ministre Abiy Ahmed » is
//     the government (a home institution followed by a person).
//     - troops (".../troops/member_of"): "Kenyan, Burundian and Ugandan
//     troops of the EACRF", "Uganda has about 4,000 soldiers in ATMIS", also
//     after a relative ("Ireland, which has some 300 soldiers in
//     UNIFIL,") or with "it" for the organisation named last, in the
//     sentence or before it ("France, which has 700 soldiers in it":
//     ".../troops/member_of/pronoun"),
//     "ATMIS troops come from Uganda, Burundi ...", "the EAC force, with
//     troops from ...".
//     - a leader title standing for a person (titles.go) that names whose
//     it is leads it when the person does (as introduced, by country, or
//     the lexicon's leadership in force): "the French president said", «
//     le président malien a ordonné », "the RSF commander"
//     (".../role/leads/title"); not an army head's, nor a former one, and
//     a state only by a head of state's title (state_head_titles) or a
//     leader title ("the Malian commander" leads nothing). Feminine
//     titles are titles of their own in the lists, since they fold apart
//     (« la Première ministre italienne Giorgia Meloni »; gold18fr), and
//     so is « le président de l'époque, X » (docs/CODEBOOK.md).
//     In a list of titled persons a role phrase between two names,
//     followed by a comma and a name, is that name's role, not an
//     apposition of the name before it too (« le président égyptien,
//     Abdel Fattah al-Sissi, l'émir du Qatar, Tamim ben Hamad Al Thani,
//     et M. Trump »: no leads of Qatar for al-Sissi; "Egypt's president,
//     Abdel Fattah al-Sisi, the emir of Qatar, Tamim bin Hamad Al
//     Thani"; gold19fr.go, dropSharedRoles).
//     - under (".../under/leads"; lead17.go, underRules): a person after
//     an under word opening the sentence or after a comma, a comma after
//     the person, leads the actor after that comma (past a relative) or
//     the one before the under word: "Under Naim Qassem, Hezbollah",
//     « Le Hezbollah, sous Naïm Qassem, »; a state only by a person of
//     its country ("Under Assad, Russia": nothing); under_words.
//     - titles (".../title/leads"): a known person after the title of a
//     head of state or government leads the state of their country
//     ("President Donald Trump"; also with the person in apposition after
//     a comma, an article and a rank: « le Premier ministre, le général
//     Abdoulaye Maïga »; and with the title in apposition after the
//     person, between commas or closing the sentence, with a definite
//     article and no owner: "Donald Tusk, the prime minister, called", «
//     Donald Tusk, le Premier ministre, », or with a possessive when the
//     person's country is named before him in the sentence: "Belarus has
//     hosted …, and Alexander Lukashenko, its president, says"; gold19en.go,
//     titleAfter, countryBefore); not a title owned by a possessive, an
//     actor's possessive ("Somaliland's new president, X": not X's
//     Somalia) or a possessive relative ("Its president, X", « le Puntland, dont le
//     président X »), unless the actor right before is that state
//     ("Ethiopia, whose Prime Minister Abiy Ahmed"); nor when the
//     lexicon's leads facts of the person name other actors only ("its
//     acting president, Duwa Lashi La": the NUG, not Myanmar). A
//     negation of the clause's verb does not reach a naming (a title, a
//     role, a leader's apposition) inside its object: « ils ont rejeté la
//     proposition du président Daniel Noboa », « Bamako dément que le
//     colonel X, chef de la junte, ait … », « dément avoir armé le M23,
//     dirigé par X »: X leads, asserted; only a copula between the cue and
//     the naming makes it a denied predicate (« X n'est pas le chef du
//     JNIM »; gold18fr.go, namingNegated).
//     - origins (".../origin/supplies"): the state of "Turkish-made" or
//     "de fabrication turque" supplies the subject of the clause; a
//     suspended hyphen shares the origin ("Turkish- and Iranian-made"),
//     and so does a demonym listed right after it (« de fabrication
//     serbe et chinoise »; such origins are no list for "les deux pays").
//     Goods of an origin that are the subject of a supplies trigger
//     right after them go to its object ("Russian-made helicopters were
//     delivered to Mali", « de fabrication russe ont été livrés au Mali »;
//     deliveredTo). A demonym on equipment a state owns is an origin
//     ("Mali's Turkish drones", « les drones turcs de l'armée malienne »;
//     possessedOrigin). An organisation speaking in a leading report is no
//     recipient ("A UN report says Chinese-made drones were found in
//     Darfur"), and a leading speaker is no subject of a reported passive
//     that names its agent ("A UN report says armoured vehicles were
//     delivered to the RSF by the UAE": the UAE, not the UN).
//     Not a subject that shot down, saw, seized or destroyed the
//     equipment ("Israel intercepted Iranian-made missiles";
//     observation_verbs, seizure_verbs) or that a seizure verb a few
//     words before takes it from ("weapons seized from al-Shabaab
//     fighters included Iranian-made rifles"), nor the source of an
//     attribution; the actor after is the recipient only when no seizure
//     verb stands between ("Chinese-made rifles seized from JNIM": none).
//     A seizure verb takes from an actor up to ten words after it («
//     armes saisies par la police sur des combattants de l'ISWAP »). No
//     origin gives anything in a sentence that says the equipment was
//     smuggled, resold or stolen ("Weapons smuggled to the Houthis include
//     Chinese-made parts", « introduits clandestinement », « volées à
//     l'armée »; diversion_words), nor an origin qualifying a noun of
//     actors (« un groupe armé d'origine ougandaise »: anaphors, troops,
//     combatants). A supplies trigger followed by a noun that is no
//     supply gives nothing ("received credible reports of", « a reçu des
//     informations », "sent 55 imprisoned cartel figures to", "sent a
//     panel of senior figures", "sent mediators"; within four
//     words; not_supplied); one sending to a place (a recipient marker, up
//     to two lower-case words and a place of not_recipients: "to the
//     northern border") has no recipient after it.
//     An actor that is no argument (an origin, a speaker) ends a list of
//     objects ("backed the army, and Turkish-made drones": not Turkey).
//     Equipment of some origin opening a clause of its own (after a comma
//     and a coordinator, or a clause break) is not held by the subject
//     before ("Egypt has backed the army, and Turkish-made drones have
//     been seen": not Egypt's; targets.go).
//     An origin in what an active supplies trigger delivers supplies its
//     recipient, not the trigger's subject (« Les EAU, qui avaient
//     fourni des drones de fabrication chinoise à l'armée éthiopienne »:
//     China supplies Ethiopia).
//     A supplies word glued to an origin ("Emirati-supplied") is no
//     trigger (supplies.go), nor a supplier or ally role noun after a
//     possessor and a few lower-case words ("Israel's second-largest
//     arms supplier", "Kosovo's closest partner": the role rule reads
//     it; Israel supplies nothing, Kosovo has no other partner by it),
//     nor one whose goods are trade commodities alone ("Israel, which
//     buys its oil from Baku,", « achète son pétrole à Bakou »;
//     trade_goods: business), nor one right after a trade commodity it
//     qualifies ("cut the electricity supplied to towns the group held",
//     "halted gas supplies to"; hedge.go, tradeBefore).
//     A dependence verb, an actor, a purpose and equipment make the
//     actor a supplier ("Mali relies on Russia for weapons", « dépend de
//     la Russie pour ses armes »; depend_verbs, depend_purposes;
//     ".../depend/supplies"), and no ally of the allied trigger the verb
//     may also be ("Mali turned to Russia for weapons", « s'est tourné
//     vers la Russie pour ses armes »: buying arms is trade;
//     dropDependAllies).
//     A French reflexive before a supplies verb, with its auxiliary or
//     not, makes the subject the recipient and the actor after the source
//     (« le Mali s'approvisionne en armes auprès de la Russie », « se
//     fournit en drones », « s'est approvisionné »; reflexive_pronouns;
//     ".../reflexive").
//     A training followed is received (« ont suivi des formations dans
//     des académies militaires turques », "attended courses at"), and so
//     is a trains or supplies noun a receive verb governs, the source
//     named after it ("Chad received military training and equipment
//     from the UAE", « le Tchad bénéficie d'une formation militaire des
//     Émirats »; receive_verbs, received_sources; received.go): the
//     source trains the subject. Training received alone is no supply;
//     training and equipment received together are both
//     (".../received/supplies"), and so is equipment alone received
//     ("Hezbollah gets most of its weapons from Iran"); so for a give
//     verb and its recipient ("Iran gives weapons to Hezbollah";
//     "provides military training and armoured vehicles to Chad": also
//     supplies, ".../given/supplies", a list of goods with commas too:
//     "weapons, money and training to"; a demonym qualifying the goods
//     after an active supplies trigger is their origin, never the
//     recipient, and supplies the recipient named after it too ("Libya
//     sent Emirati weapons to the RSF": Libya and the UAE supply the RSF;
//     ".../origin/supplies/goods"; « a reçu des livraisons d'armes
//     émiraties »: not Chad supplies the UAE; with no sender named the
//     origin supplies: « les livraisons d'armes turques au Mali »); « fournit une formation à »: trains
//     only; give_verbs, given_recipients; and a give verb that is no
//     trigger, the recipient right after it and equipment or military
//     aid after the recipient: "Germany gave Ukraine Leopard tanks", "has
//     given the Lebanese army $3 billion in aid", not "humanitarian aid";
//     given_aid, non_security; a pronoun recipient, "has given it", is
//     the one other actor named before the verb). A backer role (backer_roles:
//     "the army's main foreign backer") with the backer's goods or money
//     in the sentence gives supplies only, no alliance (gold16.go,
//     backerSupplies; docs/CODEBOOK.md, "Main backer"). A passive leads
//     trigger after a member role whose group it would give the leader
//     gives the unit in apposition instead ("Katiba Macina, a JNIM unit
//     led by Amadou Koufa", « une faction du JNIM dirigée par », "a
//     faction of the SLA led by"; not across a comma: "commanders of the
//     3R, led by Sembé Bobbo"; none named: nothing; lead17.go,
//     unitLeaders), and a member role's holder is never past a leads
//     trigger. The backer of a hyphen compound of backing, training or
//     supply ("Iran-backed militias", "US-trained commandos") is no
//     party to what the backed do or suffer ("Israel struck Iran-backed
//     militias": nothing; ledRules reads the compound; lead17.go,
//     backerCompound). Actors an allied trigger ties to an organisation
//     the sentence makes them members of by a member_of trigger are
//     allied with each other instead (« Le Mali et le Burkina Faso
//     coopèrent au sein de l'AES »: members, and allied among them;
//     memberNotAllied). An organisation named only as the owner of
//     member states ("the AES countries", « les pays de l'AES »;
//     member_state_nouns) joins or leaves nothing: its states do
//     (statesNotMembers); named only for one unnamed member, an
//     indefinite article before the member noun (« qu'un pays membre de
//     l'Otan tirait sur des appareils russes », "a NATO member state",
//     "a member of NATO"), it does nothing at all (gold19fr.go,
//     oneMember). Parties agreeing, signing or observing a ceasefire
//     or truce are opposed, as a ceasefire between them is (reciprocal:
//     "Hamas and Israel agreed a ceasefire", « ont signé une trêve »), and
//     so are parties signing a peace agreement ("signed a peace deal",
//     « ont signé un accord de paix avec »; the noun alone is no trigger:
//     "the Algiers peace agreement with the FLA"). A parallel object does not run past a
//     trigger of another type ("drones from Turkey and training from
//     Russia": Russia supplies nothing).
//     - sources: an active supplies trigger whose object follows a source
//     preposition gives nothing ("rifles that had been smuggled from
//     Yemen"; source_prepositions; "received money from X" is a passive
//     one: X supplies).
//     - troops sent: a supplies trigger after troops and before a
//     preposition is a deployment ("Wagner fighters sent to Mali":
//     ".../deploy/allied"), as one before troops is (troop_nouns;
//     reinforcements too: "Turkey sent reinforcements to KFOR, as did
//     Romania": member_of, gold18fr; not an arming
//     verb, whose object is the recipient: « a équipé des unités
//     somaliennes », "funded Sudanese fighters", nor a paying one: « a
//     versé 20 millions d'euros aux forces rwandaises », "paid ... to
//     Rwandan forces"; arming_verbs); trainers sent
//     train the recipient too ("sent military instructors to Somalia",
//     « a envoyé des instructeurs au Mali »: ".../deploy/trains";
//     trainer_nouns; received.go, trainersSent); people sent to an actor
//     to be trained there are trained by it, not supplied to it
//     ("Somalia sent 500 officers to Eritrea for training", « a envoyé
//     5 000 recrues à l'Érythrée pour y être formées »: ".../sent/trains",
//     the host trains the sender; no goods between: "sent drones to Mali
//     for training purposes" is a supply; training_purposes;
//     sentForTraining); a demonym qualifying equipment after a
//     preposition after an active trains trigger is the goods' origin, no
//     trainee ("Malian pilots trained on Russian jets", « se sont entraînés
//     sur des avions russes »: nothing; equipmentOrigin); the agent after
//     the place of a passive trains trigger trains, not the place
//     ("trained in Mali by Russian instructors", « formés au Mali par des
//     instructeurs russes »: Russia; agentAfter); a training given is trains, not a supply: a give
//     verb's passive after a trains noun ("The training of Somali
//     commandos was provided by Turkey": ".../training"; not "financed
//     by"; trainingProvided), and the passive of a training's provision
//     ("whose training was provided by Turkey", « dont la formation a été
//     assurée par la Turquie »: trains triggers).
//     - supplies participles (supplies.go): a passive participle with an
//     agent and no passive auxiliary ("weapons supplied by the UAE";
//     passive_auxiliaries) qualifies a noun; an actor named right after the
//     agent past a recipient marker or its first word is the recipient («
//     des fusils vendus par la Bulgarie à l'armée ougandaise », not the
//     speaker before: Uganda; so with an auxiliary when the subject names
//     no actor: "the drones were delivered by Turkey to Mali", or only a
//     source: "Ammunition from Serbia was supplied to Ukraine by the United
//     States"). A supplies
//     or trains noun after an article, with no subject, names its agent
//     and its recipient in either order, or its trainee or recipient
//     right after its of-word ("/nominal": "the delivery of drones by
//     Turkey to Mali", "the sale of drones to Mali by Turkey", "the
//     training of Somali troops by Turkey", « la livraison par la Russie
//     d'hélicoptères au Mali », « la formation des soldats somaliens par
//     la Turquie »). After a hostile, observation
//     or seizure verb, or on such a verb's object, its holder is unsaid
//     and it gives nothing ("JNIM attacked a convoy carrying fuel
//     supplied by Algeria", « a attaqué le JNIM avec des drones livrés
//     par la Turquie »). The home state is no "/home" recipient in a
//     sentence where it supplies ("Turkey delivered drones to Mali while
//     Russia sent jets"), nor after a supplier list that holds it
//     ("Russia, Turkey and China supply arms to the Sahel juntas";
//     probe18.go), and a "/home" supplier list ends at a new
//     clause, also after a French auxiliary (« et la Russie a envoyé »).
//     A subject pronoun after a coordinator that names no actor before a
//     passive trigger ("Belgrade has refused to join ..., and it received
//     jets from Russia") is the sentence's first actor, not the home
//     state (no "/home" recipient when there is none). A recipient named by a noun that names no actor, a few words after
//     Nor is it the recipient of an accused act ("accuse Tehran of
//     supplying missiles": the accuser's enemy, most often), of a trigger
//     whose recipient an object pronoun says (« l'Égypte lui fournit »;
//     not a pronoun after an auxiliary, which stresses the subject: « le
//     Mali, qui a lui aussi livré des armes au Niger », « a lui-même
//     formé »: pronounBefore),
//     or of a passive trigger whose agent stands in another clause
//     (« a reçu des drones ..., et l'Égypte »; targets.go); an origin's
//     recipient after it is never in another clause either.
//     A recipient named by a noun that names no actor, a few words after
//     an active trigger, is no "/home" recipient either ("delivered
//     ammunition to the dissident faction", « a livré des munitions à la
//     faction dissidente »; recipient_markers, not a time or a place:
//     « livrés à l'époque », not_recipients).
//     - "-led" (".../compound/member_of"): "the Russian-led CSTO", also
//     past a head noun and an of-word ("Turkish-backed factions of the
//     Syrian National Army": allied) (an
//     apposition opened by the compound qualifies the actor before it:
//     "Kataib Hezbollah, the Iran-backed militia that Washington blames",
//     never an actor after a relative); a
//     state agent of a leads trigger heads a coalition, a mission or a
//     group as a member (".../trigger/leads/passive/member": "the
//     coalition led by the United States"; not a state's institution
//     running an armed group: "the Africa Corps, a force run by Russia's
//     defence ministry" gives nothing, docs/CODEBOOK.md), and such a phrase acts as its
//     head ("the coalition led by the United States has attacked").
//     - withdrawals named by a noun (".../withdrawal/leaving", negated
//     as departures are): « le retrait du Niger, du Mali et du Burkina
//     Faso de la CEDEAO, annoncé un an plus tôt, est devenu effectif »,
//     "the withdrawal of Mali from ECOWAS took effect": each actor listed
//     after the noun leaves the one named after the preposition, only
//     with a completion phrase later in the sentence (withdrawal_nouns,
//     completion_phrases); "will take effect", "was announced" give
//     nothing (withdrawalRules).
//     - investitures (".../investiture/leads"): an investiture word a
//     few words before a state head title (« Investi le 26 mars
//     président de la République, le général X », "X was sworn in as
//     President of Chad"; an election too: « a été élu président », "was
//     elected president", gold18fr; investiture_words, state_head_titles) makes
//     the person named right before the word (or, when the word opens
//     the sentence, the first one after its comma) head of the state
//     named after the title, else of the home state when the lexicon says
//     the person heads it at the article's date (a foreign leader is
//     none); a title with an of-phrase naming no state (« président de
//     l'Assemblée ») is another body's (investitureRules).
//     - facing openers (".../facing/opposed"): a sentence opening with
//     « Face au JNIM, », "Facing al-Shabaab," (facing_openers; a state
//     or an armed group, or « lui » for the subject of the sentence
//     before, then a comma) makes the first state, armed group or
//     organisation after the comma its enemy; « Face aux critiques de
//     Paris, » faces no actor (facingRules); « Face à lui, » counts as a
//     second actor, so a sentence naming one actor is read too.
//     - own bodies: an active member_of trigger whose object follows a
//     possessive and at most two lower-case words (« au sein de sa
//     mission EUTM Mali », "within its naval mission") makes the object
//     a member of the sentence's first actor, the possessor, not the
//     reverse (ownedBySubject).
//     - departures: the leaving phrases ("left", « ont quitté », "expelled
//     from") are member_of triggers whose evidence is negated (a
//     completed departure, docs/CODEBOOK.md; also read through a filler
//     in the trigger, « a officiellement quitté »; cutting ties with a
//     group or having no link with it is one too: "cut its ties with",
//     "has no link with", « n'a aucun lien avec »); a negation before them
//     makes a membership ("did not leave"); "left ... dead" is none.
//     - loose links ("linked to", « lié à »; loose_links) are member_of
//     triggers of no state member and with no means after the pair
//     (« liée à l'ANL par une coopération militaire » is none); when
//     that means is an allied or member_of trigger a few words after the
//     agent marker (« par une coopération militaire », « par le traité
//     d'alliance de Choucha »), the pair are allies (".../loose/allied/means").
//     - joiners (".../joined/allied"): an actor that joined a companion
//     in a fight ("Chad joined Nigeria in an offensive against Boko
//     Haram", « le Tchad s'est joint au Nigeria dans une offensive
//     contre »; join_verbs, a preposition and at most three lower-case
//     words before the hostile trigger) is the companion's ally and
//     fights the target with it (joinedSubject);
//     - co-fighters (".../cofight/allied", a weak rule): the coordinated
//     subjects right before one hostile trigger (at most four words, no
//     comma between) against one adversary are allies
//     ("Chad and Niger attacked Boko Haram", « les forces rwandaises et
//     l'armée mozambicaine ont repoussé une attaque de l'EI »); not the
//     targets struck together, nor the actors of a measure
//     (diplomatic_words: "imposed sanctions on"), nor the actors of one
//     counted anaphor or pronoun, which says each acts ("JNIM and ISWAP
//     have clashed. Both groups also attack the Malian army"; probe18.go,
//     countedSubjects); a joint cue still makes them allies ("the two
//     groups have coordinated attacks", « ont coordonné des attaques »;
//     joint).
//     - alongside: the subject of an allied trigger "alongside" is not
//     the object of a trigger or a preposition right before it ("captured
//     Mogok from the army alongside the TNLA": the captor; targets.go),
//     unless a backing phrase follows the object with nothing between,
//     not even a comma ("fighting Somali forces backed by Turkish
//     drones": Turkey backs Somalia; probe18.go, backedObject).
//     - purchases: after a purchase noun (purchase_nouns: « achat »),
//     an actor in the genitive is the buyer: no supply from it (« les
//     achats de Belgrade inquiètent le Kosovo », « les achats d'armes du
//     Mali à la Russie »: no reversed pair); « auprès de », « en
//     provenance de » name the seller (seller_prepositions; gold18fr.go,
//     buyerAfterPurchase).
//     - time frames: an opposed noun after a time frame ("during the
//     fighting", « pendant les combats »; temporal_frames) gives no pair
//     with an actor before the frame unless the noun's complement names
//     its target ("during the fighting against JNIM", "during the
//     assault on Tripoli"): "China stayed neutral during the fighting and
//     urged the two countries" is no hostility (gold18fr.go,
//     framedHostility).
//     - subjects across a relative: a mention coordinated after a
//     relative clause between commas that qualifies the mention before
//     it joins that mention's group (« La Croatie, qui a reçu …, et
//     l'Albanie sont membres de l'OTAN »: both; gold18fr.go,
//     relativeBeforeCoord).
//     - groups (".../joint/allied", ".../founding/member_of"): "X and Y
//     conducted joint operations" (allied, as training or patrolling
//     together is, a trigger of its own: "trained with the People's
//     Liberation Army", "patrol jointly with", "patrols with"; not trains, unless the partner is
//     named by trainers, joint_training before trainer_nouns: "Mali mainly
//     trained with Russian instructors" is Russia trains Mali,
//     ".../trigger/trains/instructors"; an actor after a companion word
//     right after an active trains trigger is a partner, no trainee: « le
//     Burkina Faso forme avec le Mali et le Niger la Confédération », nor,
//     with words between, of an active member_of trigger ("took part in
//     talks with the RSF"); not a joint cue on a measure's
//     noun, diplomatic_words: « leur frontière commune », nor on a noun
//     of speech, joint_speech: "in a joint statement", « une déclaration
//     commune » (diplomatic support is no relation), nor one next to
//     a supplies trigger: "Norway and the US together provided", nor one
//     an intent cue reaches: "the two governments agreed to set up a
//     joint programme", "will deploy a joint force", gold19en), "Mali, Burkina Faso and Niger
//     formed the AES" (member_of; one group founding another is no member
//     of it, « le Hezbollah a formé les Houthis » (which trains), "launched
//     an offensive against", unless it forms "the backbone of" it,
//     not_trained, or merges with others to form it, merge_words: « a
//     fusionné avec d'autres groupes pour former le JNIM », which then
//     trains no one; an organisation launching a mission makes
//     the mission its member), also with the actors after a companion
//     word in an introductory phrase ("With Mali and Burkina Faso, Niger
//     formed", « avec le Mali et le Burkina Faso, il forme »); founders after a companion word, the
//     organisation before the verb's relative (« l'AES, qu'il forme avec
//     le Mali et le Burkina Faso »: the pronoun's first actor too), and
//     such a verb trains no one (".../founding/member_of/with"), nor does
//     a list of groups founding a group or any actors founding an
//     organisation (« Le MNLA et le HCUA ont formé le CSP-DPA »;
//     foundedGroup); no founding verb before a troop or combatant noun
//     (« Wagner aurait formé des combattants des FSR »: trained, not
//     founded), and « forme des » before such a noun trains (« Wagner forme
//     des soldats centrafricains », which folds as the composition «
//     formé des » would); the
//     agents of a founding participle in an apposition of a coalition (an
//     organisation, or a group named with a collective noun after or
//     before its name: "the Tasis alliance", « la coalition CPC »),
//     and the actors an including phrase lists right after them, are its
//     members ("the Tasis alliance, formed by the RSF and its allies,
//     among them the SPLM-N", « l'alliance Tasis, créée par les FSR et
//     leurs alliés, parmi lesquels »; also after a companion word:
//     "Operation Interflex, run with Canada, Australia and New Zealand";
//     ".../founding/member_of/by"). Founders of an organisation formed
//     "as" an alliance are allies too ("formed the AES as a mutual
//     defence pact", « comme pacte de défense mutuelle »;
//     ".../founding/allied", gold19en.go foundedAs).
//     - help (".../help/allied"): "l'apport décisif de Wagner" makes Wagner
//     an ally of the actor named before; after a hostile trigger, the
//     helpers ("with support from A and B"; help_links) ally with each of
//     its subjects and oppose its object, and only oppose it when the
//     subject names no actor ("Puntland forces attacked the Islamic
//     State, with support from American aircraft"), also when the object
//     is a target noun the actor owns through an of-word (« l'armée
//     burkinabè bombarde les positions du JNIM avec l'appui de la
//     Turquie », « des frappes contre les bastions de X, avec le soutien
//     de Y »: the owner is fought, never helped; possessed_targets,
//     hostileBeforeTarget); "in support of X" / « en soutien
//     aux X » makes the subject of the clause's trigger an ally of X
//     (".../help/allied/in-support": "Turkey struck SDF positions in
//     support of the SNA"); not for help qualified as no security ("the
//     humanitarian aid of Japan", « l'aide humanitaire du Japon »;
//     non_security); helpers named as a demonym of trainers train the
//     helped instead (".../help/trains": "With the help of Turkish
//     instructors, Somali commandos retook the town", « avec l'aide
//     d'instructeurs turcs »; trainer_nouns).
//     - support (".../support/allied"; received.go): support the
//     subject receives, relies on, welcomes or thanks an actor for makes
//     the supporter its ally ("Mali welcomed Russia's military support",
//     "has benefited from Russian military support", "thanked Russia for
//     its support", « bénéficie du soutien militaire russe », « a remercié
//     la Russie pour son soutien »; receive_verbs, depend_verbs,
//     welcome_verbs, help_nouns; a demonym so placed is kept), not
//     support with a recipient of its own nor qualified as no security.
//     A supplies trigger whose object is support of no stated kind
//     gives no supply ("received support from Russia", "provided military
//     support to"); support that is logistical, financial or material is
//     (supply_qualifiers), and humanitarian aid, food or medicine is
//     none (not_supplied).
//     - seventeenth blind batch (gold17en.go): an expulsion verb whose
//     object is a state's diplomats ("expelled Ethiopia's ambassador",
//     "expelled Swedish diplomats", « a expulsé l'ambassadeur français »;
//     expel_diplomat_verbs, diplomat_nouns) gives no opposed, as
//     recalling an ambassador does not; expelling troops still does. A
//     head-of-government role of an armed group ("their prime minister,
//     X", "the Houthis' prime minister"; group_government_roles) makes
//     its holder a member of the group, not its leader; a state's prime
//     minister still leads it. A vice-president or vice-chairman is a
//     member role ("X, South Sudan's first vice-president": no leads of
//     the state; "the SPLM-IO's vice-chairman, X": member_of). The
//     lexicon keeps a movement's armed wing apart from it (the SPLA-IO,
//     member_of the SPLM-IO by "its armed wing, the SPLA-IO").
//     A passive leads trigger ending a relative clause, past the object
//     of the clause's verb and two words or more of its own, is said of
//     the relative's antecedent ("the NRF, which have fought the Houthis
//     on the coast since 2018 under the command of Tareq Saleh": the
//     NRF); a participle right after a noun keeps it ("the RSF led by
//     Hemedti").
//     "Beside" and "side by side with" are alongside phrases, and
//     "fought beside" an allied trigger ("Eritrea fought beside Ethiopian
//     federal troops against Tigrayan forces": allied, and both opposed
//     to the Tigrayan forces).
//     Imposing, renewing or extending an arms embargo on a state is an
//     opposed trigger, as imposing sanctions is ("the Security Council
//     renewed its arms embargo on South Sudan"); breaching one is not.
//     Beyond those phrases, the subject of an embargo noun opposes the
//     first state, group or organisation a target word names after it,
//     an article allowed between, within ten words and no comma
//     (embargo_nouns, embargo_targets: « L'Espagne a inscrit dans la loi
//     un embargo total sur les ventes et les achats d'armes à Israël »,
//     "imposed a total arms embargo on Israel", "an embargo on arms
//     sales to Turkey"; ".../embargo/opposed", gold19fr.go,
//     embargoRules), and a supplies trigger inside its object is no
//     supply (embargoed); a blocker a few words before the noun
//     (embargo_blockers: "violated", "lifted", « réclame ») gives
//     nothing. Actors after « à destination de » are places to the
//     mention finder and stay out of reach.
//     A role whose "for" names a state, after an organisation or group
//     named right before it, is that organisation's ("The UN envoy for
//     Yemen, Hans Grundberg": member_of the UN, not of Yemen).
//     A person possessing a description in apposition after a group
//     (an anaphor of its kind or an apposition head, up to two words
//     before it, then a comma or the clause's end) leads the group ("the
//     SPLM-IO, Mr Machar's party,": ".../possessor/leads/apposition";
//     apposition_heads); a state is never so led.
//     "Been fighting since" and "have fought since" are reciprocal ("the
//     army and the RSF have been fighting since April 2023": opposed);
//     "have fought together" stays joint.
//     The verb of a non-finite clause (nonfinite_subordinators:
//     "after", "without", « après avoir », « avant de », « en » before a
//     gerund or participle) has the subject of the clause it hangs on —
//     the subject of the trigger before it, the first actor after the
//     comma closing a clause that opens the sentence, else the actor
//     opening the sentence, never a possessor ("Burkina Faso turned to
//     Russia after expelling French troops": Burkina Faso, not Russia; «
//     Wagner a quitté le Mali après avoir combattu les rebelles »: Wagner;
//     lead18.go, nonFiniteSubject); "without" and « sans » deny it
//     ("Turkey backs Somalia without arming it": supplies negated).
//     Coordinated subjects of a transitive trigger (transitive_triggers)
//     whose object is no actor — a determiner or a lower-case word after
//     it, past adverbs and not_objects, or a companion word and such a
//     word — are no reciprocal "/among" pair ("Saudi Arabia and the UAE
//     have backed rival factions", "Mali and Niger clashed with rebels";
//     "backed each other" stays one; objectAfter). After an allied or
//     opposed trigger's object opened by a determiner, a state after «
//     au »/« aux » (object_place_prepositions) is a place, not the
//     object (« La France a combattu les jihadistes au Mali »: no
//     relation with Mali; « son soutien au Mali » is a dative;
//     placeAfterObject; lead18.go).
//     An actor in a restrictive relative clause on the goods of a
//     passive supplies or trains trigger is a target, not the recipient,
//     and no home state stands in ("The drones that struck Khartoum were
//     supplied by the UAE": nothing; goodsRelativeActor, lead18.go). The
//     owner of an ally role in apposition, like a member role's ("Hezbollah,
//     an Iranian ally, attacked Israel", ", as Iran's ally,"; as_marks), is
//     no party to the clause's triggers, and the role's own trigger pairs
//     no one: the role rules read it (ownedAllyRole; before, Iran was
//     allied with Israel).
//     A succession whose role names its owner ("succeeded Nasrallah as
//     Hezbollah's leader", "as leader of Hezbollah", « comme secrétaire
//     général du Hezbollah », « à la tête du Hezbollah »;
//     succession_heads) makes the successor lead the owner, and drops the
//     leads pair the predecessor got from those words (successionOwner,
//     dropPredecessors; lead18.go).
//     Helping is allied ("helped", « aidé »; denied: "Kyiv denied helping
//     the FLA"); a help verb's object is the actor right after it, not
//     one past a preposition ("helped liberate the area from Ukrainian
//     forces"; direct_object_triggers). No allied trigger's object owns
//     the enemies it names ("backed Mali's enemies", « soutient les
//     ennemis du Mali »; hostile_nouns), and such a hostile noun gives
//     its supporter no enemy (hostileObject; notAlliedObject; lead18.go).
//     A companion named between the verb and a joint object is allied
//     with the clause's subject (« Le Burkina Faso mène avec le Mali des
//     patrouilles conjointes »; ".../joint/allied/with"; jointCompanion,
//     lead18.go).
//     The holders of an ally role placed in an organisation or an
//     alliance of groups ("The TNLA and the Arakan Army, its partners in
//     the Three Brotherhood Alliance,", "Mali and Niger are partners in
//     the AES", « au sein de l'AES »; partner_in) are its members
//     (".../partners-in/member_of") and partners of each other, and no
//     allies of their own organisation (partnersInRules, lead18.go).
//     A support noun with its giver after an of-word and its
//     beneficiary after a dative allies them (« le soutien du Rwanda au
//     M23 », "the support of Rwanda to the M23"; support_nouns,
//     support_datives; ".../nominal/allied"), and then neither its
//     trigger nor the help rules pair the clause's subject with the giver,
//     nor does an ending verb end the subject's agreement (« Le Mali a
//     dénoncé le soutien de l'Algérie aux rebelles »: before, Algeria was
//     allied with Mali, negated, and opposed to it; nominalSupportRules,
//     othersSupport). A sentence whose source is a body of experts
//     (expertsOf: "UN experts documented") is hedged. A leader noun
//     right after another trigger is that trigger's object (« Israël a
//     tué le chef du Hamas »: Israel was made a member of Hamas;
//     objectOfOtherTrigger; lead18.go).
//     A benefit verb before an owner's help noun allies the verb's
//     subject with the owner ("The Sudanese army, which enjoys Egypt's
//     support,"; benefit_verbs; ".../benefit/allied"; benefitRules,
//     lead18.go).
//     A contingent a withdrawal verb takes out (withdraw_verbs: « Le
//     Tchad a retiré ses troupes de la FMM ») is a departure: the
//     membership negated, as leaving is (troopsWithdrawn, lead18.go).
//     A backer compound in apposition may stand before another compound
//     and the head ("The SDF, a US-backed Kurdish-led force,";
//     compoundApposition).
//     A supplies noun right after a hostile verb (its subject right
//     before it; articles and two lower-case words between) is that act's
//     object: "JNIM blockaded fuel deliveries to Bamako" supplies nothing
//     (hostileOverGoods, lead18.go).
//     A negation cue before a colon or a semicolon does not reach a
//     trigger after it ("Iran denies nothing: it arms Hezbollah openly";
//     lead18).
//     Actors listed "along with" a trigger's subject between commas
//     share its relation ("Rwanda, along with Uganda, supplies the M23";
//     ".../alongwith"; along_with); after a comma closing the object
//     only for a membership ("contributes troops to AUSSOM, along with
//     Uganda and Kenya"), since elsewhere the list may extend the object;
//     after a member role its holder shares it with the actors listed
//     past the role and its organisation ("Ethiopia is now one of
//     AUSSOM's troop contributors, along with Uganda, Kenya and
//     Djibouti", « l'un des membres de la CEDEAO, avec le Ghana »,
//     « ainsi que »; lead18.go). A verb listing the holders of a
//     possessed plural role reads them as a copula would ("AUSSOM's
//     members include Ethiopia and Kenya", "Mali's suppliers include
//     Russia", « les membres de l'AES comptent le Mali »;
//     role_list_verbs, roleListVerb).
//     An actor after "ties with" (a noun of diplomatic_words before the
//     companion word, also "ties with A and with B") is no companion of
//     the clause's verb ("kept close ties with the Giants Brigades, a
//     force that drove the Houthis out": the Giants drove them).
//     - blind writers' constructions (blind.go): the speakers of a
//     trailing attribution are no parties, nor in an object list ("to
//     Russia, South Korean and Ukrainian officials say"; source_nouns,
//     speech_verbs), nor is the speaker of any trailing or parenthetical
//     reporting clause (hedge.go), with the actor of a role in apposition
//     to it at the sentence's end ("attacked a church, killing 43
//     worshippers, the army said", « , assure Serge Bozanga,
//     porte-parole de la CPC. »; targets.go); contingents of the nearest organisation before,
//     or, after a possessive opening a clause, of the last one named
//     ("with smaller contingents from Jamaica, Guatemala and El
//     Salvador", « Ses soldats, venus notamment d'Afrique du Sud »;
//     ".../contingents/member_of"), counted troops too when the
//     organisation opens the sentence with no other actor, trigger or
//     speech verb before them (« La SAMIM a compté jusqu'à 2 000
//     militaires, venus notamment d'Afrique du Sud »; not "UNIFIL said
//     20 soldiers from Lebanon"), with each share listed after them
//     ("Some 1,000 personnel have deployed: about 750 from Kenya, the
//     rest from Jamaica and Belize"; a number or share_words before a
//     source word), the organisation opening the sentence before being
//     theirs when counted troops open the sentence, or of the antecedent of a possessive
//     relative ("UNIFIL, whose largest contingents come from", « la
//     Minusca, dont les contingents viennent du Rwanda »; a possessive
//     opening the antecedent as above: "Its 10,000 troops, whose largest
//     contingents come from"), or of a possessive's troops whose
//     demonyms follow in apposition (« Ses soldats, sud-africains,
//     malawites et tanzaniens, avaient combattu »;
//     ".../contingents/member_of/demonyms"); members listed after "Among its
//     members are" / « Parmi ses membres figurent » (among,
//     member_nouns; ".../among/member_of"; the list reads on past an
//     apposition naming no actor to the member its coordinator adds:
//     "400 Mawozo, notorious for the kidnapping of American missionaries,
//     and Kraze Baryè"); members listed after an
//     including word (including) after a possessive member noun ("Its
//     member gangs, among them A and B", « plusieurs de ses composantes,
//     dont le groupe 3R »: of the subject of the sentence before when the
//     possessive opens the sentence) or after an apposition to an
//     organisation or armed group, opened by a determiner or a number,
//     that names a plural noun of actors or a collective noun ("X, a bloc
//     of 15 states, including", « X, ces anciens mouvements rebelles,
//     dont »; or a relative with a member_of verb: « X, qui regroupe six
//     des principaux groupes armés du pays, dont »; no other relative,
//     actor or trigger between: "which operates in several countries,
//     including" is no group; a name no dictionary knows before a
//     bracketed short form is that form: « Retour, réclamation et
//     réhabilitation (3R) », « dont l'Unité pour la paix en Centrafrique
//     (UPC) »; also the actors a relative of place lists right after
//     the group noun: "the Islamic Resistance in Iraq, a banner under
//     which A, B and C operate", member_places;
//     ".../included/member_of"); a supplies or trains trigger whose
//     generic object, up to a comma, is followed by an including word
//     gives the subject's relation to each actor listed after it
//     (« La Russie a armé plusieurs milices, dont le M23 », "Russia
//     armed several militias, including the M23", « des clans hostiles
//     au Hamas, dont le Fatah »; ".../included/supplies", gold19fr.go,
//     includedRecipients), and an actor a hostile complement governs
//     right after the trigger's object is its enemy, not its recipient
//     (hostile_complements: « Israël a armé des clans hostiles au
//     Hamas », "armed militias opposed to the RSF"; hostileComplement);
//     a designation as terrorist
//     opposes the subject to the actors designated ("declared X and Y
//     foreign terrorist organisations", « a classé X comme organisation
//     terroriste »; a blacklist too: « a placé X sur sa liste noire »,
//     "added X to its blacklist", gold18fr; designation_verbs,
//     designation_nouns; also past an
//     apposition of the last one: "designated X and Y, the gang that ...,
//     as", and past a leader who owns it: « le gang Gran Grif de Luckson
//     Elan, qui ..., parmi les organisations terroristes »; and past a
//     coordinated possessive noun and its apposition, whose actor is
//     designated too ("the BLA and its suicide wing, the Majeed Brigade,
//     as", « le JNIM et sa branche sahélienne, l'EIGS, comme »; an
//     apposition naming no actor is only passed: "Hezbollah and its elite
//     unit, the Radwan Force, as"; gold19en.go, coordAppositive);
//     ".../designation/opposed"; the antecedent of an object relative
//     before the verb's subjects when no actor follows the verb: "the Sinaloa Cartel, which the United States designated a
//     foreign terrorist organisation", "the BLA, which Pakistan and the
//     United States both list as", ".../designation/opposed/relative"; also its noun, "the designation of
//     X as a terrorist organisation", « la désignation de X comme », which
//     an ending verb before negates: "revoked the designation of");
//     standing sanctions oppose the actors named right before or after a
//     sanction noun to the subject before the link ("X, under US
//     sanctions since 2020 and UN sanctions since 2022", « X, sous
//     sanctions américaines »; sanction_links, sanction_nouns, a demonym
//     by the noun naming its state; ".../sanction/opposed"; the authors
//     are not opposed to each other by the noun); a person of
//     the lexicon taking office at a seat of power leads the state the
//     seat names when it is the person's own country ("since Donald Trump
//     returned to the White House", « est revenu à la Maison-Blanche »;
//     office_phrases, seats_of_power; ".../office/leads"; no visitor:
//     "Zelensky returned to the White House"); a person the lexicon
//     knows as a state's leader at some time who "came to power", "took
//     office", « est arrivé au pouvoir » with no place named leads that
//     state (power_phrases, powerRules, ".../power/leads"; the subject,
//     after a relative its antecedent or the person before the
//     apposition it ends, or the first person after the comma closing a
//     phrase that opens the sentence: « Arrivé au pouvoir par un coup
//     d'État, le capitaine Ibrahim Traoré »); a person who succeeded a
//     person of the lexicon "as" a leader role with no owner after it
//     leads what that person last led by the leadership facts ("Naim
//     Qassem, who succeeded Nasrallah as secretary-general": Hezbollah;
//     succession_verbs, gold16.go, ".../succession/leads"); a count verb,
//     an actor, then "as" and a member role or "among" its members make
//     the actor a member of the verb's subject ("ASEAN, which still
//     counts Myanmar as a member", « compte le Soudan parmi ses membres »;
//     count_verbs, ".../count/member_of"); a passive supplies or
//     trains predicate
//     with the recipient before the agent ("the drones were supplied to
//     Mali by Turkey", « ont été livrées au Mali par la Turquie »; a
//     reduced participle too: "helicopters sold to Mali by Russia",
//     reducedParticiple; ".../by-after"); a leader named by a possessive role ("Its
//     leader, Alexander Lukashenko,", « Son président, X, », « Son
//     PDG, X, »; leader_roles) leads the actor opening the sentence
//     before, or, when that one opens with no actor, the actor the
//     lexicon says X heads if it was named last of its kind (« Le projet
//     piloté par TotalEnergies ... . Son PDG, Patrick Pouyanné, »;
//     ledRecent), or the nearest one before in
//     the sentence (".../possessive/leads"; "X, led by its acting
//     president, Y, declared": Y is no subject), and the holder of a possessive
//     member role, adjectives or a complement allowed, is its member ("Their military
//     spokesman, Yahya Saree,", "Its armed wing, the TDF,", « Leur
//     porte-parole militaire, X, », « Sa mission de formation, l'EUTM »;
//     ".../possessive/member_of"; also a name no dictionary knows opening
//     the sentence: « Son porte-parole militaire, Jaafar al-Husseini, »), a
//     possessive home institution before a role being no state ("Their
//     military spokesman"); a locative member verb after a locative
//     pronoun (« la Tanzanie, qui y participait », « La Thaïlande et le
//     Cambodge en sont tous deux membres »; locative_pronouns,
//     locative_member_verbs; a stay verb, locative_stay_verbs, only
//     ending its clause or before an alongside phrase: « le Tchad y
//     reste, aux côtés du Nigeria », not « le JNIM y reste actif ») makes
//     its subject, every one listed, a member of the last organisation
//     named (in the sentence before the pronoun, else before the
//     sentence; ".../locative/member_of"), and the actors of its kind an
//     alongside phrase lists a few words after the verb too, fellow
//     members rather than allies (« y participe, aux côtés du Burundi et
//     du Maroc »; ".../locative/member_of/alongside"); an intent cue a
//     date apart still makes a departure an intent (« avait menacé en
//     novembre de quitter la force »); a locative departure (« le Niger
//     s'en est retiré », "withdrew from it"; locative_leaving) is a
//     departure from the organisation named most in the last two
//     sentences, else the last one named (".../locative/leaving"), and
//     so is a promised contribution never sent (« Le Bénin, qui avait
//     promis 2 000 hommes, n'en a envoyé aucun », "has sent none": troops
//     named, then a delivery or deployment whose object is a negation
//     alone; ".../unsent/member_of", negated). A reaction verb between a subject and
//     an opposed trigger ("Turkey condemned the attack by the RSF", «
//     l'ONU a condamné l'attaque du JNIM contre »; reaction_verbs)
//     makes the actor after the trigger's agent marker or of-word its
//     subject, else it has none.
//     The possessor of a supplier noun receives ("Armenia's largest arms
//     supplier, according to officials, is Russia": Russia supplies
//     Armenia; supplier_roles); the possessor of a delivery supplies.
//     Readings of one phrase that relate a pair both ways in a directed
//     type keep the role's reading, else none: no edge rather than a
//     reversed one ("Mali, whose main supplier is Turkey": not Mali
//     supplies Turkey by the trigger "supplier").
//     Mediators are no arguments of triggers: the actors right after a
//     mediation word, past an agent marker, an of-word and articles ("a
//     ceasefire brokered by the United States and France", « sous l'égide
//     du Qatar »; mediation_words; targets.go).
//     A person a hostile trigger strikes (the side after an active one)
//     stands for the actor the person serves (targets.go;
//     docs/CODEBOOK.md, "Attacks on officials"): the object of the
//     person's leads or member_of pair in the sentence ("a US strike ...
//     killed X, a commander of Harakat al-Nujaba": the United States
//     opposes Harakat al-Nujaba), else the actor the lexicon says the
//     person leads at the date when the sentence names it; with no role
//     said the person stays ("Mali targeted X"); the subject of a hostile
//     trigger after a passive auxiliary (a participle, not a preposition
//     nor a gerund: not "is at war with") is struck too ("X, the leader
//     of Y, was shot dead by Z", « seraient engagés contre »), and
//     the actor after a holding participle and an agent marker past it
//     holds a place, no agent ("X was shot dead at a camp held by the 444
//     Brigade"; holding_participles);
//     the person is then no party of the sentence's other fights ("Israel
//     killed X, the leader of Hezbollah, in a strike on Beirut"). A
//     measure ("sanctioned X", « a sanctionné en janvier les deux chefs
//     rivaux »: a diplomatic word in, around or a few words before the
//     trigger; diplomatic_words) strikes the person.
//     An allied trigger or role after a possessive ("its allies", « ses
//     alliés », "its Russian allies") relates the possessor only to actors right after it
//     (articles, coordinators and actors between: « ses alliés russes »,
//     "its allies, Russia and Burkina Faso"), not to one further on
//     ("Washington and its allies accuse Iran", "France and its partners
//     imposed sanctions on Russia"; targets.go).
//     An official the article names with a state's title (titles.go;
//     official_titles: "Turkish Defence Minister X", "X, the Turkish
//     defence minister,", or that title standing for X) acts for the
//     state in an allied, supplies or trains pair ("Somalia signed an
//     agreement with the Turkish defence minister": with Turkey); not a
//     leader, nor in a hostile pair ("sanctioned Defence Minister X").
//     A leader role completing a member role with an of-word (« l'envoyé
//     personnel du secrétaire général de l'ONU, X »: relate.go,
//     ofMemberRole) names the member role's holder, who leads nothing;
//     so does one possessing a member role ("X, the UN
//     Secretary-General's special envoy": X, a member of the UN, the
//     owner of the leader's title being the member role's owner).
//     One who commands a state's armed institution ("the head of the
//     army, General X", « la Brigade 444, commandée par X », "the
//     commander of the Islamic Revolutionary Guard Corps";
//     command_institutions) leads no state, unless the lexicon says the
//     person leads it at the date ("The army, led by General Burhan").
//     Pairs the type rules refuse (graph.RelType.Allows) are dropped, and
//     so are supplies from a person and a person's membership of the
//     actor the lexicon says the person leads (« Viv Ansanm, la coalition
//     de gangs de Jimmy Chérizier »); an actor is never related to itself
//     nor paired when it stands on both sides; a sentence gives one record
//     per relation.
//     An active opposed trigger whose object is a noun of actors no
//     mention names (anaphors, plural_anaphors: « la lutte contre les
//     groupes jihadistes la priorité de son régime ») fights no actor
//     named after it, unless an of-word, a coordinator or an including
//     word links them ("the rebels of the CSP", « les rebelles et le
//     JNIM »; targets.go, nounTarget).
//     An opposed trigger of one word after a legal or civic step ("a
//     lawsuit against", « une plainte contre »; legal_nouns) is no fight,
//     nor is a diplomatic measure (diplomatic_words) whose object is an
//     official by title only (official_titles: « a expulsé l'ambassadeur
//     de France », « a sanctionné le ministre rwandais »; a person named
//     after the title stays the object; gold17fr.go, envoyObject).
//     A question ("L'Iran leur fournit-il des armes ?") states no relation.
//  8. Evidence: the sentence as written with its byte offsets (text[Start:End]
//     is the sentence), its index, the trigger as written, the rule,
//     hedged when a hedge cue of the language is in the sentence
//     ("aurait", "selon", "reportedly", "analysts believe that"; an open question: "whether",
//     « on ignore si », « reste à savoir si »; "sources close to"; the conditional forms the
//     conjugation writes of the trigger verbs, « livrerait »), or an accusation verb
//     (accuse_verbs: "accused", « accusé ») before the trigger, not past
//     a semicolon (the accused act; "closed its border with Rwanda, accusing it of ..."
//     asserts the closure; a cue or an accusation inside a relative
//     clause closed before the trigger, « , que » included, hedges or
//     negates only the relative's relations: "The RSF, which the UAE is
//     accused of arming, attacked the army" asserts the attack), or when a trailing clause denies what the
//     sentence asserts (", a charge Tehran denies", « , ce que Téhéran
//     dément », ", Moscow denies."; denial_tails, deniedTail: an assertion
//     with a denial), or when a party's view states it (hedge.go,
//     findView, viewPairs; view_verbs and view_markers: "Ankara regards
//     the YPG as a branch of the PKK", "is seen by Turkey as", « que la
//     Turquie considère comme une émanation du PKK »: the relation is
//     about the verb's object, the holder is no party to it and is the
//     attribution, pairs naming neither go, and the view reaches to the
//     first comma, relative or clause break after the marker; a marker
//     after a view verb is no clause break: "Turkey, seen as Mali's main
//     drone supplier, delivered"; a view participle opening an
//     apposition views the actor before the comma, with no holder named:
//     « Iyad Ag Ghaly, présenté comme le chef du JNIM, », "X, described
//     as the leader of JNIM,": leads, hedged; presented_as; gold19fr.go,
//     presentedObject), or when a reporting clause (hedge.go;
//     report_verbs) reports it: a leading one ("A UN report says (that)",
//     « Un responsable a affirmé que », "She says" for a person who leads
//     nothing the lexicon knows, probe18.go, pronounSpeaker; not a quotation closed before the
//     verb, « « Nous résisterons », a déclaré X », whose tail reports it)
//     before the trigger, also opening
//     a clause coordinated after a comma (", but UN experts say Rwanda
//     supplies", « , mais des experts de l'ONU affirment que »; not a
//     subject pronoun: « , et nous resterons », a déclaré »), or
//     opening a relative clause after a comma, its speaker then no
//     argument and the antecedent the reported clause's subject ("The
//     Houthis, who Washington says are armed by Iran, fired", "which UN
//     experts say is backed by Rwanda", "who Haiti's government says
//     were trained by", « dont Kinshasa affirme qu'il est armé par », « que
//     Washington dit armés par l'Iran »: relative_reports, verbs read as
//     reports only there; relativeSpeaker; an object relative before the speaker
//     stands for the antecedent: "The Houthis, whom Washington says Iran
//     arms"; one opening a relative clause reaches to the comma that
//     closes it: "the militia, which rights groups say was armed by
//     Wagner,"), or a trailing
//     or parenthetical one between commas (", officials said on
//     Monday.", ", said the report", « , affirme le rapport »; a plural
//     subject's verb too: ", Sudanese sources claim", « , prétendent des
//     responsables ») in its
//     clause; not when the speaker names the relation's actor (either
//     party of a symmetric one: its own declaration, "Turkey said it
//     delivered", « Le Rwanda affirme se protéger contre »; also a
//     speaker opened by a possessive, the sentence's first actor's body:
//     "Turkey delivered drones to Somalia, its defence ministry said", «
//     , a affirmé son ministère »), nor for a
//     title or possessive role (the narrator's naming), nor with a lone
//     pronoun speaker; the speaker's words are then the attribution; a
//     title or role naming a leader or a member ("Polish Prime Minister
//     X", « Le président de la transition, X, ») is hedged only by a cue
//     in or right before it ("the alleged leader", « le chef présumé »), and so are a possessor
//     naming a leader (« l'ANL du maréchal Khalifa Haftar ») and the
//     narrator's apposition naming an actor's leader, group or ally
//     between commas or closing the sentence ("Noor Wali Mehsud, the
//     leader of the TTP, said that", « le Hezbollah, allié de l'Iran,
//     aurait reçu », "the RSF, a group led by Dagalo,"; not a relative);
//     a hedge cue reaches only its clause: not across a semicolon, not
//     from past a relative after the trigger (« des drones, qui auraient
//     permis, selon l'état-major, »), nor from after a relative clause on
//     the subject into it (« La Turquie, qui avait livré des drones à
//     Niamey, aurait depuis fourni »), nor from a parenthetical in the next
//     clause (", et des instructeurs français encadrent, selon une source,"),
//     nor from the opening of a clause coordinated after a comma or
//     opened by a clause break (", and according to Malian officials
//     Turkey also trained", ", and reportedly supplied"), nor from an
//     apposition between commas holding a trigger of its own, or a
//     relative clause closed by a comma, into the clause after it («
//     Les rebelles du FACT, présumés formés par Wagner, ont attaqué »,
//     "Iran, which reportedly arms the Houthis, supplies Hezbollah": the
//     attack and the supply are asserted);
//     negated when a
//     negation cue ("n'a pas", "dément", "denied", "did not", « conteste
//     avoir formé », « s'est toujours défendu d'armer »; "no" before
//     the goods: "No Turkish drone has been delivered to Kenya", but not
//     "no doubt", "no fewer than": negation_cancellers) comes before
//     the trigger in its clause (cut at semicolons and clause breaks:
//     "has not sent weapons to Ukraine, though it has supplied shells to
//     the United States"; for a title or a leader's role, the
//     narrator's naming, not past a comma and a coordinator: "Belgrade
//     denies supplying the group, and President Aleksandar Vučić has
//     called", nor past a closing quotation mark: « « Nous ne céderons
//     pas », a déclaré le président X »; no negation reaches past a comma
//     and « mais » / "but" opening a clause: « n'a pas envoyé de
//     carburant, mais le Niger a livré »; contrast_buts), or an object negation right after it
//     ("has sent no missiles", « aucun »; object_negations), or a passive
//     denial after it in its clause ("Iran's supply of drones to Russia
//     is denied by Tehran", « démentie par »; passive_denials,
//     passiveDenial; of a claim the sentence names before the trigger it
//     hedges instead: "The claim that Egypt supplied drones ... has been
//     denied by Cairo", accusation_nouns; the object negations include "neither ...
//     nor" before or after the trigger, "nor" and « ni » coordinating the
//     actors it denies), or an instead-of phrase right before it ("instead
//     of supplying Somalia", « loin d'armer », « plutôt que de l'armer »;
//     instead_of: the trigger's subject is then the subject of the
//     trigger before the phrase, or the first actor after the comma that
//     closes a phrase opening the sentence; not "instead of Russia"); a contrast negation between commas after an
//     actor ("Rwanda, not Uganda, supplies the M23", « C'est la Russie,
//     et non la Chine, qui arme le Mali »; contrast_negations) negates
//     nothing and makes the actor it sets apart no argument (the subject
//     is the actor before it: contrastAt); "not X but Y" before a
//     trigger (a negation right before X, a contrast but word right after
//     it: contrast_buts) denies X's claim and asserts Y's (« ce n'est pas
//     la Russie mais la Chine qui a livré », "It was not Russia but China
//     that delivered": ".../notbut" for X); and "not surprisingly" asserts
//     (negation_cancellers); a refusal or failure to confirm is no
//     denial but a hedge ("refused to confirm whether", "did not confirm
//     that", « n'a pas confirmé »: a canceller and hedges); when a
//     sentence both asserts and denies a relation ("China, which ... accuse
//     of providing ..., has never been shown to supply weapons to
//     Moscow"), the denial stands; a refusal ("refused to supply", « a
//     refusé de livrer », « s'est refusée à former ») and "no evidence
//     that" deny, and so does "stopped short of" (a refusal too); a refusal denies
//     the refuser's relation, not one between other actors named after
//     it ("Hungary refused to back EU sanctions against Russia": the EU
//     opposes Russia; refusals), unless a permission follows it
//     ("refused to let Sweden join NATO", « refuse que la France forme »;
//     permissions); a denial with an object of its own, an article
//     right after it, does not reach a second predicate after a
//     predicate link ("Russia rejected the talks and then attacked
//     Ukraine", « a rejeté les pourparlers et a attaqué »;
//     deniedObjectEnds), unless a relative word or a trigger stands in
//     its object ("denied the reports that it supplied ... and
//     trained"); a negation inside a relative clause closed by a
//     comma reaches no trigger after it ("the current mission, which
//     never exceeded 1,000 soldiers, with contingents from Jamaica"); a cessation before
//     the trigger ("no longer", "stopped", « a cessé de », a negation
//     ended by « plus »; cessations, negation_ends; not one a longer
//     negation cue starts with: "stopped short of arming") negates a standing
//     relation and ends it ("Mali is no longer a member of ECOWAS"), but
//     leaves deliveries, training and attacks asserted, the past acts
//     counting ("no longer supplies", « ne fournit plus »); joint patrols
//     and operations (".../joint/allied") are a standing cooperation, so
//     « les deux armées ne mènent plus de patrouilles conjointes » and
//     "no longer run joint patrols" are allied negated (gold19fr.go,
//     jointStanding); military exercises, drills and manoeuvres are
//     joint cues too (joint: « les armées russe et biélorusse ont mené des
//     manœuvres », "Russia and China held naval drills": allied, as joint
//     exercises are; docs/CODEBOOK.md); a without word
//     between a negation cue and the trigger makes a double negation,
//     which asserts ("could not have taken Goma without the support of
//     Rwanda", « n'aurait pas pu ... sans l'aide du Rwanda »; withouts;
//     not « sans jamais armer », the cue after it); a negation
//     cue followed within three words by a canceller ("did not hide its
//     support", "not only", « n'a pas caché », « non seulement », « ne
//     nie pas »; negation_cancellers) negates nothing, and a denial of
//     others' claims ("rejects accusations that", « dément les allégations
//     selon lesquelles »; accusation_nouns; also past the accuser's
//     possessive: "rejected Sudan's accusation that") hedges instead of negating
//     (an accusation and a denial, docs/CODEBOOK.md; also past a few
//     words qualifying the claims: "dismissed as baseless claims that"),
//     and so does a denial followed by a contrast "but" and another
//     speaker's report restating it ("Rwanda denies backing the M23, but
//     UN experts say it does", « mais un rapport de l'ONU affirme le
//     contraire »; counter_claims, or a trigger of the same type in the
//     report; not a claim of another relation: "denies supplying the
//     M23, but UN experts say its troops fight alongside the rebels"); the attribution (the words after "selon",
//     "according to", up to a comma, or to a source noun an actor
//     follows: "according to Malian officials Turkey trained"; not after « selon lesquelles » with
//     a subject: a clause, « les accusations selon lesquelles il aurait
//     armé le M23 », its pronoun the subject), the event date nearest the trigger
//     (dates.go: explicit and relative dates resolved against the article's
//     date), what was supplied ("drones Bayraktar TB2") and a confidence:
//     [ConfidenceAsserted], [ConfidenceHedged] in a hedged sentence, less
//     [FallbackPenalty] for the fallback rules. Ended standing relations,
//     across the article (hedge.go, after the sentences): a sentence that
//     states the end of a standing relation (a departure, an agreement
//     denounced, sanctions lifted, « ont officiellement quitté »; a border
//     closure with a reopening verb after it, reopening_verbs) negates
//     the evidence of the same relation (type and pair) in the sentences
//     before it that states it as standing (membership, a designation, or
//     a trigger with a standing word: agreement, sanctions, border;
//     standing_words); a later sentence reopening a border (a border
//     noun, border_nouns, or a pronoun for it: "It was reopened in
//     June") and naming no other actor negates the border closures
//     before it. Past events ("fought alongside") and evidence after the
//     end stay asserted (docs/CODEBOOK.md, "Ended standing relations").
//     The seventeenth session's probes (probe17.go): a rank or command
//     with a state's demonym ("Libyan commander X", « le maréchal libyen
//     X »; rank_roles) is a nationality, no leads; a state's possessive
//     right before a person the lexicon does not have lead it ("from
//     Libya's Khalifa Haftar") makes the state no argument; a falsity
//     frame ("it is not true that", « il est faux de dire que »;
//     falsity_frames) with a negation inside its clause cancels both (a
//     double negation asserts; "No one doubts that", « ne doute », «
//     ne peut pas nier », doubt words are negation_cancellers, and
//     "nobody", "no one" negations); a use phrase right before a
//     supplies or trains trigger with a territory noun just before it
//     ("allowed its territory to be used to arm", "its airports were
//     used to deliver", « que son territoire serve à armer »;
//     use_phrases, territory_nouns) leaves the trigger with no agent, as
//     does a permission verb between the subject and the trigger ("denies
//     allowing Emirati planes to deliver"; permission_verbs); a request
//     before a help noun (« a demandé l'aide de », "requested"; intent)
//     or before its addressee and « de »/"to" (« a demandé à la Russie
//     de lui livrer ») is no relation; a visit verb that is a supplies
//     trigger with an actor by its name or a role right after it (« a
//     reçu le Tchad », « a reçu le chef de l'armée soudanaise »,
//     "received Niger's defence minister"; visit_verbs) receives a guest,
//     and a leads trigger right after a visit or meeting verb ("hosted
//     the head of the RSF") makes the subject no leader or member; one backer after a backing phrase ("backed by",
//     « soutenu par »; backing_phrases) does not fight the backed
//     party's target, several do (docs/CODEBOOK.md, one helper against
//     the enemy); a leads pair from a person the lexicon gives a country
//     to another state's institution ("Min Aung Hlaing, who heads the
//     junta, was received in Moscow") is dropped; an organisation named
//     as the employer of experts, a panel or investigators ("UN
//     experts", « le groupe d'experts de l'ONU »; expert_nouns) stays an
//     actor but is no argument; "found that" reports; English has
//     signing verbs too ("signed a trade deal with Somalia and a defence
//     pact": "/signed"); and a date right after a trigger, a preposition
//     between at most and no comma, is its evidence's date before a
//     nearer one ("in March and a defence pact in August": August); a
//     possessive speaker after coordinated subjects ("Neither X nor Y
//     has armed Z, their governments say") speaks for each of them (their
//     denial is not hedged); an organisation right before a hostile
//     noun ("joined ECOWAS sanctions against Niger") is no object of a
//     member_of trigger; support received may name its helper by a
//     demonym and its enemy after it ("received Russian help against
//     the jihadists", « une aide russe »): support only, no supplies.
//     The eighteenth session's denial probes (deny18.go): a party's
//     denial of a relation (a denial verb among the negation cues before
//     its trigger: "denies arming", « dément avoir formé »;
//     denial_verbs; not "never", "not", "dismissed the commander", nor a
//     leads pair) makes the relation's assertions elsewhere in the
//     article hedged (an assertion and a denial are hedged,
//     docs/CODEBOOK.md; hedgeDenied, after the sentences); and a
//     sentence whose only actor opens it and denies, with no object or a
//     claim alone ("Tehran denies.", "Tehran rejects this.", "Abu Dhabi
//     has dismissed the reports.", « Téhéran le dément. », « Asmara a
//     toujours démenti. »; denial_objects; up to three words between
//     the actor and the verb, none a negation: not "does not deny")
//     hedges the previous sentence's assertions of that actor's
//     relations (bareDenial); so does a sentence whose only actor opens
//     it and denies a trigger naming no other party, for the
//     relations of that type the actor leads ("Cairo denied supplying
//     weapons to either side" hedges "Egypt supplied the army with
//     drones"; not "Cairo denied training any fighters"; typedDenial;
//     a denial naming particular goods, not generic ones, hedges only the
//     assertions of the same goods: not « reçoit des armes russes »
//     before « Moscou dément avoir livré des avions », but "Iran sent
//     drones" beside "Iran denied supplying drones"; generic_goods,
//     particularGoods, sameGoods; nor an admission: "In 2024, Tehran
//     admitted sending drones to Russia" stays asserted; admission_verbs,
//     admittedIn); a
//     denial with an object of its own ("denied directing the attacks")
//     denies something else. A trailing
//     denial right after the trigger's clause may have a few words
//     between the denier and its verb, and may close its clause before
//     a comma (", a charge Asmara has repeatedly denied", « , ce
//     qu'Asmara a toujours démenti », "Egypt's support for the army,
//     which Cairo denies, has angered"; denialTailEnds: hedged). A
//     without-any phrase right before a help noun or trigger, or before
//     the demonym right before it, denies it ("advanced without any
//     help from Rwanda", « sans aucune aide du Rwanda »; without_any:
//     negated), unless a negation before makes a double negation ("could
//     not have advanced without any help": asserted); a bare "without"
//     does not ("Without Rwandan support, the M23 could not have taken
//     Goma"). A pay verb whose object a purchase link and goods follow
//     ("Mali paid Turkey for the drones", "was paid by Russia for the
//     shells it supplied", « a payé la Turquie pour les drones »;
//     pay_verbs, purchase_links; paidFor) names a purchase: the payee
//     supplies the payer ("/paidfor"). A causative reflexive before a
//     supplies verb (« s'est fait livrer des blindés par la Russie »;
//     reflexive_pronouns) makes the subject the recipient. "Cooperates"
//     and « coopère » are standing words: "no longer cooperates with
//     Paris" ends the alliance (negated). "The claims that", "the
//     allegations that" hedge ("called the claims that it arms the
//     Houthis baseless"). A state a passive trains trigger finds after
//     a state place preposition, with another place preposition after a
//     comma or coordinator right after it, is a place in a list of
//     training places, no trainer ("Ukrainian pilots were trained in
//     Denmark, in Britain and at a centre in Romania": no trains;
//     trainingPlace); a single place keeps its reading ("were trained in
//     Turkey", probe14_test.go). An ending verb before an allied trigger
//     reads the parties as opposed only when the trigger names a standing
//     relation (standing_words: "ended its defence agreements with",
//     "denounced its cooperation agreement"), not support ended ("Russia
//     ended its support for the RSF": the alliance negated, no
//     hostility). "No one denies that" asserts ("denies" is a
//     negation_canceller, as "deny" and "denied" were). An organisation
//     owning a report or an inquiry ("a UN report", « un rapport de
//     l'ONU »; expert_nouns) is a source, as its experts are, no party
//     ("A UN report documents arms deliveries by Rwanda to the M23" gave
//     Rwanda supplies the UN). "Reports that" hedges ("Reports that
//     Egypt armed the army are false, Cairo says"); "failed to", «
//     s'est abstenue d'armer » negate ("failed to deliver the promised
//     drones").
//     The eighteenth session's English blind batch (gold18en.go): the
//     lexicon has Ecuador's gangs (Los Choneros, Los Lobos, Los
//     Tiguerones, Chone Killers, Los Lagartos), which discovery cannot
//     find ("Los" is no title); and persons and parties of the batch
//     (Hun Sen, Hun Manet, Paetongtarn Shinawatra, Anutin Charnvirakul,
//     Chen Zhi of the Prince Group, Milan Radoičić, the Cambodian
//     People's Party, Bhumjaithai, Srpska Lista). A capital or a state
//     ending a hyphen compound of place ("a Phnom Penh-based
//     conglomerate", "an Ankara-based firm"; place_compounds) names where
//     a firm sits: a place, no actor, so "its chairman" after it is the
//     firm's. A person's title between a passive marker and the agent
//     does not hide the agent ("has been led since 2013 by General
//     Dagalo", "commanded since October 2024 by Major General X": titles
//     of discovery). An organisation's or armed group's possessive
//     right before a named actor of its own kind names its mission,
//     force or unit ("NATO's Kosovo Force", "the UN's MONUSCO":
//     ".../possessor/member_of"); a state's possessive names no parent
//     ("Russia's Africa Corps"). Rival roles ("X's main rival, Y", "its
//     sworn enemy", « son rival »; rival_roles) are roles of opposed,
//     kept only between two armed groups (a person's or a government's
//     rival is a political rival). The actors coordinated with the
//     subject of a give or receive verb share its supply ("Russia and
//     Belarus gave Serbia MiG-29 fighters": both, ".../given/supplies").
//     A role's owner before it is not sought across a preposition other
//     than an of-word ("a visit to Belgrade by President Macron": no
//     leads of Serbia). A state after a comma and a coordinator that
//     follow a place heading no list opens a new clause and is kept
//     ("in Serbia, and Belgrade has refused to join the EU's sanctions":
//     Belgrade is the refuser, the sanctions stand; "in Iraq, Syria, and
//     Lebanon" still lists places). An active trigger that is the
//     second verb of a relative clause, after a coordinator and at most
//     two adverbs, takes the relative's antecedent for subject, not the
//     first verb's object ("Hun Sen, who ruled Cambodia for four decades
//     and still heads the CPP": Hun Sen; "l'armée et ses alliés" is a
//     noun phrase, no verb). "Contributor(s)", "largest contributors"
//     are member roles; a copula and a member role with a possessive
//     pronoun ("Uganda is its largest troop contributor", "X and Y are
//     among its largest contributors") make the subject and the actors
//     listed with it members of the actor opening the sentence before,
//     when no other actor stands before the pronoun
//     (".../possessive/member_of"), unless that actor opened it after
//     an introduction or as a possessor ("NATO's Kosovo Force").
//     Equipment a supplies trigger sends "against" someone within a
//     few words has a target, so no "/home" recipient ("it had sent
//     combat aircraft against a neighbour"). The "as" of an including
//     phrase ("such as") opens no clause: "allied themselves with smaller
//     gangs such as Los Tiguerones" has its object. A reciprocal or
//     allied trigger with no object takes for its coordinated subject
//     the actors before an insertion between commas, a relative clause
//     (commas inside allowed) or a short apposition of lower-case words
//     ("Serbia and Hungary, whose prime minister, Viktor Orbán, is ...,
//     signed a military cooperation plan"; "X and Y, two neighbours,
//     signed": ".../among"). Sanctions (sanction_words in an opposed
//     trigger) on an object "and its chairman, X" (an apposition
//     between commas and « et à son chef » allowed) oppose X too
//     (".../sanction/opposed/holder"); an attack on "X and its leader,
//     Y" stays X's. A second leader role coordinated with a first
//     (an article or "this year's" between) is the same holder's ("X,
//     Malaysia's prime minister and this year's chair of ASEAN":
//     ".../role/leads/coordinated"; "X, Nigeria's president and the
//     chairman of ECOWAS": the leads trigger's subject is X, not
//     Nigeria); "chair" is a leader role. "X, whose Y party ...", "X,
//     whose Y has won" (the group, then a head noun, an auxiliary or a
//     trigger; not "whose Y allies") is leads, as "X's Y"
//     (".../possessor/leads/whose"). A leads trigger after a deputy
//     prefix and a hyphen (« vice-président de »; deputy_prefixes) is a
//     deputy, no head; « vice-président » is a French member role. The
//     complement of a role in an apposition describing a person ("led by
//     X, former vice-president of Srpska Lista, the main ... party,
//     attacked") is not the subject of the verb after it: the person is.
//     A give verb in an object relative whose antecedent is equipment
//     supplies the actor right after it ("the MiG-29 fighters that
//     Russia and Belarus gave Serbia": ".../given/supplies").
//     recall19 (lexicon only): « proche(s) de X » in apposition is an
//     ally role (« une milice proche de Téhéran »: allied); « cofondateur
//     de » a member role; "admitted to", "was admitted into", « a fait son
//     entrée dans », « admis au sein de » are member_of triggers; "fought
//     a war", "went to war", « se sont livré une guerre », « se sont fait
//     la guerre » are reciprocal opposed ("a war", "a border war" are no
//     object of "fought": not_objects).
//     Joining a fight is no membership: "joined the fight against X",
//     "joined the war on X", « a rejoint la lutte contre X », « s'est joint
//     à la lutte contre X » are opposed triggers, longer than the join
//     verb's member_of ("Chad joined the war against Boko Haram" gave Chad
//     member_of Boko Haram).
//     An opening participle whose trigger phrase ends with the agent
//     marker (« Appuyé par les Émirats, le CTS a pris Aden », « Épaulé
//     par le Rwanda, le M23 »: the conjugated passive « appuyé par ») has
//     the actor after its clause's comma as subject, as « Soutenu par »
//     does (analyse.go, recall19).
//     Air or fire support given to an actor ("provided air cover for",
//     "gave air support to", « a fourni un appui aérien à », « a apporté
//     un soutien aérien aux ») is allied, a trigger longer than the
//     supplies verb; a named weapon fired at an actor (« un missile
//     balistique sur », « des drones kamikazes contre », "cruise missiles
//     at") is opposed (lexicon, recall19).
//     A rival role that names an enemy (enemy_roles: "sworn enemy",
//     "main enemy", "arch-enemy", « ennemi juré ») is opposed between its
//     holder and the actor it is the enemy of whatever their kinds ("The
//     Houthis are Saudi Arabia's main enemy"), neither a person; a mere
//     rival stays a political rival unless both are armed groups
//     (recall19.go).
//     An organisation suspending a state ("The African Union suspended
//     Niger", « la Cédéao a suspendu la Guinée de ses instances »; the
//     state right after the suspension verb, no possessor; the subject
//     an organisation with no comma before the verb) keeps it a member:
//     member_of, each state listed with it too (".../suspended/member_of",
//     recall19.go).
//     A place phrase between a plural role and its list verb ("Iran's
//     allies in the region include Hezbollah", « les alliés de l'Iran dans
//     la région comptent », « Parmi les alliés de l'Iran dans la région
//     figurent »: a preposition, determiners and at most four lower-case
//     words or a state) is passed: the holders follow the verb
//     (listVerbAfterPlace, recall19.go); « figurent » is a list verb.
//     An actor hyphened to a mediation word ("a US-brokered ceasefire",
//     "a Qatar-mediated truce") is a mediator, no argument (mediators,
//     mediatorCompound): "Israel and Iran traded strikes in a war that
//     ended with a US-brokered ceasefire" opposed both to the United
//     States and allied them. "Traded strikes", "exchanged blows", « ont
//     échangé des frappes » are reciprocal opposed; a ceasefire or truce
//     a party agreed, signed, broke or ended "with" another (« a rompu le
//     cessez-le-feu avec ») is opposed, not one called for; « se tourner
//     vers » is allied (not « les regards se tournent vers »); « demandé
//     aux États-Unis de retirer » expels (expulsion_ends).
//     Coordinated subjects of a hostile noun whose adversary follows an
//     agent marker ("Mali and Niger faced attacks by the Islamic State")
//     are its targets, no co-fighters (coFighters, recall19).
//     A trigger that holds its of-word (« d'armer ») after an accusation
//     verb or its agent reads the accused as « d'avoir fourni » does: «
//     les Émirats, que le Soudan accuse d'armer les FSR », « accusés par
//     Khartoum d'armer les FSR » (both gave Sudan supplies the RSF;
//     accusedSubject, recall19).
//     "Push back", "repel", "fend off", "beat back" and their present
//     forms are opposed, as their past was ("officers leading the mission
//     have struggled to push back the Viv Ansanm coalition" made the
//     officers' state a member of the coalition through "leading").
//     An ally role placed in an organisation may have its possessor
//     between: "Belarus is Russia's closest ally in the CSTO", « la
//     Biélorussie, alliée de la Russie au sein de l'OTSC »: the holder is
//     a member (partnersInRules; possessorStart, ofPossessorEnd in
//     recall19.go); the possessor is not made one by it.
//     The subject of a copula holds a role up to five words after it
//     ("is one of the main factions of the SNA", « est l'une des
//     principales factions de l'ANS »; it was four: roleHolder).
//     The nineteenth session's open cases (open19.go): a denial set
//     against another's report, a contrary phrase then within six words
//     and no comma a report verb or an accusation noun ("Turkey has not
//     armed the RSF, a Turkish official said, contradicting UN experts
//     who had reported such deliveries", "contrary to claims by",
//     « contrairement à ce qu'affirmaient des experts »; contrary_claims;
//     contraryClaim), is hedged, not negated (docs/CODEBOOK.md, a
//     narrator's denial against a reported claim); "Contrairement à la
//     Turquie, qui a vendu" sets an actor apart and stays negated. A
//     bare relative « que » or « qu' » after a comma opens a trailing
//     denial as « ce que » does (« Le soutien de l'Égypte à l'armée
//     soudanaise, que Le Caire dément, irrite les FSR »: hedged;
//     denial_tails), and the agreeing participles « démentie(s) », «
//     démentis », « niée(s) », « niés » are denial verbs and negations
//     (« qu'Asmara a longtemps niée »). A diplomat's title after a
//     determiner in a trailing speech clause is a noun, not the supplies
//     participle (« , a déclaré l'envoyé soudanais »: the speaker, so
//     hedged; diplomat_nouns; envoyNoun). A falsity frame followed by a
//     cessation in its clause cancels as a double negation does ("It is
//     not true that Iran has stopped arming the Houthis": asserted;
//     stopInFrame); a falsity frame with a trigger before the first
//     negation inside its clause keeps its own negation, which denies
//     that trigger ("It is not true that Turkey armed the SNA and never
//     trained it": the arming is negated, not asserted;
//     frameDeniesFirst). The subject of a relative clause on goods
//     whose verb is an active supplies trigger is the seller, no party
//     of the hostile trigger after it ("The drones Turkey sold to Mali
//     were used against the FLA", « Les drones que la Turquie a vendus
//     au Mali ont été utilisés contre le FLA »: no Turkey opposed FLA;
//     supplierOfGoodsSubject); a buyer is ("the drones the Sudanese army
//     bought from Turkey struck RSF positions"). Help against an enemy
//     that an intent word before the help noun makes a request is no
//     relation (« a réclamé l'aide de la Russie contre les FSR »,
//     "sought Turkish help against"; requestedHelpAgainst). A leader
//     role owned by a state's demonym names no leads of that state when
//     a group modifier stands between them ("Congolese rebel leader X",
//     « le chef rebelle congolais X »; group_modifiers) or when the
//     lexicon has the person lead other actors and never that state
//     ("Libyan strongman Khalifa Haftar", "Sudanese paramilitary leader
//     Mohamed Hamdan Dagalo"; ledElsewhere). A contrast cue opening an
//     insertion between commas of at most three words, with no trigger
//     and no actor, negates nothing ("Russian instructors, not French
//     ones, now train the Malian army": a bare demonym is no mention;
//     contrastAside), as one before an actor does (contrastAt). A
//     negation canceller cancelling the second cue of a two-word
//     negation cancels the first too (« L'Égypte n'a pas été le seul
//     pays à armer l'armée soudanaise »: asserted; maxNegPairGap). The
//     conditional right before a falsity frame hedges nothing, the
//     frame's "say" names no speaker, and « serait faux de dire que »
//     is a frame's negation ("It would be wrong to say that Russia has
//     never armed the Malian army": asserted; modalFrame,
//     inFalsityFrame). A denial does not reach past a coordinator
//     before an accusation verb (« Kigali dément et accuse Kinshasa de
//     soutenir les FDLR », "denies it and accuses Kinshasa of backing":
//     the accused relation hedged, not negated; accusationJoin). A host
//     verb (host_verbs: "hosted", "welcomed", « a accueilli ») or a
//     receive verb, articles, numbers or quantities, then a trainer noun
//     with a state's demonym after it or holding it (« a reçu des
//     instructeurs russes », "welcomed Russian instructors", "has hosted
//     Russian military instructors"): the state trains the subject
//     (".../hosted/trains"; hostedTrainerRules); not « une délégation
//     des instructeurs », nor "drones from Russian instructors".
//     Ending a cooperation or defence agreements is no opposed trigger
//     phrase of its own any more ("ended its military cooperation
//     with", « a mis fin à sa coopération militaire avec », « a dénoncé
//     les accords de défense avec »): the ending verb before the allied
//     trigger (now also "defence agreements with", « accords de défense
//     avec », « accords militaires avec ») gives both the ended alliance
//     (negated) and the hostility (".../ended"; docs/CODEBOOK.md, "Ended
//     defence agreements with a departure"). « armerait », « armeraient
//     », « équiperait », « équiperaient » are supplies triggers and
//     hedges (« armer » has no lemma: its participle « armée » is the
//     army). « a remis », « remet », "handed (over)" are give verbs
//     (give_verbs: goods needed, so « a remis en cause », "handed power"
//     give nothing); no passive or bare participle of them is a trigger
//     ("Six drones were handed by Turkey to Mali" would reverse). A
//     nominal supplies trigger may follow its goods instead of an
//     article ("documents arms deliveries by Rwanda to the M23";
//     goodsBeforeNoun), and one holding its goods takes the actor of the
//     of-word right after it as its supplier when a recipient marker
//     follows (« des livraisons d'armes du Rwanda au M23 »; ofSupplier,
//     nominalParties). An active trains trigger whose object is a
//     possessive and a noun ("trains its pilots", « forme aussi ses
//     pilotes »), with no actor after it in its clause, after a supplies
//     or trains pair of the sentence: the recipient of that pair is the
//     trainee, its supplier, or the last actor named between the two
//     triggers, the trainer ("Russia, which arms Mali, also trains its
//     pilots"; ".../trainees/its"; possessiveTrainees); not "its own
//     pilots", « ses propres pilotes » (own_words). French has joint
//     training phrases (« se sont entraînées avec », « s'entraînent
//     avec »: allied triggers and joint_training), and trainers may
//     open the partner's mention or stand right before it (« avec des
//     instructeurs russes »: Russia trains; trainersJoined). An actor
//     after a source preposition right after a diversion word is where
//     smuggled goods came from, no supplier ("buys weapons smuggled from
//     the United States"; diversion_words; smuggledFrom). A negation
//     before a join verb whose subject is neither party of a pair after
//     it denies the joining only ("Neither Mali nor Burkina Faso has
//     joined ECOWAS sanctions against Niger": ECOWAS opposed Niger;
//     joinedOthers). A sentence whose only actor opens it and admits,
//     with no negation just before, a trigger naming no other party
//     ("Tehran initially denied the deliveries but later admitted
//     sending a small number"; admission_verbs; typedAdmission) makes
//     the previous sentence's evidence of that actor's relations of that
//     type asserted and admitted, despite another's sourcing and its own
//     denial (docs/CODEBOOK.md, "Admission and denial by the supplier";
//     admitPrevious); its denial then hedges nothing. A passive
//     supplies trigger whose subject is a determiner and a lower-case
//     noun, no actor, right after a complementizer (« assure que le
//     parti n'a reçu aucune arme de l'Irak ») names its recipient: no
//     "/home" one (nounSubjectAfterThat); « que le pays » is the home
//     state (state_anaphors). A hedge cue right after a title or role
//     that opens with a copula or an auxiliary hedges the verb, not the
//     naming ("The RSF commander is said to be in Nyala", « Le président
//     Tinubu aurait ordonné »: leads asserted; namingHedgedAt); a
//     postposed adjective still does (« le chef présumé »). A
//     transitive help verb whose object a trains trigger with no object
//     actor follows ("Turkey helped Mali train its pilots", « La Turquie
//     a aidé le Mali à former ses pilotes ») is trains from the helper
//     to the helped, not allied (".../helped/trains"; helpedToTrain).
//  9. Claims: every actor that names an actor, with its lexicon id (or a
//     slug of its name when discovered), kind, name, country, wikidata id,
//     successor_of, its aliases (source "dictionary", or "extracted" for a
//     discovered actor), the forms the text used and its number of
//     mentions, sorted by id; the relations in the order of their first
//     evidence, symmetric ones with From < To; the article copied with its
//     content hash, its language when identified and the fingerprint
//     ([Extractor.Fingerprint]: "rules/1+" and 16 hex digits of the
//     lexicon's digest). Articles extracted by the former "simple"
//     extractor are of the same family ([Extractor.FormerNames]), so
//     `actorgraph reextract` extracts them again.
//
// [Extractor.Read] is Extract that also hands a caller, after each
// sentence with a mention, what the rules read in it
// ([SentenceView]: the folded words, the resolved mentions with their
// spans and roles, the hedging and negation cues, the trigger phrases
// and the sentence's relations); Extract pays one nil test per sentence
// for it. The learned reader of loader/extract/pairmodel is built on it;
// measured by cross-validation by article on the tuning gold it adds
// nothing the rules do not already find (the figures are in that
// package's documentation), so it is not part of extraction.
//
// Mediators (prec19.go, brokeredPair): an active allied trigger whose
// object is past a between word it does not hold names a pair the noun
// before that word relates, not one the subject backs (« les États-Unis
// ont parrainé en juin un accord entre le Rwanda et la RDC », "Turkey
// sponsored talks between Kinshasa and the M23": no relation), as a
// supplies or trains trigger's does; and a pair trigger ending in a
// between word ("ceasefire between", « cessez-le-feu entre ») takes no
// party before it past a mediation word ("China brokered a ceasefire
// between the military and the group", « la Chine a négocié un
// cessez-le-feu entre l'armée et le groupe »; mediation_words): the
// mediator is no party (docs/CODEBOOK.md, unimplemented integration);
// nor is any subject before it when the pair is an actor and a common
// noun (« des réfugiés fuyant les combats entre l'armée malienne et les
// groupes jihadistes »; genericPairAfter).
//
// Reprisals (prec19.go, retaliatedVictim): the object of an opposed
// trigger that a retaliation cue opens, named past an of-word with no
// agent marker ("in retaliation for the killing of Hezbollah leader
// Hassan Nasrallah", « en représailles à l'assassinat du chef du Hamas
// »; retaliation_cues), is the victim of the act answered, no party; the
// act's agent stays one ("in response to the attack by Hamas", « en
// représailles aux frappes américaines »).
//
// Head nouns (prec19.go, headNounAway): a leads trigger that is a noun
// after an article (« le chef du Hamas », "the leader of Hezbollah"),
// with a state before it joined by words other than a copula or an
// auxiliary, names a person: the state, the subject of another verb, is
// made no member of the group (« Le Qatar a condamné l'assassinat du chef
// du Hamas »: nothing; "The United States is the leader of NATO", «
// le Nigeria, le chef de file de la Cédéao » stay members).
//
// Named missions (prec19.go, namedMission): the object of a member_of
// trigger that is an organisation followed by one of its nouns and
// another organisation's name is that one ("contribute troops to the
// African Union mission AUSSOM": AUSSOM, not the African Union).
//
// Group nouns (prec19.go, groupNounAt): a demonym before a group noun
// and a role ("two Haitian gang leaders", "Sudanese militia leaders";
// the armed_group anaphors) is kept by no role: the role is the group's,
// not the state's ("Turkish military instructors" keeps Turkey).
//
// Role owners (prec19.go, verbBefore): the owner of a role is sought
// back over adjectives only, not past an auxiliary, a copula or a
// trigger right after an actor ("Wagner has guarded President
// Touadera", "The RSF attacked President al-Burhan's convoy": no leads
// of the group; "the European Union's training mission, EUTM RCA" and
// "Houthi military spokesman" keep theirs). Intent cues include the
// intention nouns ("no intention of invading", « pas l'intention
// d'envahir »: no relation, not a negated one; intent).
//
// Armed wings (wing20.go, the lexicon): an armed wing or a named unit
// is its own actor, member_of its movement where the text says so, and
// named alone it is not the movement (docs/CODEBOOK.md, "Parallel
// governments and political movements"): the dictionary keeps the Qassam
// Brigades apart from Hamas, the Al-Quds Brigades from Islamic Jihad, the
// Abu Ali Mustafa Brigades from the PFLP, the al-Nasser Salah al-Din
// Brigades from the Popular Resistance Committees, the Islamic Resistance
// in Lebanon and the Radwan Force from Hezbollah, the HPG and the YJA-Star
// from the PKK, the SPLA-N from the SPLM-N and the Shan State Armies from
// their parties; « l'AFC/M23 » names the coalition ("Combined names"). A
// group followed by a possessive member role in apposition ("the Qassam
// Brigades, its armed wing,", « les Brigades Ezzedine al-Qassam, sa
// branche armée, »; wingAppositionRules) is member_of the nearest armed
// group or organisation before it in the sentence, states and persons
// skipped, else the subject of the sentence before
// (".../possessive/member_of/apposition"). A group named right before
// another of its kind past an of-word (« la force Radwan du Hezbollah »,
// "the Radwan Force of Hezbollah"; unitRules, unitOf) is a unit of it,
// member_of it (".../of/member_of"), and the subject of the verb after
// (subject); not after an of-word itself (« le retrait de l'AES de la
// Cédéao »), nor when a comma or a word that is no trigger, auxiliary or
// copula follows ("the 33rd Front of the FARC dissidents", "The Three
// Brotherhood Alliance of the MNDAA, the TNLA and"). A member
// role of a group before an apposition naming another group (« La
// branche armée du Hamas, les Brigades Ezzedine al-Qassam, a tiré »;
// memberRoleOf) leaves the apposition the subject. A group named in a
// coordinated possessive apposition right after a trigger's objects
// ("Israel fought Hamas and its armed wing, the Qassam Brigades,", « le
// Hamas et sa branche armée, les Brigades Ezzedine al-Qassam, »;
// wingObjects, coordAppositive) is an object too. A list read
// backwards passes over a group's possessive before another group ("The
// Qassam Brigades and Islamic Jihad's Al-Quds Brigades fought": both
// Brigades; possessorOf in group). A movement's armed wing named by a
// wing noun only ("Hamas's armed wing", "Hamas and its armed wing", "the
// armed wing of the PKK", « la branche armée du Hamas »; wing_nouns) is
// the wing the lexicon gives the movement (wing_of in the actors' data:
// the Qassam Brigades for Hamas), member_of it (unnamedWingRules,
// ".../wing/member_of"); not when the wing is named in the sentence or
// stands in an apposition, nor through an anaphor ("the group's military
// wing"). The movement stays the agent of the verb ("Hamas's armed wing
// claimed the attack": Hamas opposed).
//
// Strikes inside a state (wing20.go, strikePlaces; docs/CODEBOOK.md, "A
// strike on a group inside a state"): a state named only as the place of
// a strike (statePlace: its capital after a preposition or an opposed
// trigger, its possessive before a place noun, "Beirut's southern
// suburbs", "Afghanistan's Khost province", its name after a place noun,
// « la banlieue sud de Beyrouth », « le nord du Mali », "southern
// Lebanon", or its demonym before one, "the Syrian border"; place_nouns;
// or its name right after a strike, "Israeli strikes on Lebanon killed
// dozens of Hezbollah fighters", the group then named after it past an
// opposed trigger and no comma, the striker a demonym on the strike;
// struckState) is no party when a
// group, or a person the lexicon says leads one, is hit there by another
// state: opposed with the striker, or named after the place past an
// opposed trigger. The striker is a state paired with the place, else a
// demonym on the strike noun ("an Israeli strike", « une frappe
// israélienne », « une frappe de drone américaine »), else, for a place
// named with a place noun, a state
// opposed with the group paired with the place. The striker's pair with
// the place is dropped; a pair of the place with the group hit becomes
// the striker's (".../strike/opposed/place"). The state stays a party
// when its forces are named (an institution mention: "Lebanese army
// positions"), when the sentence sends troops across a border or into
// the state by name ("and sent ground troops across the border"; a troop
// noun inside a name, "Popular Mobilization Forces", is none), and
// when no other state strikes ("AQIM attacked Algiers").
//
// The twentieth session's open cases (open20.go). A target that speaks
// (targetSpeaks): a reporting clause whose speaker names only the target
// of an opposed trigger, the party after it (before it past a passive
// marker), not its agent, is a party speaking of another's action: the
// pair is hedged ("Houthi rebels fired a missile at Israel, the Israeli
// military said", « l'Iswap a attaqué une base de l'armée nigériane, a
// affirmé l'armée nigériane »); the agent on its own attack stays
// asserted ("Pakistan struck TTP hideouts, the Pakistani military said").
//
// Routine sourcing (the fr hedges list): « a-t-on appris », « de
// sources sécuritaires », « de source militaire » and their kin mark
// the sentence hedged, as "security sources said" does
// (docs/CODEBOOK.md, "Who speaks").
//
// Past membership (open20.go, pastMember; past_membership_cues): a cue
// right before a member_of trigger ("which once belonged to al-Qaeda",
// « autrefois affilié à », « naguère membre du ») says a membership has
// ended: member_of negated, dated as a departure, when the member is no
// person.
//
// « le Pentagone » is an institution of the United States (states.yaml),
// as "Pentagon" is: the speaker of its own strikes.
//
// Owned places (open20.go, ownedPlace; place_nouns, crossing_cues): a
// state or capital that owns a place noun, by a possessive ("a strike
// on Beirut's southern suburbs") or after the noun and an of-word
// (« des villages du Liban-Sud », « la banlieue sud de Beyrouth »,
// "villages of southern Lebanon"), is a place when the sentence names
// an armed group: the strike is on the group, not the state (the lead's
// ruling, "A strike on a group inside a state"). A crossing cue ("sent
// ground troops across the border") or no group named keeps the state.
//
// Shared institutions (open20.go, noteShared, sharedInstitution,
// sharedDescribed): an institution noun a sentence names with two
// states ("Mali's junta and Burkina Faso's junta", « la junte malienne
// et la junte burkinabè ») names neither when it comes back bare and
// definite in that sentence or the next ("The junta then received
// Russian helicopters"): no mention, and no home recipient either, as a
// description that fits two groups gives none.
//
// Bare agreements (the allied trigger lists): "agreement between" and «
// accord entre » with no stated content are no allied trigger (a peace
// deal between enemies is none; an unqualified agreement is not said to
// be a defence one in force); "defence agreement between", "bilateral
// agreement between", « accord de défense entre » stay.
//
// Naming in reported clauses (hedge.go, reported; namingRule): a title
// or a leader's possessor naming ("President Touadera", « l'ANL du
// maréchal Haftar ») that a reporting clause covers stays asserted, as a
// role does: the narrator's naming, not the speaker's claim.
//
// Demonym helpers (open20.go, demonymHelpRules; help_prepositions): a
// help noun whose helper is a state's demonym, right before it or right
// after it, after a help preposition ("With Russian help, Mali retook
// Kidal", "with Egyptian backing", « avec le soutien russe », « grâce au
// soutien turc »), makes the helper allied with the nearest state or
// group before the phrase in its clause, else, for a phrase opening the
// sentence, with the first actor after its comma
// (".../help/allied/demonym"); such a sentence is read even with one
// kept actor. "Without", « sans » are no help prepositions ("advanced
// without Rwandan help" denies it).
//
// Calls for jihad (the intent lists): "called for jihad", « appelle au
// jihad » and their kin are intent cues: "called for jihad against the
// junta" is an exhortation, no relation.
//
// Payments and bodies (the not_supplied lists): "payment", « paiement »,
// "bodies", « les corps » after a supplies trigger are no goods: a
// payment received for goods is the buyer's side of a trade, bodies
// handed back are none ("Turkey received no payment from Mali for the
// drones": no supplies from Mali, not even negated).
//
// Instrument demonyms (open20.go, instrumentOrigin; instrument_nouns): a
// state's demonym on weapons used after a help preposition ("fought with
// Emirati drones", « ont combattu avec des drones émiratis ») is no party
// of the sentence's triggers; crewed platforms ("joint raids with
// American aircraft") and forces stay parties.
//
// "But" predicates (predicate_links): "but", "yet", « mais » join a
// second predicate to the first one's subject as "and" does ("Turkey
// armed Mali but did not arm Niger": Turkey, negated); a contrast link
// before a subject of its own that names no actor (« , mais ses soldats
// traquent ») leaves the subject to the other rules (recall.go,
// predicateSubject).
//
// The twentieth session's English blind articles (gold20en.go): a
// support noun that a verb of expression governs, past at most three
// lower-case words, is support in words, no alliance ("Azerbaijan, which
// also voiced support for Pakistan", "expressed its full support for", «
// a exprimé son soutien au Pakistan »; verbal_support_verbs;
// verbalSupport; "reaffirmed", « réaffirmé » are left to the triggers, as
// the support they renew may be real). A hostile trigger that is the
// purpose infinitive of an arming verb or of a trains trigger before
// it, within eight words and no punctuation, is no fighting ("the
// militia that the United States armed to fight the Islamic State",
// "armed by Wagner in 2024 to fight the UPC", « armée par l'armée pour
// combattre le JNIM »; armedPurpose; docs/CODEBOOK.md, "Purpose
// clauses"); the supply stays ("Mali used drones supplied by Turkey to
// strike JNIM" keeps Mali's strike). A member_of trigger after a plural
// subject pronoun, its copula and a speech verb whose subject is a
// person makes the speaker no member ("President Donald Trump said they
// were members of Tren de Aragua", « a affirmé qu'ils étaient des membres
// du »; reportedPluralMembers, in the triggers and the roles). Shared
// leader roles lead, even after an indefinite article ("Bese Hozat, a
// co-chair of the KCK", « coprésidente du KCK »; co_leader_roles, with
// the titles and the leads triggers; coLeaderRole), unlike "a chairman
// of ECOWAS", one among several. A coalition "built around" a group has
// it as a member ("the SDF is built around the YPG", « une coalition
// formée autour des YPG »; member_of passive triggers), and "has ruled",
// "has governed" are leads as "governs" is ("Nicolás Maduro, who has
// ruled Venezuela since 2013"; the past "ruled X for decades" stays a
// former leader's, and "has ruled out" no trigger). A person found by a
// title and one word that is the surname of a person of the lexicon the
// article names in full is that person ("Mazloum Abdi … Mr Abdi", "Ahmed
// al-Sharaa … Mr Sharaa's main foreign backer"; resolvePersons with gold20fr.go's lexiconPersonOf),
// and a name after a title ends before a possessive ("Mr Abdi's forces";
// personRun). An acronym whose letters the initials before it spell only
// in part (one of another language) takes the capitalised name words
// before the start they chose, two at most ("Nationalist Movement Party
// (MHP)", not "Movement Party"; partialAcronymStart in longBefore). A
// state's people named by a demonym who lead a reporting clause are no
// recipient of the foreign-made goods it reports ("Indian officers told
// reporters that … many of them were Turkish-made drones", "Thai military
// officials said … Chinese-made launchers"; demonymSpeaker in
// originRules), as an organisation reporting them is not. Goods sent
// along a launch path ("sent some 300 drones over the border", "across
// the Line of Control", « par-dessus la frontière »; launch_paths;
// launchPathAfter) were launched: the home state is no recipient, as
// after "against". A shared predicate after "and" keeps the first
// clause's subject past a month and the trigger's own article after a
// verb ("Iraq banned the PKK in March 2024 and in August signed a
// security pact with Turkey": Iraq, not the PKK; predicateSubject).
// "Harbouring", "sheltering", "gave sanctuary to" are allied triggers, as
// « abriter » is (docs/CODEBOOK.md, "Harbouring fighters"), and the
// antecedent of an object relative may be a noun phrase qualified by a
// place that is no mention ("The Taliban government in Kabul, which
// Islamabad accuses of sheltering the TTP": Afghanistan, not the
// accuser; placeQualifiedAntecedent in relativeObject). A demonym inside
// an apposed role of a group names where the branch is, not its owner
// ("PJAK, the PKK's Iranian affiliate", « les shebab, la branche
// somalienne d'al-Qaïda »: member_of the group; groupBeforeDemonym,
// groupAfterDemonym in roleOrg); a branch in a list keeps the old reading.
// A placing verb right before the holder of a sanction link makes its
// subject, named right before it, impose them ("Washington put Gustavo
// Petro under sanctions", « l'UE a placé les FSR sous sanctions »;
// placing_verbs; placedUnderSanctions in sanctionRules,
// ".../sanction/opposed/placed"). A year that modifies an agreement noun
// is a date of the sentence ("under a 2018 contract", "the 2024 deal", «
// un contrat de 2018 »; dated_nouns; nounYear in doc.dates), as "in 2018"
// is. A person's surname right after another capitalised given name
// (no title) is another person of the family, not a later mention ("Masoud
// Barzani" after "Nechirvan Barzani", "Rodrigo Duterte" after "Sara
// Duterte"; otherGivenName in shortForms).
//
// Titled chairs (gold20fr.go, titledPersonAfter): the agent of a leads
// trigger that is a head's title with a demonym, followed after a comma
// by the person it names (« la Cédéao, désormais présidée par le chef de
// l'État sierra-léonais, Julius Maada Bio »), is that person: the person
// leads the organisation (".../titled"), and the state, whose demonym
// only qualifies the title, is no member by it (docs/CODEBOOK.md, "A
// coalition and its leader").
//
// Conditional receipt (supplies passive triggers, hedges): « recevrait »,
// « recevraient » take goods from a supplier, hedged (« Le Hezbollah
// recevrait des armes de l'Iran »).
//
// Descriptions after an attribution (probe18.go, describedSubject;
// gold20fr.go, afterOpeningAttribution): a definite description that
// opens the clause right after a leading attribution (« Selon des
// responsables syriens, cette force recevrait des armes d'Israël »,
// "According to Syrian officials, the force receives weapons from
// Israel") is the unnamed recipient, as at the sentence's start: the
// home state does not stand in for it.
//
// Trainers who arrived (gold20fr.go, arrivedTrainerRules,
// trainersArrivedBefore): trainers of an actor (trainer_nouns, with the
// demonym after or before them or « de » and the actor) followed by an
// arrival phrase (trainer_arrivals: « sont arrivés », « ont été
// déployés », "arrived in", "were deployed to") and, within two words, a
// state or its capital: the actor trains that state
// (".../arrived/trains"; docs/CODEBOOK.md, "Instructors"); the capital
// after the arrival's preposition is then no mere place (placeNamed).
// Soldiers who only arrive stay nothing.
//
// Pacts that found (gold20fr.go, foundedInRelative): an allied trigger's
// object inside a relative clause with a founding phrase (« ont signé la
// charte du Liptako-Gourma, un pacte de défense mutuelle qui a donné
// naissance à l'Alliance des États du Sahel », "a mutual defence pact
// that created the Alliance"; founding: « a donné naissance à », "gave
// birth to") is what the pact founded, no partner: the coordinated
// signatories are allied among themselves ("/among") and founding
// members. A state after « depuis » is a place, a route
// (state_place_prepositions; docs/CODEBOOK.md, supplies "from" a
// territory).
//
// Titled surnames of the lexicon's persons (discover.go, resolvePersons;
// gold20fr.go, lexiconPersonOf): a person found by one word after a title
// (« M. Deni », "Mr Qassem") whose word is the surname of a person of the
// lexicon the article names in full (« Saïd Abdullahi Deni ») is that
// person, not a new actor, unless a person the article names in full and
// no dictionary knows shares the surname.
//
// Designations named before the actor (gold20fr.go, designatedAfterNoun,
// designNounBefore; designation_verbs: « désignation », "designation"):
// « la désignation comme organisation terroriste de HTS », "the terrorist
// designation of HTS" are designations (".../designation/opposed"), and
// an ending verb before them (« a révoqué », "revoked") negates them
// (designationEnded).
//
// Roles after an apposition (relate.go, relativeRoleHolder; gold20fr.go,
// appositionHeadStart): a role in a « dont » relative after an
// apposition's head noun (« HTS, le groupe islamiste dont M. al-Charaa
// était le chef ») is held for the actor before the apposition; the
// holder's title and glued particle (« M. al- ») stand between.
//
// Listed recipients of origins (relate.go, originRules; gold20fr.go,
// originRecipients): "de fabrication turque", "Turkish-made" goods whose
// recipient is listed with others (« Le Mali, le Burkina Faso et le Niger
// utilisent des drones de fabrication turque », "Mali and Niger have
// received Turkish-made drones") are supplied to each listed actor.
//
// States that open the sentence (gold20fr.go, openerStateRules,
// openerSeizureState): a sentence opening with the state it happens in
// (state_openers: « Au », « En », "In"), the state and a comma, then an
// armed group that takes or holds a place (opener_seizures: « a pris
// d'assaut », « contrôle », "stormed"; seized_places: « la ville », « le
// camp militaire », « le territoire », "the town") gives the group opposed
// to that state (".../opener/opposed"; docs/CODEBOOK.md, "Disputed
// territory"); the state after the opener is then no mere place
// (placeNamed). Killing civilians or taking hostages there is not read.
//
// Military agreements (allied triggers): « accord militaire », « accord de
// formation », "military agreement", "training agreement" signed by two
// parties are agreements in force (« La Turquie a signé avec Damas un
// accord militaire »: allied).
//
// Pluperfect alliances (gold20fr.go, formerNotAux): an auxiliary alone
// (« avait ») is no former cue for an allied trigger (« Kiev avait aidé
// les rebelles »: a past act, asserted); « ancien », « autrefois » still
// are, and the pluperfect still is for leads. Capitals that name an
// agreement (gold20fr.go, documentCity; named_documents: « l'accord de
// Pretoria », « les accords d'Alger ») are part of a name, no actor.
//
// Stipulations (gold20fr.go, intentOpensAt): a supplies trigger that
// opens an intent cue ("providing for", "provides for": "an agreement
// providing for Turkish officers to train the army") supplies nothing.
//
// # Known limits
//
// There is no parser: subjects and objects are the nearest actors within
// a clause, so long sentences with several verbs, ellipsis and most
// pronouns lose relations; coreference is limited to the home state, the
// last actor of a kind, bracketed short forms and the titles of persons
// the article names. Every word list lives
// in the language files, so another language is data, but the rules
// assume a subject-verb-object order. The errors that remain on the gold
// set are listed by `actorgraph eval --details`.
//
// The lead's mend of the twentieth session (lead20.go). A French supplies
// participle qualifying the goods, with no auxiliary before it and an
// agent marker after it whose agent is named past a noun of its own (« Los
// Lobos recevraient des fusils acheminés depuis le Pérou par des réseaux
// du CJNG »), gives no active reading: the subject is no supplier and the
// agent no recipient (qualifyingParticiple); the receiving verb gives the
// agent's supplies. An agent right after the marker (« livrés en 2021 par
// les États-Unis ») keeps the trigger's own agent reading.
package extract
