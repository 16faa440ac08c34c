package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

// loadReport holds the figures of one load, written as JSON by
// "actorgraph load --report" (docs/loadrun.sh collects them; BENCHMARKS.md,
// "Load at scale", explains them). Byte counts are bytes; rates are per
// second of the load proper (reading, extraction and ingestion, until the
// last article is committed; closing the database, which flushes Badger's
// memtables, is timed apart).
type loadReport struct {
	Machine machineInfo `json:"machine"`
	Inputs  []string    `json:"inputs"`
	Workers int         `json:"workers"`

	Articles    int   `json:"articles"` // read, failures included
	New         int   `json:"new"`
	Updated     int   `json:"updated"`
	Reextracted int   `json:"reextracted"`
	Unchanged   int   `json:"unchanged"`
	Failed      int   `json:"failed"`
	TextBytes   int64 `json:"text_bytes"`
	Evidence    int   `json:"evidence"` // evidence records stored by this load

	// Commits is the number of the store's group commits and
	// ArticlesPerCommit the articles they held on average
	// (graph.Store.WriteCounts): the group size decides what a write costs.
	Commits           int64   `json:"commits"`
	ArticlesPerCommit float64 `json:"articles_per_commit"`

	LoadSeconds  float64 `json:"load_seconds"`
	CloseSeconds float64 `json:"close_seconds"` // closing the store: memtables flushed

	ArticlesPerSecond float64 `json:"articles_per_second"`
	TextMBPerSecond   float64 `json:"text_mb_per_second"` // MB of 10^6 bytes
	EvidencePerSecond float64 `json:"evidence_per_second"`

	// CPU time of the process from the start of the load to the end of
	// Close, and CPUUse = (user+sys) / wall / cores: 1 means every core
	// busy the whole time.
	CPUUserSeconds float64 `json:"cpu_user_seconds"`
	CPUSysSeconds  float64 `json:"cpu_sys_seconds"`
	CPUUse         float64 `json:"cpu_use"`

	// Peaks of samples taken every SampleMillis from the start of the load
	// to the end of Close: the Go heap in use (runtime/metrics: heap
	// objects plus heap spans not yet reused), the anonymous resident
	// memory of the process (RssAnon: the heap and every other private
	// page) and its file-backed resident memory (RssFile: Badger's
	// memory-mapped tables and value log, which the kernel reclaims under
	// pressure).
	PeakHeapBytes uint64 `json:"peak_heap_bytes"`
	// PeakLiveHeapBytes is the largest heap found live by a collection
	// (runtime/metrics /gc/heap/live:bytes): what the load holds, less the
	// garbage not yet collected. MemoryLimit is the soft limit on the heap
	// the load ran with (load --memory-limit; 0: none).
	PeakLiveHeapBytes uint64 `json:"peak_live_heap_bytes"`
	MemoryLimit       int64  `json:"memory_limit"`
	PeakRSSAnonBytes  uint64 `json:"peak_rss_anon_bytes"`
	PeakRSSFileBytes  uint64 `json:"peak_rss_file_bytes"`
	Samples           int    `json:"samples"`
	SampleMillis      int    `json:"sample_millis"`

	// DBBytes is the size of the database directory after Close (files'
	// apparent sizes); DBBytesPerArticle divides it by the live articles.
	DBBytes           int64   `json:"db_bytes"`
	DBBytesPerArticle float64 `json:"db_bytes_per_article"`

	Graph *graph.Stats `json:"graph"` // what the database holds at the end
}

// machineInfo describes where a report was made.
type machineInfo struct {
	CPUs       int    `json:"cpus"`
	GOMAXPROCS int    `json:"gomaxprocs"`
	GoVersion  string `json:"go_version"`
	OS         string `json:"os"`
	Arch       string `json:"arch"`
}

// memSampler samples the Go heap and the process's resident memory until
// stopped, keeping the peaks.
type memSampler struct {
	every time.Duration
	stop  chan struct{}
	done  chan struct{}

	mu                     sync.Mutex
	heap, live, anon, file uint64
	samples                int
	metrics                []metrics.Sample
	cpuUser0, cpuSys0      time.Duration
	started                time.Time
	wall, cpuUser, cpuSys  time.Duration

	// onPeak, when set, runs (in the sampler's goroutine) when a sample
	// finds the live heap 5% above the last peak it ran for: load
	// --heap-profile writes the profile there.
	onPeak   func()
	peakSeen uint64
}

// startSampler starts sampling every d; onPeak, if not nil, runs at each
// new peak of the live heap (see memSampler.onPeak).
func startSampler(d time.Duration, onPeak func()) *memSampler {
	s := &memSampler{every: d, stop: make(chan struct{}), done: make(chan struct{}), started: time.Now(), onPeak: onPeak,
		metrics: []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}, {Name: "/gc/heap/live:bytes"}}}
	s.cpuUser0, s.cpuSys0 = cpuTimes()
	s.sample()
	go func() {
		defer close(s.done)
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				s.sample()
			case <-s.stop:
				return
			}
		}
	}()
	return s
}

func (s *memSampler) sample() {
	s.mu.Lock()
	defer s.mu.Unlock()
	metrics.Read(s.metrics)
	var heap, live uint64
	for _, m := range s.metrics {
		if m.Value.Kind() != metrics.KindUint64 {
			continue
		}
		if m.Name == "/gc/heap/live:bytes" {
			live = m.Value.Uint64()
		} else {
			heap += m.Value.Uint64()
		}
	}
	anon, file := procRSS()
	s.heap, s.live, s.anon, s.file = max(s.heap, heap), max(s.live, live), max(s.anon, anon), max(s.file, file)
	s.samples++
	if s.onPeak != nil && live > s.peakSeen+s.peakSeen/20 {
		s.peakSeen = live
		s.onPeak()
	}
}

// finish takes a last sample, stops the sampler and records the wall and
// CPU time since it started.
func (s *memSampler) finish() {
	s.sample()
	close(s.stop)
	<-s.done
	u, sys := cpuTimes()
	s.wall, s.cpuUser, s.cpuSys = time.Since(s.started), u-s.cpuUser0, sys-s.cpuSys0
}

// cpuTimes returns the user and system CPU time of the process so far
// (zero where getrusage is missing).
func cpuTimes() (user, sys time.Duration) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	return time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
}

// procRSS reads RssAnon and RssFile from /proc/self/status (Linux); both
// are 0 elsewhere.
func procRSS() (anon, file uint64) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		k, v, ok := bytes.Cut(sc.Bytes(), []byte(":"))
		if !ok {
			continue
		}
		var dst *uint64
		switch string(k) {
		case "RssAnon":
			dst = &anon
		case "RssFile":
			dst = &file
		default:
			continue
		}
		f := bytes.Fields(v) // "123456 kB"
		if len(f) > 0 {
			if n, err := strconv.ParseUint(string(f[0]), 10, 64); err == nil {
				*dst = n << 10
			}
		}
	}
	return anon, file
}

// newLoadReport fills a report from a finished load and its sampler.
func newLoadReport(inputs []string, workers int, sum *loader.Summary, s *memSampler, closeTime time.Duration, dbBytes int64, st *graph.Stats) *loadReport {
	r := &loadReport{
		Machine: machineInfo{CPUs: runtime.NumCPU(), GOMAXPROCS: runtime.GOMAXPROCS(0), GoVersion: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH},
		Inputs:  inputs, Workers: workers,
		Articles: sum.Articles(), New: sum.New, Updated: sum.Updated, Reextracted: sum.Reextracted,
		Unchanged: sum.Unchanged, Failed: sum.Failed, TextBytes: sum.Bytes, Evidence: sum.Evidence,
		LoadSeconds: sum.Elapsed.Seconds(), CloseSeconds: closeTime.Seconds(),
		CPUUserSeconds: s.cpuUser.Seconds(), CPUSysSeconds: s.cpuSys.Seconds(),
		PeakHeapBytes: s.heap, PeakLiveHeapBytes: s.live, MemoryLimit: memoryLimit(), PeakRSSAnonBytes: s.anon, PeakRSSFileBytes: s.file,
		Samples: s.samples, SampleMillis: int(s.every.Milliseconds()),
		DBBytes: dbBytes, Graph: st,
	}
	if r.Workers <= 0 {
		r.Workers = runtime.GOMAXPROCS(0)
	}
	if secs := sum.Elapsed.Seconds(); secs > 0 {
		r.ArticlesPerSecond = float64(r.Articles) / secs
		r.TextMBPerSecond = float64(r.TextBytes) / 1e6 / secs
		r.EvidencePerSecond = float64(r.Evidence) / secs
	}
	if w := s.wall.Seconds(); w > 0 {
		r.CPUUse = (r.CPUUserSeconds + r.CPUSysSeconds) / w / float64(runtime.NumCPU())
	}
	if st != nil && st.Articles > 0 {
		r.DBBytesPerArticle = float64(dbBytes) / float64(st.Articles)
	}
	return r
}

// writeLoadReport writes r as indented JSON to path, or to the command's
// standard output for "-".
func (m *Main) writeLoadReport(ctx context.Context, path string, r *loadReport) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("load report: %w", err)
	}
	b = append(b, '\n')
	if path == "-" {
		_, err = m.Stdout.Write(b)
	} else {
		err = os.WriteFile(path, b, 0o644)
	}
	if err != nil {
		return fmt.Errorf("load report: write %s: %w", path, err)
	}
	return nil
}

// dirSize sums the apparent sizes of the files under dir.
func dirSize(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			n += info.Size()
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("database size: %w", err)
	}
	return n, nil
}

// memoryLimit returns the runtime's soft memory limit, 0 when there is none.
func memoryLimit() int64 {
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
		return l
	}
	return 0
}

// startCPUProfile starts a CPU profile written to path; stop ends it.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpu-profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpu-profile %s: %w", path, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// writeHeapProfile writes the heap profile to path (replacing it).
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--heap-profile: %w", err)
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("--heap-profile %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("--heap-profile %s: %w", path, err)
	}
	return nil
}
