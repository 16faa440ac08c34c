package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestCoverage20bActors: one short sentence per theatre naming actors the
// dictionary learnt on the coverage20b branch (the second round: ministers,
// chiefs of staff, envoys, commanders, parties, missions and makers the first
// round did not know); each must come out under its dictionary id with its kind.
func TestCoverage20bActors(t *testing.T) {
	runActorCases(t, []actorCase{
		{"Great Lakes", "en", "James Kabarebe met Guidon Shimiray Mwissa and Janvier Karairi, while Jamil Mukulu's ADF attacked.", []actorWant{
			{"james-kabarebe", graph.KindPerson}, {"guidon-shimiray-mwissa", graph.KindPerson}, {"janvier-karairi", graph.KindPerson}, {"jamil-mukulu", graph.KindPerson}}},
		{"CAR", "fr", "François Bozizé a rencontré les Forces armées centrafricaines.", []actorWant{
			{"francois-bozize", graph.KindPerson}, {"central-african-republic", graph.KindState}}},
		{"Sudan", "en", "Yassin Ibrahim Yassin and Mohamed Osman al-Hussein rejected the Sumud coalition, and Ali Kushayb was sentenced.", []actorWant{
			{"yassin-ibrahim-yassin", graph.KindPerson}, {"mohamed-osman-al-hussein", graph.KindPerson}, {"sumud", graph.KindOrganisation}, {"ali-kushayb", graph.KindPerson}}},
		{"Sahel", "fr", "Joseph Beti Assomo et Birame Diop ont salué les Forces armées nigériennes et les Forces armées tchadiennes.", []actorWant{
			{"joseph-beti-assomo", graph.KindPerson}, {"birame-diop", graph.KindPerson}, {"niger", graph.KindState}, {"chad", graph.KindState}}},
		{"Libya", "en", "Haithem al-Tajouri's Tripoli Revolutionaries Brigade clashed with the Radaa.", []actorWant{
			{"haithem-tajouri", graph.KindPerson}, {"tripoli-revolutionaries-brigade", graph.KindArmedGroup}}},
		{"Syria", "en", "The PYD and the Autonomous Administration of North and East Syria rejected the Kurdish National Council, said Salih Muslim.", []actorWant{
			{"pyd", graph.KindOrganisation}, {"aanes", graph.KindOrganisation}, {"kurdish-national-council", graph.KindOrganisation}, {"salih-muslim", graph.KindPerson}}},
		{"Iraq", "fr", "Le PDK et l'Union patriotique du Kurdistan ont soutenu le Gouvernement régional du Kurdistan contre Nouri al-Maliki.", []actorWant{
			{"kurdistan-democratic-party", graph.KindOrganisation}, {"patriotic-union-of-kurdistan", graph.KindOrganisation}, {"kurdistan-regional-government", graph.KindOrganisation}, {"nouri-al-maliki", graph.KindPerson}}},
		{"Lebanon", "en", "Amos Hochstein and Morgan Ortagus met Mohammad Raad after Israel killed Mohammad Afif.", []actorWant{
			{"amos-hochstein", graph.KindPerson}, {"morgan-ortagus", graph.KindPerson}, {"mohammad-raad", graph.KindPerson}, {"mohammad-afif", graph.KindPerson}}},
		{"Gaza", "en", "Philippe Lazzarini and Francesca Albanese criticised Israel, and Ghazi Hamad answered Avichay Adraee.", []actorWant{
			{"philippe-lazzarini", graph.KindPerson}, {"francesca-albanese", graph.KindPerson}, {"ghazi-hamad", graph.KindPerson}, {"avichay-adraee", graph.KindPerson}}},
		{"Yemen", "en", "Mohammed al-Bukhaiti said the Hadramout Tribal Alliance and Al-Islah were enemies.", []actorWant{
			{"mohammed-al-bukhaiti", graph.KindPerson}, {"hadramout-tribal-alliance", graph.KindArmedGroup}, {"al-islah", graph.KindOrganisation}}},
		{"Iran", "en", "Esmaeil Baghaei said Mohammad Reza Zahedi and Razi Mousavi had been killed, and Mahan Air was sanctioned.", []actorWant{
			{"esmaeil-baghaei", graph.KindPerson}, {"mohammad-reza-zahedi", graph.KindPerson}, {"razi-mousavi", graph.KindPerson}, {"mahan-air", graph.KindCompany}}},
		{"Ukraine", "en", "Oleksandr Tarnavskyi and Vadym Sukharevskyi fought the Kadyrovtsy, while Igor Kirillov was killed in Moscow.", []actorWant{
			{"oleksandr-tarnavskyi", graph.KindPerson}, {"vadym-sukharevskyi", graph.KindPerson}, {"akhmat", graph.KindArmedGroup}, {"igor-kirillov", graph.KindPerson}}},
		{"NATO", "en", "Christopher Cavoli, Rob Bauer and Hanno Pevkur met at SHAPE with the coalition of the willing.", []actorWant{
			{"christopher-cavoli", graph.KindPerson}, {"rob-bauer", graph.KindPerson}, {"hanno-pevkur", graph.KindPerson}, {"nato", graph.KindOrganisation}, {"coalition-of-the-willing", graph.KindOrganisation}}},
		{"Gulf", "en", "Khalid bin Salman, Tahnoun bin Zayed and Badr Albusaidi met Ayman Safadi and Ahmed Aboul Gheit.", []actorWant{
			{"khalid-bin-salman", graph.KindPerson}, {"tahnoun-bin-zayed", graph.KindPerson}, {"badr-albusaidi", graph.KindPerson}, {"ayman-safadi", graph.KindPerson}, {"ahmed-aboul-gheit", graph.KindPerson}}},
		{"Caucasus", "fr", "Salomé Zourabichvili a critiqué Irakli Garibashvili; Mamuka Mamulashvili combat en Ukraine.", []actorWant{
			{"salome-zourabichvili", graph.KindPerson}, {"irakli-garibashvili", graph.KindPerson}, {"mamuka-mamulashvili", graph.KindPerson}}},
		{"Af-Pak", "en", "Allah Nazar Baloch's fighters attacked the Frontier Corps, and Asim Malik met Abdul Haq Wasiq.", []actorWant{
			{"allah-nazar-baloch", graph.KindPerson}, {"pakistan", graph.KindState}, {"asim-malik", graph.KindPerson}, {"abdul-haq-wasiq", graph.KindPerson}}},
		{"Myanmar", "en", "Kyaw Swar Lin met Yawd Serk, and Myanma Economic Holdings Limited was sanctioned.", []actorWant{
			{"kyaw-swar-lin", graph.KindPerson}, {"yawd-serk", graph.KindPerson}, {"mehl", graph.KindCompany}}},
		{"Koreas", "en", "Han Duck-soo condemned Pak Thae Song, said Lin Jian.", []actorWant{
			{"han-duck-soo", graph.KindPerson}, {"pak-thae-song", graph.KindPerson}, {"lin-jian", graph.KindPerson}}},
		{"Haiti", "en", "The UN Support Office in Haiti will back the Gang Suppression Force.", []actorWant{
			{"unsoh", graph.KindOrganisation}}},
		{"Mexico", "en", "Joaquín Guzmán López surrendered, while Johnny Hurtado Olascoaga's men fought the Guardia Nacional.", []actorWant{
			{"joaquin-guzman-lopez", graph.KindPerson}, {"johnny-hurtado-olascoaga", graph.KindPerson}, {"mexico", graph.KindState}}},
		{"Syria factions", "en", "Ahrar al-Sharqiya of Abu Hatem Shaqra fought the Military Council for the Liberation of Syria, said Aldar Khalil.", []actorWant{
			{"ahrar-al-sharqiya", graph.KindArmedGroup}, {"ahmed-al-hayes", graph.KindPerson}, {"military-council-for-the-liberation-of-syria", graph.KindArmedGroup}, {"aldar-khalil", graph.KindPerson}}},
		{"Wagner in Africa", "en", "Dmitry Sytii and Ivan Maslov ran Wagner's African arm, said Alexander Grushko.", []actorWant{
			{"dmitry-sytii", graph.KindPerson}, {"ivan-maslov", graph.KindPerson}, {"alexander-grushko", graph.KindPerson}}},
		{"Mozambique", "fr", "Ossufo Momade, chef de la Renamo, a rencontré Wilson Mbadi.", []actorWant{
			{"ossufo-momade", graph.KindPerson}, {"renamo", graph.KindOrganisation}, {"wilson-mbadi", graph.KindPerson}}},
		{"Haiti gangs", "en", "Gabriel Jean-Pierre and Christ-Roi Chéry joined Viv Ansanm.", []actorWant{
			{"gabriel-jean-pierre", graph.KindPerson}, {"christ-roi-chery", graph.KindPerson}}},
		{"Yemen Taiz", "en", "The Abu al-Abbas Brigades fought the Houthis of Abdulkhaliq al-Houthi, said Sagheer bin Aziz.", []actorWant{
			{"abu-al-abbas-brigades", graph.KindArmedGroup}, {"abdulkhaliq-al-houthi", graph.KindPerson}, {"sagheer-bin-aziz", graph.KindPerson}}},
		{"Minerals", "en", "M23 advanced towards Alphamin's Bisie mine, KoBold Metals said.", []actorWant{
			{"alphamin", graph.KindCompany}, {"kobold-metals", graph.KindCompany}}},
		{"Sudan Islamists", "en", "Ali Karti and Ahmed Haroun of the Sudanese Islamic Movement backed Omar al-Bashir.", []actorWant{
			{"ali-karti", graph.KindPerson}, {"ahmed-haroun", graph.KindPerson}, {"sudanese-islamic-movement", graph.KindOrganisation}, {"omar-al-bashir", graph.KindPerson}}},
		{"Niger rebels", "fr", "Rhissa Ag Boula, chef du Conseil de la résistance pour la République, et Mahmoud Sallah ont attaqué.", []actorWant{
			{"rhissa-ag-boula", graph.KindPerson}, {"conseil-de-la-resistance-pour-la-republique", graph.KindOrganisation}, {"mahmoud-sallah", graph.KindPerson}}},
		{"Kivu", "fr", "Michel Rukunda, dit Makanika, et Laurent Nkunda ont rejoint l'AFC, selon Moïse Katumbi.", []actorWant{
			{"michel-rukunda", graph.KindPerson}, {"laurent-nkunda", graph.KindPerson}, {"moise-katumbi", graph.KindPerson}}},
		{"Iraq militias", "en", "Abu Mahdi al-Muhandis and Abu Taqwa led militias, said Fathi Bashagha.", []actorWant{
			{"abu-mahdi-al-muhandis", graph.KindPerson}, {"mushtaq-taleb-al-saeedi", graph.KindPerson}, {"fathi-bashagha", graph.KindPerson}}},
		{"Spellings", "fr", "Corps africain, État islamique au Khorassan et Armée pour l'indépendance kachine ont été cités par Abdel Fattah el-Sissi.", []actorWant{
			{"africa-corps", graph.KindArmedGroup}, {"iskp", graph.KindArmedGroup}, {"kachin-independence-army", graph.KindArmedGroup}, {"abdel-fattah-el-sisi", graph.KindPerson}}},
		{"Yemen presidents", "en", "Abd Rabbuh Mansur Hadi, Ali Abdullah Saleh and Ali Mohsen al-Ahmar fought the Houthis.", []actorWant{
			{"abd-rabbuh-mansur-hadi", graph.KindPerson}, {"ali-abdullah-saleh", graph.KindPerson}, {"ali-mohsen-al-ahmar", graph.KindPerson}}},
		{"Haiti sanctions", "fr", "Michel Martelly, Youri Latortue et Prophane Victor ont été sanctionnés.", []actorWant{
			{"michel-martelly", graph.KindPerson}, {"youri-latortue", graph.KindPerson}, {"prophane-victor", graph.KindPerson}}},
		{"Andes", "en", "Rodrigo Londoño, Iván Duque and Guillermo Lasso met Hugo Chávez's successors.", []actorWant{
			{"rodrigo-londono", graph.KindPerson}, {"ivan-duque", graph.KindPerson}, {"guillermo-lasso", graph.KindPerson}, {"hugo-chavez", graph.KindPerson}}},
		{"Pyongyang", "en", "Choe Ryong Hae and Ri Pyong Chol watched the launch.", []actorWant{
			{"choe-ryong-hae", graph.KindPerson}, {"ri-pyong-chol", graph.KindPerson}}},
		{"Pakistan splinters", "en", "Hizb-ul-Ahrar, Tehrik-e-Jihad Pakistan and Ittehad-ul-Mujahideen Pakistan attacked police.", []actorWant{
			{"hizb-ul-ahrar", graph.KindArmedGroup}, {"tehrik-e-jihad-pakistan", graph.KindArmedGroup}, {"ittehad-ul-mujahideen-pakistan", graph.KindArmedGroup}}},
		{"Settlers and militias", "en", "The Hilltop Youth, Ashab al-Kahf and Subul al-Salam were named in the report, as were the Tiger Forces.", []actorWant{
			{"hilltop-youth", graph.KindArmedGroup}, {"ashab-al-kahf", graph.KindArmedGroup}, {"subul-al-salam", graph.KindArmedGroup}, {"syria", graph.KindState}}},
		{"RSF suppliers", "en", "GSK Advance, Tradive General Trading and Capital Tap Holding were sanctioned.", []actorWant{
			{"gsk-advance", graph.KindCompany}, {"tradive-general-trading", graph.KindCompany}, {"capital-tap-holding", graph.KindCompany}}},
		{"Drone makers", "en", "Brave1 funds General Cherry, while KRET supplies Russian forces.", []actorWant{
			{"brave1", graph.KindOrganisation}, {"general-cherry", graph.KindCompany}, {"kret", graph.KindCompany}}},
		{"Great Lakes spokesmen", "en", "Sylvain Ekenge, Ronald Rwivanga and Felix Kulayigye spoke, and Alain Tribert Mutabazi met Hassan Bouba and the African Standby Force.", []actorWant{
			{"sylvain-ekenge", graph.KindPerson}, {"ronald-rwivanga", graph.KindPerson}, {"felix-kulayigye", graph.KindPerson}, {"alain-tribert-mutabazi", graph.KindPerson}, {"hassan-bouba", graph.KindPerson}, {"african-standby-force", graph.KindOrganisation}}},
		{"Europe's chiefs", "en", "Onno Eichelsheim, Eirik Kristoffersen and Jennie Carignan met Richard Marles and Nuno Melo.", []actorWant{
			{"onno-eichelsheim", graph.KindPerson}, {"eirik-kristoffersen", graph.KindPerson}, {"jennie-carignan", graph.KindPerson}, {"richard-marles", graph.KindPerson}, {"nuno-melo", graph.KindPerson}}},
		{"Commands", "en", "The Sever group of forces and the VDV faced the Khortytsia operational-strategic group, while the Southern Theater Command watched.", []actorWant{
			{"russia", graph.KindState}, {"ukraine", graph.KindState}, {"china", graph.KindState}}},
		{"Commands fr", "fr", "La flotte du Nord et le groupe de forces Dniepr ont frappé le groupement Tavria.", []actorWant{
			{"russia", graph.KindState}, {"ukraine", graph.KindState}}},
		{"Makers", "en", "Quantum Systems, Chemring and Tata Advanced Systems signed deals with Kalyani Strategic Systems.", []actorWant{
			{"quantum-systems", graph.KindCompany}, {"chemring", graph.KindCompany}, {"tata-advanced-systems", graph.KindCompany}, {"kalyani-strategic-systems", graph.KindCompany}}},
	})
}
