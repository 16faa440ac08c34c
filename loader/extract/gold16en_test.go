package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestGold16RoleAfterDeepRelative: the holder of a role after a comma is
// kept when the relative clause it ends starts deep in the phrase the
// comma opens, not right after that comma.
func TestGold16RoleAfterDeepRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"after a year in which X killed Y, Z's leader", "en", "The group is weaker today, after a year in which Israeli jets killed Hassan Nasrallah, Hezbollah's leader, in Beirut.", []rel{
			{"hassan-nasrallah", graph.Leads, "hezbollah", ""}, {"hezbollah", graph.Opposed, "israel", ""}}},
		// a relative right after the comma still closes the holder's clause
		{"whose commander is X, is a member of", "en", "The Arakan Army, whose commander-in-chief is Twan Mrat Naing, is a member of the Three Brotherhood Alliance.", []rel{
			{"arakan-army", graph.MemberOf, "three-brotherhood-alliance", ""}, {"twan-mrat-naing", graph.Leads, "arakan-army", ""}}},
	})
}

// TestGold16TradeBefore: a trade commodity right before a supplies
// participle or noun is business, no supply.
func TestGold16TradeBefore(t *testing.T) {
	runRelCases(t, []relCase{
		{"the electricity supplied to", "en", "Beijing cut the electricity supplied to the towns held by the MNDAA.", nil},
		{"gas supplies to", "en", "Beijing halted gas supplies to the MNDAA.", nil},
		// goods of war stay a supply
		{"the drones supplied to", "en", "Beijing cut the drones supplied to the MNDAA.", []rel{
			{"china", graph.Supplies, "mndaa", ""}}},
	})
}

// TestGold16MinistryRunForce: a force run by a state's ministry is no
// coalition the state heads, and a definite apposition describes the
// group before it, not another actor of the noun's kind.
func TestGold16MinistryRunForce(t *testing.T) {
	runRelCases(t, []relCase{
		{"a force run by Russia's defence ministry", "en", "The Africa Corps, a force run by Russia's defence ministry, arrived in Bamako.", nil},
		{"the force run by the Russian defence ministry", "en", "MINUSCA patrols the east. Moscow wants to fold them into the Africa Corps, the force run by the Russian defence ministry.", nil},
		// a coalition led by a state by name: the state is a member
		{"the coalition led by the United States", "en", "Operation Prosperity Guardian, the coalition led by the United States, shot down drones.", []rel{
			{"united-states", graph.MemberOf, "operation-prosperity-guardian", ""}}},
	})
}

// TestGold16SingularRoleLastActor: a singular role in apposition after a
// list describes the last actor only; a plural one the whole list.
func TestGold16SingularRoleLastActor(t *testing.T) {
	runRelCases(t, []relCase{
		{"A, B and C, the UN peacekeeping mission", "en", "The talks brought together Kenya, Uganda and MONUSCO, the UN peacekeeping mission, in Goma.", []rel{
			{"monusco", graph.MemberOf, "united-nations", ""}}},
		{"A, B and C, all members of", "en", "The talks brought together Kenya, Uganda and Burundi, all members of the EAC, in Goma.", []rel{
			{"kenya", graph.MemberOf, "east-african-community", ""}, {"uganda", graph.MemberOf, "east-african-community", ""}, {"burundi", graph.MemberOf, "east-african-community", ""}}},
	})
}

// TestGold16PassiveArmingPurpose: the agent of a passive arming with an
// auxiliary is not the subject of a fight after it in its clause, and the
// purpose of the arming is no fight.
func TestGold16PassiveArmingPurpose(t *testing.T) {
	runRelCases(t, []relCase{
		{"was armed by X to fight Y", "en", "The Azande Ani Kpi Gbe militia was armed by Wagner to fight the UPC.", []rel{
			{"wagner-group", graph.Supplies, "azande-ani-kpi-gbe", ""}}},
		{"which was armed by X in 2024 to fight Y", "en", "The Zande militia, which was armed by Wagner in 2024 to fight the UPC, has grown.", []rel{
			{"wagner-group", graph.Supplies, "zande", ""}}},
	})
}

// TestGold16RelativeReport: a speaker and a report verb opening a
// relative clause report the rest of it: hedged.
func TestGold16RelativeReport(t *testing.T) {
	runRelCases(t, []relCase{
		{"which rights groups say was armed by", "en", "The Zande militia, which rights groups say was armed by Wagner in 2024, has since clashed with Wagner's men.", []rel{
			{"wagner-group", graph.Supplies, "zande", "h"}, {"wagner-group", graph.Opposed, "zande", ""}}},
		{"which diplomats believe is funded by", "en", "The RSF, which Western diplomats say are funded by the UAE, attacked El Fasher on Monday.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
	})
}

// TestGold16LeaderOffice: a leader's office or cabinet stands for what
// the leader heads, as the leader's government does.
func TestGold16LeaderOffice(t *testing.T) {
	runRelCases(t, []relCase{
		{"X's office said ... cooperation with", "en", "Erdoğan's office said military cooperation with Somalia would continue.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"X's cabinet approved strikes on", "en", "Netanyahu's cabinet approved new strikes on Hezbollah.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"le cabinet de X a ordonné des frappes contre", "fr", "Le cabinet de Benjamin Netanyahou a ordonné de nouvelles frappes contre le Hezbollah.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
	})
}

// TestGold16AccusationSemicolon: an accusation hedges only the triggers
// of its own clause, not those after a semicolon.
func TestGold16AccusationSemicolon(t *testing.T) {
	runRelCases(t, []relCase{
		{"accused ...; X, which commands Y,", "en", "Kigali has accused Burundian troops of shelling its positions; Kenya, which commands the EACRF, has called for calm.", []rel{
			{"burundi", graph.Opposed, "rwanda", "h"}, {"kenya", graph.MemberOf, "eacrf", ""}}},
	})
}

// TestGold16PatrolTargets: patrols and peacekeepers a possessive owns
// right after a hostile trigger are the possessor's.
func TestGold16PatrolTargets(t *testing.T) {
	runRelCases(t, []relCase{
		{"fired at its patrols", "en", "UNIFIL said Israeli troops had fired at its patrols.", []rel{
			{"israel", graph.Opposed, "unifil", ""}}},
		{"attacked its peacekeepers", "en", "MINUSCA said the 3R had attacked its peacekeepers near Bocaranga.", []rel{
			{"3r", graph.Opposed, "minusca", ""}}},
		{"a attaqué ses patrouilles", "fr", "La Minusca affirme que le 3R a attaqué ses patrouilles près de Bocaranga.", []rel{
			{"3r", graph.Opposed, "minusca", ""}}},
	})
}

// TestGold16GiveTwoObjects: a give verb with the recipient right after it
// and equipment or military aid after the recipient supplies it.
func TestGold16GiveTwoObjects(t *testing.T) {
	runRelCases(t, []relCase{
		{"gave X tanks", "en", "Germany gave Ukraine Leopard tanks in 2023.", []rel{
			{"germany", graph.Supplies, "ukraine", ""}}},
		{"has given X rockets", "en", "Iran has given Hezbollah thousands of rockets.", []rel{
			{"iran", graph.Supplies, "hezbollah", ""}}},
		{"has given the army $N in aid", "en", "The United States has given the Lebanese army more than $3 billion in aid since 2006.", []rel{
			{"united-states", graph.Supplies, "lebanon", ""}}},
		// aid for civilians, or no goods: nothing
		{"gave X humanitarian aid", "en", "Japan gave Sudan $20 million in humanitarian aid.", nil},
		{"gave X a warning", "en", "Japan gave Sudan a warning.", nil},
	})
}

// TestGold16LexiconPhrases: an acting or interim head leads, marching on
// a capital is an attack on its state, and forces that answer to a body
// are its members.
func TestGold16LexiconPhrases(t *testing.T) {
	runRelCases(t, []relCase{
		{"whose acting president is X", "en", "The NUG, whose acting president is Duwa Lashi La, met in Bangkok.", []rel{
			{"duwa-lashi-la", graph.Leads, "national-unity-government", ""}}},
		{"X's interim president, Y,", "en", "Mali's interim president, Assimi Goïta, met Vladimir Putin in Moscow.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"marched on the capital", "en", "The M23 marched on Kinshasa in 2025.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}}},
		{"answer to", "en", "The People's Defence Forces answer to the National Unity Government.", []rel{
			{"peoples-defence-force", graph.MemberOf, "national-unity-government", ""}}},
	})
}

// TestGold16KachinMovement: the KIO, the political movement, and the KIA,
// its armed wing, are two actors (docs/CODEBOOK.md, political movements).
func TestGold16KachinMovement(t *testing.T) {
	runRelCases(t, []relCase{
		{"the KIA, the armed wing of the KIO", "en", "The Kachin Independence Army, the armed wing of the Kachin Independence Organisation, has besieged Bhamo.", []rel{
			{"kachin-independence-army", graph.MemberOf, "kachin-independence-organisation", ""}}},
	})
}

// TestGold16LeaderPossessiveEnvoy: "X, the UN Secretary-General's special
// envoy" makes X a member of the UN, not its leader.
func TestGold16LeaderPossessiveEnvoy(t *testing.T) {
	runRelCases(t, []relCase{
		{"the UN Secretary-General's special envoy", "en", "Julie Bishop, the UN Secretary-General's special envoy on Myanmar, visited Naypyidaw in August.", []rel{
			{"julie-bishop", graph.MemberOf, "united-nations", ""}}},
		// a leader role's own possessive still leads
		{"Qatar's emir", "en", "Sheikh Tamim, Qatar's emir, met the Somali president.", []rel{
			{"tamim-bin-hamad-al-thani", graph.Leads, "qatar", ""}}},
	})
}

// TestGold16LebanonLeaders: the lexicon's leadership facts of Lebanon's
// president and prime minister (public facts) read their titles.
func TestGold16LebanonLeaders(t *testing.T) {
	runRelCases(t, []relCase{
		{"Prime Minister X's cabinet", "en", "Israel kept striking the south. Prime Minister Nawaf Salam's cabinet approved the army's plan on Friday.", []rel{
			{"nawaf-salam", graph.Leads, "lebanon", ""}}},
	})
}

// TestGold16BackedAnaphor: "the X-backed group" is the last group named
// when its noun heads no name, and a hyphen compound is no allied trigger
// among the actors before it.
func TestGold16BackedAnaphor(t *testing.T) {
	runRelCases(t, []relCase{
		{"the war between A and B, and the X-backed group", "en", "A truce ended the war between Israel and Hezbollah, and the Iran-backed group has refused to disarm since then.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}, {"hezbollah", graph.Allied, "iran", ""}}},
		{"The X-backed paramilitaries", "en", "Sudan's army fought the RSF for months. The UAE-backed paramilitaries took El Fasher in October.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}, {"rsf", graph.Allied, "united-arab-emirates", ""}}},
	})
}

// TestGold16MilitaryCommander: a group's military commander is one of its
// members, not its leader (docs/CODEBOOK.md, army commanders and chiefs
// of staff).
func TestGold16MilitaryCommander(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, Hezbollah's top military commander", "en", "Israeli jets killed Haytham Ali Tabatabai, Hezbollah's top military commander, in Beirut.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}, {"haytham-ali-tabatabai", graph.MemberOf, "hezbollah", ""}}},
		// the commander-in-chief still leads
		{"X, the group's commander-in-chief", "en", "Twan Mrat Naing, the Arakan Army's commander-in-chief, spoke on Monday.", []rel{
			{"twan-mrat-naing", graph.Leads, "arakan-army", ""}}},
	})
}

// TestGold16PatrolsWith: patrolling with another actor's forces is
// acting together: allied.
func TestGold16PatrolsWith(t *testing.T) {
	runRelCases(t, []relCase{
		{"patrols with", "en", "MINUSMA patrols with Malian troops around Gao.", []rel{
			{"mali", graph.Allied, "minusma", ""}}},
		{"patrolled with", "en", "French soldiers patrolled with the Nigerien army until 2023.", []rel{
			{"france", graph.Allied, "niger", ""}}},
	})
}

// TestGold16BareInitials: a bare acronym spelling the initials of a group
// the article names is that group.
func TestGold16BareInitials(t *testing.T) {
	runRelCases(t, []relCase{
		{"the Arakan Army ... the AA", "en", "Myanmar's junta lost Ann to the Arakan Army in December. Rohingya fighters of the ARSA have since fought alongside the junta against the AA.", []rel{
			{"arsa", graph.Allied, "myanmar", ""}, {"arakan-army", graph.Opposed, "arsa", ""}, {"arakan-army", graph.Opposed, "myanmar", ""}}},
		// spelled by no actor the article names: nothing
		{"an unknown acronym", "en", "Myanmar's junta lost Ann in December. Rohingya fighters of the ARSA have since fought alongside the junta against the AA.", []rel{
			{"arsa", graph.Allied, "myanmar", ""}}},
	})
}

// TestGold16RoleVerbThenPerson: a person after a verb that follows an
// owned leader role holds no role ("Mali's junta leader met X").
func TestGold16RoleVerbThenPerson(t *testing.T) {
	runRelCases(t, []relCase{
		{"X's junta leader met Y", "en", "Mali's junta leader met Vladimir Putin in Moscow.", nil},
		{"X's junta chief thanked Y", "en", "Myanmar's junta chief thanked Recep Tayyip Erdoğan for the drones.", nil},
		// a title word, a coordinated role or a copula still reach the name
		{"X's emir Y", "en", "Qatar's emir Sheikh Tamim met the Somali president.", []rel{
			{"tamim-bin-hamad-al-thani", graph.Leads, "qatar", ""}}},
		{"X's founder and chief, Y", "en", "Wagner's founder and chief, Yevgeny Prigozhin, moved to Belarus.", []rel{
			{"yevgeny-prigozhin", graph.Leads, "wagner-group", ""}}},
	})
}

// TestGold16CeasefireBetween: a ceasefire, truce or peace deal between
// two actors states that they are at war (docs/CODEBOOK.md), as «
// cessez-le-feu entre » does; its mediator is no party.
func TestGold16CeasefireBetween(t *testing.T) {
	runRelCases(t, []relCase{
		{"a ceasefire between", "en", "A ceasefire between the Sudanese army and the RSF collapsed in June.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"a peace deal between, brokered", "en", "Qatar brokered a peace deal between the M23 and Kinshasa.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}}},
	})
}

// TestGold16Succession: "X succeeded Y as <leader role>" makes X lead
// what Y led by the lexicon's leadership facts.
func TestGold16Succession(t *testing.T) {
	runRelCases(t, []relCase{
		{"who succeeded X as secretary-general", "en", "Naim Qassem, who succeeded Nasrallah as secretary-general, spoke on Friday.", []rel{
			{"naim-qassem", graph.Leads, "hezbollah", ""}}},
		{"a succédé à X comme secrétaire général", "fr", "Naïm Qassem a succédé à Hassan Nasrallah comme secrétaire général.", []rel{
			{"naim-qassem", graph.Leads, "hezbollah", ""}}},
		// a role whose owner follows is the role rules'
		{"replaced X as head of the army", "en", "General Rodolphe Haykal replaced Joseph Aoun as head of the army.", nil},
	})
}

// TestGold16CountedMember: a group or organisation that counts an actor
// as a member, or among its members, has it as a member.
func TestGold16CountedMember(t *testing.T) {
	runRelCases(t, []relCase{
		{"which still counts X as a member", "en", "ECOWAS, which still counts Guinea as a member, held a summit in Abuja.", []rel{
			{"guinea", graph.MemberOf, "ecowas", ""}}},
		{"counts X among its members", "en", "The African Union counts Sudan among its members.", []rel{
			{"sudan", graph.MemberOf, "african-union", ""}}},
		{"compte X parmi ses membres", "fr", "L'Union africaine compte le Soudan parmi ses membres.", []rel{
			{"sudan", graph.MemberOf, "african-union", ""}}},
		// no member role: nothing
		{"counted X as a partner", "en", "ECOWAS counted Mali as a reliable neighbour.", nil},
	})
}

// TestGold16TroopsInIt: troops a state holds "in it" serve in the
// organisation named last; a relative after the state may hold them.
func TestGold16TroopsInIt(t *testing.T) {
	runRelCases(t, []relCase{
		{"has N soldiers in it", "en", "MINUSCA protects civilians in the east. Rwanda has about 2,000 soldiers in it.", []rel{
			{"rwanda", graph.MemberOf, "minusca", ""}}},
		{"X, which has N soldiers in Y,", "en", "Ireland, which has some 300 soldiers in UNIFIL, protested on Monday.", []rel{
			{"ireland", graph.MemberOf, "unifil", ""}}},
		// no organisation named: nothing
		{"in it, no organisation", "en", "Mali has 2,000 soldiers in it.", nil},
	})
}

// TestGold16AlongsideToRepel: "X fought alongside Y to repel Z" makes
// both fight Z, as "against Z" does; a hostile noun later in a phrase
// ("during the assault on") does not.
func TestGold16AlongsideToRepel(t *testing.T) {
	runRelCases(t, []relCase{
		{"fought alongside Y to repel Z", "en", "Rwandan troops fought alongside the FACA to repel the CPC.", []rel{
			{"central-african-republic", graph.Allied, "rwanda", ""}, {"cpc", graph.Opposed, "rwanda", ""}, {"central-african-republic", graph.Opposed, "cpc", ""}}},
		{"fought alongside Y during the assault on", "en", "Wagner mercenaries fought alongside the LNA during the assault on Tripoli.", []rel{
			{"lna", graph.Allied, "wagner-group", ""}, {"libya", graph.Opposed, "lna", ""}}},
	})
}

// TestGold16BackerGives: a give verb's pronoun recipient is the one other
// actor named before it; a backer role with the backer's goods or money
// in the sentence is supplies only; envoys are no supply.
func TestGold16BackerGives(t *testing.T) {
	runRelCases(t, []relCase{
		{"X's main backer, has given it aid", "en", "Israel fought Hezbollah. Washington, the Lebanese army's main backer, has given it $3 billion in aid.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}, {"united-states", graph.Supplies, "lebanon", ""}}},
		{"X's main backer, delivered", "en", "Russia, Mali's main backer, delivered helicopters to Bamako in 2024.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		// no goods: the backer stays an ally
		{"X's main backer, sent envoys", "en", "Russia, Mali's main backer, sent envoys to Bamako.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
	})
}
