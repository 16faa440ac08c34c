package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The seventeenth session's probes: the wrong readings the sixteenth
// session's helpers left, and fresh sentences of the same shapes, each
// with the reading docs/CODEBOOK.md gives.

// TestRankDemonym: a rank or a command of forces (rank_roles: "marshal",
// "commander", « maréchal ») with a state's demonym names the person's
// nationality, not the state he leads; a head's title with a demonym
// still leads ("Sudanese President", « le président malien »).
func TestRankDemonym(t *testing.T) {
	runRelCases(t, []relCase{
		{"le maréchal libyen", "fr", "Les FSR recevraient des armes du maréchal libyen Khalifa Haftar.", nil},
		{"le maréchal libyen, subject", "fr", "Le général soudanais Mohamed Hamdan Daglo a rencontré le maréchal libyen Khalifa Haftar.", nil},
		{"le maréchal libyen a reçu", "fr", "Le maréchal libyen Khalifa Haftar a reçu des émissaires soudanais.", nil},
		{"le commandant libyen", "fr", "Le commandant libyen Khalifa Haftar soutient les FSR.", []rel{
			{"khalifa-haftar", graph.Allied, "rsf", ""}}},
		{"le chef de guerre libyen", "fr", "Le chef de guerre libyen Khalifa Haftar a livré du carburant aux FSR.", nil},
		{"Libyan commander", "en", "Libyan commander Khalifa Haftar met Egyptian officials in Benghazi.", nil},
		{"Libyan warlord", "en", "Libyan warlord Khalifa Haftar has armed the RSF, UN experts said.", nil},
		{"the Libyan commander, apposed", "en", "Field Marshal Khalifa Haftar, the Libyan commander, supplied fuel to the RSF.", nil},
		{"The Libyan marshal", "en", "The Libyan marshal Khalifa Haftar hosted RSF commanders in Benghazi.", nil},
		{"Russian commander", "en", "Russian commander Andrei Averyanov visited Bamako in 2023.", nil},
		// a head's title still leads
		{"president and demonym", "fr", "Le président tchadien Mahamat Idriss Déby a reçu le maréchal libyen Khalifa Haftar.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"Sudanese President", "en", "Sudanese President Abdel Fattah al-Burhan travelled to Cairo.", []rel{
			{"abdel-fattah-al-burhan", graph.Leads, "sudan", ""}}},
		{"junta leader", "en", "Malian junta leader Assimi Goita met Russian officials in Bamako.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"le président soudanais", "fr", "Le président soudanais Abdel Fattah al-Burhane s'est rendu au Caire.", []rel{
			{"abdel-fattah-al-burhan", graph.Leads, "sudan", ""}}},
		{"chef de la junte malienne", "fr", "Le chef de la junte malienne, Assimi Goïta, a rencontré des responsables russes.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"le président burkinabè", "fr", "Le président burkinabè Ibrahim Traoré a remercié la Russie pour son soutien.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
		// a group's marshal leads the group
		{"the LNA of Field Marshal", "en", "The LNA of Field Marshal Khalifa Haftar controls eastern Libya.", []rel{
			{"khalifa-haftar", graph.Leads, "lna", ""}}},
		{"l'ANL du maréchal", "fr", "L'ANL du maréchal Khalifa Haftar contrôle l'est de la Libye.", []rel{
			{"khalifa-haftar", graph.Leads, "lna", ""}}},
	})
}

// TestPossessedPerson: a state's possessive right before a person ("Libya's
// Khalifa Haftar") names the person's nationality or base: the state is
// no party to the person's act; a possessor of goods or of a company
// still is, and so is a state the lexicon has the person lead.
func TestPossessedPerson(t *testing.T) {
	runRelCases(t, []relCase{
		{"is said to receive from Libya's", "en", "The RSF is said to receive fuel and weapons from Libya's Khalifa Haftar.", nil},
		{"received from Libya's", "en", "The RSF received weapons from Libya's Khalifa Haftar.", nil},
		{"gets from Libya's, sourced", "en", "The RSF gets fuel from Libya's Khalifa Haftar, according to UN experts.", nil},
		{"Libya's as subject", "en", "Libya's Khalifa Haftar sent fuel to the RSF.", nil},
		// a company, the state itself, the leader's own state
		{"Turkey's Baykar", "en", "The Malian army received drones from Turkey's Baykar.", []rel{
			{"baykar", graph.Supplies, "mali", ""}}},
		{"from Libya", "en", "The RSF received weapons from Libya.", []rel{
			{"libya", graph.Supplies, "rsf", ""}}},
		{"Haftar's LNA", "en", "Haftar's LNA supplied fuel to the RSF.", []rel{
			{"lna", graph.Supplies, "rsf", ""}, {"khalifa-haftar", graph.Leads, "lna", ""}}},
		{"Russia's Putin", "en", "Russia's Vladimir Putin sent troops to Syria.", []rel{
			{"russia", graph.Allied, "syria", ""}}},
	})
}

// TestCoordinatedDenials: coordinated subjects under a negation ("Neither
// X nor Y", "X and Y have not") each deny their own relation with the
// object; they are never paired with each other.
func TestCoordinatedDenials(t *testing.T) {
	runRelCases(t, []relCase{
		{"Neither Egypt nor Turkey sent troops", "en", "Neither Egypt nor Turkey has sent troops to Libya.", []rel{
			{"egypt", graph.Allied, "libya", "n"}, {"libya", graph.Allied, "turkey", "n"}}},
		{"Neither Algeria nor Tunisia", "en", "Neither Algeria nor Tunisia has armed the RSF.", []rel{
			{"algeria", graph.Supplies, "rsf", "n"}, {"tunisia", graph.Supplies, "rsf", "n"}}},
		{"Neither Russia nor China trained", "en", "Neither Russia nor China has trained the Malian army.", []rel{
			{"russia", graph.Trains, "mali", "n"}, {"china", graph.Trains, "mali", "n"}}},
		{"Neither Chad nor Niger fought alongside", "en", "Neither Chad nor Niger fought alongside the RSF.", []rel{
			{"chad", graph.Allied, "rsf", "n"}, {"niger", graph.Allied, "rsf", "n"}}},
		{"Egypt and Turkey have not", "en", "Egypt and Turkey did not arm the RSF.", []rel{
			{"egypt", graph.Supplies, "rsf", "n"}, {"turkey", graph.Supplies, "rsf", "n"}}},
		{"have never trained", "en", "Russia and Belarus have never trained Malian soldiers.", []rel{
			{"russia", graph.Trains, "mali", "n"}, {"belarus", graph.Trains, "mali", "n"}}},
		{"Ni ... ni ... n'ont armé", "fr", "Ni l'Algérie ni la Tunisie n'ont armé les FSR.", []rel{
			{"algeria", graph.Supplies, "rsf", "n"}, {"tunisia", graph.Supplies, "rsf", "n"}}},
		{"Ni ... ni ... n'ont formé", "fr", "Ni la Russie ni la Chine n'ont formé l'armée malienne.", []rel{
			{"russia", graph.Trains, "mali", "n"}, {"china", graph.Trains, "mali", "n"}}},
		{"Ni ... ni ... aux côtés", "fr", "Ni le Tchad ni le Niger n'ont combattu aux côtés des FSR.", []rel{
			{"chad", graph.Allied, "rsf", "n"}, {"niger", graph.Allied, "rsf", "n"}}},
		{"et ... n'ont pas armé", "fr", "L'Égypte et la Turquie n'ont pas armé les FSR.", []rel{
			{"egypt", graph.Supplies, "rsf", "n"}, {"turkey", graph.Supplies, "rsf", "n"}}},
		{"n'ont pas envoyé de troupes", "fr", "L'Égypte et la Turquie n'ont pas envoyé de troupes au Soudan.", []rel{
			{"egypt", graph.Allied, "sudan", "n"}, {"sudan", graph.Allied, "turkey", "n"}}},
		{"n'ont jamais formé", "fr", "La Russie et la Biélorussie n'ont jamais formé de soldats maliens.", []rel{
			{"russia", graph.Trains, "mali", "n"}, {"belarus", graph.Trains, "mali", "n"}}},
	})
}

// TestDoubleDenial: a falsity frame ("it is not true that", « il est faux
// de dire que ») with a negation inside its clause asserts; with none, it
// denies.
func TestDoubleDenial(t *testing.T) {
	runRelCases(t, []relCase{
		{"not true that never", "en", "It is not true that Turkey never armed the SNA.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
		{"not true that never armed the army", "en", "It is not true that Turkey never armed the Malian army.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"untrue that has never", "en", "It is untrue that Russia has never trained Malian soldiers.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"false that never", "en", "It is false that Iran never supplied drones to Russia.", []rel{
			{"iran", graph.Supplies, "russia", ""}}},
		{"not the case that never", "en", "It is not the case that Rwanda has never backed the M23.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"faux de dire que n'a jamais", "fr", "Il est faux de dire que la Turquie n'a jamais armé l'armée malienne.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"n'est pas vrai que n'a jamais", "fr", "Il n'est pas vrai que la Russie n'a jamais formé de soldats maliens.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"faux que n'a jamais", "fr", "Il est faux que l'Iran n'a jamais livré de drones à la Russie.", []rel{
			{"iran", graph.Supplies, "russia", ""}}},
		{"not true that did not send troops", "en", "It is not true that Egypt did not send troops to Somalia.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"did not send troops", "en", "Egypt did not send troops to Somalia.", []rel{
			{"egypt", graph.Allied, "somalia", "n"}}},
		{"reported double denial", "en", "It is not true that Rwanda never armed the M23, Kinshasa said.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"inexact de dire que, selon", "fr", "Il est inexact de dire que le Rwanda n'a jamais armé le M23, selon Kinshasa.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"n'est pas exact que n'arment pas", "fr", "Il n'est pas exact que les Émirats n'arment pas les FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		// one negation: a denial
		{"not true that", "en", "It is not true that Turkey armed the Malian army.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
		{"false that", "en", "It is false that Iran supplied drones to Russia.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}},
		{"faux de dire que", "fr", "Il est faux de dire que la Turquie a armé l'armée malienne.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
		{"n'est pas vrai que", "fr", "Il n'est pas vrai que la Russie a formé des soldats maliens.", []rel{
			{"russia", graph.Trains, "mali", "n"}}},
		{"faux que", "fr", "Il est faux que l'Iran a livré des drones à la Russie.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}},
	})
}

// TestTerritoryUse: letting one's territory, soil or airspace be used
// for an act ("allowed its territory to be used to arm", « permis que
// son territoire serve à armer ») makes the subject no agent of the act:
// no relation, asserted or denied; an actor allowed to use it is the
// agent.
func TestTerritoryUse(t *testing.T) {
	runRelCases(t, []relCase{
		{"has never allowed its territory", "en", "Chad has never allowed its territory to be used to arm the RSF.", nil},
		{"allowed its territory, sourced", "en", "Chad allowed its territory to be used to supply the RSF, UN experts said.", nil},
		{"denied letting its territory be used", "en", "Niger denied letting its territory be used to train the FLA.", nil},
		{"will not allow its airspace", "en", "Algeria will not allow its airspace to be used to supply the Malian army.", nil},
		{"never let its soil be used", "en", "Kenya has never let its soil be used to arm al-Shabaab.", nil},
		{"n'a jamais permis que son territoire serve à", "fr", "Le Tchad n'a jamais permis que son territoire serve à armer les FSR.", nil},
		{"dément avoir laissé son territoire servir à", "fr", "Le Tchad dément avoir laissé son territoire servir à armer les FSR.", nil},
		{"espace aérien soit utilisé pour", "fr", "L'Algérie n'autorisera pas que son espace aérien soit utilisé pour ravitailler l'armée malienne.", nil},
		{"a autorisé que son territoire serve à former", "fr", "Le Niger a autorisé que son territoire serve à former des combattants du FLA.", nil},
		// the agent allowed to use it still acts; the subject's own act stays
		{"allowed the UAE to use its territory", "en", "Chad allowed the UAE to use its territory to arm the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"a laissé les Émirats utiliser", "fr", "Le Tchad a laissé les Émirats utiliser son territoire pour armer les FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"denied that its airports were used to deliver", "en", "Chad has denied that its airports were used to deliver weapons to the RSF.", nil},
		{"denies that its territory is used to supply", "en", "Uganda denies that its territory is used to supply the M23.", nil},
		{"refused to let its territory be used to train", "en", "Kenya refused to let its territory be used to train Somali militias.", nil},
		{"denied allowing its airstrip to be used", "en", "Chad has denied allowing its Amdjarass airstrip to be used to supply the RSF.", nil},
		{"la piste d'Amdjarass ait servi à", "fr", "Le Tchad a démenti que la piste d'Amdjarass ait servi à approvisionner les FSR.", nil},
		{"nie que ses aéroports aient servi à livrer", "fr", "Le Tchad nie que ses aéroports aient servi à livrer des armes aux FSR.", nil},
		{"dément que son territoire serve à ravitailler", "fr", "L'Ouganda dément que son territoire serve à ravitailler le M23.", nil},
		// a permission verb: the subject lets another act
		{"denies allowing Emirati planes to deliver", "en", "Chad denies allowing Emirati planes to deliver weapons to the RSF through Amdjarass.", nil},
		{"letting its fighters train", "en", "Pakistan accuses the Taliban of letting TTP fighters train in Kunar.", nil},
		{"a permis aux Émirats d'armer", "fr", "Le Tchad a permis aux Émirats d'armer les FSR depuis Amdjarass.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"Chad has armed", "en", "Chad has armed the RSF, UN experts said.", []rel{
			{"chad", graph.Supplies, "rsf", "h"}}},
		{"Le Tchad a armé, selon", "fr", "Le Tchad a armé les FSR, selon des experts de l'ONU.", []rel{
			{"chad", graph.Supplies, "rsf", "h"}}},
	})
}

// TestHelpRequested: a request for help (« a demandé l'aide de », « a
// sollicité l'appui de », "asked Russia for help", "requested") is no
// relation (docs/CODEBOOK.md, action, not intent); help received still
// allies.
func TestHelpRequested(t *testing.T) {
	runRelCases(t, []relCase{
		{"a demandé l'aide de", "fr", "Face à la crise, le Mali a demandé l'aide de la Russie.", nil},
		{"a sollicité l'appui militaire de", "fr", "Le Niger a sollicité l'appui militaire de la Turquie.", nil},
		{"a réclamé le soutien de", "fr", "Le Burkina Faso a réclamé le soutien de la Russie.", nil},
		{"asked for military help", "en", "Mali asked Russia for military help.", nil},
		{"requested assistance", "en", "Mali requested Russian military assistance.", nil},
		{"sought help", "en", "Niger sought Turkish help against the jihadists.", nil},
		{"appealed for support", "en", "Somalia appealed for Turkish support against al-Shabaab.", nil},
		{"asked to train", "en", "Mali has asked Russia to train its pilots.", nil},
		{"a demandé de former", "fr", "Le Mali a demandé à la Russie de former ses pilotes.", nil},
		{"a demandé à la Russie de lui livrer", "fr", "Le Niger a demandé à la Russie de lui livrer des drones.", nil},
		{"a exhorté Moscou de lui livrer", "fr", "Bamako a exhorté Moscou de lui livrer des hélicoptères.", nil},
		{"asked Russia to deliver", "en", "Niger asked Russia to deliver drones.", nil},
		{"urged Russia to deliver", "en", "Niger urged Russia to deliver drones to its army.", nil},
		// supplies received still are
		{"a reçu de la Russie des drones", "fr", "Le Niger a reçu de la Russie des drones.", []rel{
			{"russia", graph.Supplies, "niger", ""}}},
		// help received
		{"bénéficie de l'aide", "fr", "Le Mali bénéficie de l'aide de la Russie.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Avec l'aide de", "fr", "Avec l'aide de la Russie, le Mali a repris Kidal.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"with the help of", "en", "Mali retook Kidal with the help of Russia.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"avec l'aide de, after", "fr", "Le Mali a repris Kidal avec l'aide de la Russie.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
	})
}

// TestVisitGuest: a visit verb that is also a supplies trigger (« a
// reçu », "received", "hosted") with an actor named right after it, an
// article between at most, receives a guest, not goods; goods from an
// actor, goods of an origin demonym or a possessor's goods stay
// supplies.
func TestVisitGuest(t *testing.T) {
	runRelCases(t, []relCase{
		{"a reçu le Tchad et le Niger", "fr", "Le Mali a reçu le Tchad et le Niger.", nil},
		{"a reçu le Niger pour des consultations", "fr", "Bamako a reçu le Niger pour des consultations.", nil},
		{"a accueilli le Niger", "fr", "Le Mali a accueilli le Niger et le Burkina Faso pour un sommet de l'AES.", nil},
		{"a reçu la Turquie", "fr", "Le Mali a reçu la Turquie lors d'une visite officielle.", nil},
		{"hosted", "en", "Mali hosted Niger and Burkina Faso for a summit.", nil},
		{"received Niger's minister", "en", "Mali received Niger's defence minister.", nil},
		{"hosted for talks", "en", "Egypt hosted Sudan for talks on the war.", nil},
		{"a reçu le chef de l'armée soudanaise", "fr", "L'Égypte a reçu le chef de l'armée soudanaise au Caire.", nil},
		{"received Sudan's army chief", "en", "Egypt received Sudan's army chief in Cairo.", nil},
		{"received Niger's prime minister", "en", "Burkina Faso received Niger's prime minister on Monday.", nil},
		// a role after a visit or meeting verb: a guest, no leads
		{"hosted the head of", "en", "Chad hosted the head of the RSF in N'Djamena.", nil},
		{"met the head of", "en", "Mali met the head of the RSF in Bamako.", nil},
		{"a rencontré le chef des", "fr", "Le Mali a rencontré le chef des FSR à Bamako.", nil},
		{"a accueilli le chef des FSR, X", "fr", "Le Tchad a accueilli le chef des FSR, Mohamed Hamdan Daglo.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		// goods
		{"a reçu des drones de", "fr", "Le Mali a reçu des drones de la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"a reçu de la Turquie des drones", "fr", "Le Mali a reçu de la Turquie des drones Bayraktar.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"a reçu des armes de deux", "fr", "Le Mali a reçu des armes de la Russie et de la Chine.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"china", graph.Supplies, "mali", ""}}},
		{"received drones from", "en", "Mali received drones from Turkey.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"received Turkish drones", "en", "Mali received Turkish drones in 2022.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"received Turkey's drones", "en", "The Malian army received Turkey's Bayraktar drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"received weapons from two", "en", "Egypt received weapons from France and Russia.", []rel{
			{"france", graph.Supplies, "egypt", ""}, {"russia", graph.Supplies, "egypt", ""}}},
	})
}

// TestSingleBacker: one backer named in an apposition ("The Houthis,
// backed by Iran, fired at Israel", « Le M23, soutenu par le Rwanda, a
// attaqué les FARDC ») is allied with the backed party only; the attack
// is the subject's (docs/CODEBOOK.md, one helper against the enemy).
// Several backers are helpers of one side and oppose the target (the
// several-helpers rule), and so does a companion that fights.
func TestSingleBacker(t *testing.T) {
	runRelCases(t, []relCase{
		{"backed by Iran, fired at", "en", "The Houthis, backed by Iran, fired at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"backed by Iran, fired missiles at", "en", "The Houthis, backed by Iran, fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"backed by Rwanda, attacked", "en", "The M23, backed by Rwanda, attacked the Congolese army.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"dr-congo", graph.Opposed, "m23", ""}}},
		{"supported by the UAE", "en", "The RSF, supported by the UAE, attacked the Sudanese army.", []rel{
			{"rsf", graph.Allied, "united-arab-emirates", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"supported by Russia", "en", "The Malian army, supported by Russia, attacked the FLA.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"fla", graph.Opposed, "mali", ""}}},
		{"soutenu par le Rwanda", "fr", "Le M23, soutenu par le Rwanda, a attaqué les FARDC.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"dr-congo", graph.Opposed, "m23", ""}}},
		{"appuyées par les Émirats", "fr", "Les FSR, appuyées par les Émirats, ont attaqué l'armée soudanaise.", []rel{
			{"rsf", graph.Allied, "united-arab-emirates", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"épaulées par la Russie", "fr", "Les FAMa, épaulées par la Russie, ont attaqué le FLA.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"fla", graph.Opposed, "mali", ""}}},
		{"soutenus par l'Iran", "fr", "Les Houthis, soutenus par l'Iran, ont tiré des missiles sur Israël.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"appuyées par les FDLR", "fr", "Les FARDC, appuyées par les FDLR, ont attaqué le M23.", []rel{
			{"dr-congo", graph.Allied, "fdlr", ""}, {"dr-congo", graph.Opposed, "m23", ""}}},
		// several backers: the several-helpers rule
		{"backed by two", "en", "The M23, backed by Rwanda and Uganda, attacked the Congolese army.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"m23", graph.Allied, "uganda", ""}, {"dr-congo", graph.Opposed, "m23", ""},
			{"dr-congo", graph.Opposed, "rwanda", ""}, {"dr-congo", graph.Opposed, "uganda", ""}}},
		{"épaulées par deux", "fr", "Les FAMa, épaulées par la Russie et par la Turquie, ont attaqué le FLA.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"fla", graph.Opposed, "mali", ""},
			{"fla", graph.Opposed, "russia", ""}, {"fla", graph.Opposed, "turkey", ""}}},
		{"épaulées par Wagner et par des soldats rwandais", "fr", "Les FACA, épaulées par Wagner et par des soldats rwandais, ont repoussé la CPC.", []rel{
			{"central-african-republic", graph.Allied, "wagner-group", ""}, {"central-african-republic", graph.Opposed, "cpc", ""},
			{"cpc", graph.Opposed, "wagner-group", ""}, {"cpc", graph.Opposed, "rwanda", ""}}},
		// a companion that fights
		{"fighting alongside", "en", "The M23, fighting alongside Rwandan troops, attacked the Congolese army.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"dr-congo", graph.Opposed, "m23", ""}, {"dr-congo", graph.Opposed, "rwanda", ""}}},
		{"combattant aux côtés de", "fr", "Le M23, combattant aux côtés de soldats rwandais, a attaqué les FARDC.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"dr-congo", graph.Opposed, "m23", ""}, {"dr-congo", graph.Opposed, "rwanda", ""}}},
		// a compound backer
		{"Iran-backed", "en", "The Iran-backed Houthis fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
	})
}

// TestForeignInstitution: the institution a person heads ("who heads the
// junta", « qui dirige la junte ») is his own state's; read as another
// state's (the only state the sentence names, as a place: "received in
// Moscow"), it gives no leads.
func TestForeignInstitution(t *testing.T) {
	runRelCases(t, []relCase{
		{"who heads the junta, received in Moscow", "en", "Min Aung Hlaing, who heads the junta, was received in Moscow.", nil},
		{"who heads the junta, travelled to Moscow", "en", "Assimi Goita, who heads the junta, travelled to Moscow.", nil},
		{"qui dirige la junte, reçu à Moscou", "fr", "Assimi Goïta, qui dirige la junte, a été reçu à Moscou.", nil},
		{"led by, met Putin in Moscow", "en", "The junta is led by Assimi Goita, who met Putin in Moscow.", nil},
		{"heads the junta and visited Moscow", "en", "Assimi Goita heads the junta and visited Moscow.", nil},
		// his own state's institution
		{"Myanmar's, who heads the junta", "en", "Myanmar's Min Aung Hlaing, who heads the junta, was received in Moscow.", []rel{
			{"min-aung-hlaing", graph.Leads, "myanmar", ""}}},
		{"Mali's junta is led by", "en", "Mali's junta is led by Assimi Goita.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
	})
}

// TestExpertsSource: an organisation named as the employer of experts, a
// panel or investigators ("UN experts", « des experts de l'ONU », « le
// groupe d'experts de l'ONU »; expert_nouns) is a source: no party to the
// sentence's relations, which are hedged (docs/CODEBOOK.md, "UN
// experts"). Its own forces still act ("UN peacekeepers").
func TestExpertsSource(t *testing.T) {
	runRelCases(t, []relCase{
		// the support the experts document is not read yet (Rwanda
		// allied with the M23, hedged); the UN is no party to it
		{"UN experts documented", "en", "UN experts documented Rwandan support for the M23.", nil},
		// (read since lead18's nominal support: hedged, the experts'
		// report)
		{"les enquêteurs de l'ONU ont documenté", "fr", "Les enquêteurs de l'ONU ont documenté le soutien du Rwanda au M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"le groupe d'experts de l'ONU a documenté", "fr", "Le groupe d'experts de l'ONU a documenté l'appui du Rwanda au M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"UN experts said", "en", "UN experts said the UAE supplied weapons to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"UN experts accused", "en", "UN experts accused Rwanda of supporting the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"A panel of UN experts said", "en", "A panel of UN experts said the UAE supplied drones to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"found that", "en", "A UN panel of experts found that Eritrea trained the TPLF.", []rel{
			{"eritrea", graph.Trains, "tplf", "h"}}},
		{"found evidence that", "en", "Investigators found evidence that Russia supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"Investigators found that", "en", "Investigators found that Russia supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"Selon des experts de l'ONU", "fr", "Selon des experts de l'ONU, le Rwanda forme des combattants du M23.", []rel{
			{"rwanda", graph.Trains, "m23", "h"}}},
		{"Un rapport d'experts de l'ONU accuse", "fr", "Un rapport d'experts de l'ONU accuse l'Érythrée d'avoir formé des soldats éthiopiens.", []rel{
			{"eritrea", graph.Trains, "ethiopia", "h"}}},
		{"le groupe d'experts a conclu", "fr", "Le groupe d'experts de l'ONU a conclu que l'Érythrée avait formé le TPLF.", []rel{
			{"eritrea", graph.Trains, "tplf", "h"}}},
		// the organisation's forces act
		{"UN peacekeepers fought alongside", "en", "UN peacekeepers fought alongside the Congolese army against the M23.", []rel{
			{"dr-congo", graph.Allied, "united-nations", ""}, {"m23", graph.Opposed, "united-nations", ""}, {"dr-congo", graph.Opposed, "m23", ""}}},
		{"les casques bleus de l'ONU", "fr", "Les casques bleus de l'ONU combattent aux côtés des FARDC.", []rel{
			{"dr-congo", graph.Allied, "united-nations", ""}}},
	})
}

// TestSignedPactDated: a signing verb ("signed", signing_verbs, now in
// English too) before a companion ("with Somalia") relates the signer and
// the partner through a security pact coordinated after another deal,
// and a date right after a trigger is its own ("in March ... a defence
// pact in August": August); trade deals alone stay nothing.
func TestSignedPactDated(t *testing.T) {
	runRelCases(t, []relCase{
		{"economic partnership and a defence pact", "en", "Egypt signed an economic partnership with Somalia in March and a defence pact in August.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"signed with Somalia a defence pact", "en", "Egypt signed with Somalia a defence pact in August.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"trade deal and a defence pact", "en", "Egypt signed a trade deal with Somalia and a defence pact.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"trade deal and a defence agreement", "en", "Turkey signed a trade deal with Somalia in February and a defence agreement in March.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"partenariat économique et un pacte de défense", "fr", "L'Égypte a signé un partenariat économique avec la Somalie en mars et un pacte de défense en août.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"accord commercial et un accord de défense", "fr", "La Turquie a signé un accord commercial avec la Somalie en février et un accord de défense en mars.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"a defence pact with", "en", "Mali signed a defence pact with Niger in 2023.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"coordinated signers", "en", "Mali and Niger signed a defence pact in September 2023.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"trade agreement only", "en", "Egypt and Somalia signed a trade agreement in March.", nil},
		{"accord commercial seul", "fr", "L'Égypte et la Somalie ont signé un accord commercial en mars.", nil},
	})
	// the dates
	for _, tc := range []struct{ name, lang, text, want string }{
		{"en: the pact's month", "en", "Egypt signed an economic partnership with Somalia in March and a defence pact in August 2024.", "2024-08"},
		{"fr: the pact's month", "fr", "L'Égypte a signé un partenariat économique avec la Somalie en mars 2024 et un pacte de défense en août 2024.", "2024-08"},
		{"en: trade deal then agreement", "en", "Turkey signed a trade deal with Somalia in February 2024 and a defence agreement in March 2024.", "2024-03"},
		{"a date before the trigger", "en", "In August 2024, Egypt signed a defence pact with Somalia.", "2024-08"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := run(t, tc.lang, tc.text)
			if len(c.Relations) != 1 || len(c.Relations[0].Evidence) != 1 {
				t.Fatalf("relations: %+v", c.Relations)
			}
			d := c.Relations[0].Evidence[0].Date
			if d.String() != tc.want {
				t.Errorf("date %v, want %s", d, tc.want)
			}
		})
	}
}

// TestDoubtCancels: a negation before a doubt ("No one doubts that",
// « Personne ne doute que », « Il ne fait aucun doute que ») asserts
// (negation_cancellers).
func TestDoubtCancels(t *testing.T) {
	runRelCases(t, []relCase{
		{"No one doubts that", "en", "No one doubts that Iran arms the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"does not doubt that", "en", "Washington does not doubt that Iran arms the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Personne ne doute que", "fr", "Personne ne doute que l'Iran arme les Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Il ne fait aucun doute que", "fr", "Il ne fait aucun doute que l'Iran arme les Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Nobody can deny that", "en", "Nobody can deny that Turkey arms the Syrian National Army.", []rel{
			{"turkey", graph.Supplies, "syrian-national-army", ""}}},
		{"On ne peut pas nier que", "fr", "On ne peut pas nier que la Turquie arme l'Armée nationale syrienne.", []rel{
			{"turkey", graph.Supplies, "syrian-national-army", ""}}},
		{"Nobody armed", "en", "Nobody armed the RSF, the army says.", nil},
		// "did not hide" still cancels
		{"did not hide its support", "en", "Russia did not hide its support for the Sudanese army.", []rel{
			{"russia", graph.Allied, "sudan", ""}}},
	})
}

// TestCoordinatedSpeakers: a possessive speaker after coordinated
// subjects ("Neither X nor Y ..., their governments say") speaks for
// each of them: their own denial is negated, not hedged
// (docs/CODEBOOK.md, "Denials covering several pairs"); a third party
// still hedges.
func TestCoordinatedSpeakers(t *testing.T) {
	runRelCases(t, []relCase{
		{"their governments say", "en", "Neither Algeria nor Tunisia has armed the RSF, their governments say.", []rel{
			{"algeria", graph.Supplies, "rsf", "n"}, {"tunisia", graph.Supplies, "rsf", "n"}}},
		{"their governments insist", "en", "Neither Iran nor Russia supplied the Houthis with missiles, their governments insist.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}, {"russia", graph.Supplies, "houthis", "n"}}},
		{"and ... their governments", "en", "Iran and Russia did not supply the Houthis with missiles, their governments insist.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}, {"russia", graph.Supplies, "houthis", "n"}}},
		{"affirment leurs gouvernements", "fr", "Ni l'Algérie ni la Tunisie n'ont armé les FSR, affirment leurs gouvernements.", []rel{
			{"algeria", graph.Supplies, "rsf", "n"}, {"tunisia", graph.Supplies, "rsf", "n"}}},
		{"its government", "en", "Iran did not supply the Houthis with missiles, its government insists.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}}},
		{"officials say", "en", "Egypt, Turkey and Qatar have not sent weapons to the RSF, officials say.", []rel{
			{"egypt", graph.Supplies, "rsf", "hn"}, {"turkey", graph.Supplies, "rsf", "hn"}, {"qatar", graph.Supplies, "rsf", "hn"}}},
	})
}

// TestJoinedHostileNoun: an organisation right before a hostile noun
// ("joined ECOWAS sanctions against Niger") modifies it: the subject
// joins the sanctions, not the organisation.
func TestJoinedHostileNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"Neither ... has joined ECOWAS sanctions", "en", "Neither Mali nor Burkina Faso has joined ECOWAS sanctions against Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}}, // the joining denied, not the sanctions (TestProbe17Open's wish; open19)
		{"joined ECOWAS sanctions", "en", "Benin joined ECOWAS sanctions against Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"joined ECOWAS", "en", "Mali joined ECOWAS in 1975.", []rel{
			{"mali", graph.MemberOf, "ecowas", ""}}},
		{"joined the AES alliance", "en", "Mali joined the AES alliance in 2023.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}}},
	})
}

// TestHelpReceived: help or support received with a demonym for the
// helper ("received Russian help", « une aide russe »), and an enemy after
// it ("against the jihadists"), is support of an unstated kind: allied,
// not supplies (docs/CODEBOOK.md, "X-backed"); goods stay supplies.
func TestHelpReceived(t *testing.T) {
	runRelCases(t, []relCase{
		{"received Russian help against", "en", "Mali received Russian help against the jihadists.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"obtained Russian help against", "en", "Mali obtained Russian help against the jihadists.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"received Russian help", "en", "Mali received Russian help.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"une aide russe contre", "fr", "Le Mali a reçu une aide russe contre les jihadistes.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"support from Russia against", "en", "Mali received support from Russia against the jihadists.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"l'aide de la Russie contre", "fr", "Le Mali a reçu l'aide de la Russie contre les jihadistes.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		// goods
		{"received Russian helicopters", "en", "Mali received Russian helicopters.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestProbe17Fresh: the fresh sentences of the session's probes (418,
// both languages, in the style of news wires: titles and nationalities,
// coordinated subjects under negation, double negations, territory and
// permission, requests and visits, pacts with dates, experts and panels,
// backers in appositions), with the reading docs/CODEBOOK.md gives, as
// the extractor reads them after the session's mends. The ones it still
// reads wrong are in TestProbe17Open.
func TestProbe17Fresh(t *testing.T) {
	runRelCases(t, []relCase{
		{"Sudanese President Abdel Fattah al-Burhan travelled to Cairo", "en", "Sudanese President Abdel Fattah al-Burhan travelled to Cairo.", []rel{
			{"abdel-fattah-al-burhan", graph.Leads, "sudan", ""}}},
		{"Malian junta leader Assimi Goita met Russian officials in Ba", "en", "Malian junta leader Assimi Goita met Russian officials in Bamako.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"Libyan commander Khalifa Haftar met Egyptian officials in Be", "en", "Libyan commander Khalifa Haftar met Egyptian officials in Benghazi.", nil},
		{"Libyan warlord Khalifa Haftar has armed the RSF, UN experts ", "en", "Libyan warlord Khalifa Haftar has armed the RSF, UN experts said.", nil},
		{"Field Marshal Khalifa Haftar, the Libyan commander, supplied", "en", "Field Marshal Khalifa Haftar, the Libyan commander, supplied fuel to the RSF.", nil},
		{"The Libyan marshal Khalifa Haftar hosted RSF commanders in B", "en", "The Libyan marshal Khalifa Haftar hosted RSF commanders in Benghazi.", nil},
		{"Chadian President Mahamat Idriss Deby received Sudanese envo", "en", "Chadian President Mahamat Idriss Deby received Sudanese envoys.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"Rwandan President Paul Kagame denied backing the M23.", "en", "Rwandan President Paul Kagame denied backing the M23.", []rel{
			{"m23", graph.Allied, "paul-kagame", "n"}, {"paul-kagame", graph.Leads, "rwanda", ""}}},
		{"Burkinabe leader Ibrahim Traore thanked Russia for its suppo", "en", "Burkinabe leader Ibrahim Traore thanked Russia for its support.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
		{"Russian commander Andrei Averyanov visited Bamako in 2023.", "en", "Russian commander Andrei Averyanov visited Bamako in 2023.", nil},
		{"Le maréchal libyen Khalifa Haftar a reçu des émissaires soud", "fr", "Le maréchal libyen Khalifa Haftar a reçu des émissaires soudanais.", nil},
		{"Le commandant libyen Khalifa Haftar soutient les FSR.", "fr", "Le commandant libyen Khalifa Haftar soutient les FSR.", []rel{
			{"khalifa-haftar", graph.Allied, "rsf", ""}}},
		{"Le président soudanais Abdel Fattah al-Burhane s'est rendu a", "fr", "Le président soudanais Abdel Fattah al-Burhane s'est rendu au Caire.", []rel{
			{"abdel-fattah-al-burhan", graph.Leads, "sudan", ""}}},
		{"Le chef de la junte malienne, Assimi Goïta, a rencontré des ", "fr", "Le chef de la junte malienne, Assimi Goïta, a rencontré des responsables russes.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"Le président rwandais Paul Kagame nie soutenir le M23.", "fr", "Le président rwandais Paul Kagame nie soutenir le M23.", []rel{
			{"m23", graph.Allied, "paul-kagame", "n"}, {"paul-kagame", graph.Leads, "rwanda", ""}}},
		{"Le chef de guerre libyen Khalifa Haftar a livré du carburant", "fr", "Le chef de guerre libyen Khalifa Haftar a livré du carburant aux FSR.", nil},
		{"Le président tchadien Mahamat Idriss Déby a rencontré le mar", "fr", "Le président tchadien Mahamat Idriss Déby a rencontré le maréchal Haftar.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"Le président burkinabè Ibrahim Traoré a remercié la Russie p", "fr", "Le président burkinabè Ibrahim Traoré a remercié la Russie pour son soutien.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
		{"The LNA of Field Marshal Khalifa Haftar controls eastern Lib", "en", "The LNA of Field Marshal Khalifa Haftar controls eastern Libya.", []rel{
			{"khalifa-haftar", graph.Leads, "lna", ""}}},
		{"L'ANL du maréchal Khalifa Haftar contrôle l'est de la Libye.", "fr", "L'ANL du maréchal Khalifa Haftar contrôle l'est de la Libye.", []rel{
			{"khalifa-haftar", graph.Leads, "lna", ""}}},
		{"The RSF received weapons from Libya's Khalifa Haftar.", "en", "The RSF received weapons from Libya's Khalifa Haftar.", nil},
		{"The RSF gets fuel from Libya's Khalifa Haftar, according to ", "en", "The RSF gets fuel from Libya's Khalifa Haftar, according to UN experts.", nil},
		{"Libya's Khalifa Haftar sent fuel to the RSF.", "en", "Libya's Khalifa Haftar sent fuel to the RSF.", nil},
		{"The Malian army received drones from Turkey's Baykar.", "en", "The Malian army received drones from Turkey's Baykar.", []rel{
			{"baykar", graph.Supplies, "mali", ""}}},
		{"The RSF received weapons from Libya.", "en", "The RSF received weapons from Libya.", []rel{
			{"libya", graph.Supplies, "rsf", ""}}},
		{"Haftar's LNA supplied fuel to the RSF.", "en", "Haftar's LNA supplied fuel to the RSF.", []rel{
			{"khalifa-haftar", graph.Leads, "lna", ""}, {"lna", graph.Supplies, "rsf", ""}}},
		{"Neither Egypt nor Turkey has sent troops to Libya.", "en", "Neither Egypt nor Turkey has sent troops to Libya.", []rel{
			{"egypt", graph.Allied, "libya", "n"}, {"libya", graph.Allied, "turkey", "n"}}},
		{"Neither Algeria nor Tunisia has armed the RSF.", "en", "Neither Algeria nor Tunisia has armed the RSF.", []rel{
			{"algeria", graph.Supplies, "rsf", "n"}, {"tunisia", graph.Supplies, "rsf", "n"}}},
		{"Neither Russia nor China has trained the Malian army.", "en", "Neither Russia nor China has trained the Malian army.", []rel{
			{"china", graph.Trains, "mali", "n"}, {"russia", graph.Trains, "mali", "n"}}},
		{"Neither Chad nor Niger fought alongside the RSF.", "en", "Neither Chad nor Niger fought alongside the RSF.", []rel{
			{"chad", graph.Allied, "rsf", "n"}, {"niger", graph.Allied, "rsf", "n"}}},
		{"Egypt and Turkey have not sent troops to Sudan.", "en", "Egypt and Turkey have not sent troops to Sudan.", []rel{
			{"egypt", graph.Allied, "sudan", "n"}, {"sudan", graph.Allied, "turkey", "n"}}},
		{"Egypt and Turkey did not arm the RSF.", "en", "Egypt and Turkey did not arm the RSF.", []rel{
			{"egypt", graph.Supplies, "rsf", "n"}, {"turkey", graph.Supplies, "rsf", "n"}}},
		{"Russia and Belarus have never trained Malian soldiers.", "en", "Russia and Belarus have never trained Malian soldiers.", []rel{
			{"belarus", graph.Trains, "mali", "n"}, {"russia", graph.Trains, "mali", "n"}}},
		{"Ni l'Algérie ni la Tunisie n'ont armé les FSR.", "fr", "Ni l'Algérie ni la Tunisie n'ont armé les FSR.", []rel{
			{"algeria", graph.Supplies, "rsf", "n"}, {"tunisia", graph.Supplies, "rsf", "n"}}},
		{"Ni la Russie ni la Chine n'ont formé l'armée malienne.", "fr", "Ni la Russie ni la Chine n'ont formé l'armée malienne.", []rel{
			{"china", graph.Trains, "mali", "n"}, {"russia", graph.Trains, "mali", "n"}}},
		{"Ni le Tchad ni le Niger n'ont combattu aux côtés des FSR.", "fr", "Ni le Tchad ni le Niger n'ont combattu aux côtés des FSR.", []rel{
			{"chad", graph.Allied, "rsf", "n"}, {"niger", graph.Allied, "rsf", "n"}}},
		{"L'Égypte et la Turquie n'ont pas armé les FSR.", "fr", "L'Égypte et la Turquie n'ont pas armé les FSR.", []rel{
			{"egypt", graph.Supplies, "rsf", "n"}, {"turkey", graph.Supplies, "rsf", "n"}}},
		{"L'Égypte et la Turquie n'ont pas envoyé de troupes au Soudan", "fr", "L'Égypte et la Turquie n'ont pas envoyé de troupes au Soudan.", []rel{
			{"egypt", graph.Allied, "sudan", "n"}, {"sudan", graph.Allied, "turkey", "n"}}},
		{"La Russie et la Biélorussie n'ont jamais formé de soldats ma", "fr", "La Russie et la Biélorussie n'ont jamais formé de soldats maliens.", []rel{
			{"belarus", graph.Trains, "mali", "n"}, {"russia", graph.Trains, "mali", "n"}}},
		{"It is not true that Turkey never armed the Malian army.", "en", "It is not true that Turkey never armed the Malian army.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"It is not true that Turkey armed the Malian army.", "en", "It is not true that Turkey armed the Malian army.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
		{"It is untrue that Russia has never trained Malian soldiers.", "en", "It is untrue that Russia has never trained Malian soldiers.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"It is false that Iran never supplied drones to Russia.", "en", "It is false that Iran never supplied drones to Russia.", []rel{
			{"iran", graph.Supplies, "russia", ""}}},
		{"It is false that Iran supplied drones to Russia.", "en", "It is false that Iran supplied drones to Russia.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}},
		{"It is not the case that Rwanda has never backed the M23.", "en", "It is not the case that Rwanda has never backed the M23.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"Il est faux de dire que la Turquie n'a jamais armé l'armée m", "fr", "Il est faux de dire que la Turquie n'a jamais armé l'armée malienne.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"Il est faux de dire que la Turquie a armé l'armée malienne.", "fr", "Il est faux de dire que la Turquie a armé l'armée malienne.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
		{"Il n'est pas vrai que la Russie n'a jamais formé de soldats ", "fr", "Il n'est pas vrai que la Russie n'a jamais formé de soldats maliens.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"Il n'est pas vrai que la Russie a formé des soldats maliens.", "fr", "Il n'est pas vrai que la Russie a formé des soldats maliens.", []rel{
			{"russia", graph.Trains, "mali", "n"}}},
		{"Il est faux que l'Iran n'a jamais livré de drones à la Russi", "fr", "Il est faux que l'Iran n'a jamais livré de drones à la Russie.", []rel{
			{"iran", graph.Supplies, "russia", ""}}},
		{"Il est faux que l'Iran a livré des drones à la Russie.", "fr", "Il est faux que l'Iran a livré des drones à la Russie.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}},
		{"It is not true that Rwanda never armed the M23, Kinshasa sai", "en", "It is not true that Rwanda never armed the M23, Kinshasa said.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"Il est inexact de dire que le Rwanda n'a jamais armé le M23,", "fr", "Il est inexact de dire que le Rwanda n'a jamais armé le M23, selon Kinshasa.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"Chad has never allowed its territory to be used to arm the R", "en", "Chad has never allowed its territory to be used to arm the RSF.", nil},
		{"Niger denied letting its territory be used to train the FLA.", "en", "Niger denied letting its territory be used to train the FLA.", nil},
		{"Algeria will not allow its airspace to be used to supply the", "en", "Algeria will not allow its airspace to be used to supply the Malian army.", nil},
		{"Kenya has never let its soil be used to arm al-Shabaab.", "en", "Kenya has never let its soil be used to arm al-Shabaab.", nil},
		{"Chad has armed the RSF, UN experts said.", "en", "Chad has armed the RSF, UN experts said.", []rel{
			{"chad", graph.Supplies, "rsf", "h"}}},
		{"Chad allowed the UAE to use its territory to arm the RSF.", "en", "Chad allowed the UAE to use its territory to arm the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"Le Tchad n'a jamais permis que son territoire serve à armer ", "fr", "Le Tchad n'a jamais permis que son territoire serve à armer les FSR.", nil},
		{"Le Tchad dément avoir laissé son territoire servir à armer l", "fr", "Le Tchad dément avoir laissé son territoire servir à armer les FSR.", nil},
		{"L'Algérie n'autorisera pas que son espace aérien soit utilis", "fr", "L'Algérie n'autorisera pas que son espace aérien soit utilisé pour ravitailler l'armée malienne.", nil},
		{"Le Niger a autorisé que son territoire serve à former des co", "fr", "Le Niger a autorisé que son territoire serve à former des combattants du FLA.", nil},
		{"Le Tchad a armé les FSR, selon des experts de l'ONU.", "fr", "Le Tchad a armé les FSR, selon des experts de l'ONU.", []rel{
			{"chad", graph.Supplies, "rsf", "h"}}},
		{"Le Tchad a laissé les Émirats utiliser son territoire pour a", "fr", "Le Tchad a laissé les Émirats utiliser son territoire pour armer les FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"Uganda said its territory was used to arm the M23.", "en", "Uganda said its territory was used to arm the M23.", nil},
		{"Chad's territory has been used to supply weapons to the RSF.", "en", "Chad's territory has been used to supply weapons to the RSF.", nil},
		{"Face à la crise, le Mali a demandé l'aide de la Russie.", "fr", "Face à la crise, le Mali a demandé l'aide de la Russie.", nil},
		{"Le Niger a sollicité l'appui militaire de la Turquie.", "fr", "Le Niger a sollicité l'appui militaire de la Turquie.", nil},
		{"Le Burkina Faso a réclamé le soutien de la Russie.", "fr", "Le Burkina Faso a réclamé le soutien de la Russie.", nil},
		{"Le Mali bénéficie de l'aide de la Russie.", "fr", "Le Mali bénéficie de l'aide de la Russie.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Avec l'aide de la Russie, le Mali a repris Kidal.", "fr", "Avec l'aide de la Russie, le Mali a repris Kidal.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Mali asked Russia for military help.", "en", "Mali asked Russia for military help.", nil},
		{"Mali requested Russian military assistance.", "en", "Mali requested Russian military assistance.", nil},
		{"Niger sought Turkish help against the jihadists.", "en", "Niger sought Turkish help against the jihadists.", nil},
		{"Somalia appealed for Turkish support against al-Shabaab.", "en", "Somalia appealed for Turkish support against al-Shabaab.", nil},
		{"Mali retook Kidal with the help of Russia.", "en", "Mali retook Kidal with the help of Russia.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Le Mali a repris Kidal avec l'aide de la Russie.", "fr", "Le Mali a repris Kidal avec l'aide de la Russie.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Mali has asked Russia to train its pilots.", "en", "Mali has asked Russia to train its pilots.", nil},
		{"Le Mali a demandé à la Russie de former ses pilotes.", "fr", "Le Mali a demandé à la Russie de former ses pilotes.", nil},
		{"Le Mali a reçu le Tchad et le Niger.", "fr", "Le Mali a reçu le Tchad et le Niger.", nil},
		{"Bamako a reçu le Niger pour des consultations.", "fr", "Bamako a reçu le Niger pour des consultations.", nil},
		{"Le président malien a reçu le ministre tchadien de la Défens", "fr", "Le président malien a reçu le ministre tchadien de la Défense.", nil},
		{"Le Mali a reçu des drones de la Turquie.", "fr", "Le Mali a reçu des drones de la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"Le Mali a reçu de la Turquie des drones Bayraktar.", "fr", "Le Mali a reçu de la Turquie des drones Bayraktar.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"Le Mali a reçu des armes de la Russie et de la Chine.", "fr", "Le Mali a reçu des armes de la Russie et de la Chine.", []rel{
			{"china", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "mali", ""}}},
		{"Le Mali a accueilli le Niger et le Burkina Faso pour un somm", "fr", "Le Mali a accueilli le Niger et le Burkina Faso pour un sommet de l'AES.", nil},
		{"Mali hosted Niger and Burkina Faso for a summit.", "en", "Mali hosted Niger and Burkina Faso for a summit.", nil},
		{"Mali received Niger's defence minister.", "en", "Mali received Niger's defence minister.", nil},
		{"Mali received drones from Turkey.", "en", "Mali received drones from Turkey.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"Mali received Turkish drones in 2022.", "en", "Mali received Turkish drones in 2022.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"The Malian army received Turkey's Bayraktar drones.", "en", "The Malian army received Turkey's Bayraktar drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"Egypt hosted Sudan for talks on the war.", "en", "Egypt hosted Sudan for talks on the war.", nil},
		{"Egypt received weapons from France and Russia.", "en", "Egypt received weapons from France and Russia.", []rel{
			{"france", graph.Supplies, "egypt", ""}, {"russia", graph.Supplies, "egypt", ""}}},
		{"Le Tchad a accueilli des réfugiés soudanais.", "fr", "Le Tchad a accueilli des réfugiés soudanais.", nil},
		{"Le Mali a reçu la Turquie lors d'une visite officielle.", "fr", "Le Mali a reçu la Turquie lors d'une visite officielle.", nil},
		{"Egypt signed an economic partnership with Somalia in March a", "en", "Egypt signed an economic partnership with Somalia in March and a defence pact in August.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"Egypt signed a defence pact with Somalia in August 2024.", "en", "Egypt signed a defence pact with Somalia in August 2024.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"Turkey signed a trade deal with Somalia in February and a de", "en", "Turkey signed a trade deal with Somalia in February and a defence agreement in March.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"Mali signed a defence pact with Niger in 2023.", "en", "Mali signed a defence pact with Niger in 2023.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"L'Égypte a signé un partenariat économique avec la Somalie e", "fr", "L'Égypte a signé un partenariat économique avec la Somalie en mars et un pacte de défense en août.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"L'Égypte a signé un pacte de défense avec la Somalie en août", "fr", "L'Égypte a signé un pacte de défense avec la Somalie en août 2024.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"La Turquie a signé un accord commercial avec la Somalie en f", "fr", "La Turquie a signé un accord commercial avec la Somalie en février et un accord de défense en mars.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"Le Mali a signé un pacte de défense avec le Niger en 2023.", "fr", "Le Mali a signé un pacte de défense avec le Niger en 2023.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"Mali and Niger signed a defence pact in September 2023.", "en", "Mali and Niger signed a defence pact in September 2023.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"Le Mali et le Niger ont signé un pacte de défense en septemb", "fr", "Le Mali et le Niger ont signé un pacte de défense en septembre 2023.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"Egypt and Somalia signed a trade agreement in March.", "en", "Egypt and Somalia signed a trade agreement in March.", nil},
		{"L'Égypte et la Somalie ont signé un accord commercial en mar", "fr", "L'Égypte et la Somalie ont signé un accord commercial en mars.", nil},
		{"UN experts said the UAE supplied weapons to the RSF.", "en", "UN experts said the UAE supplied weapons to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"A UN panel of experts found that Eritrea trained the TPLF.", "en", "A UN panel of experts found that Eritrea trained the TPLF.", []rel{
			{"eritrea", graph.Trains, "tplf", "h"}}},
		{"A report by UN experts says the UAE armed the RSF.", "en", "A report by UN experts says the UAE armed the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"UN experts accused Rwanda of backing the M23.", "en", "UN experts accused Rwanda of backing the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"According to UN experts, Rwanda trains M23 fighters.", "en", "According to UN experts, Rwanda trains M23 fighters.", []rel{
			{"rwanda", graph.Trains, "m23", "h"}}},
		{"The UN Panel of Experts on Sudan said the UAE supplied weapo", "en", "The UN Panel of Experts on Sudan said the UAE supplied weapons to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Selon des experts de l'ONU, le Rwanda forme des combattants ", "fr", "Selon des experts de l'ONU, le Rwanda forme des combattants du M23.", []rel{
			{"rwanda", graph.Trains, "m23", "h"}}},
		{"Un rapport d'experts de l'ONU affirme que les Émirats arment", "fr", "Un rapport d'experts de l'ONU affirme que les Émirats arment les FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Des experts de l'ONU accusent le Rwanda de soutenir le M23.", "fr", "Des experts de l'ONU accusent le Rwanda de soutenir le M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"Le groupe d'experts de l'ONU a conclu que l'Érythrée avait f", "fr", "Le groupe d'experts de l'ONU a conclu que l'Érythrée avait formé le TPLF.", []rel{
			{"eritrea", graph.Trains, "tplf", "h"}}},
		{"UN investigators said Russia supplied drones to Mali.", "en", "UN investigators said Russia supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"A confidential UN report seen by Reuters said Rwanda armed t", "en", "A confidential UN report seen by Reuters said Rwanda armed the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"The Houthis, backed by Iran, fired at Israel.", "en", "The Houthis, backed by Iran, fired at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"The Houthis, backed by Iran, fired missiles at Israel.", "en", "The Houthis, backed by Iran, fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"The M23, backed by Rwanda, attacked the Congolese army.", "en", "The M23, backed by Rwanda, attacked the Congolese army.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"m23", graph.Allied, "rwanda", ""}}},
		{"The M23, backed by Rwanda and Uganda, attacked the Congolese", "en", "The M23, backed by Rwanda and Uganda, attacked the Congolese army.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"dr-congo", graph.Opposed, "rwanda", ""}, {"dr-congo", graph.Opposed, "uganda", ""}, {"m23", graph.Allied, "rwanda", ""}, {"m23", graph.Allied, "uganda", ""}}},
		{"The RSF, supported by the UAE, attacked the Sudanese army.", "en", "The RSF, supported by the UAE, attacked the Sudanese army.", []rel{
			{"rsf", graph.Allied, "united-arab-emirates", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"The Houthis, who are backed by Iran, fired missiles at Israe", "en", "The Houthis, who are backed by Iran, fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"The M23, which Rwanda backs, attacked the Congolese army.", "en", "The M23, which Rwanda backs, attacked the Congolese army.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"m23", graph.Allied, "rwanda", ""}}},
		{"The M23, fighting alongside Rwandan troops, attacked the Con", "en", "The M23, fighting alongside Rwandan troops, attacked the Congolese army.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"dr-congo", graph.Opposed, "rwanda", ""}, {"m23", graph.Allied, "rwanda", ""}}},
		{"The Malian army, supported by Russia, attacked the FLA.", "en", "The Malian army, supported by Russia, attacked the FLA.", []rel{
			{"fla", graph.Opposed, "mali", ""}, {"mali", graph.Allied, "russia", ""}}},
		{"The Malian army, backed by Russia and Turkey, attacked the F", "en", "The Malian army, backed by Russia and Turkey, attacked the FLA.", []rel{
			{"fla", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "russia", ""}, {"fla", graph.Opposed, "turkey", ""}, {"mali", graph.Allied, "russia", ""}, {"mali", graph.Allied, "turkey", ""}}},
		{"Le M23, soutenu par le Rwanda, a attaqué les FARDC.", "fr", "Le M23, soutenu par le Rwanda, a attaqué les FARDC.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"m23", graph.Allied, "rwanda", ""}}},
		{"Les FSR, appuyées par les Émirats, ont attaqué l'armée souda", "fr", "Les FSR, appuyées par les Émirats, ont attaqué l'armée soudanaise.", []rel{
			{"rsf", graph.Allied, "united-arab-emirates", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"Les FAMa, épaulées par la Russie, ont attaqué le FLA.", "fr", "Les FAMa, épaulées par la Russie, ont attaqué le FLA.", []rel{
			{"fla", graph.Opposed, "mali", ""}, {"mali", graph.Allied, "russia", ""}}},
		{"Les FAMa, épaulées par la Russie et par la Turquie, ont atta", "fr", "Les FAMa, épaulées par la Russie et par la Turquie, ont attaqué le FLA.", []rel{
			{"fla", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "russia", ""}, {"fla", graph.Opposed, "turkey", ""}, {"mali", graph.Allied, "russia", ""}}},
		{"Les FACA, épaulées par Wagner et par des soldats rwandais, o", "fr", "Les FACA, épaulées par Wagner et par des soldats rwandais, ont repoussé la CPC.", []rel{
			{"central-african-republic", graph.Allied, "wagner-group", ""}, {"central-african-republic", graph.Opposed, "cpc", ""}, {"cpc", graph.Opposed, "rwanda", ""}, {"cpc", graph.Opposed, "wagner-group", ""}}},
		{"Le M23, combattant aux côtés de soldats rwandais, a attaqué ", "fr", "Le M23, combattant aux côtés de soldats rwandais, a attaqué les FARDC.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"dr-congo", graph.Opposed, "rwanda", ""}, {"m23", graph.Allied, "rwanda", ""}}},
		{"Les Houthis, soutenus par l'Iran, ont tiré des missiles sur ", "fr", "Les Houthis, soutenus par l'Iran, ont tiré des missiles sur Israël.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"The Iran-backed Houthis fired missiles at Israel.", "en", "The Iran-backed Houthis fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"Les FARDC, appuyées par les FDLR, ont attaqué le M23.", "fr", "Les FARDC, appuyées par les FDLR, ont attaqué le M23.", []rel{
			{"dr-congo", graph.Allied, "fdlr", ""}, {"dr-congo", graph.Opposed, "m23", ""}}},
		{"The Congolese army, backed by the FDLR and Burundian troops,", "en", "The Congolese army, backed by the FDLR and Burundian troops, attacked the M23.", []rel{
			{"burundi", graph.Allied, "dr-congo", ""}, {"burundi", graph.Opposed, "m23", ""}, {"dr-congo", graph.Allied, "fdlr", ""}, {"dr-congo", graph.Opposed, "m23", ""}, {"fdlr", graph.Opposed, "m23", ""}}},
		{"Sudanese army chief Abdel Fattah al-Burhan visited Ankara on", "en", "Sudanese army chief Abdel Fattah al-Burhan visited Ankara on Tuesday, where he met Turkish officials.", nil},
		{"Former Libyan commander Khalifa Haftar's forces have receive", "en", "Former Libyan commander Khalifa Haftar's forces have received drones from the UAE.", []rel{
			{"united-arab-emirates", graph.Supplies, "lna", ""}}},
		{"Rwandan General James Kabarebe has been sanctioned by Washin", "en", "Rwandan General James Kabarebe has been sanctioned by Washington.", []rel{
			{"james-kabarebe", graph.Opposed, "united-states", ""}}},
		{"Russian Field Marshal Sergei Shoigu visited Pyongyang.", "en", "Russian Field Marshal Sergei Shoigu visited Pyongyang.", nil},
		{"Chadian General Mahamat Idriss Deby seized power in 2021.", "en", "Chadian General Mahamat Idriss Deby seized power in 2021.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"Chad's military ruler Mahamat Idriss Deby has armed the RSF,", "en", "Chad's military ruler Mahamat Idriss Deby has armed the RSF, according to Sudanese officials.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"Malian Colonel Assimi Goita led the coups of 2020 and 2021.", "en", "Malian Colonel Assimi Goita led the coups of 2020 and 2021.", nil},
		{"Nigerien General Abdourahamane Tiani expelled French troops.", "en", "Nigerien General Abdourahamane Tiani expelled French troops.", []rel{
			{"abdourahamane-tiani", graph.Opposed, "france", ""}}},
		{"Burkinabe Captain Ibrahim Traore has turned to Russia for mi", "en", "Burkinabe Captain Ibrahim Traore has turned to Russia for military aid.", []rel{
			{"ibrahim-traore", graph.Allied, "russia", ""}}},
		{"Haftar, the Libyan commander, is said to have received Russi", "en", "Haftar, the Libyan commander, is said to have received Russian instructors.", nil},
		{"The Sudanese commander of the RSF, Mohamed Hamdan Dagalo, vi", "en", "The Sudanese commander of the RSF, Mohamed Hamdan Dagalo, visited Kampala.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"Ugandan army commander Muhoozi Kainerugaba threatened to inv", "en", "Ugandan army commander Muhoozi Kainerugaba threatened to invade Sudan.", nil},
		{"Le général nigérien Abdourahamane Tiani a expulsé les troupe", "fr", "Le général nigérien Abdourahamane Tiani a expulsé les troupes françaises.", []rel{
			{"abdourahamane-tiani", graph.Opposed, "france", ""}}},
		{"Le colonel malien Assimi Goïta a pris le pouvoir en 2020.", "fr", "Le colonel malien Assimi Goïta a pris le pouvoir en 2020.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"Le capitaine burkinabè Ibrahim Traoré s'est tourné vers la R", "fr", "Le capitaine burkinabè Ibrahim Traoré s'est tourné vers la Russie.", []rel{
			{"ibrahim-traore", graph.Allied, "russia", ""}}},
		{"Le chef de l'armée soudanaise, le général Abdel Fattah al-Bu", "fr", "Le chef de l'armée soudanaise, le général Abdel Fattah al-Burhane, s'est rendu à Ankara.", nil},
		{"Le commandant des FSR, Mohamed Hamdan Daglo, a rencontré le ", "fr", "Le commandant des FSR, Mohamed Hamdan Daglo, a rencontré le président ougandais.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"Le maréchal Khalifa Haftar, homme fort de l'est libyen, a re", "fr", "Le maréchal Khalifa Haftar, homme fort de l'est libyen, a reçu des instructeurs russes.", nil},
		{"Le chef d'état-major ougandais Muhoozi Kainerugaba a menacé ", "fr", "Le chef d'état-major ougandais Muhoozi Kainerugaba a menacé le Soudan.", nil},
		{"Sudan's Burhan has received Turkish drones.", "en", "Sudan's Burhan has received Turkish drones.", nil},
		{"Rwanda's Paul Kagame denied backing the M23.", "en", "Rwanda's Paul Kagame denied backing the M23.", []rel{
			{"m23", graph.Allied, "paul-kagame", "n"}}},
		{"Chad's Mahamat Idriss Deby hosted Emirati officials in N'Dja", "en", "Chad's Mahamat Idriss Deby hosted Emirati officials in N'Djamena.", nil},
		{"Weapons from Chad's Mahamat Idriss Deby reached the RSF.", "en", "Weapons from Chad's Mahamat Idriss Deby reached the RSF.", nil},
		{"The M23 receives weapons from Uganda's Muhoozi Kainerugaba, ", "en", "The M23 receives weapons from Uganda's Muhoozi Kainerugaba, a UN report said.", nil},
		{"Les FSR reçoivent des armes du Libyen Khalifa Haftar.", "fr", "Les FSR reçoivent des armes du Libyen Khalifa Haftar.", nil},
		{"Le Libyen Khalifa Haftar a livré du carburant aux FSR.", "fr", "Le Libyen Khalifa Haftar a livré du carburant aux FSR.", nil},
		{"Neither Uganda nor Burundi has deployed troops alongside the", "en", "Neither Uganda nor Burundi has deployed troops alongside the M23.", []rel{
			{"burundi", graph.Allied, "m23", "n"}, {"m23", graph.Allied, "uganda", "n"}}},
		{"Both Egypt and Turkey deny sending weapons to the Sudanese a", "en", "Both Egypt and Turkey deny sending weapons to the Sudanese army.", []rel{
			{"egypt", graph.Supplies, "sudan", "n"}, {"turkey", graph.Supplies, "sudan", "n"}}},
		{"Egypt, Turkey and Qatar have not sent weapons to the RSF, of", "en", "Egypt, Turkey and Qatar have not sent weapons to the RSF, officials say.", []rel{
			{"egypt", graph.Supplies, "rsf", "hn"}, {"qatar", graph.Supplies, "rsf", "hn"}, {"turkey", graph.Supplies, "rsf", "hn"}}},
		{"Neither Iran nor Russia supplied the Houthis with missiles, ", "en", "Neither Iran nor Russia supplied the Houthis with missiles, their governments insist.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}, {"russia", graph.Supplies, "houthis", "n"}}},
		{"Neither Wagner nor Africa Corps has trained Burkinabe soldie", "en", "Neither Wagner nor Africa Corps has trained Burkinabe soldiers.", []rel{
			{"africa-corps", graph.Trains, "burkina-faso", "n"}, {"wagner-group", graph.Trains, "burkina-faso", "n"}}},
		{"Niger and Mali did not fight alongside the Algerian army.", "en", "Niger and Mali did not fight alongside the Algerian army.", []rel{
			{"algeria", graph.Allied, "mali", "n"}, {"algeria", graph.Allied, "niger", "n"}}},
		{"Ni l'Égypte ni l'Érythrée n'ont envoyé de soldats soutenir l", "fr", "Ni l'Égypte ni l'Érythrée n'ont envoyé de soldats soutenir l'armée soudanaise.", []rel{
			{"egypt", graph.Allied, "sudan", "n"}, {"eritrea", graph.Allied, "sudan", "n"}}},
		{"Ni Wagner ni Africa Corps n'ont formé de soldats burkinabè.", "fr", "Ni Wagner ni Africa Corps n'ont formé de soldats burkinabè.", []rel{
			{"africa-corps", graph.Trains, "burkina-faso", "n"}, {"wagner-group", graph.Trains, "burkina-faso", "n"}}},
		{"Le Mali et le Niger n'ont pas combattu aux côtés de l'armée ", "fr", "Le Mali et le Niger n'ont pas combattu aux côtés de l'armée algérienne.", []rel{
			{"algeria", graph.Allied, "mali", "n"}, {"algeria", graph.Allied, "niger", "n"}}},
		{"L'Ouganda et le Burundi démentent avoir armé le M23.", "fr", "L'Ouganda et le Burundi démentent avoir armé le M23.", []rel{
			{"burundi", graph.Supplies, "m23", "n"}, {"uganda", graph.Supplies, "m23", "n"}}},
		{"Ni l'Iran ni la Russie n'ont livré de missiles aux Houthis, ", "fr", "Ni l'Iran ni la Russie n'ont livré de missiles aux Houthis, assurent leurs gouvernements.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}, {"russia", graph.Supplies, "houthis", "n"}}},
		{"It is not true that Moscow never delivered helicopters to Ba", "en", "It is not true that Moscow never delivered helicopters to Bamako, the minister said.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"Kinshasa says it is false that Kigali has never armed the M2", "en", "Kinshasa says it is false that Kigali has never armed the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"Il n'est pas vrai que Moscou n'ait jamais livré d'hélicoptèr", "fr", "Il n'est pas vrai que Moscou n'ait jamais livré d'hélicoptères à Bamako, a déclaré le ministre.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"Kinshasa affirme qu'il est faux de dire que Kigali n'a jamai", "fr", "Kinshasa affirme qu'il est faux de dire que Kigali n'a jamais armé le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"Russia does not deny that it trains Malian soldiers.", "en", "Russia does not deny that it trains Malian soldiers.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"La Russie ne nie pas former des soldats maliens.", "fr", "La Russie ne nie pas former des soldats maliens.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"No one doubts that Iran arms the Houthis.", "en", "No one doubts that Iran arms the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Uganda denies that its territory is used to supply the M23.", "en", "Uganda denies that its territory is used to supply the M23.", nil},
		{"Chad has denied that its airports were used to deliver weapo", "en", "Chad has denied that its airports were used to deliver weapons to the RSF.", nil},
		{"Rwanda allowed M23 fighters to cross its territory.", "en", "Rwanda allowed M23 fighters to cross its territory.", nil},
		{"Egypt let Turkish drones use its airspace to strike the RSF.", "en", "Egypt let Turkish drones use its airspace to strike the RSF.", []rel{
			{"rsf", graph.Opposed, "turkey", ""}}},
		{"Kenya refused to let its territory be used to train Somali m", "en", "Kenya refused to let its territory be used to train Somali militias.", nil},
		{"Chad denies allowing Emirati planes to deliver weapons to th", "en", "Chad denies allowing Emirati planes to deliver weapons to the RSF through Amdjarass.", nil},
		{"L'Ouganda dément que son territoire serve à ravitailler le M", "fr", "L'Ouganda dément que son territoire serve à ravitailler le M23.", nil},
		{"Le Tchad nie que ses aéroports aient servi à livrer des arme", "fr", "Le Tchad nie que ses aéroports aient servi à livrer des armes aux FSR.", nil},
		{"Le Rwanda a laissé des combattants du M23 traverser son terr", "fr", "Le Rwanda a laissé des combattants du M23 traverser son territoire.", nil},
		{"Le Tchad dément avoir autorisé des avions émiratis à livrer ", "fr", "Le Tchad dément avoir autorisé des avions émiratis à livrer des armes aux FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "n"}}},
		{"Le Tchad a permis aux Émirats d'armer les FSR depuis Amdjara", "fr", "Le Tchad a permis aux Émirats d'armer les FSR depuis Amdjarass.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"Mali has asked Turkey for more Bayraktar drones.", "en", "Mali has asked Turkey for more Bayraktar drones.", nil},
		{"Somalia called on Egypt to send troops.", "en", "Somalia called on Egypt to send troops.", nil},
		{"The Sudanese army requested Russian help against the RSF.", "en", "The Sudanese army requested Russian help against the RSF.", nil},
		{"Bamako appealed to Moscow for military assistance.", "en", "Bamako appealed to Moscow for military assistance.", nil},
		{"Niger sought Russian instructors to train its soldiers.", "en", "Niger sought Russian instructors to train its soldiers.", nil},
		{"Bamako a sollicité l'aide militaire de Moscou face aux jihad", "fr", "Bamako a sollicité l'aide militaire de Moscou face aux jihadistes.", nil},
		{"Le Niger a demandé à la Russie de lui livrer des drones.", "fr", "Le Niger a demandé à la Russie de lui livrer des drones.", nil},
		{"Mogadiscio a appelé l'Égypte à envoyer des troupes.", "fr", "Mogadiscio a appelé l'Égypte à envoyer des troupes.", nil},
		{"Le Mali a obtenu l'aide de la Russie.", "fr", "Le Mali a obtenu l'aide de la Russie.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Mali obtained Russian help against the jihadists.", "en", "Mali obtained Russian help against the jihadists.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Mali received Russian help against the jihadists.", "en", "Mali received Russian help against the jihadists.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Le Mali a reçu l'aide de la Russie contre les jihadistes.", "fr", "Le Mali a reçu l'aide de la Russie contre les jihadistes.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Ankara hosted Somalia's defence minister last week.", "en", "Ankara hosted Somalia's defence minister last week.", nil},
		{"Mali received a Russian delegation in Bamako.", "en", "Mali received a Russian delegation in Bamako.", nil},
		{"Burkina Faso received Niger's prime minister on Monday.", "en", "Burkina Faso received Niger's prime minister on Monday.", nil},
		{"Egypt received Sudan's army chief in Cairo.", "en", "Egypt received Sudan's army chief in Cairo.", nil},
		{"Niger received the Russian deputy defence minister.", "en", "Niger received the Russian deputy defence minister.", nil},
		{"Le Burkina Faso a reçu le Premier ministre nigérien lundi.", "fr", "Le Burkina Faso a reçu le Premier ministre nigérien lundi.", nil},
		{"L'Égypte a reçu le chef de l'armée soudanaise au Caire.", "fr", "L'Égypte a reçu le chef de l'armée soudanaise au Caire.", nil},
		{"Le Mali a reçu une délégation russe à Bamako.", "fr", "Le Mali a reçu une délégation russe à Bamako.", nil},
		{"Le Niger a reçu la visite du vice-ministre russe de la Défen", "fr", "Le Niger a reçu la visite du vice-ministre russe de la Défense.", nil},
		{"Le Tchad a accueilli le chef des FSR, Mohamed Hamdan Daglo.", "fr", "Le Tchad a accueilli le chef des FSR, Mohamed Hamdan Daglo.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"Chad hosted RSF leader Mohamed Hamdan Dagalo in N'Djamena.", "en", "Chad hosted RSF leader Mohamed Hamdan Dagalo in N'Djamena.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"Russia and Mali signed a nuclear energy deal in October and ", "en", "Russia and Mali signed a nuclear energy deal in October and a military cooperation agreement in November.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Turkey signed a maritime deal with Somalia in February 2024 ", "en", "Turkey signed a maritime deal with Somalia in February 2024 and an oil exploration agreement in March 2024.", nil},
		{"In March Egypt signed a defence pact with Somalia, and in Au", "en", "In March Egypt signed a defence pact with Somalia, and in August it sent weapons.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"La Russie et le Mali ont signé un accord nucléaire en octobr", "fr", "La Russie et le Mali ont signé un accord nucléaire en octobre et un accord de coopération militaire en novembre.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"En mars, l'Égypte a signé un pacte de défense avec la Somali", "fr", "En mars, l'Égypte a signé un pacte de défense avec la Somalie, et en août elle lui a livré des armes.", []rel{
			{"egypt", graph.Allied, "somalia", ""}, {"egypt", graph.Supplies, "somalia", ""}}},
		{"Mali signed a defence pact with Burkina Faso on 16 September", "en", "Mali signed a defence pact with Burkina Faso on 16 September 2023.", []rel{
			{"burkina-faso", graph.Allied, "mali", ""}}},
		{"Mali, Burkina Faso and Niger signed the Liptako-Gourma Chart", "en", "Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter in September 2023.", nil},
		{"Rwanda signed a mining deal with the DRC in June and a peace", "en", "Rwanda signed a mining deal with the DRC in June and a peace agreement in July.", nil},
		{"Le Rwanda a signé un accord minier avec la RDC en juin et un", "fr", "Le Rwanda a signé un accord minier avec la RDC en juin et un accord de paix en juillet.", nil},
		{"UN experts said they had seen evidence that the UAE supplied", "en", "UN experts said they had seen evidence that the UAE supplied weapons to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"A report by the UN Group of Experts on the DRC accuses Rwand", "en", "A report by the UN Group of Experts on the DRC accuses Rwanda of commanding the M23.", []rel{
			{"rwanda", graph.MemberOf, "m23", "h"}}},
		{"The UN Panel of Experts on Yemen said Iran supplied the Hout", "en", "The UN Panel of Experts on Yemen said Iran supplied the Houthis with drones.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"Amnesty International said the UAE supplied weapons to the R", "en", "Amnesty International said the UAE supplied weapons to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Human Rights Watch researchers said Russia trained Malian so", "en", "Human Rights Watch researchers said Russia trained Malian soldiers.", []rel{
			{"russia", graph.Trains, "mali", "h"}}},
		{"Selon Amnesty International, les Émirats ont livré des armes", "fr", "Selon Amnesty International, les Émirats ont livré des armes aux FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Des chercheurs de Human Rights Watch affirment que la Russie", "fr", "Des chercheurs de Human Rights Watch affirment que la Russie forme des soldats maliens.", []rel{
			{"russia", graph.Trains, "mali", "h"}}},
		{"The RSF, which the UAE backs, attacked El Fasher.", "en", "The RSF, which the UAE backs, attacked El Fasher.", []rel{
			{"rsf", graph.Allied, "united-arab-emirates", ""}}},
		{"The M23, Rwanda's proxy, attacked the Congolese army.", "en", "The M23, Rwanda's proxy, attacked the Congolese army.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"m23", graph.Allied, "rwanda", ""}}},
		{"The Houthis, armed by Iran, attacked shipping in the Red Sea", "en", "The Houthis, armed by Iran, attacked shipping in the Red Sea.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"The M23, armed and trained by Rwanda, attacked the Congolese", "en", "The M23, armed and trained by Rwanda, attacked the Congolese army.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"rwanda", graph.Supplies, "m23", ""}, {"rwanda", graph.Trains, "m23", ""}}},
		{"The Sudanese army, backed by Egypt, retook Khartoum from the", "en", "The Sudanese army, backed by Egypt, retook Khartoum from the RSF.", []rel{
			{"egypt", graph.Allied, "sudan", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"Haftar's forces, backed by Russia and the UAE, attacked Trip", "en", "Haftar's forces, backed by Russia and the UAE, attacked Tripoli in 2019.", []rel{
			{"libya", graph.Opposed, "lna", ""}, {"libya", graph.Opposed, "russia", ""}, {"libya", graph.Opposed, "united-arab-emirates", ""}, {"lna", graph.Allied, "russia", ""}, {"lna", graph.Allied, "united-arab-emirates", ""}}},
		{"Haftar's forces, backed by Russia, attacked Tripoli in 2019.", "en", "Haftar's forces, backed by Russia, attacked Tripoli in 2019.", []rel{
			{"libya", graph.Opposed, "lna", ""}, {"lna", graph.Allied, "russia", ""}}},
		{"Les Houthis, armés par l'Iran, ont attaqué des navires en me", "fr", "Les Houthis, armés par l'Iran, ont attaqué des navires en mer Rouge.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Le M23, armé et formé par le Rwanda, a attaqué les FARDC.", "fr", "Le M23, armé et formé par le Rwanda, a attaqué les FARDC.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"rwanda", graph.Supplies, "m23", ""}, {"rwanda", graph.Trains, "m23", ""}}},
		{"L'armée soudanaise, soutenue par l'Égypte, a repris Khartoum", "fr", "L'armée soudanaise, soutenue par l'Égypte, a repris Khartoum aux FSR.", []rel{
			{"egypt", graph.Allied, "sudan", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"Les forces de Haftar, soutenues par la Russie, ont attaqué T", "fr", "Les forces de Haftar, soutenues par la Russie, ont attaqué Tripoli en 2019.", []rel{
			{"libya", graph.Opposed, "lna", ""}, {"lna", graph.Allied, "russia", ""}}},
		{"Backed by Iran, the Houthis fired missiles at Israel.", "en", "Backed by Iran, the Houthis fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"Soutenus par l'Iran, les Houthis ont tiré des missiles sur I", "fr", "Soutenus par l'Iran, les Houthis ont tiré des missiles sur Israël.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"The Houthis, with the support of Iran, fired missiles at Isr", "en", "The Houthis, with the support of Iran, fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"The RSF, which UN experts say receives weapons from the UAE ", "en", "The RSF, which UN experts say receives weapons from the UAE via Chad, denied the accusation.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Eastern Libya's Khalifa Haftar has long been accused of supp", "en", "Eastern Libya's Khalifa Haftar has long been accused of supplying fuel to the RSF.", nil},
		{"The Sudanese army, led by General Abdel Fattah al-Burhan, re", "en", "The Sudanese army, led by General Abdel Fattah al-Burhan, receives drones from Iran.", []rel{
			{"abdel-fattah-al-burhan", graph.Leads, "sudan", ""}, {"iran", graph.Supplies, "sudan", ""}}},
		{"Russian-born commander Dmitry Utkin co-founded Wagner.", "en", "Russian-born commander Dmitry Utkin co-founded Wagner.", nil},
		{"The Turkish commander of the mission, General Ali Kemal, met", "en", "The Turkish commander of the mission, General Ali Kemal, met Somali officials.", nil},
		{"Egyptian President Abdel Fattah al-Sisi hosted Sudan's army ", "en", "Egyptian President Abdel Fattah al-Sisi hosted Sudan's army chief in Cairo on Sunday.", []rel{
			{"abdel-fattah-el-sisi", graph.Leads, "egypt", ""}}},
		{"Kenyan President William Ruto received M23 leader Corneille ", "en", "Kenyan President William Ruto received M23 leader Corneille Nangaa's envoy.", []rel{
			{"corneille-nangaa", graph.Leads, "m23", ""}, {"william-ruto", graph.Leads, "kenya", ""}}},
		{"Ethiopian Prime Minister Abiy Ahmed met Eritrean President I", "en", "Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki in Asmara.", []rel{
			{"abiy-ahmed", graph.Leads, "ethiopia", ""}, {"isaias-afwerki", graph.Leads, "eritrea", ""}}},
		{"Le président égyptien Abdel Fattah al-Sissi a reçu le chef d", "fr", "Le président égyptien Abdel Fattah al-Sissi a reçu le chef de l'armée soudanaise au Caire.", []rel{
			{"abdel-fattah-el-sisi", graph.Leads, "egypt", ""}}},
		{"Le Premier ministre éthiopien Abiy Ahmed a rencontré le prés", "fr", "Le Premier ministre éthiopien Abiy Ahmed a rencontré le président érythréen Isaias Afwerki.", []rel{
			{"abiy-ahmed", graph.Leads, "ethiopia", ""}, {"isaias-afwerki", graph.Leads, "eritrea", ""}}},
		{"Le général russe Andreï Averianov s'est rendu à Bamako.", "fr", "Le général russe Andreï Averianov s'est rendu à Bamako.", nil},
		{"Le commandant turc de la mission a rencontré des responsable", "fr", "Le commandant turc de la mission a rencontré des responsables somaliens.", nil},
		{"Neither the AU nor ECOWAS has sent troops to Mali since the ", "en", "Neither the AU nor ECOWAS has sent troops to Mali since the coup.", []rel{
			{"african-union", graph.Allied, "mali", "n"}, {"ecowas", graph.Allied, "mali", "n"}}},
		{"Both Chad and the UAE deny that weapons were flown to the RS", "en", "Both Chad and the UAE deny that weapons were flown to the RSF through Amdjarass.", nil},
		{"Neither Moscow nor Beijing has condemned the junta.", "en", "Neither Moscow nor Beijing has condemned the junta.", nil},
		{"Ni l'UA ni la CEDEAO n'ont envoyé de troupes au Mali depuis ", "fr", "Ni l'UA ni la CEDEAO n'ont envoyé de troupes au Mali depuis le coup d'État.", []rel{
			{"african-union", graph.Allied, "mali", "n"}, {"ecowas", graph.Allied, "mali", "n"}}},
		{"Ni Moscou ni Pékin n'ont condamné la junte.", "fr", "Ni Moscou ni Pékin n'ont condamné la junte.", nil},
		{"Nobody can deny that Turkey arms the Syrian National Army.", "en", "Nobody can deny that Turkey arms the Syrian National Army.", []rel{
			{"turkey", graph.Supplies, "syrian-national-army", ""}}},
		{"It is simply not true that the UAE does not arm the RSF, the", "en", "It is simply not true that the UAE does not arm the RSF, the Sudanese envoy said.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"On ne peut pas nier que la Turquie arme l'Armée nationale sy", "fr", "On ne peut pas nier que la Turquie arme l'Armée nationale syrienne.", []rel{
			{"turkey", graph.Supplies, "syrian-national-army", ""}}},
		{"Chad has denied allowing its Amdjarass airstrip to be used t", "en", "Chad has denied allowing its Amdjarass airstrip to be used to supply the RSF.", nil},
		{"Libya's eastern authorities allowed Wagner to use the al-Kha", "en", "Libya's eastern authorities allowed Wagner to use the al-Khadim base to supply the RSF.", []rel{
			{"wagner-group", graph.Supplies, "rsf", ""}}},
		{"Le Tchad a démenti que la piste d'Amdjarass ait servi à appr", "fr", "Le Tchad a démenti que la piste d'Amdjarass ait servi à approvisionner les FSR.", nil},
		{"Les autorités de l'est libyen ont permis à Wagner d'utiliser", "fr", "Les autorités de l'est libyen ont permis à Wagner d'utiliser la base d'al-Khadim pour ravitailler les FSR.", []rel{
			{"wagner-group", graph.Supplies, "rsf", ""}}},
		{"Burkina Faso has asked Russia to send instructors.", "en", "Burkina Faso has asked Russia to send instructors.", nil},
		{"Niger has requested drones from Turkey.", "en", "Niger has requested drones from Turkey.", nil},
		{"The Somali government asked Turkey for more drones.", "en", "The Somali government asked Turkey for more drones.", nil},
		{"Le Burkina Faso a demandé à la Russie d'envoyer des instruct", "fr", "Le Burkina Faso a demandé à la Russie d'envoyer des instructeurs.", nil},
		{"Le Niger a commandé des drones à la Turquie.", "fr", "Le Niger a commandé des drones à la Turquie.", nil},
		{"Le gouvernement somalien a demandé davantage de drones à la ", "fr", "Le gouvernement somalien a demandé davantage de drones à la Turquie.", nil},
		{"Niger hosted a Russian military delegation in Niamey.", "en", "Niger hosted a Russian military delegation in Niamey.", nil},
		{"Le Niger a accueilli une délégation militaire russe à Niamey", "fr", "Le Niger a accueilli une délégation militaire russe à Niamey.", nil},
		{"Bamako a reçu le ministre turc de la Défense pour discuter d", "fr", "Bamako a reçu le ministre turc de la Défense pour discuter de la livraison de drones.", nil},
		{"Bamako received the Turkish defence minister to discuss dron", "en", "Bamako received the Turkish defence minister to discuss drone deliveries.", nil},
		{"Somalia and Turkey signed a defence agreement in February an", "en", "Somalia and Turkey signed a defence agreement in February and a maritime accord in March.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"La Somalie et la Turquie ont signé un accord de défense en f", "fr", "La Somalie et la Turquie ont signé un accord de défense en février et un accord maritime en mars.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"Niger signed a military cooperation agreement with Russia in", "en", "Niger signed a military cooperation agreement with Russia in January and a nuclear deal in July.", []rel{
			{"niger", graph.Allied, "russia", ""}}},
		{"Le Niger a signé un accord de coopération militaire avec la ", "fr", "Le Niger a signé un accord de coopération militaire avec la Russie en janvier et un accord nucléaire en juillet.", []rel{
			{"niger", graph.Allied, "russia", ""}}},
		{"UN experts monitoring the arms embargo said the UAE flew wea", "en", "UN experts monitoring the arms embargo said the UAE flew weapons to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Experts of the UN Security Council said Eritrea trained Ethi", "en", "Experts of the UN Security Council said Eritrea trained Ethiopian troops.", []rel{
			{"eritrea", graph.Trains, "ethiopia", "h"}}},
		{"Les experts de l'ONU chargés de surveiller l'embargo affirme", "fr", "Les experts de l'ONU chargés de surveiller l'embargo affirment que les Émirats ont livré des armes aux FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"The UN mission in Mali said Wagner fought alongside the Mali", "en", "The UN mission in Mali said Wagner fought alongside the Malian army.", []rel{
			{"mali", graph.Allied, "wagner-group", "h"}}},
		{"The EU's panel of experts on Libya said the UAE armed Haftar", "en", "The EU's panel of experts on Libya said the UAE armed Haftar's LNA.", []rel{
			{"khalifa-haftar", graph.Leads, "lna", ""}, {"united-arab-emirates", graph.Supplies, "lna", "h"}}},
		{"The FDLR, backed by the Congolese army, attacked M23 positio", "en", "The FDLR, backed by the Congolese army, attacked M23 positions.", []rel{
			{"dr-congo", graph.Allied, "fdlr", ""}, {"fdlr", graph.Opposed, "m23", ""}}},
		{"The M23, backed by Rwandan special forces, seized Goma.", "en", "The M23, backed by Rwandan special forces, seized Goma.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"Les FDLR, appuyées par l'armée congolaise, ont attaqué des p", "fr", "Les FDLR, appuyées par l'armée congolaise, ont attaqué des positions du M23.", []rel{
			{"dr-congo", graph.Allied, "fdlr", ""}, {"fdlr", graph.Opposed, "m23", ""}}},
		{"Le M23, soutenu par des forces spéciales rwandaises, a pris ", "fr", "Le M23, soutenu par des forces spéciales rwandaises, a pris Goma.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		// (the ANS known since lead17: supported by Turkish drones, allied)
		{"L'ANS, appuyée par des drones turcs, a attaqué les FDS.", "fr", "L'ANS, appuyée par des drones turcs, a attaqué les FDS.", []rel{
			{"syrian-national-army", graph.Allied, "turkey", ""}}},
		{"The Congolese army and the FDLR, backed by Burundian troops,", "en", "The Congolese army and the FDLR, backed by Burundian troops, attacked the M23.", []rel{
			{"burundi", graph.Allied, "dr-congo", ""}, {"burundi", graph.Allied, "fdlr", ""}, {"dr-congo", graph.Opposed, "m23", ""}, {"fdlr", graph.Opposed, "m23", ""}}},
		{"Backed by Russian mercenaries, the Malian army retook Kidal ", "en", "Backed by Russian mercenaries, the Malian army retook Kidal from the rebels.", nil},
		{"Appuyée par des mercenaires russes, l'armée malienne a repri", "fr", "Appuyée par des mercenaires russes, l'armée malienne a repris Kidal aux rebelles.", nil},
		{"UN experts say Rwanda armed the M23.", "en", "UN experts say Rwanda armed the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"UN experts accused the UAE of arming the RSF.", "en", "UN experts accused the UAE of arming the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"UN experts have accused Rwanda of commanding M23 operations.", "en", "UN experts have accused Rwanda of commanding M23 operations.", []rel{
			{"rwanda", graph.MemberOf, "m23", "h"}}},
		{"The M23 is backed by Rwanda, UN experts say.", "en", "The M23 is backed by Rwanda, UN experts say.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"According to UN experts, Rwandan troops fight alongside the ", "en", "According to UN experts, Rwandan troops fight alongside the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"UN experts reported that Eritrean troops fought alongside th", "en", "UN experts reported that Eritrean troops fought alongside the Ethiopian army.", []rel{
			{"eritrea", graph.Allied, "ethiopia", "h"}}},
		{"UN experts found evidence that Iran supplied missiles to the", "en", "UN experts found evidence that Iran supplied missiles to the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"A UN panel said Iran supplied missiles to the Houthis.", "en", "A UN panel said Iran supplied missiles to the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"The UN panel of experts on Libya said the UAE violated the a", "en", "The UN panel of experts on Libya said the UAE violated the arms embargo.", nil},
		{"UN sanctions monitors said North Korea supplied shells to Ru", "en", "UN sanctions monitors said North Korea supplied shells to Russia.", []rel{
			{"north-korea", graph.Supplies, "russia", "h"}}},
		{"UN experts, in a report to the Security Council, said Rwanda", "en", "UN experts, in a report to the Security Council, said Rwanda armed the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"Selon des experts de l'ONU, les Émirats arment les FSR.", "fr", "Selon des experts de l'ONU, les Émirats arment les FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Des experts de l'ONU ont accusé le Rwanda d'armer le M23.", "fr", "Des experts de l'ONU ont accusé le Rwanda d'armer le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"Les experts de l'ONU affirment que des soldats rwandais comb", "fr", "Les experts de l'ONU affirment que des soldats rwandais combattent aux côtés du M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"Un rapport d'experts de l'ONU accuse l'Érythrée d'avoir form", "fr", "Un rapport d'experts de l'ONU accuse l'Érythrée d'avoir formé des soldats éthiopiens.", []rel{
			{"eritrea", graph.Trains, "ethiopia", "h"}}},
		{"Le groupe d'experts de l'ONU sur la Libye a accusé les Émira", "fr", "Le groupe d'experts de l'ONU sur la Libye a accusé les Émirats de violer l'embargo.", nil},
		{"Des experts de l'ONU ont rencontré des représentants du M23 ", "fr", "Des experts de l'ONU ont rencontré des représentants du M23 à Goma.", nil},
		{"UN experts met M23 representatives in Goma.", "en", "UN experts met M23 representatives in Goma.", nil},
		{"UN experts have long accused Rwanda of backing the M23, whic", "en", "UN experts have long accused Rwanda of backing the M23, which it denies.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"Selon le groupe d'experts des Nations unies, le Rwanda contr", "fr", "Selon le groupe d'experts des Nations unies, le Rwanda contrôle les opérations du M23.", nil},
		{"UN experts accused Rwanda of supporting the M23.", "en", "UN experts accused Rwanda of supporting the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"UN experts welcomed the support of the African Union for the", "en", "UN experts welcomed the support of the African Union for the mission.", nil},
		{"The UN supports the Malian transition.", "en", "The UN supports the Malian transition.", nil},
		{"UN peacekeepers fought alongside the Congolese army against ", "en", "UN peacekeepers fought alongside the Congolese army against the M23.", []rel{
			{"dr-congo", graph.Allied, "united-nations", ""}, {"dr-congo", graph.Opposed, "m23", ""}, {"m23", graph.Opposed, "united-nations", ""}}},
		{"Les casques bleus de l'ONU combattent aux côtés des FARDC.", "fr", "Les casques bleus de l'ONU combattent aux côtés des FARDC.", []rel{
			{"dr-congo", graph.Allied, "united-nations", ""}}},
		{"A panel of UN experts said the UAE supplied drones to the RS", "en", "A panel of UN experts said the UAE supplied drones to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Min Aung Hlaing, who heads the junta, was received in Moscow", "en", "Min Aung Hlaing, who heads the junta, was received in Moscow.", nil},
		{"Assimi Goita, who heads the junta, travelled to Moscow.", "en", "Assimi Goita, who heads the junta, travelled to Moscow.", nil},
		{"Assimi Goïta, qui dirige la junte, a été reçu à Moscou.", "fr", "Assimi Goïta, qui dirige la junte, a été reçu à Moscou.", nil},
		{"Myanmar's Min Aung Hlaing, who heads the junta, was received", "en", "Myanmar's Min Aung Hlaing, who heads the junta, was received in Moscow.", []rel{
			{"min-aung-hlaing", graph.Leads, "myanmar", ""}}},
		{"The junta is led by Assimi Goita, who met Putin in Moscow.", "en", "The junta is led by Assimi Goita, who met Putin in Moscow.", nil},
		{"Assimi Goita heads the junta and visited Moscow.", "en", "Assimi Goita heads the junta and visited Moscow.", nil},
		{"Mali's junta is led by Assimi Goita.", "en", "Mali's junta is led by Assimi Goita.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"Assimi Goita, who heads the junta, met Vladimir Putin.", "en", "Assimi Goita, who heads the junta, met Vladimir Putin.", nil},
		{"Assimi Goïta dirige la junte depuis 2021.", "fr", "Assimi Goïta dirige la junte depuis 2021.", nil},
		{"Egypt signed with Somalia a defence pact in August.", "en", "Egypt signed with Somalia a defence pact in August.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"Egypt signed a trade deal with Somalia and a defence pact.", "en", "Egypt signed a trade deal with Somalia and a defence pact.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"Egypt signed a deal with Somalia in March and a defence pact", "en", "Egypt signed a deal with Somalia in March and a defence pact in August.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"Egypt signed an economic deal with Somalia and a defence pac", "en", "Egypt signed an economic deal with Somalia and a defence pact.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"L'Égypte a signé un accord avec la Somalie en mars et un pac", "fr", "L'Égypte a signé un accord avec la Somalie en mars et un pacte de défense en août.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"Le Mali a demandé à la Turquie de former ses pilotes.", "fr", "Le Mali a demandé à la Turquie de former ses pilotes.", nil},
		{"Bamako a exhorté Moscou de lui livrer des hélicoptères.", "fr", "Bamako a exhorté Moscou de lui livrer des hélicoptères.", nil},
		{"Niger asked Russia to deliver drones.", "en", "Niger asked Russia to deliver drones.", nil},
		{"Niger urged Russia to deliver drones to its army.", "en", "Niger urged Russia to deliver drones to its army.", nil},
		{"La Russie a accepté de livrer des drones au Niger.", "fr", "La Russie a accepté de livrer des drones au Niger.", nil},
		{"Le Niger a reçu de la Russie des drones.", "fr", "Le Niger a reçu de la Russie des drones.", []rel{
			{"russia", graph.Supplies, "niger", ""}}},
		{"La Russie a promis au Niger de lui livrer des drones.", "fr", "La Russie a promis au Niger de lui livrer des drones.", nil},
		{"Le Niger a acheté à la Turquie des drones.", "fr", "Le Niger a acheté à la Turquie des drones.", []rel{
			{"turkey", graph.Supplies, "niger", ""}}},
		{"The Malian army relies on Russia to train its soldiers.", "en", "The Malian army relies on Russia to train its soldiers.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"Mali received Russian help.", "en", "Mali received Russian help.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Mali received Russian military support.", "en", "Mali received Russian military support.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"russia", graph.Supplies, "mali", ""}}},
		{"Mali received Russian helicopters.", "en", "Mali received Russian helicopters.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"Mali received Russian logistical support.", "en", "Mali received Russian logistical support.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"russia", graph.Supplies, "mali", ""}}},
		{"Mali received support from Russia against the jihadists.", "en", "Mali received support from Russia against the jihadists.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Le Mali a reçu une aide russe contre les jihadistes.", "fr", "Le Mali a reçu une aide russe contre les jihadistes.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"Le Mali a reçu un soutien militaire russe.", "fr", "Le Mali a reçu un soutien militaire russe.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"russia", graph.Supplies, "mali", ""}}},
		{"Mali joined ECOWAS in 1975.", "en", "Mali joined ECOWAS in 1975.", []rel{
			{"mali", graph.MemberOf, "ecowas", ""}}},
		{"Chad joined the MNJTF offensive against Boko Haram.", "en", "Chad joined the MNJTF offensive against Boko Haram.", []rel{
			{"boko-haram", graph.Opposed, "mnjtf", ""}}},
		{"Benin joined ECOWAS sanctions against Niger.", "en", "Benin joined ECOWAS sanctions against Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"Le Bénin s'est joint aux sanctions de la CEDEAO contre le Ni", "fr", "Le Bénin s'est joint aux sanctions de la CEDEAO contre le Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"Mali joined the AES alliance in 2023.", "en", "Mali joined the AES alliance in 2023.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"Somalia joined the EAC last year.", "en", "Somalia joined the EAC last year.", []rel{
			{"somalia", graph.MemberOf, "east-african-community", ""}}},
		{"Neither Algeria nor Tunisia has armed the RSF, their governm", "en", "Neither Algeria nor Tunisia has armed the RSF, their governments say.", []rel{
			{"algeria", graph.Supplies, "rsf", "n"}, {"tunisia", graph.Supplies, "rsf", "n"}}},
		{"Iran and Russia did not supply the Houthis with missiles, th", "en", "Iran and Russia did not supply the Houthis with missiles, their governments insist.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}, {"russia", graph.Supplies, "houthis", "n"}}},
		{"Iran did not supply the Houthis with missiles, its governmen", "en", "Iran did not supply the Houthis with missiles, its government insists.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}}},
		{"Ni l'Algérie ni la Tunisie n'ont armé les FSR, affirment leu", "fr", "Ni l'Algérie ni la Tunisie n'ont armé les FSR, affirment leurs gouvernements.", []rel{
			{"algeria", graph.Supplies, "rsf", "n"}, {"tunisia", graph.Supplies, "rsf", "n"}}},
		{"Mali met the head of the RSF in Bamako.", "en", "Mali met the head of the RSF in Bamako.", nil},
		{"Chad hosted the head of the RSF in N'Djamena.", "en", "Chad hosted the head of the RSF in N'Djamena.", nil},
		{"Le Mali a rencontré le chef des FSR à Bamako.", "fr", "Le Mali a rencontré le chef des FSR à Bamako.", nil},
		{"There is no doubt that Iran arms the Houthis.", "en", "There is no doubt that Iran arms the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Personne ne doute que l'Iran arme les Houthis.", "fr", "Personne ne doute que l'Iran arme les Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Il ne fait aucun doute que l'Iran arme les Houthis.", "fr", "Il ne fait aucun doute que l'Iran arme les Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Investigators found that Russia supplied drones to Mali.", "en", "Investigators found that Russia supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"Soldiers found weapons that Iran supplied to the Houthis.", "en", "Soldiers found weapons that Iran supplied to the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Mali found that Russia was a reliable partner.", "en", "Mali found that Russia was a reliable partner.", nil},
		{"The RSF is said to receive fuel and weapons from Libya's Kha", "en", "The RSF is said to receive fuel and weapons from Libya's Khalifa Haftar.", nil},
		{"Les FSR recevraient des armes du maréchal libyen Khalifa Haf", "fr", "Les FSR recevraient des armes du maréchal libyen Khalifa Haftar.", nil},
		{"It is not true that Turkey never armed the SNA.", "en", "It is not true that Turkey never armed the SNA.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
		{"Khalifa Haftar has armed the RSF.", "en", "Khalifa Haftar has armed the RSF.", nil},
		{"Khalifa Haftar supplied fuel to the RSF.", "en", "Khalifa Haftar supplied fuel to the RSF.", nil},
		{"Haftar supplied weapons to the RSF.", "en", "Haftar supplied weapons to the RSF.", nil},
		{"The LNA supplied weapons to the RSF.", "en", "The LNA supplied weapons to the RSF.", []rel{
			{"lna", graph.Supplies, "rsf", ""}}},
		{"Mohamed Hamdan Dagalo supplied weapons to the SAF.", "en", "Mohamed Hamdan Dagalo supplied weapons to the SAF.", nil},
		{"Libyan warlord Khalifa Haftar has armed the RSF.", "en", "Libyan warlord Khalifa Haftar has armed the RSF.", nil},
		{"Libya's Khalifa Haftar has armed the RSF.", "en", "Libya's Khalifa Haftar has armed the RSF.", nil},
		{"It is not true that Iran has stopped arming the Houthis.", "en", "It is not true that Iran has stopped arming the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"Il n'est pas exact que les Émirats n'arment pas les FSR, a d", "fr", "Il n'est pas exact que les Émirats n'arment pas les FSR, a déclaré l'envoyé soudanais.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Libyan strongman Khalifa Haftar met Russian Deputy Defence M", "en", "Libyan strongman Khalifa Haftar met Russian Deputy Defence Minister Yunus-Bek Yevkurov in Benghazi.", nil},
		{"L'armée soudanaise a réclamé l'aide de la Russie contre les ", "fr", "L'armée soudanaise a réclamé l'aide de la Russie contre les FSR.", nil},
		{"It would be wrong to say that Russia has never armed the Mal", "en", "It would be wrong to say that Russia has never armed the Malian army.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"Le Niger a reçu des instructeurs russes en 2024.", "fr", "Le Niger a reçu des instructeurs russes en 2024.", []rel{
			{"russia", graph.Trains, "niger", ""}}},
		{"Bamako a accueilli des instructeurs russes.", "fr", "Bamako a accueilli des instructeurs russes.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"Mali welcomed Russian instructors in December 2021.", "en", "Mali welcomed Russian instructors in December 2021.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"Neither Mali nor Burkina Faso has joined ECOWAS sanctions ag", "en", "Neither Mali nor Burkina Faso has joined ECOWAS sanctions against Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"La Turquie a aidé le Mali à former ses pilotes.", "fr", "La Turquie a aidé le Mali à former ses pilotes.", []rel{
			{"turkey", graph.Trains, "mali", ""}}},
		{"With Russian help, Mali retook Kidal.", "en", "With Russian help, Mali retook Kidal.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"With Iranian backing, the Houthis fired missiles at Israel.", "en", "With Iranian backing, the Houthis fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
	})
}

// TestProbe17Open lists the fresh sentences the extractor still reads
// wrong, with their right reading; it logs the difference and does not
// fail, so that a mend shows as a case to move to TestProbe17Fresh.
func TestProbe17Open(t *testing.T) {
	open := 0
	for _, tc := range []relCase{
		{"Neither Egypt nor Turkey has armed the RSF, but the UAE has.", "en", "Neither Egypt nor Turkey has armed the RSF, but the UAE has.", []rel{
			{"egypt", graph.Supplies, "rsf", "n"}, {"turkey", graph.Supplies, "rsf", "n"}, {"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"Turkey has not armed the Malian army, and it is not true tha", "en", "Turkey has not armed the Malian army, and it is not true that it trained Malian pilots.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}, {"turkey", graph.Trains, "mali", "n"}}},
		{"Chad allowed its territory to be used to supply the RSF, UN ", "en", "Chad allowed its territory to be used to supply the RSF, UN experts said.", nil},
		{"The M23 attacked the Congolese army alongside Rwandan troops", "en", "The M23 attacked the Congolese army alongside Rwandan troops.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"dr-congo", graph.Opposed, "rwanda", ""}, {"m23", graph.Allied, "rwanda", ""}}},
		{"Le M23 a attaqué les FARDC aux côtés de l'armée rwandaise.", "fr", "Le M23 a attaqué les FARDC aux côtés de l'armée rwandaise.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"dr-congo", graph.Opposed, "rwanda", ""}, {"m23", graph.Allied, "rwanda", ""}}},
		{"It is not true that Egypt did not send troops to Somalia.", "en", "It is not true that Egypt did not send troops to Somalia.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"Il est faux que l'Égypte n'a pas envoyé de troupes en Somali", "fr", "Il est faux que l'Égypte n'a pas envoyé de troupes en Somalie.", []rel{
			{"egypt", graph.Allied, "somalia", ""}}},
		{"Turkey never said it had not armed the SNA.", "en", "Turkey never said it had not armed the SNA.", nil},
		{"It is not true that Turkey armed the SNA and never trained i", "en", "It is not true that Turkey armed the SNA and never trained it.", []rel{
			{"turkey", graph.Supplies, "somalia", "n"}, {"turkey", graph.Trains, "somalia", ""}}},
		{"The Malian junta received Russian military instructors in 20", "en", "The Malian junta received Russian military instructors in 2021.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"Conflict Armament Research found that Iranian weapons reache", "en", "Conflict Armament Research found that Iranian weapons reached the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"Le groupe d'experts de l'ONU sur la RDC accuse le Rwanda de ", "fr", "Le groupe d'experts de l'ONU sur la RDC accuse le Rwanda de commander le M23.", []rel{
			{"rwanda", graph.MemberOf, "m23", "h"}}},
		{"Les forces de Haftar, soutenues par la Russie et les Émirats", "fr", "Les forces de Haftar, soutenues par la Russie et les Émirats, ont attaqué Tripoli en 2019.", []rel{
			{"libya", graph.Opposed, "lna", ""}, {"libya", graph.Opposed, "russia", ""}, {"libya", graph.Opposed, "united-arab-emirates", ""}, {"lna", graph.Allied, "russia", ""}, {"lna", graph.Allied, "united-arab-emirates", ""}}},
		{"Neither Rwanda nor Uganda has ever admitted training M23 fig", "en", "Neither Rwanda nor Uganda has ever admitted training M23 fighters.", nil},
		{"Ni le Rwanda ni l'Ouganda n'ont jamais reconnu former des co", "fr", "Ni le Rwanda ni l'Ouganda n'ont jamais reconnu former des combattants du M23.", nil},
		{"The SNA, supported by Turkish drones, attacked the SDF.", "en", "The SNA, supported by Turkish drones, attacked the SDF.", []rel{
			{"sdf", graph.Opposed, "syrian-national-army", ""}, {"syrian-national-army", graph.Allied, "turkey", ""}}},
		{"UN experts documented Rwandan support for the M23.", "en", "UN experts documented Rwandan support for the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"The UN experts, who visited Goma, said Rwanda trained M23 fi", "en", "The UN experts, who visited Goma, said Rwanda trained M23 fighters.", []rel{
			{"rwanda", graph.Trains, "m23", "h"}}},
		{"Les enquêteurs de l'ONU ont documenté le soutien du Rwanda a", "fr", "Les enquêteurs de l'ONU ont documenté le soutien du Rwanda au M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"A UN panel backed claims that Rwanda supports the M23.", "en", "A UN panel backed claims that Rwanda supports the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"Le groupe d'experts de l'ONU a documenté l'appui du Rwanda a", "fr", "Le groupe d'experts de l'ONU a documenté l'appui du Rwanda au M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"The army found that the RSF had attacked the town with Emira", "en", "The army found that the RSF had attacked the town with Emirati drones.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
	} {
		c := run(t, tc.lang, tc.text)
		if got := relations(c); !sameRels(got, tc.want) {
			open++
			t.Logf("%s: got %v, want %v", tc.text, got, tc.want)
		}
	}
	t.Logf("%d open readings", open)
}

// sameRels reports whether two lists hold the same relations, in any
// order.
func sameRels(a, b []rel) bool {
	if len(a) != len(b) {
		return false
	}
	used := make([]bool, len(b))
	for _, x := range a {
		found := false
		for j, y := range b {
			if !used[j] && x == y {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
