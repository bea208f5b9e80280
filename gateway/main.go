// Command wendu-gateway lets browsers call Wendu's gRPC services and serves the candidate web app.
//
// Browsers cannot speak gRPC (HTTP/2 trailers), so the web app speaks Connect (or gRPC-Web) and
// Connect's Vanguard transcodes each call to gRPC for the service that owns it. The schema comes
// from protos/ (a descriptor set built by buf and embedded here), so a new RPC needs no code here.
//
// Configuration (environment):
//
//	WENDU_GATEWAY_ADDR        listen address (default 127.0.0.1:8080)
//	WENDU_WEB_DIR             the built web app (clients/web/dist); empty serves the API only
//	WENDU_PROFILE_ADDR, WENDU_QUESTION_GEN_ADDR, WENDU_SCORING_ADDR, WENDU_FEEDBACK_ADDR,
//	WENDU_TRAINING_ADDR       each service's gRPC address (host:port)
//
// The candidate token travels in the Authorization header and is checked by the services, as for
// every gRPC client. The gateway never logs a header, a query string or a body.
package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	config, err := configFromEnv(os.Getenv)
	if err != nil {
		logger.Error("bad configuration", "error", err.Error())
		os.Exit(2)
	}
	handler, err := newGateway(config, logger)
	if err != nil {
		logger.Error("cannot build the gateway", "error", err.Error())
		os.Exit(1)
	}
	server := &http.Server{
		Addr:              config.ListenAddr,
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		// No write timeout: the interview stream stays open while the candidate thinks.
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = server.Shutdown(shutdown)
	}()
	logger.Info("gateway listening", "addr", config.ListenAddr, "web_dir", config.WebDir)
	if err := server.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Error("gateway stopped", "error", err.Error())
		os.Exit(1)
	}
}
