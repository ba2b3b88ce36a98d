# Relink on Payara Micro. Build: docker build -t relink .   Run: see README ("Docker").
# Stage 1 builds the WAR so that 'docker build' needs nothing but the sources.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src ./src
RUN mvn -B -ntp -DskipTests package

FROM payara/micro:6.2025.10-jdk17
LABEL org.opencontainers.image.title="Relink" \
      org.opencontainers.image.description="The connection center for social channel tokens"
# Configuration comes from the environment (RELINK_DB_URL, RELINK_SECRETS_KEYSET, ...; see README).
# The embedded database and, in demo mode only, the generated keyset live in the data folder.
# A container is reached through its own interface: its HTTP listener binds every interface there
# (outside a container it listens on loopback unless RELINK_HTTP_ADDRESS says otherwise; see
# server-config/). Which host addresses reach it is up to 'docker run -p'.
ENV RELINK_DATA_DIR=/opt/payara/data \
    RELINK_DB_URL=jdbc:h2:file:/opt/payara/data/relink \
    RELINK_HTTP_ADDRESS=0.0.0.0
USER root
RUN mkdir -p /opt/payara/data && chown -R payara:payara /opt/payara/data
USER payara
COPY --chown=payara:payara server-config/ /opt/payara/config/
COPY --chown=payara:payara --from=build /src/target/relink.war /opt/payara/deployments/relink.war
VOLUME /opt/payara/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/payara/payara-micro.jar", \
            "--deploy", "/opt/payara/deployments/relink.war", "--contextroot", "/", \
            "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin", \
            "--nocluster", "--port", "8080"]
