package main

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// staticApp serves the built web app. Hashed files under /assets/ are cached for a year; every
// other path gets index.html (never cached), so a new release is picked up on the next visit.
func staticApp(dir string) http.Handler {
	if dir == "" {
		return http.NotFoundHandler()
	}
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(writer http.ResponseWriter, request *http.Request) {
		if request.Method != http.MethodGet && request.Method != http.MethodHead {
			http.Error(writer, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		clean := path.Clean("/" + request.URL.Path)
		if strings.HasPrefix(clean, "/assets/") {
			file := filepath.Join(dir, filepath.FromSlash(clean))
			if _, err := os.Stat(file); err == nil {
				writer.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				writer.Header().Add("Vary", "Accept-Encoding")
				if _, err := os.Stat(file + ".gz"); err == nil && acceptsGzip(request) {
					if kind := mime.TypeByExtension(filepath.Ext(file)); kind != "" {
						writer.Header().Set("Content-Type", kind)
					}
					writer.Header().Set("Content-Encoding", "gzip")
					http.ServeFile(writer, request, file+".gz")
					return
				}
				files.ServeHTTP(writer, request)
				return
			}
			http.NotFound(writer, request)
			return
		}
		writer.Header().Set("Cache-Control", "no-cache")
		http.ServeFile(writer, request, filepath.Join(dir, "index.html"))
	})
}

func acceptsGzip(request *http.Request) bool {
	for _, part := range strings.Split(request.Header.Get("Accept-Encoding"), ",") {
		if strings.TrimSpace(strings.SplitN(part, ";", 2)[0]) == "gzip" {
			return true
		}
	}
	return false
}

// securityHeaders keeps the page self-contained: nothing from elsewhere, no referrer (the token is
// in the fragment, which browsers never send, and the app removes it from the address bar anyway).
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(writer http.ResponseWriter, request *http.Request) {
		header := writer.Header()
		header.Set("Referrer-Policy", "no-referrer")
		header.Set("X-Content-Type-Options", "nosniff")
		header.Set("Content-Security-Policy",
			"default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "+
				"object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		next.ServeHTTP(writer, request)
	})
}
