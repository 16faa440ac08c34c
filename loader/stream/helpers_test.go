package stream_test

import "github.com/actorgraph/actorgraph/loader"

func loaderOptions() loader.ReadOptions { return loader.ReadOptions{} }
