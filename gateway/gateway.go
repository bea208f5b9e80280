package main

import (
	"crypto/tls"
	_ "embed"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"time"

	"connectrpc.com/vanguard"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/dynamicpb"
)

// wendu.binpb is `buf build protos` (a FileDescriptorSet with imports), made by `make gateway`.
//
//go:embed wendu.binpb
var descriptorSet []byte

// serviceOwners says which Wendu service answers each gRPC service of wendu.v1.
var serviceOwners = map[string]string{
	"wendu.v1.ProfileService":   "profile",
	"wendu.v1.PositionService":  "question-gen",
	"wendu.v1.InterviewService": "question-gen",
	"wendu.v1.ScoringService":   "scoring",
	"wendu.v1.FeedbackService":  "feedback",
	"wendu.v1.TrainingService":  "training",
}

func loadSchema(raw []byte) (*protoregistry.Files, vanguard.TypeResolver, error) {
	var set descriptorpb.FileDescriptorSet
	if err := proto.Unmarshal(raw, &set); err != nil {
		return nil, nil, fmt.Errorf("descriptor set: %w", err)
	}
	files, err := protodesc.NewFiles(&set)
	if err != nil {
		return nil, nil, fmt.Errorf("descriptor set: %w", err)
	}
	return files, dynamicpb.NewTypes(files), nil
}

// grpcProxy forwards gRPC over cleartext HTTP/2 (h2c) to one backend, flushing every frame so that
// server streams (live hints) reach the browser at once.
func grpcProxy(addr string, logger *slog.Logger) http.Handler {
	transport := &http.Transport{
		Protocols:         new(http.Protocols),
		ForceAttemptHTTP2: true,
		DialContext:       (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSClientConfig:   &tls.Config{MinVersion: tls.VersionTLS12},
		IdleConnTimeout:   90 * time.Second,
	}
	transport.Protocols.SetUnencryptedHTTP2(true)
	target := &url.URL{Scheme: "http", Host: addr}
	return &httputil.ReverseProxy{
		Rewrite: func(request *httputil.ProxyRequest) {
			request.SetURL(target)
			request.Out.Host = addr
		},
		Transport:     transport,
		FlushInterval: -1,
		ErrorHandler: func(writer http.ResponseWriter, request *http.Request, err error) {
			// The error of a failed dial or a broken stream; it never contains request headers.
			logger.Warn("backend unavailable", "backend", addr, "path", request.URL.Path, "error", err.Error())
			writer.Header().Set("Content-Type", "application/grpc")
			writer.Header().Set("Grpc-Status", "14")
			writer.Header().Set("Grpc-Message", "service unavailable")
			writer.WriteHeader(http.StatusOK)
		},
	}
}

func newGateway(config Config, logger *slog.Logger) (http.Handler, error) {
	files, types, err := loadSchema(descriptorSet)
	if err != nil {
		return nil, err
	}
	var services []*vanguard.Service
	var missing []string
	for name, owner := range serviceOwners {
		descriptor, err := files.FindDescriptorByName(protoreflect.FullName(name))
		if err != nil {
			missing = append(missing, name)
			continue
		}
		services = append(services, vanguard.NewServiceWithSchema(
			descriptor.(protoreflect.ServiceDescriptor),
			grpcProxy(config.Backends[owner], logger),
			vanguard.WithTargetProtocols(vanguard.ProtocolGRPC),
			vanguard.WithTargetCodecs(vanguard.CodecProto),
			vanguard.WithTypeResolver(types),
		))
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("services missing from the descriptor set: %s", strings.Join(missing, ", "))
	}
	transcoder, err := vanguard.NewTranscoder(services, vanguard.WithUnknownHandler(staticApp(config.WebDir)))
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(writer http.ResponseWriter, _ *http.Request) {
		writer.Header().Set("Content-Type", "text/plain")
		_, _ = writer.Write([]byte("ok\n"))
	})
	mux.Handle("/", transcoder)
	return accessLog(securityHeaders(mux), logger), nil
}
