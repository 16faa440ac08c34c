package lexicon

// DateWords are the words of one language that make event dates beyond
// the month names and date prepositions of [Language]: relative dates
// resolved against the article's date ("l'an dernier", "last March", "il y
// a deux ans"), parts of a period ("au printemps 2023") and spans that give
// no date ("ces dernières années"). The data file's "dates:" section
// documents each list; every list keeps the order of the data file.
type DateWords struct {
	// NoDate lists spans that date nothing: multi-year and vague spans,
	// future and narrative references ("ces dernières années", "in recent
	// years", "l'année prochaine", "cette année-là").
	NoDate []string `yaml:"no_date"`
	// ThisYear, LastYear, ThisMonth and LastMonth are phrases for the
	// article's year, the year before, the article's month and the month
	// before ("cette année", "l'an dernier", "la semaine dernière", "le
	// mois dernier").
	ThisYear  []string `yaml:"this_year"`
	LastYear  []string `yaml:"last_year"`
	ThisMonth []string `yaml:"this_month"`
	LastMonth []string `yaml:"last_month"`
	// Weekdays are the days of the week: the article's month ("lundi",
	// "on Monday"), unless a day number or a month follows.
	Weekdays []string `yaml:"weekdays"`
	// Last and Next, before or after a month or a weekday, make it the last
	// one past ("mars dernier", "last March") or a future one, which dates
	// nothing ("juillet prochain", "next July").
	Last []string `yaml:"last"`
	Next []string `yaml:"next"`
	// Of links a month to a relative year after it ("juillet de l'an
	// dernier", "March of last year").
	Of []string `yaml:"of"`
	// PeriodModifiers, before a year or a month, make it a date as date
	// prepositions do, with the precision of the year or month: parts of a
	// period and seasons ("au printemps 2023", "à la fin de 2023", "au mois
	// de juillet").
	PeriodModifiers []string `yaml:"period_modifiers"`
	// AgoBefore and AgoAfter frame a number and a unit counted back from
	// the article's date ("il y a deux ans", "two years ago").
	AgoBefore []string `yaml:"ago_before"`
	AgoAfter  []string `yaml:"ago_after"`
	// Numbers are number words ("deux": 2, "a": 1); digits are read as
	// they are.
	Numbers map[string]int `yaml:"numbers"`
	// YearUnits, MonthUnits and DayUnits are the units counted back: years
	// (year precision), months (month precision), and weeks and days (the
	// article's month).
	YearUnits  []string `yaml:"year_units"`
	MonthUnits []string `yaml:"month_units"`
	DayUnits   []string `yaml:"day_units"`
	// OrdinalSuffixes may end a day number ("1er", "3rd").
	OrdinalSuffixes []string `yaml:"ordinal_suffixes"`
	// HomonymMonths are month names that are also common words ("May",
	// "March"): they are months only when capitalised.
	HomonymMonths []string `yaml:"homonym_months"`
}
