import { defineConfig } from "vite";

export default defineConfig({
  build: {
    target: "es2020",
    outDir: "dist",
    assetsDir: "assets",
    // One small bundle: the whole app is a handful of screens.
    modulePreload: false,
    reportCompressedSize: true,
  },
  server: {
    // `npm run dev` against a running gateway (make run): the API is proxied, the app is hot-reloaded.
    proxy: { "/wendu.v1.": "http://127.0.0.1:8080" },
  },
});
