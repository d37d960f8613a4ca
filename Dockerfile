# syntax=docker/dockerfile:1

# Build: the Maven wrapper fetches Maven and the dependencies (cached between builds), then packages the jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package \
    && java -Djarmode=tools -jar target/talks-tracker-*.jar extract --destination app \
    && mv app/talks-tracker-*.jar app/talks-tracker.jar

# Run: a JRE and the extracted jar with its AOT-processed beans (docs/OPERATIONS.md, "Fast start"),
# as an unprivileged user. The database comes from SPRING_DATASOURCE_* settings, the heap size from
# JAVA_TOOL_OPTIONS (e.g. -Xmx256m; docs/OPERATIONS.md, "Memory"). A JVM out of memory exits, to be
# restarted, rather than linger half-alive.
FROM eclipse-temurin:25-jre
RUN useradd --system --no-create-home --uid 10001 talks
WORKDIR /app
COPY --from=build /workspace/app/ ./
USER talks
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-Dspring.aot.enabled=true", "-jar", "talks-tracker.jar"]
