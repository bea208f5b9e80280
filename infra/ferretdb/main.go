// Command ferretdb-runner runs an embedded FerretDB v1 (MongoDB wire protocol)
// with the pure-Go SQLite backend, for local development and tests.
//
// It imports the embeddable package github.com/FerretDB/FerretDB/ferretdb rather
// than building upstream's cmd/ferretdb, which panics at start when built from the
// module cache (it needs a generated build/version/version.txt, upstream #2982).
// The embeddable package skips that check, and it never starts the telemetry
// reporter (it also marks telemetry as disabled and locked).
//
// It also adds to every collection table the index FerretDB's own _id lookups need but never
// creates (see idpath.go): before it starts serving, then every -idpath-interval.
//
// It runs until SIGTERM or SIGINT.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	sqliteDir := flag.String("sqlite-dir", "", "directory for SQLite database files (created if missing; required)")
	// SQLite's own advice for WAL mode (which FerretDB turns on): NORMAL syncs at checkpoints, not at
	// every commit. A commit survives FerretDB being killed; only an OS crash or power loss may take
	// the last ones. This server is for development and tests; production runs MongoDB.
	synchronous := flag.String("sqlite-synchronous", "normal", "SQLite synchronous pragma: off, normal, full or extra")
	idPathInterval := flag.Duration("idpath-interval", time.Second,
		"how often to add the _id path index to new collection tables (see idpath.go); 0 turns the index off")
	debug := flag.Bool("debug", false, "debug logging")
	flag.Parse()

	level := slog.LevelInfo
	if *debug {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(logger)

	if err := run(*listenAddr, *sqliteDir, *synchronous, *idPathInterval, logger); err != nil {
		logger.Error("ferretdb-runner failed", "error", err)
		os.Exit(1)
	}
}

func run(listenAddr, sqliteDir, synchronous string, idPathInterval time.Duration, logger *slog.Logger) error {
	if sqliteDir == "" {
		return fmt.Errorf("-sqlite-dir is required")
	}

	dir, err := filepath.Abs(sqliteDir)
	if err != nil {
		return err
	}

	// FerretDB requires the directory to exist and the URL to end with "/".
	if err = os.MkdirAll(dir, 0o755); err != nil {
		return err
	}

	switch synchronous {
	case "off", "normal", "full", "extra":
	default:
		return fmt.Errorf("-sqlite-synchronous must be off, normal, full or extra, got %q", synchronous)
	}

	sqliteURL := "file:" + strings.TrimSuffix(dir, "/") + "/?_pragma=synchronous(" + synchronous + ")"

	if idPathInterval < 0 {
		return fmt.Errorf("-idpath-interval must not be negative, got %s", idPathInterval)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	if idPathInterval > 0 {
		// Existing collections get the index before the first client connects; later ones within
		// an interval of their creation.
		indexer := newIDPathIndexer(dir, logger)
		started := time.Now()
		created := indexer.pass(ctx)
		logger.Info("_id path indexes checked", "dir", dir, "created", created,
			"took", time.Since(started).Round(time.Millisecond), "interval", idPathInterval)

		go indexer.run(ctx, idPathInterval)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: listenAddr},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: sqliteURL,
	})
	if err != nil {
		return err
	}

	logger.Info("ferretdb-runner ready", "uri", "mongodb://"+listenAddr+"/", "sqlite_url", sqliteURL, "pid", os.Getpid())

	if err = f.Run(ctx); err != nil {
		return err
	}

	logger.Info("ferretdb-runner stopped")

	return nil
}
