#!/usr/bin/env bash
# The test suite's OpenSearch node: `node.sh start` builds it from Maven Central (first run only), starts it on
# 127.0.0.1:$OPENSEARCH_TEST_PORT and waits until it answers; `node.sh stop` stops the node this script started.
# Maven's downloads are cached in ~/.cache/fvp-opensearch/ (shared by every clone on the machine); the built
# launcher and the node's data stay in var/opensearch/ (gitignored).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/var/opensearch"
maven_repository="${XDG_CACHE_HOME:-$HOME/.cache}/fvp-opensearch/m2"
port="${OPENSEARCH_TEST_PORT:-9250}"
url="http://127.0.0.1:$port"
pidfile="$work/node-$port.pid"
home="$work/node-$port"

answers() { curl -fsS -m 2 "$url/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

build() {
    mkdir -p "$work"
    local stamp="$work/build-$(cat "$here/pom.xml" "$here"/src/main/java/fvp/*.java | sha1sum | cut -c1-12)"
    [ -f "$stamp" ] && return
    command -v mvn >/dev/null || { echo "node.sh: mvn is missing (apt-get install maven)" >&2; exit 1; }
    mvn -q -B -f "$here/pom.xml" -Dmaven.repo.local="$maven_repository" \
        dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt"
    rm -rf "$work/classes"
    javac --release 17 -cp "$(cat "$work/classpath.txt")" -d "$work/classes" "$here"/src/main/java/fvp/*.java
    rm -f "$work"/build-*; touch "$stamp"
}

start() {
    if answers; then echo "OpenSearch already answers at $url"; return; fi
    build
    rm -rf "$home"; mkdir -p "$home"
    # setsid: the node outlives neither this script's caller's Ctrl-C nor make, but has its own process group.
    setsid java -Xms512m -Xmx1g -XX:+UseSerialGC -Dlog4j2.level=WARN \
        -cp "$work/classes:$(cat "$work/classpath.txt")" fvp.TestNode "$home" "$port" \
        >"$home/out.log" 2>&1 </dev/null &
    echo $! >"$pidfile"
    for _ in $(seq 1 180); do
        if answers; then echo "OpenSearch test node at $url (pid $(cat "$pidfile"))"; return; fi
        if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            echo "node.sh: OpenSearch did not start; its output:" >&2; tail -40 "$home/out.log" >&2; exit 1
        fi
        sleep 1
    done
    echo "node.sh: OpenSearch did not answer at $url within 180 s" >&2; stop; exit 1
}

stop() {
    [ -f "$pidfile" ] || return 0
    local pid; pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) echo "$url" ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
