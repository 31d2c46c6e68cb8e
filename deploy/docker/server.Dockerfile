# The Slipway server: REST API, web UI, build executors, embedded gateway node (turned off in the
# compose file, which runs the gateway as its own container).
# Build from the repository root after `mvn -B -q package -DskipTests`:
#   docker build -f deploy/docker/server.Dockerfile -t slipway/server .
FROM eclipse-temurin:17-jre

# bash runs `sh` steps; git is for `sh 'git ...'` in pipelines (checkouts themselves use JGit).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends bash git ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /var/lib/slipway --create-home slipway

COPY server/target/slipway.jar /opt/slipway/slipway.jar
COPY samples /opt/slipway/samples

ENV SLIPWAY_DATA=/var/lib/slipway \
    SLIPWAY_SAMPLES=/opt/slipway/samples \
    SLIPWAY_PORT=8080 \
    JAVA_OPTS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"

USER slipway
WORKDIR /var/lib/slipway
VOLUME ["/var/lib/slipway"]
EXPOSE 8080
# exec: java replaces the shell as PID 1, so the SIGTERM of `docker stop` reaches the JVM.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/slipway/slipway.jar serve"]
