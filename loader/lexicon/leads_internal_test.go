package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLeadsData(t *testing.T) {
	langs := map[string]*Language{"en": {Code: "en"}}
	bad := []byte(`actors:
- id: p
  kind: person
  name: P
  leads: [{actor: s, from: May 2020}, {actor: "Not A Slug"}, {actor: s, from: 2021, until: 2020}]
`)
	_, err := parseActors("x.yaml", bad, langs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `date "May 2020"`)
	assert.Contains(t, err.Error(), `"Not A Slug" is not a slug`)
	assert.Contains(t, err.Error(), "from 2021 is after until 2020")

	good := []byte(`actors:
- id: p
  kind: person
  name: P
  leads: [{actor: s, from: 2000-07-17, until: 2024-12-08}, {actor: o}]
- id: s
  kind: state
  name: S
  leads: [{actor: p}]
- id: o
  kind: organisation
  name: O
`)
	as, err := parseActors("x.yaml", good, langs)
	require.NoError(t, err)
	assert.Equal(t, []Lead{{ID: "s", From: "2000-07-17", Until: "2024-12-08"}, {ID: "o"}}, as[0].Leads)
	err = checkLeads(as)
	require.Error(t, err, "a state cannot lead a person")
	assert.Contains(t, err.Error(), "actor s (state): cannot lead p (person)")
	as[1].Leads = []Lead{{ID: "nobody"}}
	assert.ErrorContains(t, checkLeads(as), `leads "nobody", which is not an actor`)
	as[1].Leads = nil
	assert.NoError(t, checkLeads(as))
}
