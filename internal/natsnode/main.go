// Command natsnode runs one NATS server with JetStream, for actorgraph's
// cluster tests and measurements (cmd/actorgraph/cluster_test.go,
// docs/scalerun.sh): the tests build it with go build and run three as
// separate processes on loopback, so that one can be killed with SIGKILL.
// It embeds github.com/nats-io/nats-server/v2 at the version go.mod pins.
//
//	natsnode -name n1 -port 4222 -cluster-port 6222 -routes nats://127.0.0.1:6223,nats://127.0.0.1:6224 -store DIR
//
// It prints "ready" on standard output once it takes clients, and stops on
// SIGINT or SIGTERM.
package main

import (
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

func main() {
	name := flag.String("name", "n1", "server name (unique in the cluster)")
	port := flag.Int("port", 4222, "client port on 127.0.0.1")
	clusterPort := flag.Int("cluster-port", 0, "cluster (route) port on 127.0.0.1; 0 for a single server")
	routes := flag.String("routes", "", "comma-separated route URLs of the other servers (nats://127.0.0.1:PORT)")
	store := flag.String("store", "", "JetStream store directory (required)")
	maxPayload := flag.Int("max-payload", 8<<20, "largest message in bytes (actorgraph's streams take up to 8 MiB)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "Usage: natsnode [flags]\n\nOne NATS server with JetStream on 127.0.0.1, for actorgraph's cluster tests.\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *store == "" {
		fmt.Fprintln(os.Stderr, "natsnode: -store DIR is required")
		os.Exit(2)
	}
	opts := &server.Options{
		ServerName: *name,
		Host:       "127.0.0.1",
		Port:       *port,
		JetStream:  true,
		StoreDir:   *store,
		MaxPayload: int32(*maxPayload),
		NoSigs:     true,
	}
	if *clusterPort > 0 {
		opts.Cluster = server.ClusterOpts{Name: "actorgraph", Host: "127.0.0.1", Port: *clusterPort}
		for _, r := range strings.Split(*routes, ",") {
			if r = strings.TrimSpace(r); r == "" {
				continue
			}
			u, err := url.Parse(r)
			if err != nil {
				fmt.Fprintf(os.Stderr, "natsnode: route %q: %v\n", r, err)
				os.Exit(2)
			}
			opts.Routes = append(opts.Routes, u)
		}
	}
	s, err := server.NewServer(opts)
	if err != nil {
		fmt.Fprintf(os.Stderr, "natsnode: %v\n", err)
		os.Exit(1)
	}
	s.ConfigureLogger()
	go s.Start()
	if !s.ReadyForConnections(30 * time.Second) {
		fmt.Fprintln(os.Stderr, "natsnode: not ready after 30s")
		os.Exit(1)
	}
	fmt.Println("ready")
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	<-sig
	s.Shutdown()
	s.WaitForShutdown()
}
