# syntax=docker/dockerfile:1

# Build: the Maven wrapper fetches Maven and the dependencies (cached between builds), then packages the jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package \
    && cp target/talks-tracker-*.jar app.jar

# Run: a JRE and the jar, as an unprivileged user. The database comes from SPRING_DATASOURCE_* settings.
FROM eclipse-temurin:17-jre
RUN useradd --system --no-create-home --uid 10001 talks
WORKDIR /app
COPY --from=build /workspace/app.jar app.jar
USER talks
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
