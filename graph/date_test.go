package graph_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want graph.Date
		prec graph.Precision
		str  string
	}{
		{"", graph.Date{}, graph.PrecisionNone, ""},
		{"   ", graph.Date{}, graph.PrecisionNone, ""},
		{"2024", graph.Date{Year: 2024}, graph.PrecisionYear, "2024"},
		{"2024-10", graph.Date{Year: 2024, Month: 10}, graph.PrecisionMonth, "2024-10"},
		{"2021-09", graph.Date{Year: 2021, Month: 9}, graph.PrecisionMonth, "2021-09"},
		{"2024-10-05", graph.Date{Year: 2024, Month: 10, Day: 5}, graph.PrecisionDay, "2024-10-05"},
		{"2024/10/05", graph.Date{Year: 2024, Month: 10, Day: 5}, graph.PrecisionDay, "2024-10-05"},
		{"2024.10.05", graph.Date{Year: 2024, Month: 10, Day: 5}, graph.PrecisionDay, "2024-10-05"},
		{"2024-1-5", graph.Date{Year: 2024, Month: 1, Day: 5}, graph.PrecisionDay, "2024-01-05"},
		{" 2024-02-29 ", graph.Date{Year: 2024, Month: 2, Day: 29}, graph.PrecisionDay, "2024-02-29"},
		{"2024-10-05T13:45:00Z", graph.Date{Year: 2024, Month: 10, Day: 5}, graph.PrecisionDay, "2024-10-05"},
		{"2024-10-05T23:45:00-05:00", graph.Date{Year: 2024, Month: 10, Day: 5}, graph.PrecisionDay, "2024-10-05"},
		{"2024-10-05 08:00", graph.Date{Year: 2024, Month: 10, Day: 5}, graph.PrecisionDay, "2024-10-05"},
		{"0001-01-01", graph.Date{Year: 1, Month: 1, Day: 1}, graph.PrecisionDay, "0001-01-01"},
		{"9999-12-31", graph.Date{Year: 9999, Month: 12, Day: 31}, graph.PrecisionDay, "9999-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := graph.ParseDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d)
			assert.Equal(t, tt.prec, d.Precision())
			assert.Equal(t, tt.str, d.String())
			assert.Equal(t, tt.in == "" || tt.in == "   ", d.IsZero())
			// String parses back to the same date.
			back, err := graph.ParseDate(d.String())
			require.NoError(t, err)
			assert.Equal(t, d, back)
			// Key parses back too.
			fromKey, err := graph.ParseDateKey(d.Key())
			require.NoError(t, err)
			assert.Equal(t, d, fromKey)
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{
		"24", "20245", "2024-13", "2024-00", "2024-1-0", "0000", "2023-02-29", "2024-04-31", "2024-10-05-01",
		"2024-100", "abcd", "2024-ab", "+024", "2024-+1", "2024--1", "-2024", "2024-", "2024-10-", "septembre 2021",
	} {
		t.Run(in, func(t *testing.T) {
			d, err := graph.ParseDate(in)
			assert.Error(t, err, "parsed as %+v", d)
		})
	}
}

func TestParseDateKey(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want graph.Date
		ok   bool
	}{
		{"00000000", graph.Date{}, true},
		{"20240000", graph.Date{Year: 2024}, true},
		{"20240900", graph.Date{Year: 2024, Month: 9}, true},
		{"20240915", graph.Date{Year: 2024, Month: 9, Day: 15}, true},
		{"2024091", graph.Date{}, false},
		{"20241300", graph.Date{}, false},
		{"20240015", graph.Date{}, false},
		{"00000100", graph.Date{}, false},
		{"20230229", graph.Date{}, false},
		{"+0240000", graph.Date{}, false},
	} {
		t.Run(tt.in, func(t *testing.T) {
			d, err := graph.ParseDateKey(tt.in)
			if !tt.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, d)
			assert.Equal(t, tt.in, d.Key())
		})
	}
}

func TestDateOrder(t *testing.T) {
	// In order: unknown, then by year, month, day with missing parts as zero.
	dates := []string{"", "2021", "2021-09", "2021-09-01", "2021-09-30", "2021-10", "2024", "2024-01-01"}
	for i := range dates {
		for j := range dates {
			a, b := graph.MustDate(dates[i]), graph.MustDate(dates[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			assert.Equal(t, want, a.Compare(b), "%q vs %q", dates[i], dates[j])
			assert.Equal(t, want < 0, a.Key() < b.Key(), "keys of %q and %q", dates[i], dates[j])
		}
	}
}

func TestDateIn(t *testing.T) {
	tests := []struct {
		date, since, until string
		in                 bool
	}{
		{"2024-03-10", "", "", true},
		{"", "", "", true},
		{"", "2024", "", false},
		{"", "", "2024", false},
		{"2024-03-10", "2024-03-01", "2024-03-31", true},
		{"2024-03-10", "2024-03-11", "", false},
		{"2024-03-10", "", "2024-03-09", false},
		{"2024-03-10", "2024-03-10", "2024-03-10", true},
		// A partial date is in a period it overlaps.
		{"2024-03", "2024-03-15", "2024-04-30", true},
		{"2024-03", "2024-04-01", "", false},
		{"2024-03", "", "2024-02-29", false},
		{"2024", "2024-12-31", "", true},
		{"2024", "", "2024-01-01", true},
		{"2024", "2025", "", false},
		{"2024", "", "2023-12", false},
		// Partial ends cover their whole span.
		{"2024-12-31", "", "2024", true},
		{"2024-01-01", "2024", "", true},
		{"2023-12-31", "2024", "", false},
		{"2024-02-29", "", "2024-02", true},
		{"2024-03-01", "", "2024-02", false},
	}
	for _, tt := range tests {
		t.Run(tt.date+"_in_"+tt.since+"_"+tt.until, func(t *testing.T) {
			d := graph.MustDate(tt.date)
			assert.Equal(t, tt.in, d.In(graph.MustDate(tt.since), graph.MustDate(tt.until)))
		})
	}
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		D graph.Date `json:"d"`
	}
	for _, tt := range []struct {
		date, json string
	}{
		{"", `{"d":null}`},
		{"2024", `{"d":"2024"}`},
		{"2024-10", `{"d":"2024-10"}`},
		{"2024-10-05", `{"d":"2024-10-05"}`},
	} {
		t.Run(tt.json, func(t *testing.T) {
			b, err := json.Marshal(rec{graph.MustDate(tt.date)})
			require.NoError(t, err)
			assert.JSONEq(t, tt.json, string(b))
			var r rec
			require.NoError(t, json.Unmarshal(b, &r))
			assert.Equal(t, graph.MustDate(tt.date), r.D)
		})
	}
	var r rec
	assert.Error(t, json.Unmarshal([]byte(`{"d":"2024-13"}`), &r))
	assert.Error(t, json.Unmarshal([]byte(`{"d":2024}`), &r))
}

func TestMustDatePanics(t *testing.T) {
	assert.Panics(t, func() { graph.MustDate("2024-13") })
}

// TestDateKeyAndCompareFastPaths checks the hand-written key and
// comparison against their definitions (fmt, and the order of the keys).
func TestDateKeyAndCompareFastPaths(t *testing.T) {
	dates := []graph.Date{{}, {Year: 1}, {Year: 2024}, {Year: 2024, Month: 1}, {Year: 2024, Month: 12, Day: 31},
		{Year: 9999, Month: 12, Day: 31}, {Year: 2023, Month: 2}, {Year: 812, Month: 7, Day: 4}}
	for _, d := range dates {
		assert.Equal(t, fmt.Sprintf("%04d%02d%02d", d.Year, d.Month, d.Day), d.Key(), "%v", d)
		for _, e := range dates {
			assert.Equal(t, strings.Compare(d.Key(), e.Key()), d.Compare(e), "%v %v", d, e)
		}
	}
}
