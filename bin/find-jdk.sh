# Sourced by ./mvnw and ./entekhabat: sets JAVA_HOME to a JDK >= 21.
# Order: $JAVA_HOME if new enough, the `java` on PATH, then the usual install folders.
# Fails with one line that says what to install.
entekhabat_jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
entekhabat_find_jdk() {
  candidates=""
  [ -n "${JAVA_HOME-}" ] && candidates="$JAVA_HOME"
  if command -v javac >/dev/null 2>&1; then
    candidates="$candidates $(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
  fi
  for dir in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$dir" ] && candidates="$candidates $dir"
  done
  for home in $candidates; do
    [ -x "$home/bin/javac" ] || continue
    major=$(entekhabat_jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      JAVA_HOME="$home"; export JAVA_HOME; return 0
    fi
  done
  echo "entekhabat needs a JDK 21 or newer: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) or set JAVA_HOME to it." >&2
  return 1
}
case $- in *f*) entekhabat_noglob=1 ;; *) entekhabat_noglob=0 ;; esac
set +f  # ./mvnw runs with globbing off; the search needs it
entekhabat_find_jdk || exit 1
[ "$entekhabat_noglob" = 1 ] && set -f
unset entekhabat_noglob
