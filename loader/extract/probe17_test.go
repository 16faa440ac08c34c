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
		{"les enquêteurs de l'ONU ont documenté", "fr", "Les enquêteurs de l'ONU ont documenté le soutien du Rwanda au M23.", nil},
		{"le groupe d'experts de l'ONU a documenté", "fr", "Le groupe d'experts de l'ONU a documenté l'appui du Rwanda au M23.", nil},
		{"UN experts said", "en", "UN experts said the UAE supplied weapons to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"UN experts accused", "en", "UN experts accused Rwanda of supporting the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"A panel of UN experts said", "en", "A panel of UN experts said the UAE supplied drones to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"found that", "en", "A UN panel of experts found that Eritrea trained the TPLF.", []rel{
			{"eritrea", graph.Trains, "tplf", "h"}}},
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
			{"ecowas", graph.Opposed, "niger", "n"}}},
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
