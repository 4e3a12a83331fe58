# Sourced by scripts/test-backend.sh and scripts/bench-backend.sh: start a real PocketBase on a free
# loopback port with a throwaway data folder, wait until it is healthy, stop it and remove the
# folder on exit. Sets PORT, DATA_DIR, SERVER_PID, PB_URL and the PB_SUPERUSER_* variables.
#   start_backend <name>      (name: used in the data folder and the superuser e-mail)
start_backend() {
  local name=$1
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/pb-$name.XXXXXX")"
  export PB_SUPERUSER_EMAIL="$name@localhost.test"
  # Starts with letters: a leading '-' would be read as a command-line flag.
  PB_SUPERUSER_PASSWORD="$(python3 -c 'import secrets; print("Pw" + secrets.token_urlsafe(18))')"
  export PB_SUPERUSER_PASSWORD
  PORT="$PORT" DATA_DIR="$DATA_DIR" bash "$ROOT/scripts/backend.sh" >"$DATA_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  trap stop_backend EXIT
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$DATA_DIR/server.log" >&2; exit 1; fi
    sleep 0.1
  done
  export PB_URL="http://127.0.0.1:$PORT"
}

stop_backend() {
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$DATA_DIR"
}
