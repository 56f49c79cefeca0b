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

# The default H2 database lives in ./data/ relative to the working directory, i.e. /app/data.
VOLUME /app/data

ENV PORT=3000
EXPOSE 3000

# /healthz answers 200 while the database is reachable. Shell form so that $PORT is expanded.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS --max-time 4 "http://127.0.0.1:${PORT}/healthz" > /dev/null || exit 1

USER commonground

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/commonground.jar"]
CMD ["serve"]
