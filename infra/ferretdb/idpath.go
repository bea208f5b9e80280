package main

// The _id path index.
//
// FerretDB v1 on SQLite pushes down exactly one filter, equality on _id, and runs it as
// `WHERE _ferretdb_sjson->'$._id' = ?`. Its own _id index is on `_ferretdb_sjson->"_id"`, and
// SQLite matches index expressions textually, so that index is never used: every find, update
// and delete by _id scans the whole table (~10-18 finds/s at 10k documents of 2 KB). One more
// index per collection table, on the very expression FerretDB queries, turns those scans into
// index lookups (~1,000 finds/s at the same size).
//
// FerretDB does not know about this index (it is not in the collection's settings, so
// listIndexes does not show it and dropIndexes cannot drop it); dropping the collection or the
// database drops it with the table. The indexer below creates it for every collection table of
// every database file in the directory: once before the server starts, then every interval, so
// that collections created later get it too.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // pure-Go database/sql driver "sqlite", the one FerretDB uses
)

const (
	// idPathSuffix names the index "<table>_idpath". FerretDB names its own indexes
	// "<table>_<index name>", so only a user index named "idpath" could collide.
	idPathSuffix = "_idpath"
	// idPathExpr must be textually the expression FerretDB's queries use (its metadata.IDColumn).
	idPathExpr = `_ferretdb_sjson->'$._id'`
	// metadataTable is FerretDB's list of collections in each database file.
	metadataTable = "_ferretdb_collections"
	// busyTimeoutMS: how long a statement waits for FerretDB's locks before giving up (FerretDB's own default).
	busyTimeoutMS = 10000
)

// fileStamp tells whether a database file may have changed since the last pass. In WAL mode a
// commit (a new collection's CREATE TABLE included) changes the -wal file, and a checkpoint the
// main file, so both are part of the stamp.
type fileStamp struct {
	mainMod, walMod   time.Time
	mainSize, walSize int64
}

func stampOf(path string) (fileStamp, error) {
	var s fileStamp

	fi, err := os.Stat(path)
	if err != nil {
		return s, err
	}

	s.mainMod, s.mainSize = fi.ModTime(), fi.Size()

	if wi, err := os.Stat(path + "-wal"); err == nil {
		s.walMod, s.walSize = wi.ModTime(), wi.Size()
	}

	return s, nil
}

// idPathIndexer keeps the _id path index on every collection table in dir's *.sqlite files.
type idPathIndexer struct {
	dir    string
	logger *slog.Logger

	// seen: files checked since their last change, and the stamp they had then.
	seen map[string]fileStamp
	// failed: the last error logged per file, so that a lasting problem is logged once, not every pass.
	failed map[string]string
}

func newIDPathIndexer(dir string, logger *slog.Logger) *idPathIndexer {
	return &idPathIndexer{
		dir:    dir,
		logger: logger.With("component", "idpath-indexer"),
		seen:   map[string]fileStamp{},
		failed: map[string]string{},
	}
}

// run passes over the directory every interval until ctx is done.
func (x *idPathIndexer) run(ctx context.Context, interval time.Duration) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()

	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			x.pass(ctx)
		}
	}
}

// pass indexes the files that changed since they were last checked; it returns the number of
// indexes created.
func (x *idPathIndexer) pass(ctx context.Context) int {
	files, err := filepath.Glob(filepath.Join(x.dir, "*.sqlite"))
	if err != nil {
		x.logger.Warn("listing database files failed", "dir", x.dir, "error", err)
		return 0
	}

	present := make(map[string]struct{}, len(files))
	created := 0

	for _, path := range files {
		if ctx.Err() != nil {
			return created
		}

		present[path] = struct{}{}

		stamp, err := stampOf(path)
		if err != nil {
			continue // dropped since the glob
		}

		if prev, ok := x.seen[path]; ok && prev == stamp {
			continue
		}

		n, err := x.indexFile(ctx, path)
		created += n

		if err != nil {
			delete(x.seen, path)

			if msg := err.Error(); x.failed[path] != msg {
				x.failed[path] = msg
				x.logger.Warn("creating _id path indexes failed; will retry", "file", path, "error", err)
			}

			continue
		}

		delete(x.failed, path)
		// The stamp from before the check: a change made meanwhile (our own index included) is
		// looked at once more on the next pass.
		x.seen[path] = stamp
	}

	for path := range x.seen {
		if _, ok := present[path]; !ok {
			delete(x.seen, path)
		}
	}

	for path := range x.failed {
		if _, ok := present[path]; !ok {
			delete(x.failed, path)
		}
	}

	return created
}

// indexFile creates the missing _id path indexes in one database file and returns how many.
//
// The connection is opened for this pass only and closed at once: a cached one would outlive a
// dropped database (FerretDB deletes the file) and point at the deleted file. mode=rw never
// creates a file that FerretDB has just removed.
func (x *idPathIndexer) indexFile(ctx context.Context, path string) (int, error) {
	dsn := (&url.URL{Scheme: "file", OmitHost: true, Path: path}).String() +
		fmt.Sprintf("?mode=rw&_pragma=busy_timeout(%d)", busyTimeoutMS)

	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return 0, err
	}
	defer db.Close()

	db.SetMaxOpenConns(1)

	// Collection tables that exist and lack the index. A file without the metadata table is a
	// database FerretDB is still creating: nothing to do yet.
	q := fmt.Sprintf(`SELECT c.name, c.table_name FROM %q AS c
		WHERE EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = c.table_name)
		AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = c.table_name || ?)`,
		metadataTable)

	rows, err := db.QueryContext(ctx, q, idPathSuffix)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return 0, nil
		}

		return 0, err
	}

	type collection struct{ name, table string }

	var missing []collection

	for rows.Next() {
		var c collection
		if err = rows.Scan(&c.name, &c.table); err != nil {
			_ = rows.Close()
			return 0, err
		}

		missing = append(missing, c)
	}

	if err = errors.Join(rows.Err(), rows.Close()); err != nil {
		return 0, err
	}

	created := 0
	database := strings.TrimSuffix(filepath.Base(path), ".sqlite")

	for _, c := range missing {
		started := time.Now()
		index := c.table + idPathSuffix
		stmt := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (%s)`, index, c.table, idPathExpr)

		if _, err = db.ExecContext(ctx, stmt); err != nil {
			// Dropped between the query and now: not an error.
			if strings.Contains(err.Error(), "no such table") {
				continue
			}

			return created, fmt.Errorf("%s.%s: %w", database, c.name, err)
		}

		created++

		x.logger.Info("created _id path index",
			"database", database, "collection", c.name, "table", c.table, "index", index,
			"took", time.Since(started).Round(time.Microsecond))
	}

	return created, nil
}
