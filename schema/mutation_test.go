package schema_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/schema"
)

// mutations lists one call of every mutation.
var mutations = map[string]string{
	"ingestArticle": `mutation { ingestArticle(text: "Russia supplied drones to Mali.") { status } }`,
	"merge":         `mutation { merge(actor: "wagner-group", into: "africa-corps") { noop } }`,
	"unmerge":       `mutation { unmerge(actor: "wagner-group") { noop } }`,
	"rename":        `mutation { rename(actor: "mali", name: "Republic of Mali") { noop } }`,
	"setKind":       `mutation { setKind(actor: "mali", kind: ORGANISATION) { noop } }`,
	"addAlias":      `mutation { addAlias(actor: "mali", form: "Malistan") { noop } }`,
	"removeAlias":   `mutation { removeAlias(actor: "mali", form: "FAMa") { noop } }`,
	"notSame":       `mutation { notSame(a: "mali", b: "niger") { noop } }`,
	"split":         `mutation { split(actor: "mali", newId: "mali-2", form: "FAMa") { noop } }`,
	"retract":       `mutation { retract(article: "x") { noop } }`,
	"unretract":     `mutation { unretract(article: "x") { noop } }`,
}

// TestMutationsNeedWriteAccess: without WithWriteAccess every mutation is
// refused before anything runs, and the store is untouched.
func TestMutationsNeedWriteAccess(t *testing.T) {
	st := loadedStore(t)
	s := newSchema(t, st, schema.Options{})
	before := exec(t, s, bg, `{ stats { actors relations evidence articles } decisions { totalCount } }`, nil)
	for name, q := range mutations {
		t.Run(name, func(t *testing.T) {
			msg, code := execErr(t, s, bg, q, nil)
			assert.Contains(t, msg, "writes are disabled on this server")
			assert.Contains(t, msg, "mutations need write access")
			assert.Equal(t, schema.CodeForbidden, code)
		})
	}
	assert.Equal(t, before, exec(t, s, bg, `{ stats { actors relations evidence articles } decisions { totalCount } }`, nil))
}

// TestMutations runs the mutations with write access, in order, each
// checked through what it returns and through queries afterwards.
func TestMutations(t *testing.T) {
	st := loadedStore(t)
	s := newSchema(t, st, schema.Options{})
	w := schema.WithWriteAccess(bg)
	const ingest = `mutation($text: String!) { ingestArticle(text: $text, id: "test-1", url: "https://example.org/t1", title: "T1", date: "2024-03", lang: "en", outlet: "Test Wire") {
		status actorCount relationCount evidenceCount rejected { message } dropped { from }
		article { id title date outlet lang url }
		relations { id evidence { nodes { articleId sentence } } } } }`
	text := map[string]any{"text": "Russia delivered attack drones to Niger in February 2024, officials said.\n\nNigerien troops were trained by Turkey."}
	steps := []struct {
		name  string
		query string
		vars  map[string]any
		check func(t *testing.T, d map[string]any)
	}{
		{"ingest a new article", ingest, text, func(t *testing.T, d map[string]any) {
			r := d["ingestArticle"]
			assert.Equal(t, "NEW", get(r, "status"))
			assert.Equal(t, map[string]any{"id": "test-1", "title": "T1", "date": "2024-03", "outlet": "Test Wire", "lang": "en", "url": "https://example.org/t1"}, get(r, "article"))
			assert.Contains(t, ids(get(r, "relations")), "russia/supplies/niger")
			assert.Equal(t, float64(len(get(r, "relations").([]any))), get(r, "relationCount"))
			assert.Positive(t, get(r, "evidenceCount"))
		}},
		{"ingest it again: unchanged", ingest, text, func(t *testing.T, d map[string]any) {
			assert.Equal(t, "UNCHANGED", get(d, "ingestArticle", "status"))
		}},
		{"the new evidence is queryable", `{ article(id: "test-1") { evidenceCount outlet } relation(from: "russia", type: SUPPLIES, to: "niger") { evidence(first: 10) { nodes { articleId } } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Positive(t, get(d, "article", "evidenceCount"))
				var arts []any
				for _, n := range get(d, "relation", "evidence", "nodes").([]any) {
					arts = append(arts, get(n, "articleId"))
				}
				assert.Contains(t, arts, "test-1")
			}},
		{"rename", `mutation { rename(actor: "mali", name: "Republic of Mali", reason: "official name", author: "ana") { noop articlesResolved decision { seq op actor name author reason description time } actor { id name } } }`, nil,
			func(t *testing.T, d map[string]any) {
				r := d["rename"]
				assert.Equal(t, false, get(r, "noop"))
				assert.Equal(t, "Republic of Mali", get(r, "actor", "name"))
				assert.Equal(t, "RENAME", get(r, "decision", "op"))
				assert.Equal(t, "ana", get(r, "decision", "author"))
				assert.Equal(t, "official name", get(r, "decision", "reason"))
				assert.Equal(t, 1.0, get(r, "decision", "seq"))
			}},
		{"add an alias", `mutation { addAlias(actor: "mali", form: "Malistan") { actor { aliases { form source } } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Contains(t, get(d, "addAlias", "actor", "aliases"), map[string]any{"form": "Malistan", "source": "CURATED"})
			}},
		{"the alias finds the actor", `{ actor(name: "malistan") { id } }`, nil, func(t *testing.T, d map[string]any) {
			assert.Equal(t, "mali", get(d, "actor", "id"))
		}},
		{"remove an alias", `mutation { removeAlias(actor: "mali", form: "Malistan") { decision { op form } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, "ALIAS_REMOVE", get(d, "removeAlias", "decision", "op"))
			}},
		{"set a kind", `mutation { setKind(actor: "baykar", kind: ORGANISATION) { decision { kind } actor { kind } rejected { message } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, "ORGANISATION", get(d, "setKind", "actor", "kind"))
				assert.Equal(t, "ORGANISATION", get(d, "setKind", "decision", "kind"))
			}},
		{"merge", `mutation { merge(actor: "wagner-group", into: "africa-corps", reason: "same force") { actor { id } dropped { from type to } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, "africa-corps", get(d, "merge", "actor", "id"))
			}},
		{"a merged id redirects", `{ actor(id: "wagner-group") { id } }`, nil, func(t *testing.T, d map[string]any) {
			assert.Equal(t, "africa-corps", get(d, "actor", "id"))
		}},
		{"unmerge", `mutation { unmerge(actor: "wagner-group") { actor { id } } }`, nil, func(t *testing.T, d map[string]any) {
			assert.Equal(t, "wagner-group", get(d, "unmerge", "actor", "id"))
		}},
		{"not same", `mutation { notSame(a: "wagner-group", b: "africa-corps") { decision { op actor other } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, map[string]any{"op": "NOT_SAME", "actor": "wagner-group", "other": "africa-corps"}, get(d, "notSame", "decision"))
			}},
		{"split", `mutation { split(actor: "niger", newId: "niger-test", newName: "Niger (test)", articles: ["test-1"]) { decision { op other articles name } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, map[string]any{"op": "SPLIT", "other": "niger-test", "articles": []any{"test-1"}, "name": "Niger (test)"}, get(d, "split", "decision"))
			}},
		{"the split actor has the article's relations", `{ actor(id: "niger-test") { name relations { nodes { id } } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, "Niger (test)", get(d, "actor", "name"))
				assert.Contains(t, ids(get(d, "actor", "relations", "nodes")), "russia/supplies/niger-test")
			}},
		{"retract", `mutation { retract(article: "test-1", reason: "duplicate") { noop decision { op article reason } actor { id } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, map[string]any{"op": "RETRACT", "article": "test-1", "reason": "duplicate"}, get(d, "retract", "decision"))
				assert.Nil(t, get(d, "retract", "actor"))
			}},
		{"a retracted article", `{ article(id: "test-1") { retracted evidenceCount } articles(first: 500) { totalCount } all: articles(first: 500, includeRetracted: true) { totalCount } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, true, get(d, "article", "retracted"))
				assert.Equal(t, 13.0, get(d, "articles", "totalCount"))
				assert.Equal(t, 14.0, get(d, "all", "totalCount"))
			}},
		{"ingesting a retracted article skips it", ingest, text, func(t *testing.T, d map[string]any) {
			assert.Equal(t, "RETRACTED", get(d, "ingestArticle", "status"))
			assert.Empty(t, get(d, "ingestArticle", "relations"))
		}},
		{"unretract", `mutation { unretract(article: "test-1") { decision { op } } }`, nil, func(t *testing.T, d map[string]any) {
			assert.Equal(t, "UNRETRACT", get(d, "unretract", "decision", "op"))
		}},
		{"the curation log", `{ decisions(first: 50) { totalCount nodes { seq op author description } } }`, nil,
			func(t *testing.T, d map[string]any) {
				var ops []any
				for _, n := range get(d, "decisions", "nodes").([]any) {
					ops = append(ops, get(n, "op"))
				}
				assert.Equal(t, []any{"RENAME", "ALIAS_ADD", "ALIAS_REMOVE", "KIND", "MERGE", "UNMERGE", "NOT_SAME", "SPLIT", "RETRACT", "UNRETRACT"}, ops)
			}},
	}
	for _, step := range steps {
		if !t.Run(step.name, func(t *testing.T) { step.check(t, exec(t, s, w, step.query, step.vars)) }) {
			return
		}
	}
	graphtest.RequireConsistent(t, st)
}

// TestMutationErrors: refusals of the store and bad input are errors of
// the response with their codes.
func TestMutationErrors(t *testing.T) {
	st := loadedStore(t)
	s := newSchema(t, st, schema.Options{})
	w := schema.WithWriteAccess(bg)
	exec(t, s, w, `mutation { notSame(a: "wagner-group", b: "africa-corps") { noop } }`, nil)
	tests := []struct {
		name, query, want string
		code              schema.Code
	}{
		{"bad date", `mutation { ingestArticle(text: "Mali.", date: "yesterday") { status } }`, "date", schema.CodeInvalid},
		{"empty text", `mutation { ingestArticle(text: "   ") { status } }`, "empty article", schema.CodeInvalid},
		{"merge refused", `mutation { merge(actor: "wagner-group", into: "africa-corps") { noop } }`, "not", schema.CodeRefused},
		{"unknown actor", `mutation { rename(actor: "atlantis", name: "X") { noop } }`, "atlantis", schema.CodeNotFound},
		{"unknown article", `mutation { retract(article: "nope") { noop } }`, "nope", schema.CodeNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, code := execErr(t, s, w, tt.query, nil)
			assert.Contains(t, msg, tt.want)
			assert.Equal(t, tt.code, code, msg)
		})
	}
}

func TestIsMutation(t *testing.T) {
	tests := []struct {
		name string
		req  schema.Request
		want bool
		err  bool
	}{
		{"query", schema.Request{Query: `{ stats { actors } }`}, false, false},
		{"named query", schema.Request{Query: `query Q { stats { actors } }`}, false, false},
		{"mutation", schema.Request{Query: `mutation { rename(actor: "a", name: "b") { noop } }`}, true, false},
		{"chosen by name", schema.Request{Query: `query Q { stats { actors } } mutation M { retract(article: "a") { noop } }`, OperationName: "M"}, true, false},
		{"query chosen by name", schema.Request{Query: `query Q { stats { actors } } mutation M { retract(article: "a") { noop } }`, OperationName: "Q"}, false, false},
		{"several without a name", schema.Request{Query: `query Q { stats { actors } } mutation M { retract(article: "a") { noop } }`}, false, true},
		{"unknown name", schema.Request{Query: `query Q { stats { actors } }`, OperationName: "X"}, false, true},
		{"syntax error", schema.Request{Query: `mutation {`}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := schema.IsMutation(tt.req)
			if tt.err {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}
