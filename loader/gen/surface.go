package gen

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// np is a noun phrase naming an actor: a form of the lexicon, the
// determiner it takes, and its gender and number for agreement.
type np struct {
	text    string // the form, as the lexicon writes it (or a demonym phrase)
	det     string // "le", "la", "les", "l'", "the" or ""
	fem, pl bool
	role    lexicon.Role
	headed  bool // a demonym phrase with a head noun ("Russian troops")
}

// plain renders the phrase with its determiner.
func (n np) plain() string {
	switch n.det {
	case "":
		return n.text
	case "l'":
		return "l'" + n.text
	}
	return n.det + " " + n.text
}

// withPrep renders the phrase after a French preposition, contracting
// "à le" to "au", "de les" to "des" and eliding "de" before a vowel.
func (n np) withPrep(prep string) string {
	switch prep {
	case "":
		return n.plain()
	case "à":
		switch n.det {
		case "le":
			return "au " + n.text
		case "les":
			return "aux " + n.text
		}
	case "de":
		switch n.det {
		case "le":
			return "du " + n.text
		case "les":
			return "des " + n.text
		case "":
			if startsWithVowel(n.text) {
				return "d'" + n.text
			}
		}
	}
	return prep + " " + n.plain()
}

// elides reports whether "de" before the phrase becomes "d'".
func (n np) elides() bool { return n.det == "" && startsWithVowel(n.text) }

func startsWithVowel(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("aeiouyàâäéèêëîïôöùûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ", r)
}

// frDet is the determiner, gender and number of a French form.
type frDet struct {
	det     string
	fem, pl bool
}

// frOverrides gives the determiner of French forms the rules below get
// wrong: names without an article, acronyms (whose gender is that of the
// spelled-out name), masculine names ending in -e. Our data, about the
// lexicon's forms.
var frOverrides = map[string]frDet{
	"Israël": {}, "Djibouti": {}, "Tsahal": {}, "Daech": {}, "Daesh": {}, "Wagner": {},
	"PMC Wagner": {}, "Wagner PMC": {}, "Boko Haram": {}, "al-Qaïda": {}, "al-Qaeda": {},
	"al-Qaida": {}, "Al Qaeda": {}, "Ansar Allah": {}, "Ansarallah": {}, "Ansar Dine": {},
	"Ansar Eddine": {}, "Ansar ed-Dine": {}, "Ansaroul Islam": {}, "Ansarul Islam": {},
	"Al-Shabaab": {}, "al-Shabab": {}, "Shabaab": {}, "Harakat al-Shabaab al-Mujahideen": {},
	"AQMI": {}, "AQIM": {}, "HTS": {}, "JAS": {}, "Hayat Tahrir al-Sham": {}, "Hayat Tahrir al-Cham": {},
	"Katiba Macina": {det: "la", fem: true}, "Katiba du Macina": {det: "la", fem: true},
	"Mozambique": {det: "le"}, "Royaume-Uni": {det: "le"}, "Kremlin": {det: "le"},
	"Élysée": {det: "l'"}, "Quai d'Orsay": {det: "le"}, "Maison-Blanche": {det: "la", fem: true},
	"Maison Blanche": {det: "la", fem: true}, "Département d'État": {det: "le"},
	"pasdaran": {det: "les", pl: true}, "Hamas": {det: "le"}, "Hezbollah": {det: "le"},
	"Hizbollah": {det: "le"}, "Hizbullah": {det: "le"}, "Shebab": {det: "les", pl: true},
	"Shebabs": {det: "les", pl: true}, "Houthi": {det: "les", pl: true},
	"Cadre stratégique permanent pour la défense du peuple de l'Azawad": {det: "le"},
	"Cadre stratégique permanent":                                       {det: "le"}, "Groupe de soutien à l'islam et aux musulmans": {det: "le"},
	"Africa Corps": {det: "l'"}, "Afrika Corps": {det: "l'"}, "Africa Corps russe": {det: "l'"},
	"FSR": {det: "les", fem: true, pl: true}, "RSF": {det: "les", fem: true, pl: true},
	"FAMa": {det: "les", fem: true, pl: true}, "FAS": {det: "les", fem: true, pl: true},
	"SAF": {det: "les", fem: true, pl: true}, "FARDC": {det: "les", fem: true, pl: true},
	"RDF": {det: "les", fem: true, pl: true}, "ADF": {det: "les", fem: true, pl: true},
	"FDLR": {det: "les", fem: true, pl: true}, "VDP": {det: "les", pl: true},
	"EAU": {det: "les", pl: true}, "UAE": {det: "les", pl: true}, "US": {det: "les", pl: true},
	"USA": {det: "les", pl: true}, "U.S.": {det: "les", pl: true}, "IRGC": {det: "les", pl: true},
	"ONU": {det: "l'", fem: true}, "UN": {det: "l'", fem: true}, "UA": {det: "l'", fem: true},
	"AU": {det: "l'", fem: true}, "UE": {det: "l'", fem: true}, "EU": {det: "l'", fem: true},
	"OTAN": {det: "l'", fem: true}, "NATO": {det: "l'", fem: true}, "Otan": {det: "l'", fem: true},
	"Nato": {det: "l'", fem: true}, "AES": {det: "l'", fem: true}, "AMISOM": {det: "l'", fem: true},
	"Amisom": {det: "l'", fem: true}, "ATMIS": {det: "l'", fem: true}, "Atmis": {det: "l'", fem: true},
	"AUSSOM": {det: "l'", fem: true}, "Aussom": {det: "l'", fem: true}, "LNA": {det: "l'", fem: true},
	"ANL": {det: "l'", fem: true}, "LAAF": {det: "l'", fem: true}, "SNA": {det: "l'", fem: true},
	"IDF": {det: "l'", fem: true}, "CEDEAO": {det: "la", fem: true}, "Cedeao": {det: "la", fem: true},
	"ECOWAS": {det: "la", fem: true}, "MINUSMA": {det: "la", fem: true}, "Minusma": {det: "la", fem: true},
	"MONUSCO": {det: "la", fem: true}, "Monusco": {det: "la", fem: true}, "EAC": {det: "la", fem: true},
	"SADC": {det: "la", fem: true}, "FMM": {det: "la", fem: true}, "MNJTF": {det: "la", fem: true},
	"CMA": {det: "la", fem: true}, "RDC": {det: "la", fem: true}, "RCA": {det: "la", fem: true},
	"CAR": {det: "la", fem: true}, "DRC": {det: "la", fem: true}, "RPDC": {det: "la", fem: true},
	"DPRK": {det: "la", fem: true}, "GUN": {det: "le"}, "GNU": {det: "le"}, "UK": {det: "le"},
	"Pentagon": {det: "le"}, "AFRICOM": {det: "l'"}, "Africom": {det: "l'"},
}

// frNP returns the French noun phrase of a form.
func frNP(f lexicon.Form, kind graph.Kind) np {
	n := np{text: f.Text, role: f.Role}
	if o, ok := frOverrides[f.Text]; ok {
		n.det, n.fem, n.pl = o.det, o.fem, o.pl
		return n
	}
	if kind == graph.KindPerson || kind == graph.KindCompany || f.Role == lexicon.RoleCapital {
		return n
	}
	words := lexicon.Words(f.Text)
	if len(words) == 0 {
		return n
	}
	first := words[0]
	r, _ := utf8.DecodeRuneInString(first)
	switch {
	case acronym(f.Text):
		// Masculine singular unless overridden: "le JNIM", "l'EIGS".
	case unicode.IsLower(r):
		n.pl = frPlural(first)
		n.fem = frFeminine(first)
	case kind == graph.KindArmedGroup && !frCommonNoun[first]:
		return n // a proper name: "Boko Haram", "Ansar Dine"
	default:
		n.pl = frPlural(first)
		n.fem = frFeminine(first)
	}
	switch {
	case n.pl:
		n.det = "les"
	case startsWithVowel(f.Text):
		n.det = "l'"
	case n.fem:
		n.det = "la"
	default:
		n.det = "le"
	}
	return n
}

// frCommonNoun lists the capitalised first words of armed groups' names
// that are common nouns and take an article ("le Front de libération...").
var frCommonNoun = map[string]bool{
	"État": true, "Front": true, "Mouvement": true, "Groupe": true, "Coordination": true,
	"Forces": true, "Volontaires": true, "Armée": true, "Province": true, "Houthis": true,
}

func frPlural(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")
}

var frMasculineE = map[string]bool{"Groupe": true, "groupe": true, "Cadre": true, "ministère": true, "Royaume": true, "Mozambique": true}

func frFeminine(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if frMasculineE[w] {
		return false
	}
	return strings.HasSuffix(w, "e") || strings.HasSuffix(w, "ion") || strings.HasSuffix(w, "té")
}

// acronym reports whether a form is an acronym: each word has two or
// more capitals ("JNIM", "FAMa", "AFC/M23"), letters with digits ("M23")
// or dotted capitals ("U.S.").
func acronym(s string) bool {
	words := lexicon.Words(s)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		upper, lower, digit := 0, 0, 0
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsDigit(r):
				digit++
			default:
				lower++
			}
		}
		switch {
		case upper >= 2 && lower <= 1:
		case upper >= 1 && lower == 0 && (digit > 0 || strings.Contains(s, ".")):
		default:
			return false
		}
	}
	return true
}

// enOverrides gives the determiner of English forms the rules get wrong.
var enOverrides = map[string]string{
	"JNIM": "", "GSIM": "", "ISSP": "", "ISGS": "", "Africom": "", "AFRICOM": "", "FAMa": "the",
	"Kremlin": "the", "Pentagon": "the", "White House": "the", "State Department": "the",
	"IRGC": "the", "LAAF": "the", "Houthi": "the", "Houthis": "the", "Shebab": "", "Shebabs": "",
}

// enTheWords are words that make an English name take "the".
var enTheWords = map[string]bool{
	"United": true, "Republic": true, "Union": true, "Nations": true, "Group": true, "Forces": true,
	"Army": true, "Movement": true, "Front": true, "Community": true, "Council": true,
	"Province": true, "State": true, "Corps": true, "Organization": true, "Mission": true,
	"Alliance": true, "Confederation": true, "Task": true, "Framework": true, "Coordination": true,
	"Volunteers": true, "mercenaries": true, "fighters": true, "rebels": true, "movement": true,
	"Emirates": true, "Federation": true, "Democratic": true, "Kingdom": true, "Guards": true,
	"Government": true, "army": true, "military": true, "government": true, "troops": true,
	"forces": true, "junta": true, "authorities": true,
}

var enPluralWords = map[string]bool{
	"troops": true, "forces": true, "Forces": true, "soldiers": true, "authorities": true,
	"fighters": true, "mercenaries": true, "rebels": true, "Houthis": true, "Guards": true,
	"Volunteers": true, "Shebabs": true,
}

// enNP returns the English noun phrase of a form.
func enNP(f lexicon.Form, kind graph.Kind) np {
	n := np{text: f.Text, role: f.Role}
	words := lexicon.Words(f.Text)
	if len(words) > 0 {
		n.pl = enPluralWords[words[len(words)-1]]
	}
	if d, ok := enOverrides[f.Text]; ok {
		n.det = d
		return n
	}
	switch {
	case kind == graph.KindPerson || kind == graph.KindCompany || f.Role == lexicon.RoleCapital:
	case f.Role == lexicon.RoleInstitution:
		n.det = "the"
	case acronym(f.Text):
		letters, vowels := 0, 0
		for _, r := range f.Text {
			if unicode.IsLetter(r) {
				letters++
				if strings.ContainsRune("AEIOUaeiou", r) {
					vowels++
				}
			}
		}
		if letters <= 3 || vowels <= 1 {
			n.det = "the"
		}
	default:
		for _, w := range words {
			if enTheWords[w] {
				n.det = "the"
				break
			}
		}
		if r, _ := utf8.DecodeRuneInString(f.Text); unicode.IsLower(r) && n.det == "the" && !strings.Contains(f.Text, " ") {
			n.det = ""
		}
	}
	return n
}

// frDemonym returns the form of a French demonym that agrees with a noun
// of the given gender and number: built from the first (masculine
// singular) form and taken from the list when the list has it, else the
// form of the same number in the other gender, else the first form.
func frDemonym(forms []string, fem, pl bool) string {
	if len(forms) == 0 {
		return ""
	}
	base := forms[0]
	build := func(fem, pl bool) string {
		f := base
		if fem {
			switch {
			case strings.HasSuffix(base, "e"):
			case strings.HasSuffix(base, "en"):
				f = base + "ne"
			case strings.HasSuffix(base, "c"):
				f = strings.TrimSuffix(base, "c") + "que"
			default:
				f = base + "e"
			}
		}
		if pl && !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "x") {
			f += "s"
		}
		return f
	}
	for _, want := range []string{build(fem, pl), build(!fem, pl)} {
		for _, s := range forms {
			if s == want {
				return s
			}
		}
	}
	return base
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	r, w := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[w:]
}
