# A standalone Slipway gateway node: proxy on 8000, Kong-style Admin API on 8001.
# Build from the repository root after `mvn -B -q package -DskipTests`:
#   docker build -f deploy/docker/gateway.Dockerfile -t slipway/gateway .
FROM eclipse-temurin:17-jre

RUN useradd --system --uid 10002 --home-dir /var/lib/slipway-gateway --create-home gateway

COPY gateway/target/slipway-gateway.jar /opt/slipway/slipway-gateway.jar

# The Admin API listens beyond loopback inside a container, so the node refuses to start without
# SLIPWAY_GATEWAY_ADMIN_TOKEN: give it one (a secret of your orchestrator).
# JVM flags: the ones bench/gateway.sh measured (small serial-GC heap, bounded direct memory).
ENV SLIPWAY_GATEWAY_DATA=/var/lib/slipway-gateway \
    SLIPWAY_GATEWAY_PROXY_LISTEN=0.0.0.0 \
    SLIPWAY_GATEWAY_ADMIN_LISTEN=0.0.0.0 \
    JAVA_OPTS="-Xms64m -Xmx64m -XX:+UseSerialGC -XX:MaxDirectMemorySize=64m -Xss512k -Dio.netty.leakDetection.level=disabled"

USER gateway
WORKDIR /var/lib/slipway-gateway
VOLUME ["/var/lib/slipway-gateway"]
EXPOSE 8000 8001
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/slipway/slipway-gateway.jar \"$@\"", "--"]
