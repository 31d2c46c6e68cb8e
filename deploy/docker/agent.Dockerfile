# A Slipway remote agent: connects out to the server and runs the workspace steps of builds whose
# agent { label '...' } its labels match. Also the image of Kubernetes pod agents (SLIPWAY_K8S_AGENT_IMAGE).
# Build from the repository root after `mvn -B -q package -DskipTests`:
#   docker build -f deploy/docker/agent.Dockerfile -t slipway/agent .
# Run (the token comes from POST /api/agents and is shown once):
#   docker run -e SLIPWAY_AGENT_TOKEN=... slipway/agent --server http://slipway:8080 --labels linux --executors 2
FROM eclipse-temurin:17-jre

# bash runs `sh` steps; git is for `sh 'git ...'` in pipelines (checkouts themselves use JGit). Add the
# tools your builds call (make, a JDK, node, ...) in an image FROM this one.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends bash git ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10003 --home-dir /var/lib/slipway-agent --create-home agent

COPY agents/target/slipway-agent.jar /opt/slipway/slipway-agent.jar

ENV JAVA_OPTS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"

USER agent
# Workspaces go to ./agent-work under this folder (--work-dir changes it).
WORKDIR /var/lib/slipway-agent
VOLUME ["/var/lib/slipway-agent"]
# The token is read from SLIPWAY_AGENT_TOKEN, so it stays out of the process list; the other settings are
# the command's arguments. exec: java is PID 1 and gets docker stop's SIGTERM.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/slipway/slipway-agent.jar \"$@\"", "--"]
CMD ["--help"]
