package schema_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/schema"
)

// Load the sample articles into an in-memory store, then ask in GraphQL
// who supplies Mali, with the evidence.
func ExampleNew() {
	ctx := context.Background()
	st, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	l := &loader.Loader{Store: st, Extractor: extract.New(nil)}
	if _, err := l.Load(ctx, "../testdata/articles"); err != nil {
		log.Fatal(err)
	}

	s, err := schema.New(st, schema.Options{})
	if err != nil {
		log.Fatal(err)
	}
	resp := s.Exec(ctx, schema.Request{
		Query: `query($id: ID!) {
		  actor(id: $id) {
		    name
		    relations(direction: IN, types: [SUPPLIES]) {
		      totalCount
		      nodes { from { name } firstSeen evidence(first: 1) { nodes { hedged article { outlet } } } }
		    }
		  }
		}`,
		Variables: map[string]any{"id": "mali"},
	})
	if len(resp.Errors) > 0 {
		log.Fatal(resp.Errors)
	}
	var out any
	_ = json.Unmarshal(resp.Data, &out)
	b, _ := json.MarshalIndent(out, "", "  ")
	fmt.Println(string(b))
	// Output:
	// {
	//   "actor": {
	//     "name": "Mali",
	//     "relations": {
	//       "nodes": [
	//         {
	//           "evidence": {
	//             "nodes": [
	//               {
	//                 "article": {
	//                   "outlet": "Dépêches d'Afrique (exemple)"
	//                 },
	//                 "hedged": false
	//               }
	//             ]
	//           },
	//           "firstSeen": "2024-05",
	//           "from": {
	//             "name": "Russia"
	//           }
	//         },
	//         {
	//           "evidence": {
	//             "nodes": [
	//               {
	//                 "article": {
	//                   "outlet": "Le Courrier du Sahel (exemple)"
	//                 },
	//                 "hedged": true
	//               }
	//             ]
	//           },
	//           "firstSeen": "2022-12",
	//           "from": {
	//             "name": "Turkey"
	//           }
	//         }
	//       ],
	//       "totalCount": 2
	//     }
	//   }
	// }
}
