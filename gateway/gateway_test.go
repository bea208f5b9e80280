package main

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/protobuf/reflect/protoreflect"
)

const secretToken = "wdu1.eyJzZWNyZXQiOiJ0b2tlbiJ9.c2lnbmF0dXJl"

func newTestGateway(t *testing.T, webDir string) (http.Handler, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	config, err := configFromEnv(func(name string) string {
		if strings.HasSuffix(name, "_ADDR") && name != "WENDU_GATEWAY_ADDR" {
			return "127.0.0.1:1" // nothing listens: the call fails as UNAVAILABLE
		}
		if name == "WENDU_WEB_DIR" {
			return webDir
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	handler, err := newGateway(config, slog.New(slog.NewJSONHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return handler, &logs
}

func TestTheCandidateTokenNeverReachesTheLog(t *testing.T) {
	handler, logs := newTestGateway(t, "")
	request := httptest.NewRequest(http.MethodPost, "/wendu.v1.InterviewService/GetInterview",
		strings.NewReader("{\"interviewId\":\""+secretToken+"\"}"))
	request.Header.Set("Content-Type", "application/json")
	request.Header.Set("Connect-Protocol-Version", "1")
	request.Header.Set("Authorization", "Bearer "+secretToken)
	response := httptest.NewRecorder()
	handler.ServeHTTP(response, request)
	if !strings.Contains(response.Body.String(), "unavailable") {
		t.Fatalf("expected a Connect 'unavailable' error from an unreachable backend, got %d %q", response.Code, response.Body.String())
	}
	if !strings.Contains(logs.String(), "/wendu.v1.InterviewService/GetInterview") {
		t.Fatalf("the request was not logged: %s", logs.String())
	}
	if strings.Contains(logs.String(), "wdu1.") || strings.Contains(logs.String(), "c2lnbmF0dXJl") {
		t.Fatalf("the token leaked into the log: %s", logs.String())
	}
}

func TestEveryMethodOfEveryWenduServiceIsRoutedToItsBackend(t *testing.T) {
	handler, _ := newTestGateway(t, "")
	files, _, err := loadSchema(descriptorSet)
	if err != nil {
		t.Fatal(err)
	}
	for service := range serviceOwners {
		descriptor, _ := files.FindDescriptorByName(protoreflect.FullName(service))
		methods := descriptor.(protoreflect.ServiceDescriptor).Methods()
		for i := 0; i < methods.Len(); i++ {
			path := "/" + service + "/" + string(methods.Get(i).Name())
			request := httptest.NewRequest(http.MethodPost, path, strings.NewReader("{}"))
			request.Header.Set("Content-Type", "application/json")
			request.Header.Set("Connect-Protocol-Version", "1")
			if methods.Get(i).IsStreamingServer() {
				request.Header.Set("Content-Type", "application/connect+json")
				request.Body = http.NoBody
			}
			response := httptest.NewRecorder()
			handler.ServeHTTP(response, request)
			// Routed: the (unreachable) backend was tried. Not routed would be the static 404.
			if response.Code == http.StatusNotFound && strings.Contains(response.Body.String(), "page not found") {
				t.Errorf("%s is not routed", path)
			}
		}
	}
}

func TestTheAppIsServedWithIndexFallbackAndGzippedAssets(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "assets"), 0o755); err != nil {
		t.Fatal(err)
	}
	_ = os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html><title>Wendu</title>"), 0o644)
	_ = os.WriteFile(filepath.Join(dir, "assets", "app.js"), []byte("console.log(1)"), 0o644)
	_ = os.WriteFile(filepath.Join(dir, "assets", "app.js.gz"), []byte("gz"), 0o644)
	handler, _ := newTestGateway(t, dir)

	page := httptest.NewRecorder()
	handler.ServeHTTP(page, httptest.NewRequest(http.MethodGet, "/any/where", nil))
	if page.Code != http.StatusOK || !strings.Contains(page.Body.String(), "Wendu") {
		t.Fatalf("index fallback: %d %q", page.Code, page.Body.String())
	}
	if page.Header().Get("Referrer-Policy") != "no-referrer" {
		t.Fatalf("missing Referrer-Policy")
	}
	request := httptest.NewRequest(http.MethodGet, "/assets/app.js", nil)
	request.Header.Set("Accept-Encoding", "gzip, br")
	asset := httptest.NewRecorder()
	handler.ServeHTTP(asset, request)
	if asset.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(asset.Header().Get("Content-Type"), "javascript") {
		t.Fatalf("gzipped asset headers: %v", asset.Header())
	}
}
