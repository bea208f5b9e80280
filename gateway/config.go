package main

import (
	"fmt"
	"strings"
)

// Config is read once from the environment.
type Config struct {
	ListenAddr string
	WebDir     string
	// Backends maps a service name ("question-gen") to its gRPC address.
	Backends map[string]string
}

// backendEnv names the environment variable of each service's address, as `wendu stack` sets them.
var backendEnv = map[string]string{
	"profile":      "WENDU_PROFILE_ADDR",
	"question-gen": "WENDU_QUESTION_GEN_ADDR",
	"scoring":      "WENDU_SCORING_ADDR",
	"feedback":     "WENDU_FEEDBACK_ADDR",
	"training":     "WENDU_TRAINING_ADDR",
}

// defaultBackends are the local stack's ports.
var defaultBackends = map[string]string{
	"profile":      "127.0.0.1:50051",
	"question-gen": "127.0.0.1:50052",
	"scoring":      "127.0.0.1:50053",
	"feedback":     "127.0.0.1:50054",
	"training":     "127.0.0.1:50055",
}

func configFromEnv(getenv func(string) string) (Config, error) {
	config := Config{
		ListenAddr: getenv("WENDU_GATEWAY_ADDR"),
		WebDir:     getenv("WENDU_WEB_DIR"),
		Backends:   map[string]string{},
	}
	if config.ListenAddr == "" {
		config.ListenAddr = "127.0.0.1:8080"
	}
	for service, name := range backendEnv {
		addr := strings.TrimSpace(getenv(name))
		if addr == "" {
			addr = defaultBackends[service]
		}
		if strings.Contains(addr, "://") || !strings.Contains(addr, ":") {
			return Config{}, fmt.Errorf("%s must be host:port, got %q", name, addr)
		}
		config.Backends[service] = addr
	}
	return config, nil
}
