package loader_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/loader"
)

func ExampleReadFile() {
	input := `{"id": "acme-1", "date": "2024-03", "lang": "en", "text": "Wagner trained soldiers in Mali."}
{"id": "acme-2", "text": "unterminated
{"id": "acme-3", "date": "2024-10", "text": "Turkey supplied drones to Mali."}
`
	err := loader.ReadFile(context.Background(), "news.jsonl", strings.NewReader(input), loader.ReadOptions{},
		func(it loader.Item) error {
			if it.Err != nil {
				fmt.Println(it.Err)
				return nil
			}
			a := it.Article
			fmt.Printf("%s:%d %s %s %q\n", it.Path, it.Line, a.ID, a.Date, a.Text)
			return nil
		})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// news.jsonl:1 acme-1 2024-03 "Wagner trained soldiers in Mali."
	// news.jsonl:2: invalid JSON at column 38: unexpected end of JSON input
	// news.jsonl:3 acme-3 2024-10 "Turkey supplied drones to Mali."
}

func ExampleRead() {
	stdin := strings.NewReader(" date 2024-10 Début août, des convois ont quitté Gao.")
	opts := loader.ReadOptions{Stdin: stdin, Defaults: loader.Defaults{Lang: "fr"}}
	err := loader.Read(context.Background(), []string{"-"}, opts, func(it loader.Item) error {
		if it.Err != nil {
			return it.Err // stop at the first problem
		}
		fmt.Println(it.Path, it.Article.Date, it.Article.Lang, it.Article.Text)
		return nil
	})
	fmt.Println(err)
	// Output:
	// <stdin> 2024-10 fr Début août, des convois ont quitté Gao.
	// <nil>
}
