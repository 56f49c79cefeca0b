# Common Ground: build the shaded jar with Maven, then run it on a JRE as a non-root user.
#
#   docker build -t commonground .
#   docker run -d --name commonground -p 3000:3000 \
#     -e SLACK_BOT_TOKEN=xoxb-... -e SLACK_SIGNING_SECRET=... \
#     -v commonground-data:/app/data commonground
#
# The default database is an H2 file under /app/data (keep it on the volume); set
# DATABASE_URL=jdbc:postgresql://... (plus DATABASE_USER / DATABASE_PASSWORD) to use PostgreSQL.

# ---- build ------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies first, so this layer stays cached until a pom changes. The same `package`
# command as the real build below runs over the poms alone (no sources yet): it downloads
# exactly the plugins and dependencies that build needs, with reactor modules resolved from
# the reactor. (dependency:go-offline cannot resolve the modules' dependencies on each other
# before they are built.) A real resolution error fails here rather than being hidden. The
# empty jars it produces are then deleted.
COPY pom.xml ./
COPY storage/pom.xml storage/
COPY matching/pom.xml matching/
COPY bot/pom.xml bot/
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package \
    && rm -rf target storage/target matching/target bot/target

# Sources, then the real build. Tests and formatting checks run in CI, not in the image
# build; -DskipTests (not -Dmaven.test.skip) still builds storage's test-jar, which bot uses.
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package

# ---- runtime ----------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

LABEL org.opencontainers.image.title="Common Ground" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.description="Slack app that introduces people across organisations who work on the same public-service challenges."

# curl is only for the HEALTHCHECK below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# Fixed uid/gid 10001 so a bind-mounted data directory can be chowned to match on the host.
RUN groupadd --system --gid 10001 commonground \
    && useradd --system --uid 10001 --gid commonground --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin commonground \
    && mkdir -p /app/data \
    && chown commonground:commonground /app/data

WORKDIR /app
COPY --from=build /build/bot/target/commonground.jar /app/commonground.jar
COPY LICENSE /app/LICENSE

# Class-data sharing (AppCDS), which halves the CPU a start takes (README, Benchmarks): the
# script runs `serve` once with -XX:ArchiveClassesAtExit (its Slack API pointed at its own port,
# since no Slack is reachable while the image builds, and a throw-away H2 file) and stops it with
# SIGTERM; the JVM writes the ~50 MB of classes that start-up loaded, parsed, verified and linked
# to commonground.jsa as it exits.
# -XX:SharedArchiveFile below maps them at every start instead of reading each from the jar. The
# archive belongs to this image's JVM and to this jar's path, size and time; a JVM that finds it
# doesn't match warns once and starts without it, never refuses to (-Xshare:auto, the default).
# JDK 17 has no -XX:+AutoCreateSharedArchive (that is 19+), hence the training run here. The
# app's archive sits on top of the JDK's own (lib/server/classes.jsa), made first if missing.
COPY scripts/class-data-archive.sh /tmp/class-data-archive.sh
RUN { [ -f "$JAVA_HOME/lib/server/classes.jsa" ] || java -Xshare:dump > /dev/null; } \
    && sh /tmp/class-data-archive.sh /app/commonground.jar /app/commonground.jsa \
    && rm /tmp/class-data-archive.sh

# The default H2 database lives in ./data/ relative to the working directory, i.e. /app/data.
VOLUME /app/data

ENV PORT=3000
EXPOSE 3000

# /healthz answers 200 while the database is reachable. Shell form so that $PORT is expanded.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS --max-time 4 "http://127.0.0.1:${PORT}/healthz" > /dev/null || exit 1

USER commonground

# JVM flags, chosen for a long-running server that should also be healthy soon after a restart:
# - -XX:SharedArchiveFile: the class-data archive above; the main saving at start.
# - -XX:MaxRAMPercentage=75: the heap follows the container's memory limit.
# - Not -XX:TieredStopAtLevel=1: it starts a little sooner but then runs on C1's code for good.
# - No GC flag: the JVM picks G1 with 2+ CPUs and 1792 MB+ of memory, Serial below that, which
#   suits a small container already; G1's own threads cost under 50 ms of CPU at start.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/commonground.jsa", "-XX:MaxRAMPercentage=75", "-jar", "/app/commonground.jar"]
CMD ["serve"]
