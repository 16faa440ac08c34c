package main

import (
	"fmt"
	"strconv"
	"strings"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

// badgerKeys lists the keys "load --badger" takes.
const badgerKeys = "memtable (size), memtables (count), l0 (tables before compaction), blockcache, indexcache (sizes), valuethreshold (size), compression (none, snappy, zstd), compactors (count), basetable (size of a table at the first level), tablemultiplier (growth of table size per level)"

// badgerFlag is "load --badger": Badger options set over the store's
// defaults, to measure other settings without building another binary
// (docs/loadrun.sh). Each entry is key=value.
type badgerFlag []badgerSetting

type badgerSetting struct {
	key string
	n   int64
	s   string
}

func (f *badgerFlag) String() string {
	var parts []string
	for _, b := range *f {
		parts = append(parts, b.key+"="+b.s)
	}
	return strings.Join(parts, ",")
}

func (f *badgerFlag) Set(v string) error {
	for _, kv := range strings.Split(v, ",") {
		kv = strings.TrimSpace(kv)
		if kv == "" {
			continue
		}
		k, val, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("%q: want key=value", kv)
		}
		b := badgerSetting{key: k, s: val}
		switch k {
		case "memtable", "blockcache", "indexcache", "valuethreshold", "basetable":
			n, err := parseSize(val)
			if err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			b.n = n
		case "memtables", "l0", "compactors", "tablemultiplier":
			n, err := strconv.Atoi(val)
			if err != nil || n < 0 {
				return fmt.Errorf("%s: want a count, not %q", k, val)
			}
			b.n = int64(n)
		case "compression":
			if val != "none" && val != "snappy" && val != "zstd" {
				return fmt.Errorf("compression: want none, snappy or zstd, not %q", val)
			}
		default:
			return fmt.Errorf("unknown key %q (want %s)", k, badgerKeys)
		}
		*f = append(*f, b)
	}
	return nil
}

// apply sets the options on o, for graph.Options.Badger.
func (f badgerFlag) apply(o badger.Options) badger.Options {
	for _, b := range f {
		switch b.key {
		case "memtable":
			o = o.WithMemTableSize(b.n)
		case "memtables":
			o = o.WithNumMemtables(int(b.n))
		case "l0":
			o = o.WithNumLevelZeroTables(int(b.n)).WithNumLevelZeroTablesStall(max(int(b.n)*3, o.NumLevelZeroTablesStall))
		case "blockcache":
			o = o.WithBlockCacheSize(b.n)
		case "indexcache":
			o = o.WithIndexCacheSize(b.n)
		case "valuethreshold":
			o = o.WithValueThreshold(b.n)
		case "compactors":
			o = o.WithNumCompactors(int(b.n))
		case "basetable":
			o = o.WithBaseTableSize(b.n)
		case "tablemultiplier":
			o.TableSizeMultiplier = int(b.n)
		case "compression":
			switch b.s {
			case "none":
				o = o.WithCompression(options.None)
			case "snappy":
				o = o.WithCompression(options.Snappy)
			case "zstd":
				o = o.WithCompression(options.ZSTD)
			}
		}
	}
	return o
}

// parseSize reads a size in bytes, with an optional suffix KiB, MiB or
// GiB (or K, M, G, meaning the same).
func parseSize(s string) (int64, error) {
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("want a size such as 64MiB, not %q", s)
	}
	return n * mult, nil
}
