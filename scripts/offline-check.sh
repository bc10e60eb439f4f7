#!/usr/bin/env bash
# The production build and server, proven to reach nothing but this machine. `npm test` runs its
# production build through here, so the proof costs one server start, not a second build.
#
#  1. Next.js telemetry reports itself disabled under the project's launcher (scripts/next.mjs).
#  2. Every Node process of the build and the server preloads scripts/offline/record-network.cjs,
#     which logs each attempt to reach another host (TCP, TLS, fetch, DNS, UDP). A deliberate
#     attempt is made first and must be logged, so a broken recorder cannot pass the check.
#  3. Where the kernel allows it (unshare; CI runs as root), build and server run in a network
#     namespace that has only loopback, so "works offline" is tested too; elsewhere they run on the
#     normal network and the recorder alone decides. The server must answer /api/health and /.
# Any logged attempt fails the step, naming the host, the kind and the process that tried.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
log="$root/artifacts/offline-network.log"
export NEXT_TELEMETRY_DISABLED=1
export npm_config_update_notifier=false

if [ "${1:-}" != --inside ]; then
  mkdir -p artifacts
  # From a scratch folder: in a container `next telemetry` keeps its state in ./cache/.
  scratch=$(mktemp -d)
  status=$(cd "$scratch" && node "$root/scripts/next.mjs" telemetry status)
  rm -rf "$scratch"
  if ! grep -q 'Status: Disabled' <<<"$status"; then
    echo "Next.js telemetry is not disabled under scripts/next.mjs:" >&2
    echo "$status" >&2
    exit 1
  fi
  echo "Next.js telemetry: disabled."
  # Same script, inside a namespace with only loopback when one can be made.
  for ns in "unshare -n" "unshare -rn"; do
    if $ns ip link set lo up 2>/dev/null; then
      exec $ns bash "$0" --inside namespace
    fi
  done
  echo "No network namespace available here (unshare not permitted or iproute2 missing);"
  echo "running on the normal network, with the recorder as the only judge."
  exec bash "$0" --inside recorder-only
fi

mode=$2
if [ "$mode" = namespace ]; then
  ip link set lo up
  port=3000 # the namespace is ours alone
else
  port=${E2E_PORT:-3300}
fi

: >"$log"
watch=(env ATLAS_NET_LOG="$log" NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--require=$root/scripts/offline/record-network.cjs")

# 2. The recorder must catch a deliberate attempt (destroyed before any packet is sent).
"${watch[@]}" node -e "require('node:net').connect(9, '192.0.2.1').destroy()"
if ! grep -q '"host":"192.0.2.1"' "$log"; then
  echo "The network recorder did not log a deliberate connection attempt; the check cannot be trusted." >&2
  exit 1
fi
: >"$log"

# 3a. The production build.
"${watch[@]}" npm run --silent build

# 3b. The server, until it answers.
"${watch[@]}" node server/index.mjs --port "$port" --host 127.0.0.1 >artifacts/offline-server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
node -e '
  const base = `http://127.0.0.1:${process.argv[1]}`;
  const deadline = Date.now() + 90_000;
  const get = async (path) => {
    const res = await fetch(base + path);
    await res.arrayBuffer();
    return res.status;
  };
  (async () => {
    for (;;) {
      try {
        if ((await get("/api/health")) === 200) break;
      } catch {}
      if (Date.now() > deadline) { console.error("The server did not answer /api/health within 90 s; see artifacts/offline-server.log"); process.exit(1); }
      await new Promise((r) => setTimeout(r, 250));
    }
    for (const path of ["/", "/api/collections/exercises/items"]) {
      const status = await get(path);
      if (status !== 200) { console.error(`${path} answered ${status}`); process.exit(1); }
    }
  })();
' "$port"
kill "$server"
wait "$server" 2>/dev/null || true
trap - EXIT

node -e '
  const lines = require("node:fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const watched = new Set(lines.filter((l) => l.kind === "watching").map((l) => `${l.pid}/${l.thread}`));
  const tries = lines.filter((l) => l.kind !== "watching");
  const where = process.argv[2] === "namespace" ? "in a network namespace with only loopback" : "on the normal network";
  if (watched.size < 3) {
    console.error(`Only ${watched.size} process(es) were watched; the recorder was not preloaded into the build and the server.`);
    process.exit(1);
  }
  if (tries.length > 0) {
    const groups = new Map();
    for (const t of tries) {
      const key = `${t.kind} ${t.host}${t.port ? ":" + t.port : ""}, by ${t.argv.join(" ")}`;
      groups.set(key, { n: (groups.get(key)?.n ?? 0) + 1, stack: t.stack ?? [] });
    }
    console.error(`The build or the server tried to reach another host (${tries.length} attempt(s); full log: artifacts/offline-network.log):`);
    for (const [key, g] of groups) console.error(`  ${key} (${g.n}×)\n    ${g.stack.slice(0, 3).join("\n    ")}`);
    process.exit(1);
  }
  console.log(`Offline: build and server ran ${where}; ${watched.size} Node processes and threads watched; no attempt to reach another host.`);
' "$log" "$mode"
