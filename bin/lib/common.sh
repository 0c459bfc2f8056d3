# Shared helpers for the bin/ scripts. Sourced, never run.

VANBAN_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Prints the major version of the java binary given as $1, or nothing. Reads the JDK's release
# file when there is one: starting a JVM only to ask its version costs a noticeable part of a
# second on every launch, once per JDK looked at.
java_major() {
  # Bash built-ins only: the launcher runs before every command, and each helper process it
  # started (sed, head, cut, dirname) cost a short command a few milliseconds.
  local v="" home line
  home=${1%/*}
  home=${home%/*}
  if [ -f "$home/release" ]; then
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"([^\"]*)\" ]]; then
        v=${BASH_REMATCH[1]}
        break
      fi
    done <"$home/release"
  fi
  if [ -z "$v" ]; then
    v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
  fi
  case "$v" in
    1.*) v=${v#1.} ;;
  esac
  echo "${v%%[.+-]*}"
}

# Finds a JDK >= 21 by looking: JAVA_HOME, then java on PATH, then the usual install folders.
# Exports JAVA_HOME and sets JAVA to its java binary. Returns 1 when none is found.
find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    c=$(readlink -f "$(command -v java)")
    c=${c%/*}
    candidates+=("${c%/*}")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(java_major "$c/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$c"
      JAVA="$c/bin/java"
      return 0
    fi
  done
  return 1
}

require_jdk() {
  if ! find_jdk; then
    echo "vanban: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm); install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+" >&2
    exit 2
  fi
}

# Maven's own libraries use sun.misc.Unsafe, which JDK 24+ warns about on every run.
quiet_maven_on_new_jdks() {
  local major
  major=$(java_major "$JAVA")
  if [ "$major" -ge 24 ] 2>/dev/null; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

# JVM options every vanban process runs with, in the array JVM_OPTIONS; $1 is the vanban command.
#  - A class-data sharing archive beside the jar: class loading is a large part of a short run's
#    CPU time. The JVM writes the archive once, at the end of a run, with the classes that run
#    loaded, and never adds to it; so only the commands that load nearly all of vanban (index,
#    demo, ocr) write it, and every command uses it once it is there.
#  - JVM warnings go to stderr, never into stdout, where scripts read JSON.
vanban_jvm_options() {
  local archive="$VANBAN_HOME/target/vanban.jsa" jar="$VANBAN_HOME/target/vanban.jar"
  # The JVM refuses an archive made for an older jar but does not replace it (JDK 25 keeps the
  # stale file), so every later run would go without: remove it so that a new one is written.
  if [ -f "$archive" ] && [ "$jar" -nt "$archive" ]; then
    rm -f "$archive"
  fi
  JVM_OPTIONS=("-XX:SharedArchiveFile=$archive")
  case "${1:-}" in
    # These load nearly every class, so they write the archive. Their time goes to Tesseract, on
    # every core: the optimising compiler's work on code that runs for a few pages only took CPU
    # from the engines (2.2 s of compilation on 12 pages; 1.1 s with its thresholds ten times the
    # defaults), while hot code still reaches it within seconds (docs/benchmarks.md).
    index | demo | ocr) JVM_OPTIONS+=(-XX:+AutoCreateSharedArchive -XX:Tier4InvocationThreshold=50000
      -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000) ;;
  esac
  JVM_OPTIONS+=(-Xlog:disable -Xlog:all=warning:stderr "-Xlog:cds*=off:stderr"
    --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Djava.awt.headless=true)
}
