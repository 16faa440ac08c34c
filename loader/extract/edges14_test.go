package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestAlongsideOwner: an actor named as the owner of what an "alongside"
// phrase names (« aux côtés des hommes du FLA », "alongside fighters of
// the FLA") is the ally, not the object of the verb before: the army
// fighting alongside the FLA's men does not fight the FLA.
func TestAlongsideOwner(t *testing.T) {
	runRelCases(t, []relCase{
		{"aux côtés des rebelles du", "fr", "L'armée malienne combat aux côtés des rebelles du FLA contre le JNIM.", []rel{
			{"fla", graph.Allied, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "jnim", ""}}},
		{"aux côtés des hommes du", "fr", "L'armée malienne combat aux côtés des hommes du FLA.", []rel{
			{"fla", graph.Allied, "mali", ""}}},
		{"alongside fighters of the", "en", "The Malian army fights alongside fighters of the FLA against the JNIM.", []rel{
			{"fla", graph.Allied, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "jnim", ""}}},
		// the owned words end at a capital: the FLA is fought
		{"combat le FLA", "fr", "L'armée malienne combat le FLA aux côtés des soldats russes.", []rel{
			{"fla", graph.Opposed, "mali", ""}, {"mali", graph.Allied, "russia", ""}}},
	})
}

// TestOwnAlliesSubject: "X and its allies" before a verb is the verb's
// subject with X in it; a second predicate needs a first one before X
// ("Russia delivered drones to Mali and the rebels attacked": no subject).
func TestOwnAlliesSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{"and its allies attacked", "en", "Mali and its allies attacked the JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"and its soldiers have attacked", "en", "Mali and its soldiers have attacked the JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"army and its allies repelled", "en", "The Sudanese army and its allies repelled the RSF.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"et ses voisins ont attaqué", "fr", "Le Mali et ses voisins ont attaqué le JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"second predicate with a subject of its own", "en", "Russia delivered drones to Mali and the rebels attacked the JNIM.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		// "its Russian allies": the possessor's allies are Russia, not the JNIM attacked
		{"its Russian allies attacked", "en", "Mali and its Russian allies attacked the JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}, {"jnim", graph.Opposed, "russia", ""}, {"mali", graph.Allied, "russia", ""}}},
	})
}

// TestOwnBody: an organisation's name in lower case after a possessive is
// the owner's own body (« son conseil de sécurité »), not the organisation.
func TestOwnBody(t *testing.T) {
	runRelCases(t, []relCase{
		{"son conseil de sécurité", "fr", "Son conseil de sécurité a rompu les relations avec le Tchad.", nil},
		{"le Conseil de sécurité", "fr", "Le Conseil de sécurité a sanctionné le Mali.", []rel{
			{"mali", graph.Opposed, "united-nations", ""}}},
	})
}

// TestSecurityPact: a security pact is an alliance (CODEBOOK: defence
// pacts and security agreements).
func TestSecurityPact(t *testing.T) {
	runRelCases(t, []relCase{
		{"signed a security pact", "en", "Ethiopia and Eritrea signed a security pact.", []rel{
			{"eritrea", graph.Allied, "ethiopia", ""}}},
		{"pacte de sécurité", "fr", "L'Éthiopie et l'Érythrée ont signé un pacte de sécurité.", []rel{
			{"eritrea", graph.Allied, "ethiopia", ""}}},
		{"pacte de défense mutuelle", "fr", "L'Éthiopie et l'Érythrée ont signé un pacte de défense mutuelle.", []rel{
			{"eritrea", graph.Allied, "ethiopia", ""}}},
	})
}

// TestSupportWelcomed: support the subject receives, relies on, welcomes
// or thanks an actor for is an alliance with the supporter (CODEBOOK:
// support of an unstated kind); not humanitarian aid, not support with a
// recipient of its own.
func TestSupportWelcomed(t *testing.T) {
	runRelCases(t, []relCase{
		{"welcomed X's military support", "en", "Mali welcomed Russia's military support.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"thanked X for its support", "en", "Mali thanked Russia for its support in the fight against terrorism.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"benefited from Russian military support", "en", "Mali has benefited from Russian military support.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"relies on X's support", "en", "Mali relies on Russia's military support.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"a remercié X pour son soutien", "fr", "Le Mali a remercié la Russie pour son soutien dans la lutte contre le terrorisme.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"bénéficie du soutien militaire russe", "fr", "Le Mali bénéficie du soutien militaire russe.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"welcomed humanitarian aid", "en", "Mali welcomed Japan's humanitarian aid.", nil},
		{"a salué l'aide humanitaire", "fr", "Le Mali a salué l'aide humanitaire du Japon.", nil},
		{"received the humanitarian aid of", "en", "Mali received the humanitarian aid of Japan.", nil},
	})
}

// TestSupportOnly: support of no stated kind received or provided is an
// alliance, not a supply; logistical, financial or material support and
// named goods are supplies.
func TestSupportOnly(t *testing.T) {
	runRelCases(t, []relCase{
		{"received support from", "en", "Mali received support from Russia.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"a reçu le soutien de", "fr", "Le Mali a reçu le soutien de la Russie.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"provided military support to", "en", "Russia provided military support to Mali.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"logistical support", "en", "The TTP received logistical and operational support from Pakistan.", []rel{
			{"pakistan", graph.Supplies, "ttp", ""}, {"pakistan", graph.Allied, "ttp", ""}}},
		{"un soutien logistique", "fr", "Le Mali a reçu un soutien logistique de la Russie.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"mali", graph.Allied, "russia", ""}}},
		{"financial support", "en", "Qatar provided financial support to Hamas.", []rel{
			{"qatar", graph.Supplies, "hamas", ""}}},
		{"received drones", "en", "Mali received drones from Russia.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestCoalitionLedBy: "the coalition led by Saudi Arabia" names the
// Saudi-led coalition in English as in French.
func TestCoalitionLedBy(t *testing.T) {
	runRelCases(t, []relCase{
		{"joined the coalition led by", "en", "Chad joined the coalition led by Saudi Arabia.", []rel{
			{"chad", graph.MemberOf, "saudi-led-coalition", ""}}},
		{"a rejoint la coalition menée par", "fr", "Le Tchad a rejoint la coalition menée par l'Arabie saoudite.", []rel{
			{"chad", graph.MemberOf, "saudi-led-coalition", ""}}},
	})
}

// TestTakingFrom: a taking verb, a hostile trigger among them, then
// "from" and an actor opposes the subject to it, a capital between being
// a place.
func TestTakingFrom(t *testing.T) {
	runRelCases(t, []relCase{
		{"regained control of X from", "en", "The Sudanese army regained control of Khartoum from the RSF.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"took back control of X from", "en", "The Sudanese army took back control of Khartoum from the RSF.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"seized weapons from", "en", "Mali seized weapons from the JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"a repris le contrôle de X aux", "fr", "L'armée soudanaise a repris le contrôle de Khartoum aux FSR.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		// a member_of trigger's object is not a companion's
		{"took part in talks with", "en", "Sudan took part in talks with the RSF.", nil},
		{"a participé à des pourparlers avec", "fr", "Le Tchad a participé à des pourparlers avec les FSR.", nil},
		{"took part in X", "en", "Chad took part in the MNJTF.", []rel{
			{"chad", graph.MemberOf, "mnjtf", ""}}},
	})
}

// TestStrikeTargets: a count opens a hostile verb's target role noun
// (« a tué trois membres du PKK »); singular strikes and drones with a
// demonym stand for the state (« une frappe turque », "a Turkish
// strike"), but not a demonym of the place struck ("attack on Yemeni
// soil"); a description after the verb does not name the clause's own
// actor (« les rebelles » are not Wagner).
func TestStrikeTargets(t *testing.T) {
	runRelCases(t, []relCase{
		{"a tué trois membres du", "fr", "Des frappes turques ont tué trois membres du PKK.", []rel{
			{"pkk", graph.Opposed, "turkey", ""}}},
		{"une frappe turque", "fr", "Une frappe turque a tué trois membres du PKK dans le nord de l'Irak.", []rel{
			{"pkk", graph.Opposed, "turkey", ""}}},
		{"une frappe de drone turque", "fr", "Une frappe de drone turque a tué trois membres du PKK.", []rel{
			{"pkk", graph.Opposed, "turkey", ""}}},
		{"a Turkish strike", "en", "A Turkish strike killed three PKK members.", []rel{
			{"pkk", graph.Opposed, "turkey", ""}}},
		{"killed 12 members of", "en", "Turkey killed 12 members of the PKK.", []rel{
			{"pkk", graph.Opposed, "turkey", ""}}},
		{"attack on Yemeni soil", "en", "The strike on 20 July, Israel's first acknowledged attack on Yemeni soil, hit oil storage tanks.", nil},
		{"après avoir combattu les rebelles", "fr", "Wagner a quitté le Mali après avoir combattu les rebelles.", nil},
		{"face aux rebelles", "fr", "Le groupe Wagner a quitté le Mali après de lourdes pertes face aux rebelles touareg.", nil},
	})
}

// TestLeadsReadings: seizing power, governing and ruling over lead; a
// copula's subject holds a possessor's leader role ("X became Syria's
// president"); an institution word modifying a role whose owner follows
// is no home mention ("the military chief of the M23": no state).
func TestLeadsReadings(t *testing.T) {
	runRelCases(t, []relCase{
		{"seized power in", "en", "Ibrahim Traoré seized power in Burkina Faso in September 2022.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
		{"a pris le pouvoir au", "fr", "Ibrahim Traoré a pris le pouvoir au Burkina Faso en septembre 2022.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
		{"governs", "en", "Abdourahamane Tiani governs Niger.", []rel{
			{"abdourahamane-tiani", graph.Leads, "niger", ""}}},
		{"became X's president", "en", "Ahmed al-Sharaa became Syria's president in January 2025.", []rel{
			{"ahmed-al-sharaa", graph.Leads, "syria", ""}}},
		{"is X's interim president", "en", "Ahmed al-Sharaa is Syria's interim president.", []rel{
			{"ahmed-al-sharaa", graph.Leads, "syria", ""}}},
		{"the military chief of", "en", "Sultani Makenga, the military chief of the M23, was sanctioned by the US.", []rel{
			{"sultani-makenga", graph.Leads, "m23", ""}, {"sultani-makenga", graph.Opposed, "united-states", ""}}},
	})
}

// TestFoundingOrTraining: French « former » founds or trains; between
// two armed groups it founds only with a merge word (« ont fusionné pour
// former le JNIM »), else it trains (« le Hezbollah a formé les
// Houthis »), and never both.
func TestFoundingOrTraining(t *testing.T) {
	runRelCases(t, []relCase{
		{"fusionné pour former", "fr", "Ansar Dine a fusionné avec d'autres groupes pour former le JNIM en 2017.", []rel{
			{"ansar-dine", graph.MemberOf, "jnim", ""}}},
		{"merged to form", "en", "Ansar Dine merged with other groups to form the JNIM in 2017.", []rel{
			{"ansar-dine", graph.MemberOf, "jnim", ""}}},
		{"a formé les Houthis", "fr", "Le Hezbollah a formé les Houthis.", []rel{
			{"hezbollah", graph.Trains, "houthis", ""}}},
		{"décidé de créer l'AES", "fr", "Le Mali, le Burkina Faso et le Niger ont décidé de créer l'Alliance des États du Sahel.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""},
			{"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
	})
}

// TestWithdrawnFrom: « s'est retiré du G5 Sahel » leaves a membership, as
// "withdrew from" does.
func TestWithdrawnFrom(t *testing.T) {
	runRelCases(t, []relCase{
		{"s'est retiré du", "fr", "Le Tchad s'est retiré du G5 Sahel.", []rel{
			{"chad", graph.MemberOf, "g5-sahel", "n"}}},
		{"se retire de", "fr", "Le Mali se retire de la CEDEAO.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}}},
		{"withdrew from", "en", "Chad withdrew from the G5 Sahel.", []rel{
			{"chad", graph.MemberOf, "g5-sahel", "n"}}},
	})
}

// TestDrawnCloser: drawing closer to an actor is an alliance, as « se
// rapproche de » is.
func TestDrawnCloser(t *testing.T) {
	runRelCases(t, []relCase{
		{"has drawn closer to", "en", "Mali's junta has drawn closer to Moscow since 2021.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"moved closer to", "en", "Niger moved closer to Russia after the coup.", []rel{
			{"niger", graph.Allied, "russia", ""}}},
		{"a ship moved closer to a coast", "en", "The ship moved closer to the coast of Yemen.", nil},
	})
}

// TestNominalSupplies: a supplies or trains noun with no subject names
// its agent after a passive marker and its recipient or trainee after a
// recipient marker or its of-word, in either order; a passive verb with
// no subject actor names its recipient after the agent.
func TestNominalSupplies(t *testing.T) {
	runRelCases(t, []relCase{
		{"the delivery of X by Y to Z", "en", "The delivery of drones by Turkey to Mali angered Algeria.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"the sale of X to Z by Y", "en", "The sale of drones to Mali by Turkey was confirmed.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"the training of Z by Y", "en", "The training of Somali troops by Turkey began in 2017.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"the arming of Z by Y", "en", "The arming of the RSF by the UAE is documented.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"la livraison par Y de X à Z", "fr", "La livraison par la Russie d'hélicoptères au Mali a été confirmée.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"la formation de Z par Y", "fr", "La formation des soldats somaliens par la Turquie a commencé en 2017.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"were delivered by Y to Z", "en", "The drones were delivered by Turkey to Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"ont été livrés par Y au Z", "fr", "Les drones ont été livrés par la Turquie au Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestSourceAndParallelObject: a source before a passive supplies verb
// with its agent after the recipient supplies nothing (« en provenance de
// la Serbie », where « de la » are both articles); a pronoun object of a
// second supplies or trains clause is the first clause's object.
func TestSourceAndParallelObject(t *testing.T) {
	runRelCases(t, []relCase{
		{"from X was supplied to Y by Z", "en", "Ammunition from Serbia was supplied to Ukraine by the United States.", []rel{
			{"united-states", graph.Supplies, "ukraine", ""}}},
		{"en provenance de la X ont été livrées à Y par Z", "fr", "Des munitions en provenance de la Serbie ont été livrées à l'Ukraine par les États-Unis.", []rel{
			{"united-states", graph.Supplies, "ukraine", ""}}},
		{"and Qatar equips it", "en", "Turkey trains Somalia's army, and Qatar equips it.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"qatar", graph.Supplies, "somalia", ""}}},
	})
}
